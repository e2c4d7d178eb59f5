using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deals;

public class OwnScopeFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AGENT_READ_SCOPE"] = "own" };
}

/// <summary>With AGENT_READ_SCOPE=own an agent sees only deals they own, and only customers assigned to them.</summary>
public class DealOwnScopeTests(OwnScopeFactory app) : IClassFixture<OwnScopeFactory>
{
    [Fact]
    public async Task AgentsListAndReadOnlyTheirOwnDeals()
    {
        var customer = await app.Customer(assignedTo: 7);
        var own = await app.As("agent", 7).Deal(customer, new { title = "Own" });
        var other = await app.Admin.Deal(customer, new { title = "Other", owner_id = 8 });
        var agent = app.As("agent", 7);

        var list = await (await agent.GetAsync($"/admin/deals?customer_id={customer}")).ShouldHave(HttpStatusCode.OK);
        list.Titles().ShouldBe(["Own"]);
        (await (await agent.GetAsync($"/admin/deals?customer_id={customer}&owner_id=8")).ShouldHave(HttpStatusCode.OK)).Titles().ShouldBeEmpty();
        (await (await agent.GetAsync($"/admin/deals/{own.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("title").ShouldBe("Own");
        (await (await app.As("manager", 2).GetAsync($"/admin/deals?customer_id={customer}")).ShouldHave(HttpStatusCode.OK)).Titles().Count.ShouldBe(2);

        await (await agent.GetAsync($"/admin/deals/{other.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await agent.GetAsync($"/admin/deals/{other.Id()}/stage-history")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await agent.PatchJson($"/admin/deals/{other.Id()}", new { probability = 1 })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await agent.PutJson($"/admin/deals/{other.Id()}", new { title = "Mine", customer_id = customer })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
    }

    [Fact]
    public async Task AgentsCannotAttachDealsToCustomersOutsideTheirReach()
    {
        var mine = await app.Customer(assignedTo: 7);
        var someoneElses = await app.Customer(assignedTo: 8);
        var agent = app.As("agent", 7);

        var error = await (await agent.PostJson("/admin/deals", new { title = "Poaching", customer_id = someoneElses }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("customer_id", out _).ShouldBeTrue();

        var deal = await agent.Deal(mine);
        await (await agent.PutJson($"/admin/deals/{deal.Id()}", new { title = "Moving", customer_id = someoneElses }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        (await app.As("manager", 2).Deal(someoneElses)).GetProperty("customer_id").GetInt64().ShouldBe(someoneElses);
    }
}
