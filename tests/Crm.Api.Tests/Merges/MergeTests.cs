using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Attachments;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Merges;

/// <summary>Merging and unmerging customers and contacts through the real pipeline (contract section 9).</summary>
public class MergeTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Tag() => Guid.NewGuid().ToString("N")[..8];

    async Task<JsonElement> CustomerAsync(string t, string name, object? extra = null)
    {
        var body = JsonSerializer.SerializeToElement(new { name = $"{name} {t}", email = $"{name.ToLowerInvariant()}-{t}@example.com" });
        var merged = body.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        if (extra is not null)
            foreach (var p in JsonSerializer.SerializeToElement(extra).EnumerateObject()) merged[p.Name] = p.Value;
        return await (await app.Admin.PostJson("/admin/customers", merged)).ShouldHave(HttpStatusCode.Created);
    }

    async Task<long> PostAsync(string url, object body) => (await (await app.Admin.PostJson(url, body)).ShouldHave(HttpStatusCode.Created)).Id();

    /// <summary>A customer with one child of every kind that points at a customer: contact, deal, activity, note, attachment, tag.</summary>
    async Task<Dictionary<string, long>> ChildrenAsync(long customer, string t)
    {
        var deal = await PostAsync("/admin/deals", new { title = $"Deal {t}", customer_id = customer });
        return new()
        {
            ["contact"] = await PostAsync($"/admin/customers/{customer}/contacts", new { first_name = $"Con {t}", email = $"con-{t}-{customer}@example.com" }),
            ["deal"] = deal,
            ["activity"] = await PostAsync("/admin/activities", new { type = "call", title = $"Call {t}", customer_id = customer }),
            ["deal_activity"] = await PostAsync("/admin/activities", new { type = "task", title = $"Task {t}", deal_id = deal }),
            ["note"] = await PostAsync($"/admin/customers/{customer}/notes", new { content = $"Note {t}" }),
            ["attachment"] = (await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", [1, 2, 3], "a.bin")).Id(),
            ["tag"] = await TagOnAsync(customer, t),
        };
    }

    async Task<long> TagOnAsync(long customer, string t)
    {
        var tag = await PostAsync("/admin/tags", new { name = $"tag-{t}-{customer}", color = "#112233" });
        await (await app.Admin.PostJson($"/admin/customers/{customer}/tags/{tag}", new { })).ShouldHave(HttpStatusCode.OK);
        return tag;
    }

    long Scalar(string sql, params (string, object)[] parameters)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    long CustomerOf(string table, long id) => Scalar($"SELECT customer_id FROM {table} WHERE id = @id", ("id", id));

    async Task<string> ETagAsync(string path) => (await app.Admin.GetAsync(path)).Headers.ETag!.Tag;

    [Fact]
    public async Task AMergeMovesEveryKindOfChildCopiesChosenFieldsAndAuditsBothSides()
    {
        var t = Tag();
        var target = await CustomerAsync(t, "Target", new { phone = "+1 555 0100" });
        var source = await CustomerAsync(t, "Source", new { phone = "+1 555 0199", company = "Source Co" });
        var (targetId, sourceId) = (target.Id(), source.Id());
        var children = await ChildrenAsync(sourceId, t);
        var own = await ChildrenAsync(targetId, t + "own");

        var merged = await (await app.Admin.PostJson($"/admin/customers/{targetId}/merge",
            new { source_id = sourceId, prefer = new { phone = "source", company = "source", name = "target" } })).ShouldHave(HttpStatusCode.OK);

        var customer = merged.GetProperty("customer");
        (customer.Str("phone"), customer.Str("company"), customer.Str("name")).ShouldBe(("+1 555 0199", "Source Co", $"Target {t}"));
        customer.GetProperty("tags").EnumerateArray().Select(x => x.Id()).Order().ShouldBe(new[] { children["tag"], own["tag"] }.Order());
        var moved = merged.GetProperty("moved");
        foreach (var (kind, key) in new[] { ("contacts", "contact"), ("deals", "deal"), ("activities", "activity"), ("notes", "note"), ("attachments", "attachment"), ("tags", "tag") })
            moved.GetProperty(kind).EnumerateArray().Select(x => x.GetInt64())
                .ShouldBe(kind == "activities" ? new[] { children[key], children["deal_activity"] }.Order() : [children[key]], kind);
        foreach (var (table, key) in new[] { ("contacts", "contact"), ("deals", "deal"), ("activities", "activity"), ("notes", "note"), ("attachments", "attachment") })
            CustomerOf(table, children[key]).ShouldBe(targetId, table);
        // The deal's activity (its customer is the deal's) moved with it; the survivor keeps its own primary contact.
        Scalar("SELECT count(*) FROM deals d JOIN activities a ON a.deal_id = d.id AND a.customer_id = d.customer_id WHERE a.id = @a AND d.customer_id = @c",
            ("a", children["deal_activity"]), ("c", targetId)).ShouldBe(1);
        Scalar("SELECT count(*) FROM contacts WHERE customer_id = @c AND is_primary AND deleted_at IS NULL", ("c", targetId)).ShouldBe(1);
        merged.GetProperty("copied").GetProperty("phone").GetProperty("old").GetString().ShouldBe("+1 555 0100");

        // The detail page shows the moved records; the source is gone, its 404 naming the survivor.
        var detail = await (await app.Admin.GetAsync($"/admin/customers/{targetId}")).ShouldHave(HttpStatusCode.OK);
        detail.GetProperty("counts").GetProperty("contacts").GetInt32().ShouldBe(2);
        var gone = await (await app.Admin.GetAsync($"/admin/customers/{sourceId}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        gone.GetProperty("data").GetProperty("merged_into_id").GetInt64().ShouldBe(targetId);
        Scalar("SELECT merged_into_id FROM customers WHERE id = @s AND deleted_at IS NOT NULL", ("s", sourceId)).ShouldBe(targetId);

        // Audited as merge on both sides, each with its customer.merged event, in the merge's transaction.
        Scalar("SELECT count(*) FROM audit_logs WHERE resource_type = 'customer' AND action = 'merge' AND resource_id = ANY (@ids)",
            ("ids", new[] { targetId, sourceId })).ShouldBe(2);
        Scalar("SELECT count(*) FROM crm_events WHERE type = 'customer.merged' AND resource_id = ANY (@ids)", ("ids", new[] { targetId, sourceId })).ShouldBe(2);
        var audit = await (await app.Admin.GetAsync($"/admin/audit-logs?resource_type=customer&resource_id={targetId}&action=merge")).ShouldHave(HttpStatusCode.OK);
        var changes = audit.GetProperty("data")[0].GetProperty("changes");
        changes.GetProperty("merged_from").GetProperty("new").GetInt64().ShouldBe(sourceId);
        changes.GetProperty("phone").GetProperty("old").GetString().ShouldBe("+1 555 0100");
        var sourceAudit = await (await app.Admin.GetAsync($"/admin/audit-logs?resource_type=customer&resource_id={sourceId}&action=merge")).ShouldHave(HttpStatusCode.OK);
        sourceAudit.GetProperty("data")[0].GetProperty("changes").GetProperty("merged_into_id").GetProperty("new").GetInt64().ShouldBe(targetId);
    }

    [Fact]
    public async Task AnUnmergeMovesBackExactlyWhatMovedAndRestoresTheSource()
    {
        var t = Tag();
        var (targetId, sourceId) = ((await CustomerAsync(t, "Target")).Id(), (await CustomerAsync(t, "Source", new { phone = "+44 20 7946 0000" })).Id());
        var children = await ChildrenAsync(sourceId, t);
        var sourceTags = Scalar("SELECT count(*) FROM customer_tags WHERE customer_id = @s", ("s", sourceId));
        await (await app.Admin.PostJson($"/admin/customers/{targetId}/merge", new { source_id = sourceId, prefer = new { phone = "source", email = "source" } }))
            .ShouldHave(HttpStatusCode.OK);
        // Added to the survivor after the merge: stays there.
        var later = await PostAsync($"/admin/customers/{targetId}/notes", new { content = "after the merge" });

        var undone = await (await app.Admin.PostJson($"/admin/customers/{targetId}/unmerge", new { source_id = sourceId })).ShouldHave(HttpStatusCode.OK);

        undone.GetProperty("restored_fields").EnumerateArray().Select(x => x.GetString()).Order().ShouldBe(["email", "phone"]);
        var target = undone.GetProperty("customer");
        (target.Str("email"), target.GetProperty("phone").ValueKind).ShouldBe(($"target-{t}@example.com", JsonValueKind.Null));
        target.GetProperty("tags").GetArrayLength().ShouldBe(0);
        foreach (var (table, key) in new[] { ("contacts", "contact"), ("deals", "deal"), ("activities", "activity"), ("notes", "note"), ("attachments", "attachment") })
            CustomerOf(table, children[key]).ShouldBe(sourceId, table);
        CustomerOf("notes", later).ShouldBe(targetId);
        Scalar("SELECT count(*) FROM customer_tags WHERE customer_id = @s", ("s", sourceId)).ShouldBe(sourceTags);
        // The source is back as it was, primary contact included; GET answers it again.
        var source = await (await app.Admin.GetAsync($"/admin/customers/{sourceId}")).ShouldHave(HttpStatusCode.OK);
        (source.Str("email"), source.Str("phone")).ShouldBe(($"source-{t}@example.com", "+44 20 7946 0000"));
        source.GetProperty("contacts")[0].GetProperty("is_primary").GetBoolean().ShouldBeTrue();
        Scalar("SELECT count(*) FROM customers WHERE id = @s AND merged_into_id IS NULL AND deleted_at IS NULL", ("s", sourceId)).ShouldBe(1);
        Scalar("SELECT count(*) FROM audit_logs WHERE action = 'unmerge' AND resource_id = ANY (@ids)", ("ids", new[] { targetId, sourceId })).ShouldBe(2);
        Scalar("SELECT count(*) FROM crm_events WHERE type = 'customer.restored' AND resource_id = @s", ("s", sourceId)).ShouldBe(1);

        // Undone once: a second unmerge has nothing to undo.
        await (await app.Admin.PostJson($"/admin/customers/{targetId}/unmerge", new { source_id = sourceId })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task AnUnmergeRefusesWhenACopiedFieldChangedSinceAndChangesNothing()
    {
        var t = Tag();
        var (targetId, sourceId) = ((await CustomerAsync(t, "Target")).Id(), (await CustomerAsync(t, "Source", new { phone = "111", company = "S" })).Id());
        var contact = await PostAsync($"/admin/customers/{sourceId}/contacts", new { first_name = "Moved" });
        await (await app.Admin.PostJson($"/admin/customers/{targetId}/merge", new { source_id = sourceId, prefer = new { phone = "source", company = "source" } }))
            .ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PutJson($"/admin/customers/{targetId}", new { phone = "222" })).ShouldHave(HttpStatusCode.OK);

        var refused = await (await app.Admin.PostJson($"/admin/customers/{targetId}/unmerge", new { source_id = sourceId }))
            .ShouldBeError(HttpStatusCode.Conflict, "MERGE_CONFLICT");

        refused.GetProperty("data").GetProperty("fields").EnumerateArray().Select(x => x.GetString()).ShouldBe(["phone"]);
        CustomerOf("contacts", contact).ShouldBe(targetId);
        (await app.Admin.GetAsync($"/admin/customers/{sourceId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Scalar("SELECT count(*) FROM crm_customer_merges WHERE source_id = @s AND unmerged_at IS NULL", ("s", sourceId)).ShouldBe(1);
    }

    [Fact]
    public async Task BadMergesAnswerTheContractsErrorsAndChangeNothing()
    {
        var t = Tag();
        var (a, b, c) = ((await CustomerAsync(t, "A")).Id(), (await CustomerAsync(t, "B")).Id(), (await CustomerAsync(t, "C")).Id());
        var deleted = (await CustomerAsync(t, "Deleted")).Id();
        await (await app.Admin.Delete($"/admin/customers/{deleted}")).ShouldHave(HttpStatusCode.OK);
        var contact = await PostAsync($"/admin/customers/{b}/contacts", new { first_name = "Stays" });
        var stale = await ETagAsync($"/admin/customers/{a}");
        await (await app.Admin.PatchJson($"/admin/customers/{a}", new { contacted = true })).ShouldHave(HttpStatusCode.OK);

        await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = a })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var unknown = await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = b, prefer = new { shoe_size = "source" } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        unknown.GetProperty("data").GetProperty("errors").TryGetProperty("prefer.shoe_size", out _).ShouldBeTrue();
        await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = b, prefer = new { phone = "both" } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = 99999999 })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = deleted })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostJson($"/admin/customers/{deleted}/merge", new { source_id = b })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.PostJson("/admin/customers/99999999/merge", new { source_id = b })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = b, surprise = 1 })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/customers/{a}/merge") { Content = JsonContent(new { source_id = b }) };
        request.Headers.TryAddWithoutValidation("If-Match", stale);
        await (await app.Admin.SendAsync(request)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        CustomerOf("contacts", contact).ShouldBe(b);
        Scalar("SELECT count(*) FROM crm_customer_merges WHERE target_id = ANY (@ids)", ("ids", new[] { a, b, c })).ShouldBe(0);

        // Merged once, a source cannot be merged again (its answer names where it went), nor be restored, nor take merges.
        await (await app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = b })).ShouldHave(HttpStatusCode.OK);
        var again = await (await app.Admin.PostJson($"/admin/customers/{c}/merge", new { source_id = b })).ShouldBeError(HttpStatusCode.Conflict, "MERGE_CONFLICT");
        again.GetProperty("data").GetProperty("merged_into_id").GetInt64().ShouldBe(a);
        await (await app.Admin.PostJson($"/admin/customers/{b}/restore", new { })).ShouldBeError(HttpStatusCode.Conflict, "MERGE_CONFLICT");
        var into = await (await app.Admin.PostJson($"/admin/customers/{b}/merge", new { source_id = c })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        into.GetProperty("data").GetProperty("merged_into_id").GetInt64().ShouldBe(a);
    }

    static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task TwoMergesOfTheSamePairAtOnceOneWinsCleanly()
    {
        var t = Tag();
        var (a, b) = ((await CustomerAsync(t, "A")).Id(), (await CustomerAsync(t, "B")).Id());
        await ChildrenAsync(b, t);

        // Both directions and the same direction twice, all at once.
        var answers = await Task.WhenAll(
            app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = b }),
            app.Admin.PostJson($"/admin/customers/{a}/merge", new { source_id = b }),
            app.As("manager", 2).PostJson($"/admin/customers/{b}/merge", new { source_id = a }));

        answers.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", answers.Select(r => r.StatusCode)));
        answers.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Conflict || s == HttpStatusCode.NotFound);
        Scalar("SELECT count(*) FROM crm_customer_merges WHERE source_id = ANY (@ids)", ("ids", new[] { a, b })).ShouldBe(1);
        Scalar("SELECT count(*) FROM customers WHERE id = ANY (@ids) AND deleted_at IS NULL", ("ids", new[] { a, b })).ShouldBe(1);
        var survivor = Scalar("SELECT id FROM customers WHERE id = ANY (@ids) AND deleted_at IS NULL", ("ids", new[] { a, b }));
        Scalar("SELECT count(*) FROM deals WHERE customer_id <> @s AND customer_id = ANY (@ids)", ("s", survivor), ("ids", new[] { a, b })).ShouldBe(0);
    }

    [Fact]
    public async Task AgentsMayNotListDuplicatesMergeOrUnmerge()
    {
        var t = Tag();
        var agent = app.As("agent", 3);
        var (a, b) = ((await CustomerAsync(t, "A", new { assigned_to = 3 })).Id(), (await CustomerAsync(t, "B", new { assigned_to = 3 })).Id());
        var (x, y) = (await PostAsync($"/admin/customers/{a}/contacts", new { first_name = "X" }), await PostAsync($"/admin/customers/{a}/contacts", new { first_name = "X" }));

        await (await agent.PostJson($"/admin/customers/{a}/merge", new { source_id = b })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PostJson($"/admin/customers/{a}/unmerge", new { source_id = b })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PostJson($"/admin/contacts/{x}/merge", new { source_id = y })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.GetAsync("/admin/customers/duplicates")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.GetAsync($"/admin/customers/{a}/contacts/duplicates")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        Scalar("SELECT count(*) FROM customers WHERE id = ANY (@ids) AND deleted_at IS NULL", ("ids", new[] { a, b })).ShouldBe(2);
        Scalar("SELECT count(*) FROM contacts WHERE id = ANY (@ids) AND deleted_at IS NULL", ("ids", new[] { x, y })).ShouldBe(2);
    }

    [Fact]
    public async Task AContactMergeRepointsDealsAndActivitiesAndItsOldIdNamesTheSurvivor()
    {
        var t = Tag();
        var customer = (await CustomerAsync(t, "Home")).Id();
        var keep = await PostAsync($"/admin/customers/{customer}/contacts", new { first_name = "Ann", last_name = "Lee" });
        var dup = await PostAsync($"/admin/customers/{customer}/contacts", new { first_name = "Ann", last_name = "Lee", email = $"ann-{t}@example.com", phone = "+1 555 0142" });
        var deal = await PostAsync("/admin/deals", new { title = "D", customer_id = customer, contact_id = dup });
        var activity = await PostAsync("/admin/activities", new { type = "call", title = "C", customer_id = customer, contact_id = dup });
        var other = (await CustomerAsync(t, "Other")).Id();
        var stranger = await PostAsync($"/admin/customers/{other}/contacts", new { first_name = "Ann", last_name = "Lee" });

        await (await app.Admin.PostJson($"/admin/contacts/{keep}/merge", new { source_id = stranger })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostJson($"/admin/contacts/{keep}/merge", new { source_id = dup, prefer = new { company = "source" } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var merged = await (await app.Admin.PostJson($"/admin/contacts/{keep}/merge", new { source_id = dup, prefer = new { email = "source", phone = "source" } }))
            .ShouldHave(HttpStatusCode.OK);

        merged.GetProperty("contact").Str("email").ShouldBe($"ann-{t}@example.com");
        merged.GetProperty("moved").GetProperty("deals").EnumerateArray().Select(x => x.GetInt64()).ShouldBe([deal]);
        Scalar("SELECT contact_id FROM deals WHERE id = @id", ("id", deal)).ShouldBe(keep);
        Scalar("SELECT contact_id FROM activities WHERE id = @id", ("id", activity)).ShouldBe(keep);
        var gone = await (await app.Admin.GetAsync($"/admin/contacts/{dup}")).ShouldBeError(HttpStatusCode.NotFound, "CONTACT_NOT_FOUND");
        gone.GetProperty("data").GetProperty("merged_into_id").GetInt64().ShouldBe(keep);
        Scalar("SELECT count(*) FROM crm_events WHERE type = 'contact.merged' AND resource_id = ANY (@ids)", ("ids", new[] { keep, dup })).ShouldBe(2);
        await (await app.Admin.PostJson($"/admin/contacts/{keep}/merge", new { source_id = dup })).ShouldBeError(HttpStatusCode.Conflict, "MERGE_CONFLICT");
    }
}
