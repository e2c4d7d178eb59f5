using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deals;

public class OwnScopeFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AGENT_READ_SCOPE"] = "own" };
}

/// <summary>
/// With AGENT_READ_SCOPE=own an agent sees the deals they own and the deals of customers assigned to them (contract
/// section 3), and only customers assigned to them.
/// </summary>
public class DealOwnScopeTests(OwnScopeFactory app) : IClassFixture<OwnScopeFactory>
{
    [Fact]
    public async Task AgentsListAndReadTheirOwnDealsAndTheDealsOfTheirCustomers()
    {
        var customer = await app.Customer(assignedTo: 7);
        var elsewhere = await app.Customer(assignedTo: 8);
        var own = await app.As("agent", 7).Deal(customer, new { title = "Own" });
        var onTheirCustomer = await app.Admin.Deal(customer, new { title = "On their customer", owner_id = 8 });
        var ownElsewhere = await app.Admin.Deal(elsewhere, new { title = "Own elsewhere", owner_id = 7 });
        var other = await app.Admin.Deal(elsewhere, new { title = "Other", owner_id = 8 });
        var agent = app.As("agent", 7);

        var list = await (await agent.GetAsync($"/admin/deals?customer_id={customer},{elsewhere}")).ShouldHave(HttpStatusCode.OK);
        list.Titles().Order().ShouldBe(["On their customer", "Own", "Own elsewhere"]);
        (await (await agent.GetAsync($"/admin/deals?customer_id={customer},{elsewhere}&owner_id=8")).ShouldHave(HttpStatusCode.OK)).Titles()
            .ShouldBe(["On their customer"]);
        foreach (var deal in new[] { own, onTheirCustomer, ownElsewhere })
            (await agent.GetAsync($"/admin/deals/{deal.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.As("manager", 2).GetAsync($"/admin/deals?customer_id={customer},{elsewhere}")).ShouldHave(HttpStatusCode.OK)).Titles().Count.ShouldBe(4);

        await (await agent.GetAsync($"/admin/deals/{other.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await agent.GetAsync($"/admin/deals/{other.Id()}/stage-history")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await agent.PatchJson($"/admin/deals/{other.Id()}", new { probability = 1 })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await agent.PutJson($"/admin/deals/{other.Id()}", new { title = "Mine", customer_id = elsewhere })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
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
