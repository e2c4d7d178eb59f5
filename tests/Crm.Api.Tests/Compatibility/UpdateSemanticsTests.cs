using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Crm.Api.Tests.Deals;

namespace Crm.Api.Tests.Compatibility;

/// <summary>
/// Contract section 1: PUT and PATCH change only the members sent. <c>""</c> keeps a member, <c>null</c> clears a nullable
/// one and is refused on a required one, an absent owner stays the owner for every role, only what is sent is validated,
/// <c>{}</c> is NO_UPDATES and a body that changes nothing answers 200 without an audit row.
/// </summary>
public class UpdateSemanticsTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Unique() => Guid.NewGuid().ToString("N")[..10];

    async Task<JsonElement> FullCustomer(long assignedTo = 7) => await (await app.Admin.PostJson("/admin/customers", new
    {
        name = "Full " + Unique(), email = $"full.{Unique()}@example.com", phone = "+44 1", company = "Co", role = "CFO", status = "active",
        assigned_to = assignedTo, contacted = true, next_follow_up_at = "2030-01-01T00:00:00Z", preferred_contact_method = "phone",
        do_not_contact = true, notes = "Keep me",
    })).ShouldHave(HttpStatusCode.Created);

    long Scalar(string sql) => app.Scalar<long>(sql);

    /// <summary>Every member of two representations, except the ones named, is equal.</summary>
    static void ShouldBeUnchangedExcept(JsonElement after, JsonElement before, params string[] changed)
    {
        foreach (var member in before.EnumerateObject().Where(m => !changed.Contains(m.Name)))
            after.GetProperty(member.Name).GetRawText().ShouldBe(member.Value.GetRawText(), member.Name);
    }

    [Fact]
    public async Task APutThatSendsOnlyNameLeavesEveryOtherStoredMemberUnchanged()
    {
        var created = await FullCustomer();

        var updated = await (await app.Admin.PutJson($"/admin/customers/{created.Id()}", new { name = "Only the name" })).ShouldHave(HttpStatusCode.OK);

        updated.Str("name").ShouldBe("Only the name");
        // A create also answers the contacts it created.
        ShouldBeUnchangedExcept(updated, created, "name", "updated_at", "version", "contacts");
    }

    [Theory]
    [InlineData("manager", 2)]
    [InlineData("admin", 1)]
    public async Task AManagersPutOfTitleOnAnAgentsDealKeepsTheOwner(string role, long userId)
    {
        var customer = (await FullCustomer(assignedTo: 7)).Id();
        var deal = await (await app.As("agent", 7).PostJson("/admin/deals", new { title = "Agent's deal", customer_id = customer })).ShouldHave(HttpStatusCode.Created);
        deal.GetProperty("owner_id").GetInt64().ShouldBe(7);

        var updated = await (await app.As(role, userId).PutJson($"/admin/deals/{deal.Id()}", new { title = "Renamed by " + role })).ShouldHave(HttpStatusCode.OK);

        updated.GetProperty("owner_id").GetInt64().ShouldBe(7);
        Scalar($"SELECT owner_id FROM deals WHERE id = {deal.Id()}").ShouldBe(7);
    }

    [Theory]
    [InlineData("admin", 1)]
    [InlineData("manager", 2)]
    [InlineData("agent", 7)]
    public async Task AnAbsentAssigneeKeepsTheStoredOneForEveryRole(string role, long userId)
    {
        var customer = await FullCustomer(assignedTo: 7);
        var activity = await (await app.As("agent", 7).PostJson("/admin/activities", new { type = "call", title = "Call", customer_id = customer.Id() }))
            .ShouldHave(HttpStatusCode.Created);
        var caller = app.As(role, userId);

        (await (await caller.PutJson($"/admin/customers/{customer.Id()}", new { company = "By " + role })).ShouldHave(HttpStatusCode.OK))
            .GetProperty("assigned_to").GetInt64().ShouldBe(7);
        (await (await caller.PutJson($"/admin/activities/{activity.Id()}", new { title = "By " + role })).ShouldHave(HttpStatusCode.OK))
            .GetProperty("assigned_to").GetInt64().ShouldBe(7);
    }

    /// <summary>For each resource's PUT: a nullable member sent as "" keeps its value, sent as null is cleared.</summary>
    [Theory]
    [InlineData("customer", "phone")]
    [InlineData("contact", "last_name")]
    [InlineData("deal", "description")]
    [InlineData("activity", "outcome")]
    [InlineData("tag", "color")]
    [InlineData("stage", "color")]
    public async Task BlankKeepsAMemberAndNullClearsIt(string resource, string member)
    {
        var url = await RecordWithAllMembers(resource);
        var stored = await Read(url);
        stored.GetProperty(member).ValueKind.ShouldBe(JsonValueKind.String);

        var kept = await (await app.Admin.PutJson(url, $"{{\"{member}\":\"  \"}}")).ShouldHave(HttpStatusCode.OK);
        kept.Str(member).ShouldBe(stored.Str(member));

        var cleared = await (await app.Admin.PutJson(url, $"{{\"{member}\":null}}")).ShouldHave(HttpStatusCode.OK);
        cleared.GetProperty(member).ValueKind.ShouldBe(JsonValueKind.Null);
    }

    /// <summary>For each resource's PUT: null on a required member is refused naming it, and nothing changes.</summary>
    [Theory]
    [InlineData("customer", "name")]
    [InlineData("customer", "email")]
    [InlineData("customer", "contacted")]
    [InlineData("contact", "first_name")]
    [InlineData("deal", "title")]
    [InlineData("deal", "customer_id")]
    [InlineData("deal", "amount")]
    [InlineData("activity", "type")]
    [InlineData("activity", "status")]
    [InlineData("note", "content")]
    [InlineData("tag", "name")]
    [InlineData("stage", "display_name")]
    public async Task NullOnARequiredMemberIsRefusedAndChangesNothing(string resource, string member)
    {
        var url = await RecordWithAllMembers(resource);
        var before = await Read(url);

        var error = await (await app.Admin.PutJson(url, $"{{\"{member}\":null}}")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        (await Read(url)).GetRawText().ShouldBe(before.GetRawText());
    }

    [Theory]
    [InlineData("PUT", "customer")]
    [InlineData("PATCH", "customer")]
    [InlineData("PUT", "contact")]
    [InlineData("PUT", "deal")]
    [InlineData("PATCH", "deal")]
    [InlineData("PUT", "activity")]
    [InlineData("PATCH", "activity")]
    [InlineData("PUT", "note")]
    [InlineData("PUT", "tag")]
    [InlineData("PUT", "stage")]
    public async Task AnEmptyBodyIsNoUpdates(string method, string resource)
    {
        var url = await RecordWithAllMembers(resource);
        await (await app.Admin.SendRaw(new HttpMethod(method), url, "{}")).ShouldBeError(HttpStatusCode.BadRequest, "NO_UPDATES");
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("contact")]
    [InlineData("deal")]
    [InlineData("activity")]
    [InlineData("note")]
    [InlineData("tag")]
    [InlineData("stage")]
    public async Task APutThatChangesNothingAnswersTheStoredRecordAndWritesNoAuditRow(string resource)
    {
        var url = await RecordWithAllMembers(resource);
        var before = await Read(url);
        var audits = Scalar("SELECT count(*) FROM audit_logs");

        // The whole representation sent back as read: every editable member equal, every read-only one equal.
        var answer = await (await app.Admin.PutJson(url, before.GetRawText())).ShouldHave(HttpStatusCode.OK);

        answer.Str("updated_at").ShouldBe(before.Str("updated_at"));
        Scalar("SELECT count(*) FROM audit_logs").ShouldBe(audits);
    }

    [Fact]
    public async Task ALegacyValueThatBreaksTodaysRulesNeverBlocksAnotherChange()
    {
        var customer = await FullCustomer();
        // A Go-era row: an email today's rule refuses (no top-level domain).
        app.Sql($"UPDATE customers SET email = 'legacy@localhost' WHERE id = {customer.Id()}");
        var stored = await (await app.Admin.GetAsync($"/admin/customers/{customer.Id()}")).ShouldHave(HttpStatusCode.OK);

        (await (await app.Admin.PutJson($"/admin/customers/{customer.Id()}", new { name = "Still editable" })).ShouldHave(HttpStatusCode.OK))
            .Str("email").ShouldBe("legacy@localhost");
        // Its own echo in a whole-object PUT is not a change either (echoing the version now stored).
        stored = await (await app.Admin.GetAsync($"/admin/customers/{customer.Id()}")).ShouldHave(HttpStatusCode.OK);
        var echoed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(stored.GetRawText())!;
        echoed["company"] = JsonSerializer.SerializeToElement("Echoed Co");
        echoed.Remove("updated_at");
        (await (await app.Admin.PutJson($"/admin/customers/{customer.Id()}", echoed)).ShouldHave(HttpStatusCode.OK)).Str("company").ShouldBe("Echoed Co");
        // Changing it is validated.
        await (await app.Admin.PutJson($"/admin/customers/{customer.Id()}", new { email = "still@localhost" })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("/admin/customers/{0}", "{\"name\":\"Not patchable\"}", "name")]
    [InlineData("/admin/deals/{1}", "{\"title\":\"Not patchable\"}", "title")]
    public async Task PatchRefusesMembersOnlyPutAccepts(string url, string json, string member)
    {
        var customer = await FullCustomer();
        var deal = await (await app.Admin.PostJson("/admin/deals", new { title = "Patchable", customer_id = customer.Id() })).ShouldHave(HttpStatusCode.Created);

        var error = await (await app.Admin.SendRaw(HttpMethod.Patch, string.Format(url, customer.Id(), deal.Id()), json))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task IfMatchStillGuardsAMergingPut()
    {
        var customer = await FullCustomer();
        var etag = (await app.Admin.GetAsync($"/admin/customers/{customer.Id()}")).Headers.ETag!.ToString();

        (await app.Admin.PutJson($"/admin/customers/{customer.Id()}", new { company = "First" }, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await app.Admin.PutJson($"/admin/customers/{customer.Id()}", new { company = "Second" }, etag))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
    }

    /// <summary>GET of one record; stages have no GET of their own, so theirs comes from the list.</summary>
    async Task<JsonElement> Read(string url)
    {
        if (!url.StartsWith("/admin/pipeline-stages/")) return await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK);
        var page = await (await app.Admin.GetAsync("/admin/pipeline-stages?page_size=100")).ShouldHave(HttpStatusCode.OK);
        return page.GetProperty("data").EnumerateArray().Single(s => $"/admin/pipeline-stages/{s.Id()}" == url);
    }

    /// <summary>A record of the resource with every optional member set; its URL.</summary>
    async Task<string> RecordWithAllMembers(string resource)
    {
        var customer = await FullCustomer();
        async Task<long> Post(string url, object body) => (await (await app.Admin.PostJson(url, body)).ShouldHave(HttpStatusCode.Created)).Id();
        return resource switch
        {
            "customer" => $"/admin/customers/{customer.Id()}",
            "contact" => $"/admin/contacts/{await Post($"/admin/customers/{customer.Id()}/contacts", new { first_name = "Ann", last_name = "Lee", email = "ann@example.com", position = "CEO" })}",
            "deal" => $"/admin/deals/{await Post("/admin/deals", new { title = "Deal", description = "Desc", customer_id = customer.Id(), amount = 10, expected_close_date = "2030-01-01T00:00:00Z" })}",
            "activity" => $"/admin/activities/{await Post("/admin/activities", new { type = "call", title = "Call", customer_id = customer.Id(), outcome = "Fine", duration_minutes = 15 })}",
            "note" => $"/admin/notes/{await Post($"/admin/customers/{customer.Id()}/notes", new { content = "A note" })}",
            "tag" => $"/admin/tags/{await Post("/admin/tags", new { name = "Tag " + Unique(), color = "#112233" })}",
            "stage" => $"/admin/pipeline-stages/{await Post("/admin/pipeline-stages", new { name = "s_" + Unique(), display_name = "Stage", order = 50, color = "#445566", probability = 30 })}",
            _ => throw new ArgumentOutOfRangeException(nameof(resource)),
        };
    }
}
