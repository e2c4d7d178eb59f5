using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Activities;

public class ActivityPermissionTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task AnAgentsNewActivityIsAssignedToThemselves()
    {
        var body = await (await app.As("agent", 7).PostJson("/admin/activities", new { type = "call", title = "Mine", customer_id = app.Customer() }))
            .ShouldHave(HttpStatusCode.Created);
        body.GetProperty("assigned_to").GetInt64().ShouldBe(7);

        var explicitSelf = await (await app.As("agent", 7).PostJson("/admin/activities", new { type = "call", title = "Mine", customer_id = app.Customer(), assigned_to = 7 }))
            .ShouldHave(HttpStatusCode.Created);
        explicitSelf.GetProperty("assigned_to").GetInt64().ShouldBe(7);
    }

    [Fact]
    public async Task AnAgentCannotAssignAnActivityToSomeoneElse()
    {
        var customer = app.Customer();
        await (await app.As("agent", 7).PostJson("/admin/activities", new { type = "call", title = "Theirs", customer_id = customer, assigned_to = 8 }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        app.Scalar($"SELECT count(*) FROM activities WHERE customer_id = {customer}").ShouldBe(0);

        var own = app.Activity(customer, assignedTo: 7);
        await (await app.As("agent", 7).PutJson($"/admin/activities/{own}", new { type = "call", title = "Theirs", customer_id = customer, assigned_to = 8 }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Fact]
    public async Task ManagersMayAssignActivitiesToAnyone()
    {
        var body = await (await app.As("manager", 2).PostJson("/admin/activities", new { type = "task", title = "For 9", customer_id = app.Customer(), assigned_to = 9 }))
            .ShouldHave(HttpStatusCode.Created);
        body.GetProperty("assigned_to").GetInt64().ShouldBe(9);

        var reassigned = await (await app.As("manager", 2).PutJson($"/admin/activities/{body.Id()}", new { type = "task", title = "For 10", customer_id = body.GetProperty("customer_id").GetInt64(), assigned_to = 10 }))
            .ShouldHave(HttpStatusCode.OK);
        reassigned.GetProperty("assigned_to").GetInt64().ShouldBe(10);
    }

    [Fact]
    public async Task AnAgentUpdatesOnlyTheirOwnActivities()
    {
        var customer = app.Customer();
        var own = app.Activity(customer, assignedTo: 7);
        var others = app.Activity(customer, assignedTo: 8);
        var agent = app.As("agent", 7);

        (await agent.PatchJson($"/admin/activities/{own}", new { status = "completed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var put = await (await agent.PutJson($"/admin/activities/{own}", new { type = "note", title = "Still mine", customer_id = customer })).ShouldHave(HttpStatusCode.OK);
        put.GetProperty("assigned_to").GetInt64().ShouldBe(7);

        await (await agent.PatchJson($"/admin/activities/{others}", new { status = "completed" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PutJson($"/admin/activities/{others}", new { type = "note", title = "Taken", customer_id = customer })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await (await app.Admin.GetAsync($"/admin/activities/{others}")).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBe("scheduled");
    }

    [Fact]
    public async Task AgentsNeverDeleteActivities()
    {
        var own = app.Activity(app.Customer(), assignedTo: 7);
        await (await app.As("agent", 7).Delete($"/admin/activities/{own}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await app.As("manager", 2).Delete($"/admin/activities/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithTheDefaultReadScopeAgentsSeeEveryonesActivities()
    {
        var customer = app.Customer();
        var others = app.Activity(customer, assignedTo: 8);
        (await app.As("agent", 7).GetAsync($"/admin/activities/{others}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await (await app.As("agent", 7).GetAsync($"/admin/activities?customer_id={customer}")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task EveryRouteNeedsAToken()
    {
        var anonymous = app.CreateClient();
        foreach (var url in new[] { "/admin/activities", "/admin/activities/1", "/admin/me/activities" })
            await (await anonymous.GetAsync(url)).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
        await (await anonymous.PostJson("/admin/activities", new { })).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
    }
}

public sealed class OwnReadScopeFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AGENT_READ_SCOPE"] = "own" };
}

public class ActivityOwnReadScopeTests(OwnReadScopeFactory app) : IClassFixture<OwnReadScopeFactory>
{
    [Fact]
    public async Task AnAgentSeesTheActivitiesAssignedToThemAndThoseOfTheirCustomers()
    {
        // Contract section 3: an activity is the agent's when it is assigned to them, or its customer or deal is theirs.
        var customer = app.Customer(assignedTo: 7);
        var own = app.Activity(customer, assignedTo: 7);
        var onTheirCustomer = app.Activity(customer, assignedTo: 8);
        var elsewhere = app.Customer(assignedTo: 8);
        var others = app.Activity(elsewhere, assignedTo: 8);
        var agent = app.As("agent", 7);

        var list = await (await agent.GetAsync($"/admin/activities?customer_id={customer},{elsewhere}")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Select(a => a.Id()).Order().ShouldBe([own, onTheirCustomer]);
        (await agent.GetAsync($"/admin/activities/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.GetAsync($"/admin/activities/{onTheirCustomer}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agent.GetAsync($"/admin/activities/{others}")).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        await (await agent.PatchJson($"/admin/activities/{others}", new { status = "completed" })).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        var all = await (await app.As("manager", 2).GetAsync($"/admin/activities?customer_id={customer},{elsewhere}")).ShouldHave(HttpStatusCode.OK);
        all.GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task AnAgentCannotLinkAnActivityToACustomerOrDealOutsideTheirScope()
    {
        var hidden = app.Customer(assignedTo: 8);
        var hiddenDeal = app.Deal(app.Customer(assignedTo: 8), ownerId: 8);
        var agent = app.As("agent", 7);

        var error = await (await agent.PostJson("/admin/activities", new { type = "call", title = "x", customer_id = hidden })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("customer_id", out _).ShouldBeTrue();
        error = await (await agent.PostJson("/admin/activities", new { type = "call", title = "x", deal_id = hiddenDeal })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("deal_id", out _).ShouldBeTrue();
        (await agent.PostJson("/admin/activities", new { type = "call", title = "x", customer_id = app.Customer(assignedTo: 7) })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
