using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crm.Api.Tests.Contacts;

public class ContactUpdateTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<long> NewCustomer(long? assignedTo = null) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Acme", email = $"c{Guid.NewGuid():N}@example.com", assigned_to = assignedTo }))
            .ShouldHave(HttpStatusCode.Created)).Id();

    async Task<long> NewContact(long customerId, string name = "Someone") =>
        (await (await app.Admin.PostJson($"/admin/customers/{customerId}/contacts", new { first_name = name })).ShouldHave(HttpStatusCode.Created)).Id();

    async Task<bool> IsPrimary(long contact) =>
        (await (await app.Admin.GetAsync($"/admin/contacts/{contact}")).ShouldHave(HttpStatusCode.OK)).GetProperty("is_primary").GetBoolean();

    long Scalar(string sql)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public async Task PutChangesOnlyTheMembersSent()
    {
        var customer = await NewCustomer();
        var created = await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new
        {
            first_name = "Old", last_name = "Name", email = "old@example.com", phone = "1", position = "CEO", notes = "n",
        })).ShouldHave(HttpStatusCode.Created);

        var replaced = await (await app.Admin.PutJson($"/admin/contacts/{created.Id()}", new { first_name = "New", is_primary = true }))
            .ShouldHave(HttpStatusCode.OK);

        replaced.Str("first_name").ShouldBe("New");
        replaced.Str("last_name").ShouldBe("Name");
        replaced.Str("email").ShouldBe("old@example.com");
        replaced.Str("position").ShouldBe("CEO");
        replaced.Str("created_at").ShouldBe(created.Str("created_at"));
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'contact' AND resource_id = {created.Id()} AND action = 'update'").ShouldBe(1);
    }

    [Fact]
    public async Task PutWithAStaleIfMatchChangesNothing()
    {
        var contact = await NewContact(await NewCustomer(), "Versioned");
        var get = await app.Admin.GetAsync($"/admin/contacts/{contact}");
        var etag = get.Headers.ETag!.ToString();
        etag.ShouldStartWith("\"");

        (await app.Admin.PutJson($"/admin/contacts/{contact}", new { first_name = "First edit", is_primary = true }, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await app.Admin.PutJson($"/admin/contacts/{contact}", new { first_name = "Second edit", is_primary = true }, etag))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.Delete($"/admin/contacts/{contact}", etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        var after = await (await app.Admin.GetAsync($"/admin/contacts/{contact}")).ShouldHave(HttpStatusCode.OK);
        after.Str("first_name").ShouldBe("First edit");
    }

    [Fact]
    public async Task MakingAContactPrimaryUnprimariesTheOthersAndAuditsBoth()
    {
        var customer = await NewCustomer();
        var first = await NewContact(customer);
        var second = await NewContact(customer);

        var body = await (await app.Admin.PutJson($"/admin/contacts/{second}", new { first_name = "Someone", is_primary = true })).ShouldHave(HttpStatusCode.OK);

        body.GetProperty("is_primary").GetBoolean().ShouldBeTrue();
        (await IsPrimary(first)).ShouldBeFalse();
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'contact' AND resource_id = {first} AND action = 'update' " +
               "AND changes -> 'is_primary' ->> 'new' = 'false'").ShouldBe(1);
    }

    [Fact]
    public async Task TwentyConcurrentMakePrimaryRequestsLeaveExactlyOnePrimary()
    {
        var customer = await NewCustomer();
        var contacts = new List<long>();
        for (var i = 0; i < 20; i++) contacts.Add(await NewContact(customer, $"Racer {i}"));

        var responses = await Task.WhenAll(contacts.Select(id =>
            app.Admin.PutJson($"/admin/contacts/{id}", new { first_name = "Racer", is_primary = true })));

        foreach (var response in responses) await response.ShouldHave(HttpStatusCode.OK);
        Scalar($"SELECT count(*) FROM contacts WHERE customer_id = {customer} AND is_primary AND deleted_at IS NULL").ShouldBe(1);
        app.Logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task ConcurrentPrimaryCreatesLeaveExactlyOnePrimary()
    {
        var customer = await NewCustomer();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            app.Admin.PostJson($"/admin/customers/{customer}/contacts", new { first_name = $"New {i}", is_primary = i % 2 == 0 })));

        foreach (var response in responses) await response.ShouldHave(HttpStatusCode.Created);
        Scalar($"SELECT count(*) FROM contacts WHERE customer_id = {customer} AND is_primary AND deleted_at IS NULL").ShouldBe(1);
    }

    [Fact]
    public async Task DeletingThePrimaryPromotesTheOldestRemainingContact()
    {
        var customer = await NewCustomer();
        var primary = await NewContact(customer);
        var oldest = await NewContact(customer);
        var newest = await NewContact(customer);

        (await app.Admin.Delete($"/admin/contacts/{primary}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await app.Admin.GetAsync($"/admin/contacts/{primary}")).ShouldBeError(HttpStatusCode.NotFound, "CONTACT_NOT_FOUND");
        (await IsPrimary(oldest)).ShouldBeTrue();
        (await IsPrimary(newest)).ShouldBeFalse();
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'contact' AND resource_id = {primary} AND action = 'delete'").ShouldBe(1);
    }

    [Fact]
    public async Task DeletingAnotherContactKeepsThePrimary()
    {
        var customer = await NewCustomer();
        var primary = await NewContact(customer);
        var other = await NewContact(customer);

        (await app.Admin.Delete($"/admin/contacts/{other}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await IsPrimary(primary)).ShouldBeTrue();
        var list = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task ContactsOfADeletedCustomerAreGone()
    {
        var customer = await NewCustomer();
        var contact = await NewContact(customer);
        (await app.Admin.Delete($"/admin/customers/{customer}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await app.Admin.GetAsync($"/admin/contacts/{contact}")).ShouldBeError(HttpStatusCode.NotFound, "CONTACT_NOT_FOUND");
        await (await app.Admin.PutJson($"/admin/contacts/{contact}", new { first_name = "X" })).ShouldBeError(HttpStatusCode.NotFound, "CONTACT_NOT_FOUND");
    }

    [Fact]
    public async Task AgentsAddAndEditContactsOnlyUnderTheirOwnCustomers()
    {
        var agent = app.As("agent", 7);
        var mine = await NewCustomer(assignedTo: 7);
        var theirs = await NewCustomer(assignedTo: 8);
        var theirContact = await NewContact(theirs);

        var created = await (await agent.PostJson($"/admin/customers/{mine}/contacts", new { first_name = "Mine" })).ShouldHave(HttpStatusCode.Created);
        (await agent.PutJson($"/admin/contacts/{created.Id()}", new { first_name = "Still mine" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agent.PostJson($"/admin/customers/{theirs}/contacts", new { first_name = "Nope" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PutJson($"/admin/contacts/{theirContact}", new { first_name = "Nope" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.Delete($"/admin/contacts/{created.Id()}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");

        // With the default AGENT_READ_SCOPE=all, agents read every customer's contacts.
        (await agent.GetAsync($"/admin/contacts/{theirContact}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.GetAsync($"/admin/customers/{theirs}/contacts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.As("manager", 2).Delete($"/admin/contacts/{theirContact}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class OwnReadScopeFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AGENT_READ_SCOPE"] = "own" };
}

public class ContactOwnReadScopeTests(OwnReadScopeFactory app) : IClassFixture<OwnReadScopeFactory>
{
    [Fact]
    public async Task AgentsWithOwnReadScopeDoNotSeeOtherCustomersContacts()
    {
        var theirs = (await (await app.Admin.PostJson("/admin/customers", new { name = "Theirs", email = "theirs@example.com", assigned_to = 8 }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var mine = (await (await app.Admin.PostJson("/admin/customers", new { name = "Mine", email = "mine@example.com", assigned_to = 7 }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var contact = (await (await app.Admin.PostJson($"/admin/customers/{theirs}/contacts", new { first_name = "Hidden" })).ShouldHave(HttpStatusCode.Created)).Id();
        var agent = app.As("agent", 7);

        await (await agent.GetAsync($"/admin/customers/{theirs}/contacts")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await agent.PostJson($"/admin/customers/{theirs}/contacts", new { first_name = "X" })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await agent.GetAsync($"/admin/contacts/{contact}")).ShouldBeError(HttpStatusCode.NotFound, "CONTACT_NOT_FOUND");
        await (await agent.PutJson($"/admin/contacts/{contact}", new { first_name = "X" })).ShouldBeError(HttpStatusCode.NotFound, "CONTACT_NOT_FOUND");
        (await agent.GetAsync($"/admin/customers/{mine}/contacts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
