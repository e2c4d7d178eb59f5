using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Customers;

/// <summary>Filters, sorts and paging of GET /admin/customers, on a dataset arranged once for the class.</summary>
public class CustomerListTests(CustomerListTests.Dataset app) : IClassFixture<CustomerListTests.Dataset>
{
    /// <summary>Twelve customers with known fields, two tags, one soft-deleted customer.</summary>
    public sealed class Dataset : CrmFactory, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            using var db = OpenConnection();
            using var command = new Npgsql.NpgsqlCommand("""
                INSERT INTO customers (id, name, email, phone, company, status, assigned_to, contacted, next_follow_up_at, created_at, updated_at, deleted_at)
                SELECT i, 'Customer ' || chr(64 + i), 'c' || i || '@example.com', '+1 555 01' || lpad(i::text, 2, '0'),
                       CASE WHEN i % 3 = 0 THEN 'Acme 100% Corp' ELSE 'Globex' END,
                       (ARRAY['lead','prospect','active','inactive','churned'])[1 + i % 5],
                       CASE WHEN i % 4 = 0 THEN NULL ELSE 10 + i % 2 END,
                       i % 2 = 0,
                       CASE WHEN i <= 4 THEN now() - (i || ' days')::interval WHEN i <= 8 THEN now() + (i || ' days')::interval END,
                       timestamptz '2026-01-01T00:00:00Z' + (i || ' hours')::interval,
                       timestamptz '2026-02-01T00:00:00Z' - (i || ' hours')::interval,
                       CASE WHEN i = 12 THEN now() END
                  FROM generate_series(1, 12) i;
                SELECT setval(pg_get_serial_sequence('customers', 'id'), 100);
                INSERT INTO tags (id, name, color) VALUES (1, 'vip', '#ff0000'), (2, 'partner', '#00ff00'), (3, 'retired', NULL);
                UPDATE tags SET deleted_at = now() WHERE id = 3;
                INSERT INTO customer_tags (customer_id, tag_id) VALUES (1, 1), (2, 1), (2, 2), (3, 2), (4, 3);
                """, db);
            await command.ExecuteNonQueryAsync();
        }
    }

    async Task<JsonElement> List(string query) => await (await app.Admin.GetAsync($"/admin/customers?{query}")).ShouldHave(HttpStatusCode.OK);

    static long[] Ids(JsonElement list) => list.GetProperty("data").EnumerateArray().Select(c => c.Id()).ToArray();

    [Fact]
    public async Task TheDefaultIsNewestFirstWithoutDeletedCustomers()
    {
        var list = await List("");
        Ids(list).ShouldBe([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
        list.GetProperty("total").GetInt32().ShouldBe(11);
        list.GetProperty("total_exact").GetBoolean().ShouldBeTrue();
        list.GetProperty("page").GetInt32().ShouldBe(1);
        list.GetProperty("page_size").GetInt32().ShouldBe(20);
        list.GetProperty("total_pages").GetInt32().ShouldBe(1);
    }

    [Theory]
    [InlineData("status=active", new long[] { 7, 2 })]
    [InlineData("status=lead,churned", new long[] { 10, 9, 5, 4 })]
    [InlineData("assigned_to=11", new long[] { 11, 9, 7, 5, 3, 1 })]
    [InlineData("assigned_to=none", new long[] { 8, 4 })]
    [InlineData("assigned_to=10,none", new long[] { 10, 8, 6, 4, 2 })]
    [InlineData("tags=1", new long[] { 2, 1 })]
    [InlineData("tags=1,2", new long[] { 3, 2, 1 })]
    [InlineData("tags=1,2&tag_match=all", new long[] { 2 })]
    [InlineData("tags=3", new long[] { 4 })]
    [InlineData("search=customer%20c", new long[] { 3 })]
    [InlineData("search=C7@EXAMPLE", new long[] { 7 })]
    [InlineData("search=100%25", new long[] { 9, 6, 3 })]
    [InlineData("search=555%200105", new long[] { 5 })]
    [InlineData("search=_", new long[] { })]
    [InlineData("search=aCmE", new long[] { 9, 6, 3 })]
    // Name, email, company and phone are searched one by one: no match across two of them, whatever the separator.
    [InlineData("search=customer%20c%20c3", new long[] { })]
    [InlineData("search=customer%20c%0Ac3", new long[] { })]
    [InlineData("search=c3@example.com%0Aacme", new long[] { })]
    [InlineData("contacted=true", new long[] { 10, 8, 6, 4, 2 })]
    [InlineData("contacted=false&status=prospect", new long[] { 11, 1 })]
    [InlineData("follow_up_due=true", new long[] { 4, 3, 2, 1 })]
    [InlineData("created_from=2026-01-01T05:00:00Z&created_to=2026-01-01T07:00:00%2B00:00", new long[] { 7, 6, 5 })]
    public async Task FiltersSelectExactlyTheMatchingCustomers(string query, long[] expected)
    {
        var list = await List(query);
        Ids(list).ShouldBe(expected);
        list.GetProperty("total").GetInt32().ShouldBe(expected.Length);
    }

    [Fact]
    public async Task DeletedTrueListsOnlySoftDeletedCustomers()
    {
        var list = await List("deleted=true");
        Ids(list).ShouldBe([12]);
        Ids(await List("deleted=true&search=customer%20l")).ShouldBe([12]);
        list.GetProperty("data")[0].Str("deleted_at").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task ListedCustomersCarryTheirLiveTags()
    {
        var list = await List("tags=2&sort_by=name&sort_order=asc");
        var second = list.GetProperty("data")[0];
        second.Id().ShouldBe(2);
        second.GetProperty("tags").EnumerateArray().Select(t => t.Str("name")).ShouldBe(["partner", "vip"]);
        var fourth = await List("search=c4@");
        fourth.GetProperty("data")[0].GetProperty("tags").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("sort_by=created_at&sort_order=asc", new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("sort_by=updated_at&sort_order=asc", new long[] { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 })]
    [InlineData("sort_by=name&sort_order=desc", new long[] { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 })]
    [InlineData("sort_by=email", new long[] { 9, 8, 7, 6, 5, 4, 3, 2, 1, 11, 10 })]
    [InlineData("sort_by=status&sort_order=asc", new long[] { 2, 7, 4, 9, 3, 8, 5, 10, 1, 6, 11 })]
    [InlineData("sort_by=next_follow_up_at&sort_order=asc", new long[] { 4, 3, 2, 1, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("sort_by=next_follow_up_at&sort_order=desc", new long[] { 11, 10, 9, 8, 7, 6, 5, 1, 2, 3, 4 })]
    public async Task SortsEndWithTheIdAsTieBreaker(string query, long[] expected) => Ids(await List(query)).ShouldBe(expected);

    [Fact]
    public async Task PagesNeverOverlapAndAPageBeyondTheEndIsEmpty()
    {
        var first = await List("page_size=4&sort_by=status");
        var second = await List("page_size=4&sort_by=status&page=2");
        var third = await List("page_size=4&sort_by=status&page=3");
        var beyond = await List("page_size=4&sort_by=status&page=9");

        var all = Ids(first).Concat(Ids(second)).Concat(Ids(third)).ToArray();
        all.Length.ShouldBe(11);
        all.Distinct().Count().ShouldBe(11);
        first.GetProperty("total_pages").GetInt32().ShouldBe(3);
        Ids(beyond).ShouldBeEmpty();
        beyond.GetProperty("total").GetInt32().ShouldBe(11);
    }

    [Theory]
    [InlineData("sort_by=created_at")]
    [InlineData("sort_by=name&sort_order=asc")]
    [InlineData("sort_by=status")]
    [InlineData("sort_by=next_follow_up_at&sort_order=asc")]
    [InlineData("sort_by=next_follow_up_at&sort_order=desc")]
    [InlineData("status=active,lead,prospect&sort_by=email")]
    public async Task CursorPagingWalksTheSameOrderAsOffsetPaging(string query)
    {
        var expected = Ids(await List(query + "&page_size=100"));

        var walked = new List<long>();
        var page = await List(query + "&paging=cursor&page_size=3");
        for (var pages = 1; ; pages++)
        {
            pages.ShouldBeLessThanOrEqualTo(100, "the cursor never ended");
            page.TryGetProperty("total", out _).ShouldBeFalse();
            walked.AddRange(Ids(page));
            if (page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null) break;
            page = await List($"{query}&page_size=3&cursor={Uri.EscapeDataString(page.Str("next_cursor"))}");
        }
        walked.ShouldBe(expected);
    }

    [Theory]
    [InlineData("{\"s\":\"created_at\",\"o\":\"desc\",\"v\":\"not a time\",\"id\":3}")]
    [InlineData("{\"s\":\"created_at\",\"o\":\"desc\",\"v\":{\"x\":1},\"id\":3}")]
    [InlineData("{\"s\":\"created_at\",\"o\":\"desc\",\"v\":42,\"id\":3}")]
    public async Task AForgedCursorIsInvalidQuery(string json)
    {
        var cursor = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await (await app.Admin.GetAsync($"/admin/customers?cursor={cursor}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Fact]
    public async Task ACursorFromAnotherSortOrderIsRefused()
    {
        var page = await List("sort_by=name&paging=cursor&page_size=2");
        await (await app.Admin.GetAsync($"/admin/customers?sort_by=email&cursor={Uri.EscapeDataString(page.Str("next_cursor"))}"))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }
}

/// <summary>Counting stops at COUNT_LIMIT so that lists stay fast at millions of rows.</summary>
public class CustomerCountLimitTests(CustomerCountLimitTests.SmallCountLimit app) : IClassFixture<CustomerCountLimitTests.SmallCountLimit>
{
    public sealed class SmallCountLimit : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["COUNT_LIMIT"] = "5" };
    }

    [Fact]
    public async Task TotalsBeyondTheCountLimitAreMarkedInexact()
    {
        using (var db = app.OpenConnection())
        using (var insert = new Npgsql.NpgsqlCommand(
            "INSERT INTO customers (name, email) SELECT 'N' || i, 'n' || i || '@example.com' FROM generate_series(1, 8) i", db))
            insert.ExecuteNonQuery();

        var list = await (await app.Admin.GetAsync("/admin/customers?page_size=2")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(5);
        list.GetProperty("total_exact").GetBoolean().ShouldBeFalse();
        list.GetProperty("total_pages").GetInt32().ShouldBe(3);

        var exact = await (await app.Admin.GetAsync("/admin/customers?search=n1@")).ShouldHave(HttpStatusCode.OK);
        exact.GetProperty("total").GetInt32().ShouldBe(1);
        exact.GetProperty("total_exact").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task AnOverflowingCountIsRememberedPerCallerAndFilterUntilTheNextWrite()
    {
        app.Scalar("INSERT INTO customers (name, email, company) SELECT 'R' || i, 'r' || i || '@example.com', 'Remembered' FROM generate_series(1, 7) i; SELECT 0");
        async Task<(int Total, bool Exact)> Count(HttpClient client, string query)
        {
            var page = await (await client.GetAsync($"/admin/customers?{query}")).ShouldHave(HttpStatusCode.OK);
            return (page.GetProperty("total").GetInt32(), page.GetProperty("total_exact").GetBoolean());
        }

        (await Count(app.Admin, "search=remembered")).ShouldBe((5, false));
        // Rows removed behind the service's back (no commit of its own): the same caller and filters, on any page, size
        // or sort, still get "5+"; another caller, or other filters, count afresh.
        app.Scalar("UPDATE customers SET deleted_at = now() WHERE company = 'Remembered' AND name <> 'R1'; SELECT 0");
        (await Count(app.Admin, "search=remembered&page=2&page_size=1&sort_by=email")).ShouldBe((5, false));
        (await Count(app.As("admin", 3), "search=remembered")).ShouldBe((1, true));
        (await Count(app.Admin, "search=Remembered")).ShouldBe((1, true));
        (await Count(app.Admin, "search=remembered&status=lead")).ShouldBe((1, true));

        // Any write the service commits makes every remembered count unusable.
        await (await app.Admin.PostJson("/admin/customers", new { name = "Writer", email = "writer@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        (await Count(app.Admin, "search=remembered")).ShouldBe((1, true));
    }
}

/// <summary>A search reads its matches once for the page and the count (ListRequest.PageAndCountAsync): the same answers as counting apart.</summary>
public class SearchPageAndCountTests(SearchPageAndCountTests.SmallCountLimit app) : IClassFixture<SearchPageAndCountTests.SmallCountLimit>
{
    public sealed class SmallCountLimit : CrmFactory, IAsyncLifetime
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["COUNT_LIMIT"] = "5" };

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            // Eight "Pager" customers (ids 1-8, newest last), three of them at "Trio Ltd"; two others match neither search.
            this.Scalar("""
                INSERT INTO customers (id, name, email, company, created_at, updated_at)
                SELECT i, 'Pager ' || i, 'p' || i || '@example.com', CASE WHEN i IN (2, 5, 7) THEN 'Trio Ltd' END,
                       timestamptz '2026-01-01T00:00:00Z' + (i || ' hours')::interval, timestamptz '2026-01-01T00:00:00Z'
                  FROM generate_series(1, 8) i;
                INSERT INTO customers (id, name, email, created_at, updated_at)
                VALUES (9, 'Other', 'o@example.com', now(), now()), (10, 'Else', 'e@example.com', now(), now());
                SELECT setval(pg_get_serial_sequence('customers', 'id'), 100)
                """);
        }
    }

    static long callers = 100;

    /// <summary>Each request from another caller: a remembered overflow (ListCounts) would skip the count.</summary>
    async Task<(long[] Ids, int Total, bool Exact, int Pages)> Page(string query)
    {
        var page = await (await app.As("admin", Interlocked.Increment(ref callers)).GetAsync($"/admin/customers?{query}")).ShouldHave(HttpStatusCode.OK);
        return (page.GetProperty("data").EnumerateArray().Select(c => c.Id()).ToArray(), page.GetProperty("total").GetInt32(),
            page.GetProperty("total_exact").GetBoolean(), page.GetProperty("total_pages").GetInt32());
    }

    static void ShouldBe((long[] Ids, int Total, bool Exact, int Pages) page, long[] ids, int total, bool exact, int pages)
    {
        page.Ids.ShouldBe(ids);
        (page.Total, page.Exact, page.Pages).ShouldBe((total, exact, pages));
    }

    [Fact]
    public async Task FewMatchesCountExactlyOnEveryPage()
    {
        ShouldBe(await Page("search=trio&page_size=2"), [7, 5], 3, true, 2);
        ShouldBe(await Page("search=trio&page_size=2&page=2"), [2], 3, true, 2);
        // Past the last page: no rows to count with, so it counts apart.
        ShouldBe(await Page("search=trio&page_size=2&page=3"), [], 3, true, 2);
        ShouldBe(await Page("search=trio&page_size=2&sort_by=name&sort_order=asc"), [2, 5], 3, true, 2);
        ShouldBe(await Page("search=nobody"), [], 0, true, 0);
    }

    [Fact]
    public async Task MoreMatchesThanTheLimitStopAtTheLimitAndPageInOrder()
    {
        ShouldBe(await Page("search=pager&page_size=2"), [8, 7], 5, false, 3);
        ShouldBe(await Page("search=pager&page_size=2&page=2"), [6, 5], 5, false, 3);
        // Page 3 ends past the limit: the page comes from all matches, not from the first COUNT_LIMIT + 1.
        ShouldBe(await Page("search=pager&page_size=2&page=3"), [4, 3], 5, false, 3);
        ShouldBe(await Page("search=pager&page_size=2&page=4"), [2, 1], 5, false, 3);
        ShouldBe(await Page("search=pager&page_size=3&sort_by=name&sort_order=desc"), [8, 7, 6], 5, false, 2);
    }
}

public class ListCountsTests
{
    sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Without REDIS_URL: this instance's memory.</summary>
    static Crm.Api.Http.ListCounts Local(TimeProvider clock) =>
        new(clock, new Crm.Api.Scaling.SharedState(null, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<Crm.Api.Scaling.SharedState>.Instance));

    [Fact]
    public async Task AnOverflowIsForgottenAfterItsFreshness()
    {
        var clock = new Clock();
        var counts = Local(clock);
        var seen = await counts.LookupAsync("k");
        seen.OverLimit.ShouldBeFalse();
        await counts.OverLimitAsync("k", seen);
        clock.Now += Crm.Api.Http.ListCounts.Freshness - TimeSpan.FromMilliseconds(1);
        (await counts.LookupAsync("k")).OverLimit.ShouldBeTrue();
        (await counts.LookupAsync("other")).OverLimit.ShouldBeFalse();
        clock.Now += TimeSpan.FromMilliseconds(1);
        (await counts.LookupAsync("k")).OverLimit.ShouldBeFalse();
    }

    [Fact]
    public async Task RequestsInFlightTogetherForOneListUnderOneGenerationCountOnce()
    {
        var counts = Local(new Clock());
        var seen = await counts.LookupAsync("k");
        var database = new TaskCompletionSource<int>();
        var counted = 0;
        Task<int> Count() { counted++; return database.Task; }

        var first = counts.CountOnceAsync("k", seen, Count, CancellationToken.None);
        var joiner = counts.CountOnceAsync("k", seen, Count, CancellationToken.None);
        var otherList = counts.CountOnceAsync("other", seen, () => Task.FromResult(3), CancellationToken.None);
        (await otherList).ShouldBe(3);
        database.SetResult(6);
        (await first).ShouldBe(6);
        (await joiner).ShouldBe(6);
        counted.ShouldBe(1);

        // Once it is done, or after a write (another generation), a request counts afresh.
        (await counts.CountOnceAsync("k", seen, () => Task.FromResult(7), CancellationToken.None)).ShouldBe(7);
        var slow = new TaskCompletionSource<int>();
        var before = counts.CountOnceAsync("k", seen, () => slow.Task, CancellationToken.None);
        await counts.InvalidateAsync();
        (await counts.CountOnceAsync("k", await counts.LookupAsync("k"), () => Task.FromResult(8), CancellationToken.None)).ShouldBe(8);
        slow.SetResult(9);
        (await before).ShouldBe(9);
    }

    [Fact]
    public async Task AJoinerCountsItselfWhenTheSharedCountIsCancelled()
    {
        var counts = Local(new Clock());
        var seen = await counts.LookupAsync("k");
        var database = new TaskCompletionSource<int>();
        var first = counts.CountOnceAsync("k", seen, () => database.Task, CancellationToken.None);
        var joiner = counts.CountOnceAsync("k", seen, () => Task.FromResult(4), CancellationToken.None);

        database.SetCanceled(); // the first request went away mid-count
        await Should.ThrowAsync<OperationCanceledException>(first);
        (await joiner).ShouldBe(4);
    }

    [Fact]
    public async Task AWriteCommittedAfterTheCountBeganMakesItUnusable()
    {
        var counts = Local(new Clock());
        var before = await counts.LookupAsync("k");
        await counts.InvalidateAsync(); // a write commits while the count runs
        await counts.OverLimitAsync("k", before);
        (await counts.LookupAsync("k")).OverLimit.ShouldBeFalse();

        await counts.OverLimitAsync("k", await counts.LookupAsync("k"));
        (await counts.LookupAsync("k")).OverLimit.ShouldBeTrue();
        await counts.InvalidateAsync();
        (await counts.LookupAsync("k")).OverLimit.ShouldBeFalse();
    }
}

/// <summary>Which commits end the remembered counts: a write of a record does; the reminder pass's bookkeeping does not.</summary>
public class ListCountsInvalidationTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task TheReminderPassLeavesRememberedCountsAloneAndARecordWriteEndsThem()
    {
        var counts = app.Services.GetRequiredService<Crm.Api.Http.ListCounts>();
        var reminders = app.Services.GetRequiredService<Crm.Api.Events.ReminderScheduler>();
        var key = $"invalidation-{Guid.NewGuid():N}";

        await counts.OverLimitAsync(key, await counts.LookupAsync(key));
        await reminders.RunOnceAsync(CancellationToken.None);
        (await counts.LookupAsync(key)).OverLimit.ShouldBeTrue("the reminder pass changed no list");

        await (await app.Admin.PostJson("/admin/customers", new { name = "Ends counts", email = $"{key}@example.com" }))
            .ShouldHave(System.Net.HttpStatusCode.Created);
        (await counts.LookupAsync(key)).OverLimit.ShouldBeFalse("a created customer ends every remembered count");
    }
}
