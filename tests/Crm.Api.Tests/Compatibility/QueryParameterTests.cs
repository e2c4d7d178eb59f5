using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Compatibility;

/// <summary>
/// Contract section 1: a query parameter a route does not declare is 400 INVALID_QUERY naming it (a typo never returns an
/// unfiltered list), on every route; the Go original's parameter names are accepted where ours differ.
/// </summary>
public class QueryParameterTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Unique() => Guid.NewGuid().ToString("N")[..10];

    async Task<long> Post(string url, object body) => (await (await app.Admin.PostJson(url, body)).ShouldHave(HttpStatusCode.Created)).Id();

    async Task<long> NewCustomer() => await Post("/admin/customers", new { name = "Query " + Unique(), email = $"q.{Unique()}@example.com" });

    [Theory]
    [InlineData("GET", "/admin/customers?stauts=lead", "stauts")]
    [InlineData("GET", "/admin/activities?due_date_form=2030-01-01T00:00:00Z", "due_date_form")]
    [InlineData("GET", "/admin/deals?stage=proposal&ownerid=1", "ownerid")]
    [InlineData("GET", "/admin/me/activities?page=1&x=1", "x")]
    [InlineData("GET", "/admin/tags?name=vip", "name")]
    [InlineData("GET", "/admin/reports/overview?owner=1", "owner")]
    [InlineData("GET", "/admin/customers/{customer}?expand=contacts", "expand")]
    [InlineData("GET", "/admin/customers/{customer}/contacts?sort=name", "sort")]
    [InlineData("PUT", "/admin/customers/{customer}?force=true", "force")]
    [InlineData("DELETE", "/admin/customers/{customer}?hard=true", "hard")]
    [InlineData("POST", "/admin/customers?dry_run=1", "dry_run")]
    [InlineData("GET", "/admin/me?verbose=1", "verbose")]
    [InlineData("GET", "/health?verbose=1", "verbose")]
    public async Task AnUnknownParameterIs400NamingItAndChangesNothing(string method, string url, string parameter)
    {
        var customer = await NewCustomer();
        var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{customer}", customer.ToString()));
        if (method is "PUT" or "POST") request.Content = new StringContent("{\"name\":\"Changed\",\"email\":\"changed@example.com\"}", System.Text.Encoding.UTF8, "application/json");

        var error = await (await app.Admin.SendAsync(request)).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");

        error.GetProperty("data").GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([parameter]);
        var stored = await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK);
        stored.Str("name").ShouldStartWith("Query ");
        (await (await app.Admin.GetAsync("/admin/customers?search=changed%40example.com")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task SeveralUnknownParametersAreAllNamed()
    {
        var error = await (await app.Admin.GetAsync("/admin/deals?b=1&a=2&stage=proposal")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        error.GetProperty("data").GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task AuthenticationIsDecidedBeforeTheQuery() =>
        await (await app.CreateClient().GetAsync("/admin/customers?stauts=lead")).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");

    [Theory]
    [InlineData("/admin/activities")]
    [InlineData("/admin/me/activities")]
    public async Task DueDateFromAndToAreTheGoNamesOfDueFromAndDueTo(string list)
    {
        var customer = await NewCustomer();
        var title = "Due " + Unique();
        async Task<long> Activity(string due) => await Post("/admin/activities", new { type = "task", title, customer_id = customer, due_date = due });
        var january = await Activity("2031-01-15T00:00:00Z");
        var march = await Activity("2031-03-15T00:00:00Z");
        var may = await Activity("2031-05-15T00:00:00Z");
        async Task<long[]> Ids(string query) => (await (await app.Admin.GetAsync($"{list}?search={Uri.EscapeDataString(title)}&{query}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(a => a.Id()).Order().ToArray();

        (await Ids("")).ShouldBe([january, march, may]);
        (await Ids("due_date_from=2031-02-01T00:00:00Z")).ShouldBe([march, may]);
        (await Ids("due_date_to=2031-04-01T00:00:00Z")).ShouldBe([january, march]);
        (await Ids("due_date_from=2031-02-01T00:00:00Z&due_date_to=2031-04-01T00:00:00Z")).ShouldBe([march]);
        (await Ids("due_from=2031-02-01T00:00:00Z&due_date_to=2031-04-01T00:00:00Z")).ShouldBe([march]);
    }

    [Fact]
    public async Task AnAliasAndItsParameterTogetherAreRefusedAndABadAliasIsNamedAsSent()
    {
        var both = await (await app.Admin.GetAsync("/admin/activities?due_from=2031-01-01T00:00:00Z&due_date_from=2031-01-01T00:00:00Z"))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        both.GetProperty("data").GetProperty("errors").TryGetProperty("due_date_from", out _).ShouldBeTrue();

        var bad = await (await app.Admin.GetAsync("/admin/activities?due_date_to=tomorrow")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        bad.GetProperty("data").GetProperty("errors").TryGetProperty("due_date_to", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("title")]
    [InlineData("type")]
    public async Task ActivitiesSortByTheGoOriginalsTitleAndType(string sort)
    {
        var customer = await NewCustomer();
        var tag = Unique();
        var rows = new[] { ("meeting", "b " + tag), ("call", "c " + tag), ("task", "a " + tag) };
        foreach (var (type, title) in rows) await Post("/admin/activities", new { type, title, customer_id = customer });

        var page = await (await app.Admin.GetAsync($"/admin/activities?customer_id={customer}&sort_by={sort}&sort_order=asc")).ShouldHave(HttpStatusCode.OK);

        var values = page.GetProperty("data").EnumerateArray().Select(a => a.Str(sort)).ToList();
        values.ShouldBe(values.Order(StringComparer.Ordinal).ToList());
        values.Count.ShouldBe(3);
    }
}
