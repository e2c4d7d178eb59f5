using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Security;

/// <summary>
/// BOLA (OWASP API1): with AGENT_READ_SCOPE=own, agent 5 can neither read, change, delete nor add records under
/// anything that belongs to agent 6, and no list leaks agent 6's rows. Every refusal changes nothing.
/// </summary>
public class ObjectLevelAuthorizationTests(ObjectLevelAuthorizationTests.Book app) : IClassFixture<ObjectLevelAuthorizationTests.Book>
{
    /// <summary>Agent 6 owns a customer with a contact, a deal, an activity and notes; agent 5 owns one customer.</summary>
    public sealed class Book : CrmFactory, IAsyncLifetime
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AGENT_READ_SCOPE"] = "own" };

        public long MyCustomer, TheirCustomer, TheirContact, TheirDeal, TheirActivity, TheirNote, TheirDealNote;

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            var mine = As("agent", 5);
            var theirs = As("agent", 6);
            MyCustomer = (await (await mine.PostJson("/admin/customers", new { name = "Mine", email = "mine@bola.example" })).ShouldHave(HttpStatusCode.Created)).Id();
            TheirCustomer = (await (await theirs.PostJson("/admin/customers", new { name = "Theirs", email = "theirs@bola.example" })).ShouldHave(HttpStatusCode.Created)).Id();
            TheirContact = (await (await theirs.PostJson($"/admin/customers/{TheirCustomer}/contacts", new { first_name = "Their contact" })).ShouldHave(HttpStatusCode.Created)).Id();
            TheirDeal = (await (await theirs.PostJson("/admin/deals", new { title = "Their deal", customer_id = TheirCustomer })).ShouldHave(HttpStatusCode.Created)).Id();
            TheirActivity = (await (await theirs.PostJson("/admin/activities", new { type = "call", title = "Their call", customer_id = TheirCustomer })).ShouldHave(HttpStatusCode.Created)).Id();
            TheirNote = (await (await theirs.PostJson($"/admin/customers/{TheirCustomer}/notes", new { content = "Their note" })).ShouldHave(HttpStatusCode.Created)).Id();
            TheirDealNote = (await (await theirs.PostJson($"/admin/deals/{TheirDeal}/notes", new { content = "Their deal note" })).ShouldHave(HttpStatusCode.Created)).Id();
        }
    }

    HttpClient Agent5 => app.As("agent", 5);

    string Snapshot()
    {
        using var db = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand("""
            SELECT (SELECT string_agg(id || ':' || xmin::text || ':' || coalesce(deleted_at::text, ''), ',' ORDER BY id) FROM customers)
                || '|' || (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM contacts)
                || '|' || (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM deals)
                || '|' || (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM activities)
                || '|' || (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM notes)
                || '|' || (SELECT count(*) FROM customer_tags)
            """, db);
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task AnotherAgentsRecordsAreNotFound()
    {
        foreach (var url in new[]
                 {
                     $"/admin/customers/{app.TheirCustomer}", $"/admin/contacts/{app.TheirContact}", $"/admin/deals/{app.TheirDeal}",
                     $"/admin/activities/{app.TheirActivity}", $"/admin/notes/{app.TheirNote}", $"/admin/notes/{app.TheirDealNote}",
                     $"/admin/customers/{app.TheirCustomer}/contacts", $"/admin/customers/{app.TheirCustomer}/notes",
                     $"/admin/deals/{app.TheirDeal}/notes", $"/admin/deals/{app.TheirDeal}/stage-history",
                 })
            (await Agent5.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
    }

    [Fact]
    public async Task AnotherAgentsRecordsCannotBeChangedOrDeleted()
    {
        var before = Snapshot();
        var attempts = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Put, $"/admin/customers/{app.TheirCustomer}", new { name = "Hijacked", email = "theirs@bola.example" }),
            (HttpMethod.Patch, $"/admin/customers/{app.TheirCustomer}", new { status = "churned" }),
            (HttpMethod.Delete, $"/admin/customers/{app.TheirCustomer}", null),
            (HttpMethod.Put, $"/admin/contacts/{app.TheirContact}", new { first_name = "Hijacked" }),
            (HttpMethod.Delete, $"/admin/contacts/{app.TheirContact}", null),
            (HttpMethod.Put, $"/admin/deals/{app.TheirDeal}", new { title = "Hijacked", customer_id = app.TheirCustomer }),
            (HttpMethod.Patch, $"/admin/deals/{app.TheirDeal}", new { stage = "negotiation" }),
            (HttpMethod.Delete, $"/admin/deals/{app.TheirDeal}", null),
            (HttpMethod.Put, $"/admin/activities/{app.TheirActivity}", new { type = "call", title = "Hijacked", customer_id = app.TheirCustomer }),
            (HttpMethod.Patch, $"/admin/activities/{app.TheirActivity}", new { status = "cancelled" }),
            (HttpMethod.Delete, $"/admin/activities/{app.TheirActivity}", null),
            (HttpMethod.Put, $"/admin/notes/{app.TheirNote}", new { content = "Hijacked" }),
            (HttpMethod.Delete, $"/admin/notes/{app.TheirNote}", null),
            (HttpMethod.Put, $"/admin/customers/{app.TheirCustomer}/tags", new { tag_ids = Array.Empty<long>() }),
        };
        foreach (var (method, url, body) in attempts)
        {
            var request = new HttpRequestMessage(method, url);
            if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
            var status = (await Agent5.SendAsync(request)).StatusCode;
            status.ShouldBeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], $"{method} {url}");
        }
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public async Task NothingCanBeAddedUnderAnotherAgentsRecords()
    {
        var before = Snapshot();
        (await Agent5.PostJson($"/admin/customers/{app.TheirCustomer}/contacts", new { first_name = "Planted" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Agent5.PostJson($"/admin/customers/{app.TheirCustomer}/notes", new { content = "Planted" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Agent5.PostJson($"/admin/deals/{app.TheirDeal}/notes", new { content = "Planted" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await Agent5.PostJson("/admin/activities", new { type = "call", title = "Planted", customer_id = app.TheirCustomer }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await Agent5.PostJson("/admin/activities", new { type = "call", title = "Planted", deal_id = app.TheirDeal }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await Agent5.PostJson("/admin/deals", new { title = "Planted", customer_id = app.TheirCustomer }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public async Task ListsLeakNoForeignRows()
    {
        var lists = new Dictionary<string, long[]>
        {
            ["/admin/customers"] = [app.TheirCustomer],
            [$"/admin/deals?customer_id={app.TheirCustomer}"] = [app.TheirDeal],
            ["/admin/deals"] = [app.TheirDeal],
            ["/admin/activities"] = [app.TheirActivity],
            [$"/admin/activities?customer_id={app.TheirCustomer}"] = [app.TheirActivity],
            ["/admin/customers?search=theirs"] = [app.TheirCustomer],
        };
        foreach (var (url, foreign) in lists)
        {
            var list = await (await Agent5.GetAsync(url)).ShouldHave(HttpStatusCode.OK);
            var ids = list.GetProperty("data").EnumerateArray().Select(r => r.Id()).ToList();
            ids.ShouldNotContain(id => foreign.Contains(id), url);
        }
        var report = await (await Agent5.GetAsync("/admin/reports/overview")).ShouldHave(HttpStatusCode.OK);
        report.GetProperty("customers").GetProperty("total").GetInt32().ShouldBe(1);
        report.GetProperty("deals").GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task TheOwnerStillReachesEverything()
    {
        var owner = app.As("agent", 6);
        foreach (var url in new[] { $"/admin/customers/{app.TheirCustomer}", $"/admin/contacts/{app.TheirContact}", $"/admin/deals/{app.TheirDeal}",
                     $"/admin/activities/{app.TheirActivity}", $"/admin/notes/{app.TheirNote}" })
            (await owner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
    }
}
