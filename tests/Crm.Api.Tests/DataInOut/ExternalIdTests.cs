using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.DataInOut;

/// <summary>external_id on every importable record (contract section 9): stored, returned, filtered, unique among live rows.</summary>
public class ExternalIdTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    async Task<long> CustomerAsync(string? externalId = null) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Ext", email = $"{Guid.NewGuid():N}@example.com", external_id = externalId }))
            .ShouldHave(HttpStatusCode.Created)).Id();

    [Fact]
    public async Task ACustomersExternalIdIsStoredReturnedAndFiltered()
    {
        var externalId = Unique("hub");
        var id = await CustomerAsync(externalId);
        await CustomerAsync();

        var fetched = await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK);
        fetched.Str("external_id").ShouldBe(externalId);
        var list = await (await app.Admin.GetAsync($"/admin/customers?external_id={externalId}")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Select(c => c.Id()).ShouldBe([id]);
        list.GetProperty("data")[0].Str("external_id").ShouldBe(externalId);
    }

    [Fact]
    public async Task ASecondLiveCustomerWithTheSameExternalIdIs409AndADeletedOnesIdCanBeTakenAgain()
    {
        var externalId = Unique("dup");
        var first = await CustomerAsync(externalId);

        await (await app.Admin.PostJson("/admin/customers", new { name = "Two", email = $"{Guid.NewGuid():N}@example.com", external_id = externalId }))
            .ShouldBeError(HttpStatusCode.Conflict, "EXTERNAL_ID_EXISTS");
        var other = await CustomerAsync();
        await (await app.Admin.PutJson($"/admin/customers/{other}", new { external_id = externalId }))
            .ShouldBeError(HttpStatusCode.Conflict, "EXTERNAL_ID_EXISTS");

        await (await app.Admin.Delete($"/admin/customers/{first}")).ShouldHave(HttpStatusCode.OK);
        var second = await CustomerAsync(externalId);
        // The first one cannot come back while the second holds its external_id.
        await (await app.Admin.PostAsync($"/admin/customers/{first}/restore", null)).ShouldBeError(HttpStatusCode.Conflict, "EXTERNAL_ID_EXISTS");
        second.ShouldNotBe(first);
    }

    [Fact]
    public async Task AnExternalIdOver255CharactersIsRefusedAndNullClearsIt()
    {
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Long", email = $"{Guid.NewGuid():N}@example.com", external_id = new string('x', 256) }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).GetProperty("data").GetProperty("errors").TryGetProperty("external_id", out _).ShouldBeTrue();

        var id = await CustomerAsync(Unique("clear"));
        var cleared = await (await app.Admin.PutJson($"/admin/customers/{id}", new { external_id = (string?)null })).ShouldHave(HttpStatusCode.OK);
        cleared.GetProperty("external_id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task ContactsDealsAndActivitiesCarryExternalIdsUniqueAmongLiveRows()
    {
        var customer = await CustomerAsync();
        var contactId = Unique("contact");
        var contact = await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new { first_name = "Pat", external_id = contactId }))
            .ShouldHave(HttpStatusCode.Created);
        contact.Str("external_id").ShouldBe(contactId);
        await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new { first_name = "Sam", external_id = contactId }))
            .ShouldBeError(HttpStatusCode.Conflict, "EXTERNAL_ID_EXISTS");
        (await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?external_id={contactId}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(c => c.Id()).ShouldBe([contact.Id()]);

        var dealId = Unique("deal");
        var deal = await (await app.Admin.PostJson("/admin/deals", new { title = "D", customer_id = customer, external_id = dealId }))
            .ShouldHave(HttpStatusCode.Created);
        deal.Str("external_id").ShouldBe(dealId);
        await (await app.Admin.PostJson("/admin/deals", new { title = "D2", customer_id = customer, external_id = dealId }))
            .ShouldBeError(HttpStatusCode.Conflict, "EXTERNAL_ID_EXISTS");
        (await (await app.Admin.GetAsync($"/admin/deals?external_id={dealId}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(d => d.Id()).ShouldBe([deal.Id()]);

        var activityId = Unique("activity");
        var activity = await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = "A", customer_id = customer, external_id = activityId }))
            .ShouldHave(HttpStatusCode.Created);
        activity.Str("external_id").ShouldBe(activityId);
        await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = "A2", customer_id = customer, external_id = activityId }))
            .ShouldBeError(HttpStatusCode.Conflict, "EXTERNAL_ID_EXISTS");
        (await (await app.Admin.GetAsync($"/admin/activities?external_id={activityId}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([activity.Id()]);

        // The nested records show theirs too.
        var detail = await (await app.Admin.GetAsync($"/admin/activities/{activity.Id()}")).ShouldHave(HttpStatusCode.OK);
        detail.Str("external_id").ShouldBe(activityId);
    }

    [Fact]
    public async Task DeletedDealsAndActivitiesAreListedWithDeletedTrueForManagersOnly()
    {
        var customer = await CustomerAsync();
        var deal = (await (await app.Admin.PostJson("/admin/deals", new { title = "Gone", customer_id = customer })).ShouldHave(HttpStatusCode.Created)).Id();
        var activity = (await (await app.Admin.PostJson("/admin/activities", new { type = "task", title = "Gone", customer_id = customer }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        await (await app.Admin.Delete($"/admin/deals/{deal}")).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.Delete($"/admin/activities/{activity}")).ShouldHave(HttpStatusCode.OK);

        var manager = app.As("manager", 2);
        (await (await manager.GetAsync($"/admin/deals?deleted=true&customer_id={customer}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(d => d.Id()).ShouldBe([deal]);
        (await (await manager.GetAsync($"/admin/activities?deleted=true&customer_id={customer}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([activity]);
        (await (await manager.GetAsync($"/admin/deals?customer_id={customer}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data").GetArrayLength().ShouldBe(0);

        var agent = app.As("agent", 3);
        await (await agent.GetAsync("/admin/deals?deleted=true")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.GetAsync("/admin/activities?deleted=true")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }
}
