using System.Net;
using System.Text.Json.Nodes;
using Crm.Api.Tests.Attachments;
using Crm.Api.Tests.DataInOut;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>
/// <c>ids=</c> on every list (issue 13): a comma list of at most 100 positive ids keeps only those records, under the list's other
/// filters, order and paging; anything else is 400 INVALID_QUERY naming <c>ids</c>.
/// </summary>
public class IdsFilterTests(LocalAttachmentFactory app) : IClassFixture<LocalAttachmentFactory>
{
    async Task<long> Created(string url, object body) => (await (await app.Admin.PostJson(url, body)).ShouldHave(HttpStatusCode.Created)).Id();

    static async Task<long[]> IdsOf(HttpResponseMessage response) =>
        (await response.ShouldHave(HttpStatusCode.OK)).GetProperty("data").EnumerateArray().Select(r => r.Id()).ToArray();

    [Fact]
    public async Task OnlyTheNamedCustomersAreListedUnderTheOtherFiltersAndTheSortOrder()
    {
        var a = await Created("/admin/customers", new { name = "Ids Alpha", email = "alpha@ids.example", status = "active" });
        var b = await Created("/admin/customers", new { name = "Ids Bravo", email = "bravo@ids.example", status = "active" });
        var c = await Created("/admin/customers", new { name = "Ids Charlie", email = "charlie@ids.example", status = "lead" });
        await Created("/admin/customers", new { name = "Ids Delta", email = "delta@ids.example", status = "active" });

        (await IdsOf(await app.Admin.GetAsync($"/admin/customers?ids={c},{a}&sort_by=name&sort_order=asc"))).ShouldBe([a, c]);
        (await IdsOf(await app.Admin.GetAsync($"/admin/customers?ids={a}, {b} ,{c}&status=active&sort_by=name&sort_order=desc"))).ShouldBe([b, a]);
        (await IdsOf(await app.Admin.GetAsync("/admin/customers?ids=999999"))).ShouldBeEmpty();
        var page = await (await app.Admin.GetAsync($"/admin/customers?ids={a},{b},{c}&page_size=2")).ShouldHave(HttpStatusCode.OK);
        (page.GetProperty("total").GetInt32(), page.GetProperty("total_pages").GetInt32()).ShouldBe((3, 2));
        var cursor = await (await app.Admin.GetAsync($"/admin/customers?ids={a},{b},{c}&paging=cursor&page_size=2&sort_by=name&sort_order=asc")).ShouldHave(HttpStatusCode.OK);
        var next = cursor.Str("next_cursor");
        (await IdsOf(await app.Admin.GetAsync($"/admin/customers?ids={a},{b},{c}&cursor={next}&page_size=2&sort_by=name&sort_order=asc"))).ShouldBe([c]);
    }

    [Fact]
    public async Task EveryListOfTheDocumentFiltersByIds()
    {
        // Two or more rows in every list, so that the filter has something to leave out.
        var customer = await Created("/admin/customers", new { name = "Every List", email = "every@ids.example" });
        await Created("/admin/customers", new { name = "Every Other", email = "every-other@ids.example" });
        var deal = await Created("/admin/deals", new { title = "Every deal", customer_id = customer });
        await Created("/admin/deals", new { title = "Every other deal", customer_id = customer });
        var activity = await Created("/admin/activities", new { type = "call", title = "Every call", customer_id = customer, assigned_to = 1 });
        await Created("/admin/activities", new { type = "task", title = "Every task", deal_id = deal, assigned_to = 1 });
        await Created($"/admin/customers/{customer}/contacts", new { first_name = "Every" });
        await Created($"/admin/customers/{customer}/contacts", new { first_name = "Other" });
        await Created($"/admin/customers/{customer}/notes", new { content = "Every note" });
        await Created($"/admin/deals/{deal}/notes", new { content = "Every deal note" });
        await Created($"/admin/deals/{deal}/notes", new { content = "Every other deal note" });
        await Created("/admin/tags", new { name = "Every tag" });
        await Created("/admin/tags", new { name = "Every other tag" });
        await Created("/admin/pipeline-stages", new { name = "every_stage", display_name = "Every", order = 92 });
        await Created("/admin/pipelines", new { name = "Every pipeline" });
        await Created("/admin/custom-fields", new { entity = "customers", key = "every_field", label = "Every", type = "text" });
        await Created("/admin/custom-fields", new { entity = "deals", key = "every_field", label = "Every", type = "number" });
        await (await app.Admin.PatchJson($"/admin/deals/{deal}", new { stage = "qualification" })).ShouldHave(HttpStatusCode.OK);
        // Two jobs (imports) for /admin/jobs.
        for (var i = 0; i < 2; i++) await app.Admin.ImportAsync("customers", "upsert", "name,email\nEvery Import,every-import@ids.example\n");
        foreach (var target in new[] { $"customers/{customer}", $"deals/{deal}", $"activities/{activity}" })
            for (var i = 0; i < 2; i++) await app.Admin.Uploaded($"/admin/{target}/attachments", "ids"u8.ToArray(), $"ids-{i}.txt", "text/plain");

        var document = JsonNode.Parse(await app.Admin.GetStringAsync("/openapi/v1.json"))!;
        var lists = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Value!["parameters"]?.AsArray().Any(x => x!["name"]!.GetValue<string>() == "paging") == true)
                .Select(o => (Path: p.Key, Operation: o.Value!)))
            .ToList();
        lists.Count.ShouldBeGreaterThan(10);

        foreach (var (path, operation) in lists)
        {
            operation["parameters"]!.AsArray().Any(x => x!["name"]!.GetValue<string>() == "ids").ShouldBeTrue(path);
            // Webhooks need WEBHOOK_SECRET_KEY and a receiver; their lists page through the same ListRequest as these.
            if (path.Contains("webhooks")) continue;
            var url = path.Replace("/customers/{id}", $"/customers/{customer}").Replace("/deals/{id}", $"/deals/{deal}")
                .Replace("/activities/{id}", $"/activities/{activity}");
            var all = await IdsOf(await app.Admin.GetAsync(url + "?page_size=100"));
            all.Length.ShouldBeGreaterThan(1, path);

            (await IdsOf(await app.Admin.GetAsync($"{url}?ids={all[^1]}"))).ShouldBe([all[^1]], path);
            (await IdsOf(await app.Admin.GetAsync($"{url}?ids={all[0]},{all[^1]}&page_size=100"))).ShouldBe([all[0], all[^1]], path);
        }
    }

    [Theory]
    [InlineData("ids=abc")]
    [InlineData("ids=1,two")]
    [InlineData("ids=0")]
    [InlineData("ids=-4")]
    [InlineData("ids=1.5")]
    [InlineData("ids=1&ids=2")]
    public async Task MalformedIdsAreRefusedNamingTheParameter(string query)
    {
        foreach (var list in new[] { "/admin/customers", "/admin/deals", "/admin/tags", "/admin/audit-logs" })
        {
            var error = await (await app.Admin.GetAsync($"{list}?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
            error.GetProperty("data").GetProperty("errors").TryGetProperty("ids", out _).ShouldBeTrue(list);
        }
    }

    [Fact]
    public async Task AHundredIdsAreAcceptedAndMoreAreRefused()
    {
        var hundred = string.Join(',', Enumerable.Range(1, 100));
        (await app.Admin.GetAsync($"/admin/activities?ids={hundred}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var error = await (await app.Admin.GetAsync($"/admin/activities?ids={hundred},101")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        error.GetProperty("data").GetProperty("errors").GetProperty("ids")[0].GetString()!.ShouldContain("100");
    }
}
