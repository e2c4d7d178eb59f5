using System.Net;
using System.Text.Json;
using Crm.Api.Events;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Api.Tests.Events;

/// <summary>GET /admin/events (contract section 10): commit order, cursors that never skip, type patterns, retention.</summary>
public class EventFeedTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    /// <summary>The cursor after everything visible now, so a test reads only what it causes.</summary>
    async Task<string> EndCursorAsync()
    {
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await (await app.Admin.GetAsync("/admin/events?limit=1000" + (cursor is null ? "" : $"&after={cursor}"))).ShouldHave(HttpStatusCode.OK);
            cursor = page.Str("next_cursor");
            if (!page.GetProperty("has_more").GetBoolean()) return cursor;
        }
        throw new InvalidOperationException("the feed never ended");
    }

    /// <summary>Polls the feed after <paramref name="cursor"/> until it lists <paramref name="count"/> events (bounded).</summary>
    async Task<List<JsonElement>> ReadAsync(string cursor, int count, string query = "")
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await (await app.Admin.GetAsync($"/admin/events?after={cursor}{query}")).ShouldHave(HttpStatusCode.OK);
            var events = page.GetProperty("data").EnumerateArray().ToList();
            // Another test's open transaction (the cluster is shared) may hold the feed back for a moment.
            if (events.Count >= count || DateTime.UtcNow > deadline) return events;
            await Task.Delay(50);
        }
    }

    async Task<long> CreateCustomerAsync(string email) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Feed", email })).ShouldHave(HttpStatusCode.Created)).Id();

    [Fact]
    public async Task TheFeedListsEventsInCommitOrderWithTheEnvelopeAndPagesByCursor()
    {
        var start = await EndCursorAsync();
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add(await CreateCustomerAsync($"page{i}@example.com"));
        // Visible once every older transaction of the shared cluster has ended (another test's import batch, say).
        (await ReadAsync(start, 3)).Count.ShouldBe(3);

        var first = await (await app.Admin.GetAsync($"/admin/events?after={start}&limit=2")).ShouldHave(HttpStatusCode.OK);
        first.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        var second = await (await app.Admin.GetAsync($"/admin/events?after={first.Str("next_cursor")}&limit=2")).ShouldHave(HttpStatusCode.OK);
        second.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        var events = first.GetProperty("data").EnumerateArray().Concat(second.GetProperty("data").EnumerateArray()).ToList();

        events.Select(e => e.GetProperty("resource").GetProperty("id").GetInt64()).ShouldBe(ids);
        var created = events[0];
        created.Str("type").ShouldBe("customer.created");
        created.GetProperty("id").GetInt64().ShouldBeGreaterThan(0);
        created.Str("occurred_at").ShouldEndWith("Z");
        created.GetProperty("actor").GetProperty("user_id").GetInt64().ShouldBe(1);
        created.GetProperty("actor").Str("role").ShouldBe("admin");
        created.GetProperty("resource").Str("type").ShouldBe("customer");
        created.GetProperty("sequence").GetInt64().ShouldBe(1);
        created.GetProperty("data").Str("email").ShouldBe("page0@example.com");
        created.GetProperty("changes").GetProperty("email").GetProperty("new").GetString().ShouldBe("page0@example.com");
        created.Str("request_id").ShouldNotBeNullOrEmpty();

        // Nothing new: the cursor stays where it was.
        var empty = await (await app.Admin.GetAsync($"/admin/events?after={second.Str("next_cursor")}")).ShouldHave(HttpStatusCode.OK);
        empty.GetProperty("data").GetArrayLength().ShouldBe(0);
        empty.Str("next_cursor").ShouldBe(second.Str("next_cursor"));
    }

    [Fact]
    public async Task TypePatternsSelectEventsByResourceOrExactType()
    {
        var start = await EndCursorAsync();
        var customer = await CreateCustomerAsync("types@example.com");
        await (await app.Admin.PostJson("/admin/deals", new { title = "T", customer_id = customer })).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PatchJson($"/admin/customers/{customer}", new { status = "active" })).ShouldHave(HttpStatusCode.OK);

        (await ReadAsync(start, 3)).Count.ShouldBe(3);
        (await ReadAsync(start, 1, "&types=deal.*")).Select(e => e.Str("type")).ShouldBe(["deal.created"]);
        (await ReadAsync(start, 2, "&types=customer.updated,deal.*")).Select(e => e.Str("type")).ShouldBe(["deal.created", "customer.updated"]);
        (await ReadAsync(start, 3, "&types=*")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task AnEventOfATransactionThatCommitsLateIsNotSkippedByACursorThatReadLaterOnes()
    {
        var start = await EndCursorAsync();
        // A transaction appends an event and stays open; meanwhile a request commits an event of its own.
        await using var late = app.OpenConnection();
        await using var transaction = await late.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO crm_events (type, occurred_at, actor_user_id, actor_role, resource_type, resource_id, data)
            VALUES ('customer.updated', now(), 0, 'system', 'customer', 424242, '{"id": 424242}')
            """, late, transaction))
            await insert.ExecuteNonQueryAsync();
        var customer = await CreateCustomerAsync("late@example.com");

        // While the older transaction runs, the later commit is not listed: a cursor past it would skip the late event.
        var page = await (await app.Admin.GetAsync($"/admin/events?after={start}")).ShouldHave(HttpStatusCode.OK);
        page.GetProperty("data").GetArrayLength().ShouldBe(0);
        page.Str("next_cursor").ShouldBe(start);

        await transaction.CommitAsync();
        var events = await ReadAsync(start, 2);
        events.Select(e => e.GetProperty("resource").GetProperty("id").GetInt64()).ShouldBe([424242L, customer]);
    }

    [Fact]
    public async Task OnlyAdminsReadTheFeed()
    {
        await (await app.As("manager", 2).GetAsync("/admin/events")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await app.As("agent", 3).GetAsync("/admin/events")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Theory]
    [InlineData("after=nonsense")]
    [InlineData("after=12")]
    [InlineData("types=deal.archived")]
    [InlineData("types=nothing.*")]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    public async Task BadParametersAre400InvalidQuery(string query)
    {
        await (await app.Admin.GetAsync($"/admin/events?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Fact]
    public async Task RetentionDeletesOldEventsAndACursorFromBeforeTheCutIs410EventsExpired()
    {
        var old = await EndCursorAsync();
        var first = await CreateCustomerAsync("old1@example.com");
        var second = await CreateCustomerAsync("old2@example.com");
        var events = await ReadAsync(old, 2);
        var cursorAfterFirst = (await (await app.Admin.GetAsync($"/admin/events?after={old}&limit=1")).ShouldHave(HttpStatusCode.OK)).Str("next_cursor");
        await using (var connection = app.OpenConnection())
        await using (var age = new NpgsqlCommand("UPDATE crm_events SET occurred_at = now() - interval '31 days' WHERE (resource_id = $1 OR id < $2) AND resource_type = 'customer'", connection))
        {
            age.Parameters.AddWithValue(first);
            age.Parameters.AddWithValue(events[0].GetProperty("id").GetInt64());
            await age.ExecuteNonQueryAsync();
        }

        (await app.Services.GetRequiredService<EventRetention>().RunOnceAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);

        await (await app.Admin.GetAsync($"/admin/events?after={old}")).ShouldBeError(HttpStatusCode.Gone, "EVENTS_EXPIRED");
        // The cut is exactly after the expired event: its own cursor still reads on, and so does a fresh start.
        (await ReadAsync(cursorAfterFirst, 1)).Select(e => e.GetProperty("resource").GetProperty("id").GetInt64()).ShouldContain(second);
        var fromStart = await (await app.Admin.GetAsync("/admin/events?limit=1000")).ShouldHave(HttpStatusCode.OK);
        var ids = fromStart.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("id").GetInt64()).ToList();
        ids.ShouldNotContain(first);
        ids.ShouldContain(second);
    }
}
