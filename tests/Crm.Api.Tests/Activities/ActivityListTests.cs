using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Activities;

/// <summary>Each test works on a customer of its own and filters by it, so tests never see each other's rows.</summary>
public class ActivityListTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static readonly DateTime Past = DateTime.UtcNow.AddDays(-3), Future = DateTime.UtcNow.AddDays(3);

    async Task<long[]> IdsAsync(string query, HttpClient? client = null)
    {
        var body = await (await (client ?? app.Admin).GetAsync($"/admin/activities?page_size=100&{query}")).ShouldHave(HttpStatusCode.OK);
        return body.GetProperty("data").EnumerateArray().Select(a => a.Id()).ToArray();
    }

    [Fact]
    public async Task FiltersByTypePriorityAndStatusTakeCommaLists()
    {
        var c = app.Customer();
        var call = app.Activity(c, type: "call", priority: "low");
        var email = app.Activity(c, type: "email", priority: "high", status: "completed");
        var meeting = app.Activity(c, type: "meeting", priority: "urgent", status: "cancelled");

        (await IdsAsync($"customer_id={c}&type=call,email")).ShouldBe([call, email], ignoreOrder: true);
        (await IdsAsync($"customer_id={c}&priority=urgent")).ShouldBe([meeting]);
        (await IdsAsync($"customer_id={c}&status=completed,cancelled")).ShouldBe([email, meeting], ignoreOrder: true);
        (await IdsAsync($"customer_id={c}")).Length.ShouldBe(3);
    }

    [Fact]
    public async Task StatusOverdueMeansScheduledAndDueInThePast()
    {
        var c = app.Customer();
        var overdue = app.Activity(c, dueDate: Past);
        app.Activity(c, dueDate: Future);
        app.Activity(c);
        var completedLate = app.Activity(c, status: "completed", dueDate: Past);

        (await IdsAsync($"customer_id={c}&status=overdue")).ShouldBe([overdue]);
        (await IdsAsync($"customer_id={c}&status=overdue,completed")).ShouldBe([overdue, completedLate], ignoreOrder: true);
        var listed = await (await app.Admin.GetAsync($"/admin/activities?customer_id={c}")).ShouldHave(HttpStatusCode.OK);
        listed.GetProperty("data").EnumerateArray().Single(a => a.Id() == overdue).GetProperty("is_overdue").GetBoolean().ShouldBeTrue();
        listed.GetProperty("data").EnumerateArray().Where(a => a.Id() != overdue).ShouldAllBe(a => !a.GetProperty("is_overdue").GetBoolean());
    }

    [Fact]
    public async Task FiltersByAssigneeWithIdsMeAndNone()
    {
        var c = app.Customer();
        var mine = app.Activity(c, assignedTo: 1);
        var sevens = app.Activity(c, assignedTo: 7);
        var nobodys = app.Activity(c, assignedTo: null);

        (await IdsAsync($"customer_id={c}&assigned_to=me")).ShouldBe([mine]);
        (await IdsAsync($"customer_id={c}&assigned_to=7,me")).ShouldBe([mine, sevens], ignoreOrder: true);
        (await IdsAsync($"customer_id={c}&assigned_to=none")).ShouldBe([nobodys]);
        (await IdsAsync($"customer_id={c}&assigned_to=none,7")).ShouldBe([sevens, nobodys], ignoreOrder: true);
    }

    [Fact]
    public async Task FiltersByCustomerDealSearchAndDueRange()
    {
        var c = app.Customer();
        var other = app.Customer();
        var deal = app.Deal(c);
        var onDeal = app.Activity(c, dealId: deal, title: "100% sure_thing", dueDate: new DateTime(2031, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        var plain = app.Activity(c, title: "Plain call", dueDate: new DateTime(2031, 2, 10, 0, 0, 0, DateTimeKind.Utc));
        var elsewhere = app.Activity(other, title: "Elsewhere");

        (await IdsAsync($"customer_id={c},{other}")).ShouldBe([onDeal, plain, elsewhere], ignoreOrder: true);
        (await IdsAsync($"deal_id={deal}")).ShouldBe([onDeal]);
        (await IdsAsync($"customer_id={c}&search=100%25")).ShouldBe([onDeal]);
        (await IdsAsync($"customer_id={c}&search=E_T")).ShouldBe([onDeal]);
        (await IdsAsync($"customer_id={c}&search=PLAIN")).ShouldBe([plain]);
        (await IdsAsync($"customer_id={c}&search=%25")).ShouldBe([onDeal]);
        (await IdsAsync($"customer_id={c}&due_from=2031-02-01T00:00:00Z")).ShouldBe([plain]);
        (await IdsAsync($"customer_id={c}&due_to=2031-01-10T00:00:00%2B00:00")).ShouldBe([onDeal]);
        (await IdsAsync($"customer_id={c}&due_from=2031-01-01T00:00:00Z&due_to=2031-12-31T00:00:00Z")).ShouldBe([onDeal, plain]);
    }

    [Fact]
    public async Task TheDefaultSortIsDueDateAscendingWithUndatedLastAndIdAsTieBreaker()
    {
        var c = app.Customer();
        var undated = app.Activity(c);
        var late = app.Activity(c, dueDate: Future);
        var tiedA = app.Activity(c, dueDate: Past);
        var tiedB = app.Activity(c, dueDate: Past);

        (await IdsAsync($"customer_id={c}")).ShouldBe([tiedA, tiedB, late, undated]);
        (await IdsAsync($"customer_id={c}&sort_by=due_date&sort_order=desc")).ShouldBe([undated, late, tiedB, tiedA]);
    }

    [Fact]
    public async Task PrioritySortsByRankNotAlphabetically()
    {
        var c = app.Customer();
        var urgent = app.Activity(c, priority: "urgent");
        var low = app.Activity(c, priority: "low");
        var high = app.Activity(c, priority: "high");
        var normal = app.Activity(c, priority: "normal");

        (await IdsAsync($"customer_id={c}&sort_by=priority")).ShouldBe([low, normal, high, urgent]);
        (await IdsAsync($"customer_id={c}&sort_by=priority&sort_order=desc")).ShouldBe([urgent, high, normal, low]);
    }

    [Fact]
    public async Task SortsByCreatedUpdatedAndStatus()
    {
        var c = app.Customer();
        var older = app.Activity(c, status: "scheduled", createdAt: DateTime.UtcNow.AddDays(-2));
        var newer = app.Activity(c, status: "cancelled", createdAt: DateTime.UtcNow.AddDays(-1));
        var middle = app.Activity(c, status: "completed", createdAt: DateTime.UtcNow.AddDays(-1.5));
        await app.Admin.PatchJson($"/admin/activities/{older}", new { outcome = "touched last" });

        (await IdsAsync($"customer_id={c}&sort_by=created_at")).ShouldBe([older, middle, newer]);
        (await IdsAsync($"customer_id={c}&sort_by=created_at&sort_order=desc")).ShouldBe([newer, middle, older]);
        (await IdsAsync($"customer_id={c}&sort_by=updated_at&sort_order=desc")).First().ShouldBe(older);
        (await IdsAsync($"customer_id={c}&sort_by=status")).ShouldBe([newer, middle, older]);
    }

    [Fact]
    public async Task OffsetAndCursorPagesWalkTheSameOrderWithoutOverlap()
    {
        var c = app.Customer();
        for (var i = 0; i < 7; i++) app.Activity(c, dueDate: i % 3 == 0 ? null : Past.AddHours(i % 2), priority: i % 2 == 0 ? "high" : "low");
        var all = await IdsAsync($"customer_id={c}&sort_by=priority");

        var page2 = await (await app.Admin.GetAsync($"/admin/activities?customer_id={c}&sort_by=priority&page=2&page_size=3")).ShouldHave(HttpStatusCode.OK);
        page2.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe(all.Skip(3).Take(3));
        page2.GetProperty("total").GetInt32().ShouldBe(7);
        page2.GetProperty("total_pages").GetInt32().ShouldBe(3);

        foreach (var sort in new[] { "due_date", "priority" })
            (await WalkAsync($"/admin/activities?customer_id={c}&sort_by={sort}&page_size=2")).ShouldBe(await IdsAsync($"customer_id={c}&sort_by={sort}"));
    }

    async Task<List<long>> WalkAsync(string url, HttpClient? client = null)
    {
        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            (++pages).ShouldBeLessThanOrEqualTo(100, "the cursor never ended");
            var page = await (await (client ?? app.Admin).GetAsync(url + "&paging=cursor" + (cursor is null ? "" : $"&cursor={cursor}"))).ShouldHave(HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(a => a.Id()));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.Str("next_cursor");
        } while (cursor is not null);
        return seen;
    }

    [Fact]
    public async Task MyActivitiesAreTheCallersScheduledOnesOverdueFirstThenByDueDate()
    {
        var me = app.As("agent", 501);
        var c = app.Customer();
        var undated = app.Activity(c, assignedTo: 501);
        var soon = app.Activity(c, assignedTo: 501, dueDate: Future);
        var veryLate = app.Activity(c, assignedTo: 501, dueDate: Past.AddDays(-5));
        var late = app.Activity(c, assignedTo: 501, dueDate: Past);
        var done = app.Activity(c, assignedTo: 501, status: "completed", dueDate: Past.AddDays(-9));
        app.Activity(c, assignedTo: 502, dueDate: Past);
        app.Activity(c, assignedTo: 501, dueDate: Past, deleted: true);

        var mine = await (await me.GetAsync("/admin/me/activities")).ShouldHave(HttpStatusCode.OK);
        mine.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([veryLate, late, soon, undated]);
        mine.GetProperty("total").GetInt32().ShouldBe(4);

        // A completed activity due long ago is not overdue, so it sorts after the overdue ones.
        var all = await (await me.GetAsync("/admin/me/activities?status=scheduled,completed")).ShouldHave(HttpStatusCode.OK);
        all.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([veryLate, late, done, soon, undated]);
        (await WalkAsync("/admin/me/activities?status=scheduled,completed&page_size=2", me)).ShouldBe([veryLate, late, done, soon, undated]);
        (await WalkAsync("/admin/me/activities?status=scheduled,completed&page_size=2&sort_order=desc", me)).ShouldBe([undated, soon, done, late, veryLate]);

        var overdueOnly = await (await me.GetAsync("/admin/me/activities?status=overdue&page_size=1&page=2")).ShouldHave(HttpStatusCode.OK);
        overdueOnly.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([late]);
        var byPriority = await (await me.GetAsync($"/admin/me/activities?sort_by=created_at&customer_id={c}&search=activity")).ShouldHave(HttpStatusCode.OK);
        byPriority.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([undated, soon, veryLate, late]);
    }

    /// <summary>
    /// My activities page in two orders: overdue-first when completed or overdue work is listed, plain due date for
    /// scheduled work only. A cursor of one order is not a position in the other, and a forged one is no position at all.
    /// </summary>
    [Fact]
    public async Task MyActivitiesRefuseACursorOfAnotherStatusFilterOrAForgedOneAsInvalidQuery()
    {
        var me = app.As("agent", 503);
        var c = app.Customer();
        foreach (var status in new[] { "scheduled", "completed" })
        {
            app.Activity(c, assignedTo: 503, status: status, dueDate: Past);
            app.Activity(c, assignedTo: 503, status: status, dueDate: Future);
        }
        async Task<string> NextCursorAsync(string query) =>
            (await (await me.GetAsync($"/admin/me/activities?{query}&paging=cursor&page_size=1")).ShouldHave(HttpStatusCode.OK)).Str("next_cursor");
        static string Forge(string json) =>
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var overdueFirst = await NextCursorAsync("status=completed");
        var byDueDate = await NextCursorAsync("status=scheduled");

        var nullPosition = Forge("""{"s":"due_date","o":"asc","v":null,"id":1}""");
        var badPosition = Forge("""{"s":"due_date","o":"asc","v":{"overdue":"yes"},"id":1}""");
        var positionForDueDate = Forge("""{"s":"due_date","o":"asc","v":{"overdue":true,"due":null},"id":1}""");

        foreach (var query in new[]
        {
            $"cursor={overdueFirst}",
            $"status=scheduled,completed&cursor={byDueDate}",
            $"status=completed&cursor={nullPosition}",
            $"status=completed&cursor={badPosition}",
            $"cursor={positionForDueDate}",
        })
        {
            var error = await (await me.GetAsync($"/admin/me/activities?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
            error.GetProperty("data").GetProperty("errors").TryGetProperty("cursor", out _).ShouldBeTrue(query);
        }
    }

    [Theory]
    [InlineData("type=fax")]
    [InlineData("status=done")]
    [InlineData("status=")]
    [InlineData("priority=asap,low")]
    [InlineData("assigned_to=someone")]
    [InlineData("assigned_to=-1")]
    [InlineData("customer_id=abc")]
    [InlineData("deal_id=0")]
    [InlineData("due_from=tomorrow")]
    [InlineData("due_to=2026-13-01T00:00:00Z")]
    [InlineData("sort_by=description")]
    [InlineData("sort_order=up")]
    [InlineData("page=0")]
    [InlineData("page_size=101")]
    [InlineData("cursor=not-a-cursor")]
    public async Task BadQueriesAre400NamingTheParameter(string query)
    {
        foreach (var url in new[] { "/admin/activities", "/admin/me/activities" })
        {
            var response = await app.Admin.GetAsync($"{url}?{query}");
            if (query == "status=") { await response.ShouldHave(HttpStatusCode.OK); continue; }
            var error = await response.ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
            error.GetProperty("data").GetProperty("errors").TryGetProperty(query.Split('=')[0], out _).ShouldBeTrue();
        }
    }
}
