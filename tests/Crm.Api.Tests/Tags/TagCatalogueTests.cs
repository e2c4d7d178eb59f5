using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Tags;

public class TagCatalogueTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<JsonElement> NewTag(string name, string? color = null) =>
        await (await app.Admin.PostJson("/admin/tags", new { name, color })).ShouldHave(HttpStatusCode.Created);

    async Task<long> NewCustomer() =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Acme", email = $"c{Guid.NewGuid():N}@example.com" }))
            .ShouldHave(HttpStatusCode.Created)).Id();

    long Scalar(string sql)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    static string[] Names(JsonElement list) => list.GetProperty("data").EnumerateArray().Select(t => t.Str("name")).ToArray();

    [Fact]
    public async Task CreatingATagReturns201WithLocationAndNoCustomers()
    {
        var response = await app.Admin.PostJson("/admin/tags", new { name = "  Enterprise ", color = "#1a2B3c" });

        var tag = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/tags/{tag.Id()}");
        tag.Str("name").ShouldBe("Enterprise");
        tag.Str("color").ShouldBe("#1a2B3c");
        tag.GetProperty("customer_count").GetInt32().ShouldBe(0);
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'tag' AND resource_id = {tag.Id()} AND action = 'create'").ShouldBe(1);
    }

    [Fact]
    public async Task ADuplicateNameInAnyLetterCaseIsAConflictUntilTheTagIsDeleted()
    {
        var first = await NewTag("Churn Risk");

        await (await app.Admin.PostJson("/admin/tags", new { name = "churn RISK" })).ShouldBeError(HttpStatusCode.Conflict, "TAG_EXISTS");
        var other = await NewTag("Other");
        await (await app.Admin.PutJson($"/admin/tags/{other.Id()}", new { name = "CHURN risk" })).ShouldBeError(HttpStatusCode.Conflict, "TAG_EXISTS");

        (await app.Admin.Delete($"/admin/tags/{first.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await NewTag("churn risk");
    }

    [Fact]
    public async Task RacingCreatesOfOneNameLeaveExactlyOneTag()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            app.Admin.PostJson("/admin/tags", new { name = i % 2 == 0 ? "Racer" : "RACER" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await conflict.ShouldBeError(HttpStatusCode.Conflict, "TAG_EXISTS");
    }

    [Theory]
    [InlineData("{}", "name")]
    [InlineData("{\"name\":\"  \"}", "name")]
    [InlineData("{\"name\":\"A\",\"color\":\"#FFF\"}", "color")]
    [InlineData("{\"name\":\"A\",\"color\":\"red\"}", "color")]
    [InlineData("{\"name\":\"A\",\"color\":\"#GGGGGG\"}", "color")]
    [InlineData("{\"name\":\"A\",\"color\":\"#12345\"}", "color")]
    [InlineData("{\"name\":\"A\",\"customer_count\":3}", "customer_count")]
    [InlineData("{\"name\":\"A\",\"id\":3}", "id")]
    public async Task InvalidBodiesAreRefusedNamingTheMember(string json, string member)
    {
        var error = await (await app.Admin.SendRaw(HttpMethod.Post, "/admin/tags", json)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
    }

    [Fact]
    public async Task NamesLongerThan100CharactersAreRefused()
    {
        (await app.Admin.PostJson("/admin/tags", new { name = new string('n', 100) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await app.Admin.PostJson("/admin/tags", new { name = new string('m', 101) })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task TheListIsSortedByNameSearchableAndCountsLiveCustomers()
    {
        var beta = await NewTag("list-Beta");
        var alpha = await NewTag("list-alpha");
        await NewTag("list-100%");
        var gone = await NewTag("list-gone");
        (await app.Admin.Delete($"/admin/tags/{gone.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var live1 = await NewCustomer();
        var live2 = await NewCustomer();
        var deleted = await NewCustomer();
        foreach (var customer in new[] { live1, live2, deleted }) (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{beta.Id()}", null)).EnsureSuccessStatusCode();
        (await app.Admin.PostAsync($"/admin/customers/{live1}/tags/{alpha.Id()}", null)).EnsureSuccessStatusCode();
        (await app.Admin.Delete($"/admin/customers/{deleted}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var all = await (await app.Admin.GetAsync("/admin/tags?search=LIST-")).ShouldHave(HttpStatusCode.OK);
        Names(all).ShouldBe(["list-100%", "list-alpha", "list-Beta"], ignoreOrder: false, $"{string.Join(",", Names(all))}");
        all.GetProperty("total").GetInt32().ShouldBe(3);
        var counts = all.GetProperty("data").EnumerateArray().ToDictionary(t => t.Str("name"), t => t.GetProperty("customer_count").GetInt32());
        counts["list-Beta"].ShouldBe(2);
        counts["list-alpha"].ShouldBe(1);

        Names(await (await app.Admin.GetAsync("/admin/tags?search=100%25")).ShouldHave(HttpStatusCode.OK)).ShouldBe(["list-100%"]);
        Names(await (await app.Admin.GetAsync("/admin/tags?search=list-&sort_by=customer_count&sort_order=desc")).ShouldHave(HttpStatusCode.OK))
            .ShouldBe(["list-Beta", "list-alpha", "list-100%"]);
        Names(await (await app.Admin.GetAsync("/admin/tags?search=list-&sort_by=created_at&page_size=2&page=2")).ShouldHave(HttpStatusCode.OK))
            .ShouldBe(["list-100%"]);
        Names(await (await app.Admin.GetAsync("/admin/tags?search=list-&sort_by=updated_at&sort_order=desc&paging=cursor&page_size=1")).ShouldHave(HttpStatusCode.OK))
            .ShouldBe(["list-100%"]);
        (await (await app.Admin.GetAsync($"/admin/tags/{beta.Id()}")).ShouldHave(HttpStatusCode.OK)).GetProperty("customer_count").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task CursorPagingWalksTagsByNameIgnoringCase()
    {
        foreach (var name in new[] { "cur-b", "Cur-A", "cur-C", "CUR-d" }) await NewTag(name);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            (++pages).ShouldBeLessThanOrEqualTo(100, "the cursor never ended");
            var page = await (await app.Admin.GetAsync("/admin/tags?search=cur-&paging=cursor&page_size=1" + (cursor is null ? "" : $"&cursor={cursor}")))
                .ShouldHave(HttpStatusCode.OK);
            seen.AddRange(Names(page));
            cursor = page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);

        seen.ShouldBe(["Cur-A", "cur-b", "cur-C", "CUR-d"]);
    }

    [Theory]
    [InlineData("sort_by=color")]
    [InlineData("sort_order=sideways")]
    [InlineData("page_size=abc")]
    [InlineData("search=a&search=b")]
    public async Task BadListQueriesAreRefused(string query)
    {
        await (await app.Admin.GetAsync($"/admin/tags?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Fact]
    public async Task PutChangesTheMembersSentAndHonoursIfMatch()
    {
        var tag = await NewTag("Renamable", "#000000");
        var etag = (await app.Admin.GetAsync($"/admin/tags/{tag.Id()}")).Headers.ETag!.ToString();

        var renamed = await (await app.Admin.PutJson($"/admin/tags/{tag.Id()}", new { name = "Renamed" }, etag)).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PutJson($"/admin/tags/{tag.Id()}", new { name = "Again" }, etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.Delete($"/admin/tags/{tag.Id()}", etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        renamed.Str("name").ShouldBe("Renamed");
        renamed.Str("color").ShouldBe("#000000");
        (await (await app.Admin.GetAsync($"/admin/tags/{tag.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("name").ShouldBe("Renamed");
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'tag' AND resource_id = {tag.Id()} AND action = 'update'").ShouldBe(1);
    }

    [Fact]
    public async Task ADeletedTagIsGoneFromTheCatalogueAndFromCustomers()
    {
        var tag = await NewTag("Doomed");
        var customer = await NewCustomer();
        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag.Id()}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.Admin.Delete($"/admin/tags/{tag.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await app.Admin.GetAsync($"/admin/tags/{tag.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "TAG_NOT_FOUND");
        await (await app.Admin.PutJson($"/admin/tags/{tag.Id()}", new { name = "Back" })).ShouldBeError(HttpStatusCode.NotFound, "TAG_NOT_FOUND");
        await (await app.Admin.Delete($"/admin/tags/{tag.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "TAG_NOT_FOUND");
        (await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK)).GetProperty("tags").GetArrayLength().ShouldBe(0);
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'tag' AND resource_id = {tag.Id()} AND action = 'delete'").ShouldBe(1);
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("0", HttpStatusCode.NotFound, "TAG_NOT_FOUND")]
    [InlineData("424242", HttpStatusCode.NotFound, "TAG_NOT_FOUND")]
    public async Task BadOrUnknownTagIdsAnswer400Or404(string id, HttpStatusCode status, string code)
    {
        await (await app.Admin.GetAsync($"/admin/tags/{id}")).ShouldBeError(status, code);
        await (await app.Admin.PutJson($"/admin/tags/{id}", new { name = "X" })).ShouldBeError(status, code);
        await (await app.Admin.Delete($"/admin/tags/{id}")).ShouldBeError(status, code);
    }

    [Fact]
    public async Task OnlyAdminsAndManagersManageTagsButEveryoneReadsThem()
    {
        var tag = await NewTag("Managed");
        var agent = app.As("agent", 7);

        await (await agent.PostJson("/admin/tags", new { name = "Agent's" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.PutJson($"/admin/tags/{tag.Id()}", new { name = "Agent's" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.Delete($"/admin/tags/{tag.Id()}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await agent.GetAsync("/admin/tags")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.GetAsync($"/admin/tags/{tag.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.As("manager", 2).PutJson($"/admin/tags/{tag.Id()}", new { name = "Managed", color = "#abcdef" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
