using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deals;

public class DealStageTransitionTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<JsonElement> Patch(HttpClient client, JsonElement deal, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.PatchJson($"/admin/deals/{deal.Id()}", body)).ShouldHave(status);

    async Task<JsonElement> Fetch(JsonElement deal) => await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);

    [Fact]
    public async Task MovingBetweenOpenStagesWritesHistoryAndTakesTheStageProbability()
    {
        var deal = await app.As("agent", 7).Deal(await app.Customer());

        var moved = await Patch(app.As("agent", 7), deal, new { stage = "proposal" });

        moved.Str("stage").ShouldBe("proposal");
        moved.GetProperty("probability").GetInt32().ShouldBe(50);
        moved.IsNull("actual_close_date").ShouldBeTrue();
        DateTime.Parse(moved.Str("stage_changed_at")).ShouldBeGreaterThan(DateTime.Parse(deal.Str("stage_changed_at")));
        app.History(deal.Id()).ShouldBe(["-→prospecting", "prospecting→proposal"]);
        app.Scalar<long>($"SELECT changed_by FROM deal_stage_history WHERE deal_id = {deal.Id()} AND to_stage = 'proposal'").ShouldBe(7);
        app.AuditActions("deal", deal.Id()).ShouldBe(["create", "stage_change"]);
    }

    [Fact]
    public async Task AnExplicitProbabilityWinsOverTheStageDefaultOnOpenStages()
    {
        var deal = await app.Admin.Deal(await app.Customer(), new { stage = "qualification", probability = 5 });
        deal.GetProperty("probability").GetInt32().ShouldBe(5);

        (await Patch(app.Admin, deal, new { stage = "negotiation", probability = 60 })).GetProperty("probability").GetInt32().ShouldBe(60);
    }

    [Fact]
    public async Task PatchingTheCurrentStageIsNotAStageChange()
    {
        var deal = await app.Admin.Deal(await app.Customer(), new { stage = "proposal", probability = 45 });

        var same = await Patch(app.Admin, deal, new { stage = "proposal" });

        same.GetProperty("probability").GetInt32().ShouldBe(45);
        same.Str("stage_changed_at").ShouldBe(deal.Str("stage_changed_at"));
        app.History(deal.Id()).ShouldBe(["-→proposal"]);
        app.AuditActions("deal", deal.Id()).ShouldBe(["create"]);
    }

    [Fact]
    public async Task WinningStampsTheCloseDateAndPinsProbabilityTo100()
    {
        var deal = await app.As("agent", 7).Deal(await app.Customer(), new { probability = 20 });

        var won = await Patch(app.As("agent", 7), deal, new { stage = "closed_won", probability = 30 });

        won.Str("stage").ShouldBe("closed_won");
        won.GetProperty("probability").GetInt32().ShouldBe(100);
        won.IsNull("actual_close_date").ShouldBeFalse();
        won.Str("actual_close_date").ShouldBe(won.Str("stage_changed_at"));
        app.History(deal.Id()).ShouldBe(["-→prospecting", "prospecting→closed_won"]);
        (await Patch(app.Admin, deal, new { probability = 40 })).GetProperty("probability").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task LosingNeedsALostReason()
    {
        var deal = await app.Admin.Deal(await app.Customer(), new { stage = "negotiation" });

        await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = "closed_lost" })).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_TRANSITION");
        await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = "closed_lost", lost_reason = "   " }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_TRANSITION");
        (await Fetch(deal)).Str("stage").ShouldBe("negotiation");
        app.History(deal.Id()).ShouldBe(["-→negotiation"]);

        var lost = await Patch(app.Admin, deal, new { stage = "closed_lost", lost_reason = "Went with a competitor" });

        lost.GetProperty("probability").GetInt32().ShouldBe(0);
        lost.Str("lost_reason").ShouldBe("Went with a competitor");
        lost.IsNull("actual_close_date").ShouldBeFalse();
        app.History(deal.Id()).ShouldBe(["-→negotiation", "negotiation→closed_lost"]);
        app.AuditActions("deal", deal.Id()).ShouldBe(["create", "stage_change"]);
    }

    [Fact]
    public async Task ALostDealKeepsItsLostReason()
    {
        var deal = await app.Admin.Deal(await app.Customer(), new { stage = "closed_lost", lost_reason = "Budget" });

        var error = await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", "{\"lost_reason\":null}")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("lost_reason", out _).ShouldBeTrue();

        (await Patch(app.Admin, deal, new { lost_reason = "Budget cut" })).Str("lost_reason").ShouldBe("Budget cut");
    }

    [Fact]
    public async Task AgentsCannotReopenWonOrLostDeals()
    {
        var agent = app.As("agent", 7);
        var won = await agent.Deal(await app.Customer(), new { stage = "closed_won" });
        var lost = await agent.Deal(await app.Customer(), new { stage = "closed_lost", lost_reason = "Timing" });

        await (await agent.PatchJson($"/admin/deals/{won.Id()}", new { stage = "negotiation" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PatchJson($"/admin/deals/{won.Id()}", new { stage = "closed_lost", lost_reason = "Churned" }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PatchJson($"/admin/deals/{lost.Id()}", new { stage = "proposal" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PutJson($"/admin/deals/{lost.Id()}", new { title = "Back", customer_id = lost.GetProperty("customer_id").GetInt64(), stage = "proposal" }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");

        (await Fetch(won)).Str("stage").ShouldBe("closed_won");
        (await Fetch(lost)).Str("stage").ShouldBe("closed_lost");
        app.History(won.Id()).ShouldBe(["-→closed_won"]);
        app.History(lost.Id()).ShouldBe(["-→closed_lost"]);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task ManagersAndAdminsReopenClearingTheCloseDateAndLostReason(string role)
    {
        var client = app.As(role, 3);
        var deal = await app.As("agent", 7).Deal(await app.Customer(), new { stage = "closed_lost", lost_reason = "Timing" });
        deal.IsNull("actual_close_date").ShouldBeFalse();

        var reopened = await Patch(client, deal, new { stage = "qualification" });

        reopened.Str("stage").ShouldBe("qualification");
        reopened.IsNull("actual_close_date").ShouldBeTrue();
        reopened.IsNull("lost_reason").ShouldBeTrue();
        reopened.GetProperty("probability").GetInt32().ShouldBe(25);
        app.History(deal.Id()).ShouldBe(["-→closed_lost", "closed_lost→qualification"]);
        app.Scalar<long>($"SELECT changed_by FROM deal_stage_history WHERE deal_id = {deal.Id()} AND from_stage IS NOT NULL").ShouldBe(3);
    }

    [Fact]
    public async Task TurningALostDealIntoAWinIsAReopeningThatDropsTheLostReason()
    {
        var deal = await app.Admin.Deal(await app.Customer(), new { stage = "closed_lost", lost_reason = "Timing" });
        var lostAt = deal.Str("actual_close_date");

        var won = await Patch(app.As("manager", 2), deal, new { stage = "closed_won" });

        won.IsNull("lost_reason").ShouldBeTrue();
        won.GetProperty("probability").GetInt32().ShouldBe(100);
        DateTime.Parse(won.Str("actual_close_date")).ShouldBeGreaterThan(DateTime.Parse(lostAt));
        app.History(deal.Id()).ShouldBe(["-→closed_lost", "closed_lost→closed_won"]);
    }

    [Fact]
    public async Task TheTargetMustBeAnActiveStage()
    {
        await (await app.Admin.PostJson("/admin/pipeline-stages", new { name = "retired", display_name = "Retired", order = 9, is_active = false }))
            .ShouldHave(HttpStatusCode.Created);
        var customer = await app.Customer();
        var deal = await app.Admin.Deal(customer);

        await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = "retired" })).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        await (await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = "Proposal" })).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "T", customer_id = customer, stage = "retired" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        await (await app.Admin.PostJson("/admin/deals", new { title = "T", customer_id = customer, stage = "retired" })).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        await (await app.Admin.PostJson("/admin/deals", new { title = "T", customer_id = customer, stage = "nowhere" })).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        app.History(deal.Id()).ShouldBe(["-→prospecting"]);
    }

    [Fact]
    public async Task ADealInADeactivatedStageCanStillBeEditedWithoutMoving()
    {
        var stage = await (await app.Admin.PostJson("/admin/pipeline-stages", new { name = "sunset", display_name = "Sunset", order = 8 })).ShouldHave(HttpStatusCode.Created);
        var customer = await app.Customer();
        var deal = await app.Admin.Deal(customer, new { stage = "sunset" });
        await (await app.Admin.PutJson($"/admin/pipeline-stages/{stage.Id()}", new { name = "sunset", display_name = "Sunset", order = 8, is_active = false }))
            .ShouldHave(HttpStatusCode.OK);

        (await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "Renamed", customer_id = customer, stage = "sunset" }))
            .ShouldHave(HttpStatusCode.OK)).Str("stage").ShouldBe("sunset");
        (await Patch(app.Admin, deal, new { stage = "proposal" })).Str("stage").ShouldBe("proposal");
    }

    [Fact]
    public async Task PutFollowsTheSameTransitionRules()
    {
        var customer = await app.Customer();
        var deal = await app.Admin.Deal(customer);

        await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "T", customer_id = customer, stage = "closed_lost" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_TRANSITION");
        var won = await (await app.Admin.PutJson($"/admin/deals/{deal.Id()}", new { title = "T", customer_id = customer, stage = "closed_won", amount = 900 }))
            .ShouldHave(HttpStatusCode.OK);

        won.GetProperty("probability").GetInt32().ShouldBe(100);
        won.IsNull("actual_close_date").ShouldBeFalse();
        app.History(deal.Id()).ShouldBe(["-→prospecting", "prospecting→closed_won"]);
        app.AuditActions("deal", deal.Id()).ShouldBe(["create", "stage_change"]);
        using var audit = JsonDocument.Parse(app.Scalar<string>(
            $"SELECT changes::text FROM audit_logs WHERE resource_type = 'deal' AND resource_id = {deal.Id()} AND action = 'stage_change'"));
        audit.RootElement.GetProperty("stage").GetProperty("old").GetString().ShouldBe("prospecting");
        audit.RootElement.GetProperty("stage").GetProperty("new").GetString().ShouldBe("closed_won");
        audit.RootElement.GetProperty("amount").GetProperty("new").GetDecimal().ShouldBe(900m);
    }

    [Fact]
    public async Task CreatingAClosedDealFollowsTheRulesOfEnteringThatStage()
    {
        var customer = await app.Customer();

        await (await app.Admin.PostJson("/admin/deals", new { title = "Lost at birth", customer_id = customer, stage = "closed_lost" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_TRANSITION");
        var won = await app.Admin.Deal(customer, new { stage = "closed_won", probability = 10 });

        won.GetProperty("probability").GetInt32().ShouldBe(100);
        won.Str("actual_close_date").ShouldBe(won.Str("created_at"));
        app.History(won.Id()).ShouldBe(["-→closed_won"]);
        app.Scalar<long>($"SELECT count(*) FROM deals WHERE customer_id = {customer}").ShouldBe(1);
    }

    [Fact]
    public async Task TheStageHistoryListsEveryChangeOldestFirst()
    {
        var agent = app.As("agent", 7);
        var deal = await agent.Deal(await app.Customer());
        await Patch(agent, deal, new { stage = "qualification" });
        await Patch(agent, deal, new { stage = "closed_won" });
        await Patch(app.As("manager", 2), deal, new { stage = "negotiation" });

        var history = await (await agent.GetAsync($"/admin/deals/{deal.Id()}/stage-history")).ShouldHave(HttpStatusCode.OK);

        history.GetProperty("total").GetInt32().ShouldBe(4);
        var rows = history.GetProperty("data").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("from_stage").ValueKind == JsonValueKind.Null ? "-" : r.Str("from_stage"))
            .ShouldBe(["-", "prospecting", "qualification", "closed_won"]);
        rows.Select(r => r.Str("to_stage")).ShouldBe(["prospecting", "qualification", "closed_won", "negotiation"]);
        rows.Select(r => r.GetProperty("changed_by").GetInt64()).ShouldBe([7L, 7L, 7L, 2L]);
        rows.ShouldAllBe(r => r.GetProperty("deal_id").GetInt64() == deal.Id());
        rows[0].Str("changed_at").ShouldBe(deal.Str("created_at"));

        var page = await (await agent.GetAsync($"/admin/deals/{deal.Id()}/stage-history?page=2&page_size=3")).ShouldHave(HttpStatusCode.OK);
        page.GetProperty("data").EnumerateArray().Select(r => r.Str("to_stage")).ShouldBe(["negotiation"]);
        var newestFirst = await (await agent.GetAsync($"/admin/deals/{deal.Id()}/stage-history?sort_order=desc&page_size=1")).ShouldHave(HttpStatusCode.OK);
        newestFirst.GetProperty("data")[0].Str("to_stage").ShouldBe("negotiation");
        await (await agent.GetAsync($"/admin/deals/{deal.Id()}/stage-history?sort_by=to_stage")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }
}
