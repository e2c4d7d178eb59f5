using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deals;

/// <summary>Each test arranges deals on customers of its own and scopes its queries to them with customer_id.</summary>
public class DealListTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<JsonElement> List(string query, HttpClient? client = null) =>
        await ((await (client ?? app.Admin).GetAsync($"/admin/deals?{query}")).ShouldHave(HttpStatusCode.OK));

    [Fact]
    public async Task TheDefaultListIsNewestFirstInTheStandardEnvelope()
    {
        var customer = await app.Customer();
        var first = await app.Admin.Deal(customer, new { title = "First" });
        var second = await app.Admin.Deal(customer, new { title = "Second" });
        app.Sql($"UPDATE deals SET created_at = '2026-01-01T00:00:00Z' WHERE id IN ({first.Id()}, {second.Id()})");
        var third = await app.Admin.Deal(customer, new { title = "Third" });

        var list = await List($"customer_id={customer}");

        list.Titles().ShouldBe(["Third", "Second", "First"]);
        list.GetProperty("total").GetInt32().ShouldBe(3);
        list.GetProperty("total_exact").GetBoolean().ShouldBeTrue();
        list.GetProperty("page_size").GetInt32().ShouldBe(20);
        list.GetProperty("total_pages").GetInt32().ShouldBe(1);
        list.GetProperty("data")[0].Id().ShouldBe(third.Id());
    }

    [Fact]
    public async Task StageAndStatusFiltersFollowTheStagesAndTheirKinds()
    {
        var customer = await app.Customer();
        await app.Admin.Deal(customer, new { title = "Proposal", stage = "proposal" });
        await app.Admin.Deal(customer, new { title = "Negotiation", stage = "negotiation" });
        await app.Admin.Deal(customer, new { title = "Won", stage = "closed_won" });
        await app.Admin.Deal(customer, new { title = "Lost", stage = "closed_lost", lost_reason = "Price" });

        (await List($"customer_id={customer}&stage=proposal,closed_won&sort_by=title&sort_order=asc")).Titles().ShouldBe(["Proposal", "Won"]);
        (await List($"customer_id={customer}&status=open&sort_by=title&sort_order=asc")).Titles().ShouldBe(["Negotiation", "Proposal"]);
        (await List($"customer_id={customer}&status=won,lost&sort_by=title&sort_order=asc")).Titles().ShouldBe(["Lost", "Won"]);
        (await List($"customer_id={customer}&status=lost&stage=proposal")).Titles().ShouldBeEmpty();
    }

    [Fact]
    public async Task OwnerFilterTakesIdsMeAndNone()
    {
        var customer = await app.Customer();
        await app.As("agent", 7).Deal(customer, new { title = "Seven" });
        await app.As("agent", 8).Deal(customer, new { title = "Eight" });
        var nobody = await app.Admin.Deal(customer, new { title = "Nobody" });
        app.Sql($"UPDATE deals SET owner_id = NULL WHERE id = {nobody.Id()}");
        var sorted = $"customer_id={customer}&sort_by=title&sort_order=asc";

        (await List($"{sorted}&owner_id=7,8")).Titles().ShouldBe(["Eight", "Seven"]);
        (await List($"{sorted}&owner_id=me", app.As("agent", 8))).Titles().ShouldBe(["Eight"]);
        (await List($"{sorted}&owner_id=none")).Titles().ShouldBe(["Nobody"]);
        (await List($"{sorted}&owner_id=none,7")).Titles().ShouldBe(["Nobody", "Seven"]);
    }

    [Fact]
    public async Task CustomerFilterTakesACommaList()
    {
        var a = await app.Customer();
        var b = await app.Customer();
        var c = await app.Customer();
        await app.Admin.Deal(a, new { title = "A" });
        await app.Admin.Deal(b, new { title = "B" });
        await app.Admin.Deal(c, new { title = "C" });

        (await List($"customer_id={a},{c}&sort_by=title&sort_order=asc")).Titles().ShouldBe(["A", "C"]);
    }

    [Fact]
    public async Task SearchMatchesTitlesIgnoringCaseAndTreatsWildcardsLiterally()
    {
        var customer = await app.Customer();
        await app.Admin.Deal(customer, new { title = "Annual SUPPORT plan" });
        await app.Admin.Deal(customer, new { title = "50% discount" });
        await app.Admin.Deal(customer, new { title = "500 seats" });

        (await List($"customer_id={customer}&search=support")).Titles().ShouldBe(["Annual SUPPORT plan"]);
        (await List($"customer_id={customer}&search=50%25")).Titles().ShouldBe(["50% discount"]);
        (await List($"customer_id={customer}&search=_0")).Titles().ShouldBeEmpty();
    }

    [Fact]
    public async Task AmountAndDateRangesAreInclusive()
    {
        var customer = await app.Customer();
        await app.Admin.Deal(customer, new { title = "Small", amount = 10.50m, expected_close_date = "2026-03-01T00:00:00Z" });
        await app.Admin.Deal(customer, new { title = "Medium", amount = 100m, expected_close_date = "2026-06-01T00:00:00Z" });
        var large = await app.Admin.Deal(customer, new { title = "Large", amount = 5000m });
        app.Sql($"UPDATE deals SET created_at = '2025-01-15T00:00:00Z' WHERE id = {large.Id()}");
        var sorted = $"customer_id={customer}&sort_by=amount&sort_order=asc";

        (await List($"{sorted}&amount_min=10.5&amount_max=100")).Titles().ShouldBe(["Small", "Medium"]);
        (await List($"{sorted}&amount_min=100.01")).Titles().ShouldBe(["Large"]);
        (await List($"{sorted}&expected_close_from=2026-03-01T00:00:00Z&expected_close_to=2026-05-31T23:59:59Z")).Titles().ShouldBe(["Small"]);
        (await List($"{sorted}&expected_close_from=2026-04-01T00:00:00%2B02:00")).Titles().ShouldBe(["Medium"]);
        (await List($"{sorted}&created_to=2025-12-31T00:00:00Z")).Titles().ShouldBe(["Large"]);
        (await List($"{sorted}&created_from=2025-12-31T00:00:00Z")).Titles().ShouldBe(["Small", "Medium"]);
    }

    [Fact]
    public async Task EverySortOrdersWithTheIdAsTieBreaker()
    {
        var customer = await app.Customer();
        var b = await app.Admin.Deal(customer, new { title = "Bravo", stage = "negotiation", amount = 200, expected_close_date = "2026-02-01T00:00:00Z" });
        var a = await app.Admin.Deal(customer, new { title = "Alpha", stage = "proposal", amount = 300 });
        var c = await app.Admin.Deal(customer, new { title = "Charlie", stage = "closed_won", amount = 200, expected_close_date = "2026-01-01T00:00:00Z" });
        app.Sql($"UPDATE deals SET updated_at = '2026-01-05Z' WHERE id = {b.Id()}");
        app.Sql($"UPDATE deals SET updated_at = '2026-01-06Z' WHERE id = {a.Id()}");
        app.Sql($"UPDATE deals SET updated_at = '2026-01-07Z' WHERE id = {c.Id()}");
        var scope = $"customer_id={customer}";

        (await List($"{scope}&sort_by=title&sort_order=asc")).Titles().ShouldBe(["Alpha", "Bravo", "Charlie"]);
        (await List($"{scope}&sort_by=amount&sort_order=asc")).Titles().ShouldBe(["Bravo", "Charlie", "Alpha"]);
        (await List($"{scope}&sort_by=amount&sort_order=desc")).Titles().ShouldBe(["Alpha", "Charlie", "Bravo"]);
        (await List($"{scope}&sort_by=expected_close_date&sort_order=asc")).Titles().ShouldBe(["Charlie", "Bravo", "Alpha"]);
        (await List($"{scope}&sort_by=updated_at&sort_order=desc")).Titles().ShouldBe(["Charlie", "Alpha", "Bravo"]);
        (await List($"{scope}&sort_by=created_at&sort_order=asc")).Titles().ShouldBe(["Bravo", "Alpha", "Charlie"]);
        // By pipeline position (proposal 3, negotiation 4, closed_won 5), not alphabetically by stage name.
        (await List($"{scope}&sort_by=stage&sort_order=asc")).Titles().ShouldBe(["Alpha", "Bravo", "Charlie"]);
        (await List($"{scope}&sort_by=stage&sort_order=desc")).Titles().ShouldBe(["Charlie", "Bravo", "Alpha"]);
        b.Id().ShouldBeLessThan(c.Id());
    }

    [Theory]
    [InlineData("stage")]
    [InlineData("amount")]
    [InlineData("expected_close_date")]
    [InlineData("title")]
    public async Task CursorPagingWalksEverySortWithoutOverlapOrGaps(string sort)
    {
        var customer = await app.Customer();
        var stages = new[] { "prospecting", "proposal", "negotiation" };
        for (var i = 0; i < 7; i++)
            await app.Admin.Deal(customer, new { title = $"Deal {i % 3}", stage = stages[i % 3], amount = i % 2 * 100, expected_close_date = i % 2 == 0 ? null : "2026-04-01T00:00:00Z" });
        var all = (await List($"customer_id={customer}&sort_by={sort}&page_size=100")).GetProperty("data").EnumerateArray().Select(d => d.Id()).ToList();

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            (++pages).ShouldBeLessThanOrEqualTo(100, "the cursor never ended");
            var page = await List($"customer_id={customer}&sort_by={sort}&page_size=3&paging=cursor" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(d => d.Id()));
            cursor = page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);

        seen.ShouldBe(all);
        seen.Count.ShouldBe(7);
    }

    [Theory]
    [InlineData("stage=nowhere")]
    [InlineData("stage=Proposal")]
    [InlineData("status=maybe")]
    [InlineData("owner_id=someone")]
    [InlineData("owner_id=-1")]
    [InlineData("customer_id=abc")]
    [InlineData("customer_id=0")]
    [InlineData("amount_min=-1")]
    [InlineData("amount_max=lots")]
    [InlineData("amount_min=1e5")]
    [InlineData("expected_close_from=soon")]
    [InlineData("expected_close_to=2026-13-01T00:00:00Z")]
    [InlineData("created_from=yesterday")]
    [InlineData("created_to=1")]
    [InlineData("sort_by=probability")]
    [InlineData("sort_order=up")]
    [InlineData("page=0")]
    [InlineData("page_size=101")]
    [InlineData("cursor=not-a-cursor")]
    [InlineData("search=a&search=b")]
    public async Task BadQueriesAreRefusedNamingTheParameter(string query)
    {
        var error = await (await app.Admin.GetAsync($"/admin/deals?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        error.GetProperty("data").GetProperty("errors").EnumerateObject().Single().Name.ShouldBe(query.Split('=')[0]);
    }
}
