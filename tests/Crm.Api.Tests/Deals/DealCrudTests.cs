using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deals;

public class DealCrudTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task ANewDealStartsInTheFirstOpenStageOwnedByTheCaller()
    {
        var customer = await app.Customer();

        var response = await app.As("manager", 4).PostJson("/admin/deals", new { title = "  Fleet renewal ", customer_id = customer });

        var deal = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/deals/{deal.Id()}");
        deal.Str("title").ShouldBe("Fleet renewal");
        deal.Str("stage").ShouldBe("prospecting");
        deal.GetProperty("probability").GetInt32().ShouldBe(10);
        deal.GetProperty("amount").GetDecimal().ShouldBe(0m);
        deal.Str("currency").ShouldBe("USD");
        deal.GetProperty("owner_id").GetInt64().ShouldBe(4);
        deal.IsNull("actual_close_date").ShouldBeTrue();
        deal.IsNull("contact_id").ShouldBeTrue();
        deal.Str("stage_changed_at").ShouldBe(deal.Str("created_at"));
        app.History(deal.Id()).ShouldBe(["-→prospecting"]);
        app.AuditActions("deal", deal.Id()).ShouldBe(["create"]);
    }

    [Fact]
    public async Task EveryMemberRoundTripsThroughGetWithAnETag()
    {
        var customer = await app.Customer();
        var contact = app.Contact(customer);

        var created = await app.Admin.Deal(customer, new
        {
            description = "Three-year term", contact_id = contact, stage = "proposal", amount = 1234.56m, currency = "EUR",
            probability = 55, expected_close_date = "2026-09-30T17:00:00+02:00", owner_id = 12,
        });

        var response = await app.Admin.GetAsync($"/admin/deals/{created.Id()}");
        var deal = await response.ShouldHave(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull();
        deal.Str("description").ShouldBe("Three-year term");
        deal.GetProperty("customer_id").GetInt64().ShouldBe(customer);
        deal.GetProperty("contact_id").GetInt64().ShouldBe(contact);
        deal.Str("stage").ShouldBe("proposal");
        deal.GetProperty("amount").GetDecimal().ShouldBe(1234.56m);
        deal.Str("currency").ShouldBe("EUR");
        deal.GetProperty("probability").GetInt32().ShouldBe(55);
        deal.Str("expected_close_date").ShouldBe("2026-09-30T15:00:00Z");
        deal.GetProperty("owner_id").GetInt64().ShouldBe(12);
        deal.IsNull("lost_reason").ShouldBeTrue();
    }

    [Fact]
    public async Task AgentsCreateDealsForThemselvesOnly()
    {
        var customer = await app.Customer();
        var agent = app.As("agent", 7);

        (await agent.Deal(customer)).GetProperty("owner_id").GetInt64().ShouldBe(7);
        (await agent.Deal(customer, new { owner_id = 7 })).GetProperty("owner_id").GetInt64().ShouldBe(7);
        await (await agent.PostJson("/admin/deals", new { title = "For a colleague", customer_id = customer, owner_id = 8 }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await app.As("manager", 2).Deal(customer, new { owner_id = 8 })).GetProperty("owner_id").GetInt64().ShouldBe(8);
    }

    [Fact]
    public async Task PutChangesOnlyTheMembersSentKeepingTheStage()
    {
        var customer = await app.Customer();
        var created = await app.Admin.Deal(customer, new
        {
            description = "Old", contact_id = app.Contact(customer), stage = "proposal", amount = 500, currency = "GBP", probability = 42,
            expected_close_date = "2026-05-01T00:00:00Z",
        });

        var replaced = await (await app.Admin.PutJson($"/admin/deals/{created.Id()}", "{\"title\":\"Replaced\",\"contact_id\":null,\"description\":\"\"}"))
            .ShouldHave(HttpStatusCode.OK);

        replaced.Str("title").ShouldBe("Replaced");
        replaced.Str("description").ShouldBe("Old");
        replaced.IsNull("contact_id").ShouldBeTrue();
        replaced.Str("expected_close_date").ShouldBe("2026-05-01T00:00:00Z");
        replaced.GetProperty("amount").GetDecimal().ShouldBe(500m);
        replaced.Str("currency").ShouldBe("GBP");
        replaced.Str("stage").ShouldBe("proposal");
        replaced.GetProperty("probability").GetInt32().ShouldBe(42);
        replaced.GetProperty("owner_id").GetInt64().ShouldBe(1);
        app.History(created.Id()).ShouldBe(["-→proposal"]);
        app.AuditActions("deal", created.Id()).ShouldBe(["create", "update"]);
    }

    [Fact]
    public async Task PutCanMoveADealToAnotherCustomerButChecksTheContact()
    {
        var first = await app.Customer();
        var second = await app.Customer();
        var deal = await app.Admin.Deal(first);

        var error = await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "Moved", customer_id = second, contact_id = app.Contact(first) }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("contact_id", out _).ShouldBeTrue();
        await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "Moved", customer_id = 987654 }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        var moved = await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "Moved", customer_id = second, contact_id = app.Contact(second) }))
            .ShouldHave(HttpStatusCode.OK);
        moved.GetProperty("customer_id").GetInt64().ShouldBe(second);
    }

    [Fact]
    public async Task PatchChangesOnlyTheMembersSent()
    {
        var deal = await app.Admin.Deal(await app.Customer(), new { amount = 10, description = "Keep me" });

        var patched = await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { probability = 33, lost_reason = "just in case" }))
            .ShouldHave(HttpStatusCode.OK);

        patched.GetProperty("probability").GetInt32().ShouldBe(33);
        patched.Str("lost_reason").ShouldBe("just in case");
        patched.Str("stage").ShouldBe("prospecting");
        patched.Str("description").ShouldBe("Keep me");
        patched.GetProperty("amount").GetDecimal().ShouldBe(10m);
        app.History(deal.Id()).ShouldBe(["-→prospecting"]);
        app.AuditActions("deal", deal.Id()).ShouldBe(["create", "update"]);
    }

    [Theory]
    [InlineData("{}", "NO_UPDATES")]
    [InlineData("{\"title\":\"Not patchable\"}", "VALIDATION_FAILED")]
    [InlineData("{\"amount\":5}", "VALIDATION_FAILED")]
    [InlineData("{\"stage\":null}", "VALIDATION_FAILED")]
    [InlineData("{\"stage\":\"nowhere\"}", "INVALID_STAGE")]
    [InlineData("{\"probability\":null}", "VALIDATION_FAILED")]
    [InlineData("{\"probability\":101}", "VALIDATION_FAILED")]
    [InlineData("{\"probability\":\"likely\"}", "VALIDATION_FAILED")]
    [InlineData("{\"lost_reason\":7}", "VALIDATION_FAILED")]
    public async Task BadPatchesChangeNothing(string json, string code)
    {
        var deal = await app.Admin.Deal(await app.Customer());

        await (await app.Admin.SendRaw(HttpMethod.Patch, $"/admin/deals/{deal.Id()}", json)).ShouldBeError(HttpStatusCode.BadRequest, code);

        var after = await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);
        after.Str("updated_at").ShouldBe(deal.Str("updated_at"));
        app.History(deal.Id()).ShouldBe(["-→prospecting"]);
    }

    [Fact]
    public async Task AStaleIfMatchRefusesPutPatchAndDelete()
    {
        var customer = await app.Customer();
        var deal = await app.Admin.Deal(customer);
        var etag = (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).Headers.ETag!.ToString();
        await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { probability = 20 }, ifMatch: etag)).ShouldHave(HttpStatusCode.OK);

        await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "Late", customer_id = customer }, ifMatch: etag))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = "proposal" }, ifMatch: etag))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.Delete($"/admin/deals/{deal.Id()}", ifMatch: etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        var after = await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);
        after.Str("stage").ShouldBe("prospecting");
        after.GetProperty("probability").GetInt32().ShouldBe(20);
        app.History(deal.Id()).ShouldBe(["-→prospecting"]);
    }

    /// <summary>
    /// Without If-Match a client asks for no version check, so writes racing on one deal all apply, one after another:
    /// the last writer wins, and only committed attempts leave rows (an attempt that lost rolled back and ran again).
    /// </summary>
    [Fact]
    public async Task ConcurrentPatchesWithoutIfMatchAllApplyAndTheLastWriterWins()
    {
        var deal = await app.Admin.Deal(await app.Customer());
        var stages = new[] { "qualification", "proposal", "negotiation" };
        var patches = Enumerable.Range(0, 20).Select(i => (Stage: stages[i % 3], Probability: 30 + i)).ToList();

        var responses = await Task.WhenAll(patches.Select(p =>
            app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = p.Stage, probability = p.Probability })));

        foreach (var response in responses) await response.ShouldHave(HttpStatusCode.OK);
        var after = await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);
        var final = (after.Str("stage"), after.GetProperty("probability").GetInt32());
        patches.ShouldContain(final);
        // Each PATCH sets a probability of its own, so each committed one wrote one audit row; the last is the final state.
        var actions = app.AuditActions("deal", deal.Id());
        actions.Count(a => a is "update" or "stage_change").ShouldBe(20);
        app.Scalar<int>($"""
            SELECT (changes->'probability'->>'new')::int FROM audit_logs WHERE resource_type = 'deal' AND resource_id = {deal.Id()}
            ORDER BY id DESC LIMIT 1
            """).ShouldBe(final.Item2);
        app.History(deal.Id()).Count.ShouldBe(1 + actions.Count(a => a == "stage_change"));
    }

    [Fact]
    public async Task DeleteIsSoftAndOnlyForAdminsAndManagers()
    {
        var deal = await app.As("agent", 7).Deal(await app.Customer());
        await (await app.As("agent", 7).Delete($"/admin/deals/{deal.Id()}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");

        await (await app.As("manager", 2).Delete($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);

        await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { probability = 1 })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}/stage-history")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await app.Admin.Delete($"/admin/deals/{deal.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        (await (await app.Admin.GetAsync($"/admin/deals?customer_id={deal.GetProperty("customer_id")}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("total").GetInt32().ShouldBe(0);
        app.Scalar<long>($"SELECT count(*) FROM deals WHERE id = {deal.Id()} AND deleted_at IS NOT NULL").ShouldBe(1);
        app.AuditActions("deal", deal.Id()).ShouldBe(["create", "delete"]);
    }

    [Fact]
    public async Task AgentsUpdateOnlyTheirOwnDeals()
    {
        var customer = await app.Customer();
        var theirs = await app.As("agent", 8).Deal(customer);
        var agent = app.As("agent", 7);

        (await (await agent.GetAsync($"/admin/deals/{theirs.Id()}")).ShouldHave(HttpStatusCode.OK)).Id().ShouldBe(theirs.Id());
        await (await agent.PatchJson($"/admin/deals/{theirs.Id()}", new { probability = 90 })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PutJson($"/admin/deals/{theirs.Id()}", new { title = "Mine now", customer_id = customer }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");

        var own = await agent.Deal(customer);
        (await (await agent.PutJson($"/admin/deals/{own.Id()}", new { title = "Still mine", customer_id = customer })).ShouldHave(HttpStatusCode.OK))
            .GetProperty("owner_id").GetInt64().ShouldBe(7);
        await (await agent.PutJson($"/admin/deals/{own.Id()}", new { title = "Handing over", customer_id = customer, owner_id = 8 }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await (await app.As("manager", 2).PutJson($"/admin/deals/{own.Id()}", new { title = "Reassigned", customer_id = customer, owner_id = 8 }))
            .ShouldHave(HttpStatusCode.OK)).GetProperty("owner_id").GetInt64().ShouldBe(8);
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("1.5", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("99999999999999999999", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("0", HttpStatusCode.NotFound, "DEAL_NOT_FOUND")]
    [InlineData("424242", HttpStatusCode.NotFound, "DEAL_NOT_FOUND")]
    public async Task BadOrUnknownDealIdsAnswer400Or404(string id, HttpStatusCode status, string code)
    {
        await (await app.Admin.GetAsync($"/admin/deals/{id}")).ShouldBeError(status, code);
        await (await app.Admin.PutJson($"/admin/deals/{id}", new { title = "T", customer_id = 1 })).ShouldBeError(status, code);
        await (await app.Admin.PatchJson($"/admin/deals/{id}", new { probability = 5 })).ShouldBeError(status, code);
        await (await app.Admin.Delete($"/admin/deals/{id}")).ShouldBeError(status, code);
        await (await app.Admin.GetAsync($"/admin/deals/{id}/stage-history")).ShouldBeError(status, code);
    }

    [Fact]
    public async Task TheCustomerPageShowsOpenDealsAndTheirStageChanges()
    {
        var customer = await app.Customer();
        var open = await app.Admin.Deal(customer, new { title = "Open one" });
        var won = await app.Admin.Deal(customer, new { title = "Won one" });
        await (await app.Admin.PatchJson($"/admin/deals/{open.Id()}", new { stage = "negotiation" })).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PatchJson($"/admin/deals/{won.Id()}", new { stage = "closed_won" })).ShouldHave(HttpStatusCode.OK);

        var page = await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK);

        page.GetProperty("open_deals").EnumerateArray().Select(d => d.Id()).ShouldBe([open.Id()]);
        page.GetProperty("open_deals")[0].Str("stage").ShouldBe("negotiation");
        page.GetProperty("counts").GetProperty("open_deals").GetInt32().ShouldBe(1);
        var changes = page.GetProperty("recent_timeline").EnumerateArray().Where(e => e.Str("type") == "stage_change")
            .Select(e => e.Str("summary")).ToList();
        changes.ShouldBe(["Won one: prospecting → closed_won", "Open one: prospecting → negotiation", "Won one: (new) → prospecting",
            "Open one: (new) → prospecting"]);
    }
}
