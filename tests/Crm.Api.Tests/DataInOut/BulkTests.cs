using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Api.Tests.CustomFields;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.DataInOut;

/// <summary>Bulk actions by ids through the real pipeline (contract section 9): per-item answers as the single routes give them.</summary>
public class BulkTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Tag() => Guid.NewGuid().ToString("N")[..8];

    async Task<JsonElement> CustomerAsync(string t, string name) =>
        await (await app.Admin.PostJson("/admin/customers", new { name = $"{name} {t}", email = $"{name.ToLowerInvariant()}-{t}@example.com" }))
            .ShouldHave(HttpStatusCode.Created);

    async Task<string> ETagAsync(string path) => (await app.Admin.GetAsync(path)).Headers.ETag!.Tag;

    long Scalar(string sql, params (string, object)[] parameters)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    static List<(long Id, int Status, string? Code)> Results(JsonElement body) => body.GetProperty("results").EnumerateArray()
        .Select(r => (r.Id(), r.GetProperty("status").GetInt32(), r.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null))
        .ToList();

    [Fact]
    public async Task AnUpdateByIdsAnswersEachRecordAsItsSingleRouteWould()
    {
        var t = Tag();
        var (a, b, c) = (await CustomerAsync(t, "A"), await CustomerAsync(t, "B"), await CustomerAsync(t, "C"));
        var stale = await ETagAsync($"/admin/customers/{c.Id()}");
        await (await app.Admin.PatchJson($"/admin/customers/{c.Id()}", new { contacted = true })).ShouldHave(HttpStatusCode.OK);
        var current = await ETagAsync($"/admin/customers/{b.Id()}");
        const string updates = "SELECT count(*) FROM audit_logs WHERE resource_type = 'customer' AND action = 'update' AND resource_id = ANY(@ids)";
        var ids = ("ids", (object)new[] { a.Id(), b.Id(), c.Id() });
        var before = Scalar(updates, ids);

        var response = await (await app.Admin.PostJson("/admin/customers/bulk", new
        {
            ids = new object[] { a.Id(), new { id = b.Id(), version = current }, new { id = c.Id(), version = stale }, 99999999 },
            action = "update",
            changes = new { status = "active" },
        })).ShouldHave(HttpStatusCode.OK);

        Results(response).ShouldBe([(a.Id(), 200, null), (b.Id(), 200, null), (c.Id(), 412, "PRECONDITION_FAILED"), (99999999, 404, "CUSTOMER_NOT_FOUND")]);
        (response.GetProperty("succeeded").GetInt32(), response.GetProperty("failed").GetInt32()).ShouldBe((2, 2));
        foreach (var (id, status) in new[] { (a.Id(), "active"), (b.Id(), "active"), (c.Id(), "lead") })
            (await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBe(status);
        // Audited on its own, as the single route audits: one update entry per changed record.
        Scalar(updates, ids).ShouldBe(before + 2);
    }

    [Fact]
    public async Task ARecordThatBreaksARuleFailsAloneWithItsRoutesCode()
    {
        var t = Tag();
        var (a, b) = (await CustomerAsync(t, "A"), await CustomerAsync(t, "B"));

        var taken = await (await app.Admin.PostJson("/admin/customers/bulk", new { ids = new[] { a.Id(), b.Id() }, action = "update", changes = new { email = $"same-{t}@example.com" } }))
            .ShouldHave(HttpStatusCode.OK);
        Results(taken).ShouldBe([(a.Id(), 200, null), (b.Id(), 409, "EMAIL_EXISTS")]);

        var invalid = await (await app.Admin.PostJson("/admin/customers/bulk", new { ids = new[] { a.Id() }, action = "update", changes = new { status = "sleeping" } }))
            .ShouldHave(HttpStatusCode.OK);
        Results(invalid).ShouldBe([(a.Id(), 400, "VALIDATION_FAILED")]);
    }

    [Fact]
    public async Task InsideAnIdempotencyKeyRequestARecordThatFailsAtTheDatabaseFailsAloneAndTheOthersCommit()
    {
        var t = Tag();
        var (a, b, c) = (await CustomerAsync(t, "A"), await CustomerAsync(t, "B"), await CustomerAsync(t, "C"));
        var email = $"once-{t}@example.com";
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/customers/bulk")
        {
            Content = JsonContent.Create(new { ids = new[] { a.Id(), b.Id(), c.Id() }, action = "update", changes = new { email } }),
        };
        request.Headers.Add("Idempotency-Key", $"bulk-{t}");

        // The unique index refuses b and c inside the request's one transaction; each had a savepoint of its own.
        var response = await (await app.Admin.SendAsync(request)).ShouldHave(HttpStatusCode.OK);

        Results(response).ShouldBe([(a.Id(), 200, null), (b.Id(), 409, "EMAIL_EXISTS"), (c.Id(), 409, "EMAIL_EXISTS")]);
        (await (await app.Admin.GetAsync($"/admin/customers/{a.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("email").ShouldBe(email);
        (await (await app.Admin.GetAsync($"/admin/customers/{c.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("email").ShouldBe($"c-{t}@example.com");
    }

    [Fact]
    public async Task DealsAreDeletedAndRestoredByIdsAndADealOfADeletedCustomerStaysDeleted()
    {
        var t = Tag();
        var customer = await CustomerAsync(t, "Owner");
        var other = await CustomerAsync(t, "Gone");
        var deals = new List<long>();
        foreach (var (title, owner) in new[] { ("One", customer), ("Two", customer), ("Orphan", other) })
            deals.Add((await (await app.Admin.PostJson("/admin/deals", new { title = $"{title} {t}", customer_id = owner.Id() })).ShouldHave(HttpStatusCode.Created)).Id());

        Results(await (await app.Admin.PostJson("/admin/deals/bulk", new { ids = deals, action = "delete" })).ShouldHave(HttpStatusCode.OK))
            .ShouldBe(deals.Select(id => (id, 200, (string?)null)).ToList());
        var deleted = await (await app.Admin.GetAsync($"/admin/deals?deleted=true&search={t}")).ShouldHave(HttpStatusCode.OK);
        deleted.GetProperty("data").EnumerateArray().Select(d => d.Id()).ShouldBe(deals, ignoreOrder: true);
        Results(await (await app.Admin.PostJson("/admin/deals/bulk", new { ids = deals.Take(1), action = "delete" })).ShouldHave(HttpStatusCode.OK))
            .ShouldBe([(deals[0], 404, "DEAL_NOT_FOUND")]);

        await (await app.Admin.DeleteAsync($"/admin/customers/{other.Id()}")).ShouldHave(HttpStatusCode.OK);
        var restored = await (await app.Admin.PostJson("/admin/deals/bulk", new { ids = deals, action = "restore" })).ShouldHave(HttpStatusCode.OK);

        Results(restored).ShouldBe([(deals[0], 200, null), (deals[1], 200, null), (deals[2], 409, "CUSTOMER_DELETED")]);
        var live = await (await app.Admin.GetAsync($"/admin/deals?search={t}")).ShouldHave(HttpStatusCode.OK);
        live.GetProperty("data").EnumerateArray().Select(d => d.Id()).ShouldBe(deals.Take(2), ignoreOrder: true);
        Scalar("SELECT count(*) FROM audit_logs WHERE resource_type = 'deal' AND action = 'restore' AND resource_id = ANY(@ids)", ("ids", deals.ToArray()))
            .ShouldBe(2);
    }

    [Fact]
    public async Task ActivitiesAreUpdatedByIds()
    {
        var t = Tag();
        var customer = await CustomerAsync(t, "Act");
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
            ids.Add((await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = $"Call {i} {t}", customer_id = customer.Id() }))
                .ShouldHave(HttpStatusCode.Created)).Id());

        var body = await (await app.Admin.PostJson("/admin/activities/bulk", new { ids, action = "update", changes = new { title = $"Renamed {t}" } })).ShouldHave(HttpStatusCode.OK);

        body.GetProperty("succeeded").GetInt32().ShouldBe(3, body.ToString());
        foreach (var id in ids)
            (await (await app.Admin.GetAsync($"/admin/activities/{id}")).ShouldHave(HttpStatusCode.OK)).Str("title").ShouldBe($"Renamed {t}");
    }

    [Fact]
    public async Task TagsAreAddedAndRemovedByIdsAndAnUnknownTagChangesNothing()
    {
        var t = Tag();
        var (a, b) = (await CustomerAsync(t, "A"), await CustomerAsync(t, "B"));
        var tag = (await (await app.Admin.PostJson("/admin/tags", new { name = $"vip-{t}", color = "#ff0000" })).ShouldHave(HttpStatusCode.Created)).Id();

        await (await app.Admin.PostJson("/admin/customers/bulk", new { ids = new[] { a.Id(), b.Id() }, action = "add_tags", tag_ids = new[] { tag, 99999999L } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Scalar("SELECT count(*) FROM customer_tags WHERE tag_id = @tag", ("tag", tag)).ShouldBe(0);

        var added = await (await app.Admin.PostJson("/admin/customers/bulk", new { ids = new[] { a.Id(), b.Id() }, action = "add_tags", tag_ids = new[] { tag } }))
            .ShouldHave(HttpStatusCode.OK);
        added.GetProperty("succeeded").GetInt32().ShouldBe(2);
        (await (await app.Admin.GetAsync($"/admin/customers?tags={tag}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data").GetArrayLength().ShouldBe(2);

        await (await app.Admin.PostJson("/admin/customers/bulk", new { ids = new[] { a.Id() }, action = "remove_tags", tag_ids = new[] { tag } })).ShouldHave(HttpStatusCode.OK);
        (await (await app.Admin.GetAsync($"/admin/customers?tags={tag}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data").EnumerateArray()
            .Select(c => c.Id()).ShouldBe([b.Id()]);
        Scalar("SELECT count(*) FROM audit_logs WHERE resource_type = 'customer' AND action IN ('tag_assign', 'tag_unassign') AND resource_id = ANY(@ids)",
            ("ids", new[] { a.Id(), b.Id() })).ShouldBe(3);
    }

    [Fact]
    public async Task AgentsActInBulkByIdsOnTheirOwnRecordsOnly()
    {
        // Contract section 3: bulk by ids for agents on their own records (per item); by filter and deletes not at all.
        var t = Tag();
        var agent = app.As("agent", 3);
        var mine = await (await app.Admin.PostJson("/admin/customers", new { name = $"Mine {t}", email = $"mine-{t}@example.com", assigned_to = 3 }))
            .ShouldHave(HttpStatusCode.Created);
        var theirs = await (await app.Admin.PostJson("/admin/customers", new { name = $"Theirs {t}", email = $"theirs-{t}@example.com", assigned_to = 4 }))
            .ShouldHave(HttpStatusCode.Created);

        var results = Results(await (await agent.PostJson("/admin/customers/bulk",
            new { ids = new[] { mine.Id(), theirs.Id() }, action = "update", changes = new { status = "active" } })).ShouldHave(HttpStatusCode.OK));
        var single = await agent.PatchJson($"/admin/customers/{theirs.Id()}", new { status = "active" });
        var singleCode = (await single.ReadJson()).Str("code");
        ((int)single.StatusCode).ShouldBeOneOf(403, 404);
        results.ShouldBe([(mine.Id(), 200, null), (theirs.Id(), (int)single.StatusCode, singleCode)]);
        (await (await app.Admin.GetAsync($"/admin/customers/{mine.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBe("active");
        (await (await app.Admin.GetAsync($"/admin/customers/{theirs.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBe("lead");

        await (await agent.PostJson("/admin/customers/bulk", new { filter = new { search = t }, action = "update", changes = new { status = "inactive" } }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PostJson("/admin/customers/bulk", new { ids = new[] { mine.Id() }, action = "delete" }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await (await app.Admin.GetAsync($"/admin/customers/{mine.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBe("active");
    }

    [Fact]
    public async Task ABadRequestChangesNothing()
    {
        var t = Tag();
        var a = await CustomerAsync(t, "A");
        var manager = await (await app.As("manager", 2).PostJson("/admin/customers/bulk", new { ids = new[] { a.Id() }, action = "update", changes = new { status = "active" } }))
            .ShouldHave(HttpStatusCode.OK);
        manager.GetProperty("succeeded").GetInt32().ShouldBe(1);

        foreach (var bad in new object[]
                 {
                     new { ids = Enumerable.Range(1, 1001).ToArray(), action = "delete" },
                     new { ids = Array.Empty<long>(), action = "delete" },
                     new { ids = new[] { a.Id(), a.Id() }, action = "delete" },
                     new { ids = new[] { -1 }, action = "delete" },
                     new { ids = new[] { a.Id() }, action = "explode" },
                     new { ids = new[] { a.Id() }, action = "update" },
                 })
            await (await app.Admin.PostJson("/admin/customers/bulk", bad)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostJson("/admin/deals/bulk", new { ids = new[] { 1 }, action = "add_tags", tag_ids = new[] { 1 } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        (await (await app.Admin.GetAsync($"/admin/customers/{a.Id()}")).ShouldHave(HttpStatusCode.OK)).GetProperty("deleted_at").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task ADeleteByFilterNeedsTheRightConfirmCountThenRunsAsAJob()
    {
        var t = Tag();
        var ids = new List<long>();
        foreach (var name in new[] { "A", "B", "C" }) ids.Add((await CustomerAsync(t, name)).Id());
        var keep = await CustomerAsync(Tag(), "Keep");

        foreach (var confirm in new long?[] { null, 2, 4 })
        {
            var refused = await (await app.Admin.PostJson("/admin/customers/bulk", new { filter = new { search = t }, action = "delete", confirm_count = confirm }))
                .ShouldBeError(HttpStatusCode.BadRequest, "CONFIRMATION_REQUIRED");
            refused.GetProperty("data").GetProperty("count").GetInt32().ShouldBe(3);
        }
        await (await app.Admin.PostJson("/admin/customers/bulk", new { filter = new { }, action = "delete", confirm_count = 0 }))
            .ShouldBeError(HttpStatusCode.BadRequest, "CONFIRMATION_REQUIRED");
        await (await app.Admin.PostJson("/admin/customers/bulk", new { filter = new { shoe_size = 44 }, action = "delete", confirm_count = 0 }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        Scalar("SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL AND id = ANY(@ids)", ("ids", ids.ToArray())).ShouldBe(0);

        var response = await app.Admin.PostJson("/admin/customers/bulk", new { filter = new { search = t }, action = "delete", confirm_count = 3 });
        var queued = await response.ShouldHave(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().ShouldBe($"/admin/jobs/{queued.Id()}");
        var job = await app.Admin.WaitForJobAsync(queued.Id());

        (job.Str("kind"), job.Str("status"), job.Str("action"), job.Count("total_rows"), job.Count("processed_rows"), job.Count("failed"))
            .ShouldBe(("bulk", "completed", "delete", 3, 3, 0));
        Scalar("SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL AND id = ANY(@ids)", ("ids", ids.ToArray())).ShouldBe(3);
        (await (await app.Admin.GetAsync($"/admin/customers/{keep.Id()}")).ShouldHave(HttpStatusCode.OK)).GetProperty("deleted_at").ValueKind.ShouldBe(JsonValueKind.Null);
        Scalar("SELECT count(*) FROM audit_logs WHERE request_id = @job AND action = 'delete'", ("job", queued.Id().ToString())).ShouldBe(3);
    }

    [Fact]
    public async Task AnUpdateByFilterChangesWhatTheListSelectsAndARestoreByFilterBringsDealsBack()
    {
        var t = Tag();
        var customer = await CustomerAsync(t, "Filter");
        var deals = new List<long>();
        foreach (var (title, amount) in new[] { ("Small", 10), ("Big", 5000), ("Huge", 9000) })
            deals.Add((await (await app.Admin.PostJson("/admin/deals", new { title = $"{title} {t}", customer_id = customer.Id(), amount }))
                .ShouldHave(HttpStatusCode.Created)).Id());

        var update = await (await app.Admin.PostJson("/admin/deals/bulk", new { filter = new { search = t, amount_min = 1000 }, action = "update", changes = new { probability = 80 } }))
            .ShouldHave(HttpStatusCode.Accepted);
        (await app.Admin.WaitForJobAsync(update.Id())).Count("updated").ShouldBe(2);
        var probabilities = new List<int>();
        foreach (var id in deals) probabilities.Add((await (await app.Admin.GetAsync($"/admin/deals/{id}")).ShouldHave(HttpStatusCode.OK)).GetProperty("probability").GetInt32());
        probabilities[1..].ShouldBe([80, 80]);
        probabilities[0].ShouldNotBe(80);

        Results(await (await app.Admin.PostJson("/admin/deals/bulk", new { ids = deals, action = "delete" })).ShouldHave(HttpStatusCode.OK)).Count.ShouldBe(3);
        var restore = await (await app.Admin.PostJson("/admin/deals/bulk", new { filter = new { deleted = true, search = t }, action = "restore" }))
            .ShouldHave(HttpStatusCode.Accepted);
        (await app.Admin.WaitForJobAsync(restore.Id())).Count("updated").ShouldBe(3);
        (await (await app.Admin.GetAsync($"/admin/deals?search={t}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task AFilterTakesTheListsCustomFieldFilters()
    {
        var t = Tag();
        var key = $"bulk_{t}";
        await app.Field("deals", key, "text");
        var customer = await CustomerAsync(t, "Fields");
        var deals = new List<long>();
        foreach (var value in new[] { "x", "y", "x" })
            deals.Add((await (await app.Admin.PostJson("/admin/deals", new { title = $"Deal {t}", customer_id = customer.Id(),
                custom_fields = new Dictionary<string, string> { [key] = value } })).ShouldHave(HttpStatusCode.Created)).Id());

        var filter = new Dictionary<string, string> { ["search"] = t, [$"cf.{key}"] = "x" };
        var update = await (await app.Admin.PostJson("/admin/deals/bulk", new { filter, action = "update", changes = new { probability = 77 } }))
            .ShouldHave(HttpStatusCode.Accepted);
        (await app.Admin.WaitForJobAsync(update.Id())).Count("updated").ShouldBe(2);
        var probabilities = new List<int>();
        foreach (var id in deals) probabilities.Add((await (await app.Admin.GetAsync($"/admin/deals/{id}")).ShouldHave(HttpStatusCode.OK)).GetProperty("probability").GetInt32());
        probabilities.Select(p => p == 77).ShouldBe([true, false, true]);

        await (await app.Admin.PostJson("/admin/deals/bulk", new { filter = new Dictionary<string, string> { ["cf.no_such_field"] = "x" }, action = "delete", confirm_count = 0 }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }
}
