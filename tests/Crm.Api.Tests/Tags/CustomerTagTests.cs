using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Contacts;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Tags;

public class CustomerTagTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<long> NewTag(string name, string? color = null) =>
        (await (await app.Admin.PostJson("/admin/tags", new { name = $"{name} {Guid.NewGuid():N}"[..30], color })).ShouldHave(HttpStatusCode.Created)).Id();

    async Task<long> NewCustomer(long? assignedTo = null) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Acme", email = $"c{Guid.NewGuid():N}@example.com", assigned_to = assignedTo }))
            .ShouldHave(HttpStatusCode.Created)).Id();

    long Scalar(string sql)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>The audit rows of a customer's tag changes, oldest first, as "action [old]→[new]".</summary>
    List<string> TagAudits(long customer)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand($"""
            SELECT action, (changes -> 'tags' -> 'old')::text, (changes -> 'tags' -> 'new')::text
              FROM audit_logs WHERE resource_type = 'customer' AND resource_id = {customer} AND action LIKE 'tag_%' ORDER BY id
            """, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add($"{reader.GetString(0)} {reader.GetString(1).Replace(" ", "")}→{reader.GetString(2).Replace(" ", "")}");
        return rows;
    }

    async Task<long[]> TagsOf(long customer) =>
        (await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("tags").EnumerateArray().Select(t => t.Id()).Order().ToArray();

    [Fact]
    public async Task AssigningATagTwiceKeepsOneAndAuditsOnce()
    {
        var customer = await NewCustomer();
        var tag = await NewTag("VIP");

        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TagsOf(customer)).ShouldBe([tag]);
        TagAudits(customer).ShouldBe([$"tag_assign []→[{tag}]"]);
    }

    [Fact]
    public async Task RemovingATagIsIdempotentAndAuditedOnlyWhenItWasThere()
    {
        var customer = await NewCustomer();
        var keep = await NewTag("Keep");
        var drop = await NewTag("Drop");
        (await app.Admin.PutJson($"/admin/customers/{customer}/tags", new { tag_ids = new[] { keep, drop } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.Admin.Delete($"/admin/customers/{customer}/tags/{drop}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Admin.Delete($"/admin/customers/{customer}/tags/{drop}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TagsOf(customer)).ShouldBe([keep]);
        TagAudits(customer).ShouldBe([$"tag_assign []→[{keep},{drop}]", $"tag_unassign [{keep},{drop}]→[{keep}]"]);
    }

    [Fact]
    public async Task ConcurrentAssignmentsOfOneTagLeaveOneRow()
    {
        var customer = await NewCustomer();
        var tag = await NewTag("Busy");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        Scalar($"SELECT count(*) FROM customer_tags WHERE customer_id = {customer}").ShouldBe(1);
        TagAudits(customer).Count.ShouldBe(1);
    }

    [Fact]
    public async Task PutReplacesTheSetAndReturnsTheCustomersTags()
    {
        var customer = await NewCustomer();
        var a = await NewTag("Aardvark", "#112233");
        var b = await NewTag("Badger");
        var c = await NewTag("Cheetah");
        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{a}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{b}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var tags = await (await app.Admin.PutJson($"/admin/customers/{customer}/tags", new { tag_ids = new[] { c, a, c } })).ShouldHave(HttpStatusCode.OK);

        tags.EnumerateArray().Select(t => t.Id()).ShouldBe([a, c]);
        tags[0].Str("color").ShouldBe("#112233");
        tags[0].Str("name").ShouldStartWith("Aardvark");
        TagAudits(customer).ShouldBe([$"tag_assign []→[{a}]", $"tag_assign [{a}]→[{a},{b}]", $"tag_unassign [{a},{b}]→[{a}]", $"tag_assign [{a}]→[{a},{c}]"]);

        (await app.Admin.PutJson($"/admin/customers/{customer}/tags", new { tag_ids = new[] { a, c } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        TagAudits(customer).Count.ShouldBe(4);

        (await (await app.Admin.PutJson($"/admin/customers/{customer}/tags", new { tag_ids = Array.Empty<long>() })).ShouldHave(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
        (await TagsOf(customer)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"tag_ids\":null}")]
    [InlineData("{\"tag_ids\":[0]}")]
    [InlineData("{\"tag_ids\":[424242]}")]
    [InlineData("{\"tag_ids\":\"1,2\"}")]
    [InlineData("{\"tag_ids\":[],\"tags\":[]}")]
    public async Task BadTagSetsAreRefusedAndChangeNothing(string json)
    {
        var customer = await NewCustomer();
        var tag = await NewTag("Stays");
        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var error = await (await app.Admin.SendRaw(HttpMethod.Put, $"/admin/customers/{customer}/tags", json)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").EnumerateObject().First().Name.ShouldStartWith(json.Contains("\"tags\"") ? "tags" : "tag_ids");
        (await TagsOf(customer)).ShouldBe([tag]);
    }

    [Fact]
    public async Task DeletedTagsCannotBeAssignedNorPutInASet()
    {
        var customer = await NewCustomer();
        var live = await NewTag("Live");
        var deleted = await NewTag("Deleted");
        (await app.Admin.Delete($"/admin/tags/{deleted}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{deleted}", null)).ShouldBeError(HttpStatusCode.NotFound, "TAG_NOT_FOUND");
        await (await app.Admin.Delete($"/admin/customers/{customer}/tags/{deleted}")).ShouldBeError(HttpStatusCode.NotFound, "TAG_NOT_FOUND");
        var error = await (await app.Admin.PutJson($"/admin/customers/{customer}/tags", new { tag_ids = new[] { live, deleted } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.Str("message").ShouldContain(deleted.ToString());
        (await TagsOf(customer)).ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownCustomersAndTagsAreNotFound()
    {
        var tag = await NewTag("Any");
        var customer = await NewCustomer();
        var deletedCustomer = await NewCustomer();
        (await app.Admin.Delete($"/admin/customers/{deletedCustomer}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var missing in new[] { 987654L, deletedCustomer })
        {
            await (await app.Admin.PostAsync($"/admin/customers/{missing}/tags/{tag}", null)).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
            await (await app.Admin.Delete($"/admin/customers/{missing}/tags/{tag}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
            await (await app.Admin.PutJson($"/admin/customers/{missing}/tags", new { tag_ids = new[] { tag } })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        }
        await (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/987654", null)).ShouldBeError(HttpStatusCode.NotFound, "TAG_NOT_FOUND");
        await (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/abc", null)).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_ID");
        await (await app.Admin.Delete($"/admin/customers/abc/tags/{tag}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_ID");
    }

    [Fact]
    public async Task AgentsTagOnlyTheirOwnCustomers()
    {
        var agent = app.As("agent", 7);
        var mine = await NewCustomer(assignedTo: 7);
        var theirs = await NewCustomer(assignedTo: 8);
        var tag = await NewTag("Agent");

        (await agent.PostAsync($"/admin/customers/{mine}/tags/{tag}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.Delete($"/admin/customers/{mine}/tags/{tag}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.PutJson($"/admin/customers/{mine}/tags", new { tag_ids = new[] { tag } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agent.PostAsync($"/admin/customers/{theirs}/tags/{tag}", null)).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.Delete($"/admin/customers/{theirs}/tags/{tag}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PutJson($"/admin/customers/{theirs}/tags", new { tag_ids = new[] { tag } })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await app.As("manager", 2).PostAsync($"/admin/customers/{theirs}/tags/{tag}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_id = {mine} AND action LIKE 'tag_%' AND user_id = 7 AND user_role = 'agent'").ShouldBe(3);
    }
}

public class CustomerTagOwnReadScopeTests(OwnReadScopeFactory app) : IClassFixture<OwnReadScopeFactory>
{
    [Fact]
    public async Task AgentsWithOwnReadScopeCannotSeeOtherCustomersToTagThem()
    {
        var theirs = (await (await app.Admin.PostJson("/admin/customers", new { name = "Theirs", email = "t@example.com", assigned_to = 8 }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var tag = (await (await app.Admin.PostJson("/admin/tags", new { name = "Hidden" })).ShouldHave(HttpStatusCode.Created)).Id();
        var agent = app.As("agent", 7);

        await (await agent.PostAsync($"/admin/customers/{theirs}/tags/{tag}", null)).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await agent.PutJson($"/admin/customers/{theirs}/tags", new { tag_ids = new[] { tag } })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        (await agent.GetAsync("/admin/tags")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
