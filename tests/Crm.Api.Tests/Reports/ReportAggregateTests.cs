using System.Net;
using System.Text.Json;
using Crm.Api.Reports;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Crm.Api.Tests.Reports;

/// <summary>
/// The service with no background fold (the test folds when it chooses, so every state is reached on purpose) and the
/// top customers always found by the walk over report_customer_won, two customers at a time; agents' read scope is own,
/// so that the same writes also check what the reach rule lets them see.
/// </summary>
public sealed class ManualFoldFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AGENT_READ_SCOPE"] = "own" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(ReportFoldService)));
            services.AddSingleton(new ReportTuning(TopCustomersFromBase: 0, WalkBatch: 2));
        });
    }

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();
}

/// <summary>
/// The maintained aggregates against the base tables after a random (seeded) sequence of writes through the API:
/// <c>report_differences()</c> (what <c>crm reports verify</c> prints) finds nothing, and the overview for several
/// ranges and owners equals figures computed here with LINQ from the rows read back, with deltas pending, folded, and
/// with the overdue cutoff behind and ahead of now.
/// </summary>
public class ReportAggregateTests(ManualFoldFactory app) : IClassFixture<ManualFoldFactory>
{
    static readonly long?[] Users = [null, 7, 8, 9];
    static readonly string[] Currencies = ["USD", "EUR", "JPY"];

    [Fact]
    public async Task RandomWritesThroughTheApiKeepTheAggregatesEqualToTheBaseTables()
    {
        ReportDataset.Insert(app);
        var hour = DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour);
        // Summaries kept with an overdue cutoff three days back: readers add what fell due since from the base table.
        await ReportAggregates.RebuildAsync(app.DataSource, cutoff: hour.AddDays(-3));
        var random = new Random(19);
        var writes = new Writes(app, random);

        await writes.RunAsync(60);
        await CheckAsync("deltas pending, cutoff behind now");

        // The cutoff ahead of now: activities due before it but not yet due are taken away again by readers.
        await FoldAsync(hour.AddDays(2));
        await writes.RunAsync(60);
        await CheckAsync("folded once, cutoff ahead of now");

        await FoldAsync(hour);
        await writes.RunAsync(60);
        await FoldAsync(hour);
        await CheckAsync("everything folded");
        app.Scalar("SELECT (SELECT count(*) FROM report_customer_deltas) + (SELECT count(*) FROM report_deal_deltas) " +
                   "+ (SELECT count(*) FROM report_activity_deltas) + (SELECT count(*) FROM report_customer_won_dirty)").ShouldBe(0);
        writes.Succeeded.ShouldBeGreaterThan(150, "most random writes must have gone through for the test to mean anything");
    }

    [Fact]
    public async Task VerifyPrintsEachDifferenceAndFailsUntilARebuild()
    {
        var url = TestDatabase.ConnectionString(app.DatabaseName);
        await (await app.Admin.PostJson("/admin/customers", new { name = "Verified", email = "verified@example.com", company = "Verified Co", status = "prospect", assigned_to = 41 }))
            .ShouldHave(HttpStatusCode.Created);
        (await RunAsync(url, "verify")).ShouldBe((0, "report aggregates match the base tables"));

        // Someone changed a summary by hand: verify names the bucket, the figure it expected and the one it found. (Folded
        // first: in this service without a fold the write is still a delta.)
        await FoldAsync(DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour));
        app.Scalar("UPDATE report_customers SET n = n + 2 WHERE grain = 'y' AND owner_id = 41; SELECT 0");
        var (exit, output) = await RunAsync(url, "verify");
        exit.ShouldBe(1);
        output.ShouldContain($"customers y {DateTime.UtcNow.Year}-01-01 owner=41 prospect: expected 1, stored 3");

        (await RunAsync(url, "rebuild")).Exit.ShouldBe(0);
        (await RunAsync(url, "verify")).ShouldBe((0, "report aggregates match the base tables"));
    }

    [Fact]
    public async Task ADealMovedToWonCountsInTheNextOverviewWithoutWaitingForTheFold()
    {
        var customer = (await (await app.Admin.PostJson("/admin/customers", new { name = "Winner", email = "winner@example.com", assigned_to = 44 }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var deal = (await (await app.Admin.PostJson("/admin/deals", new
            { title = "Big one", customer_id = customer, stage = "negotiation", amount = 1234.50m, currency = "EUR", owner_id = 44 }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var before = (await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=44")).ShouldHave(HttpStatusCode.OK)).GetProperty("deals");
        before.GetProperty("open_count").GetInt32().ShouldBe(1);
        before.GetProperty("won_count").GetInt32().ShouldBe(0);

        await (await app.Admin.PatchJson($"/admin/deals/{deal}", new { stage = "closed_won" })).ShouldHave(HttpStatusCode.OK);
        app.Scalar("SELECT count(*) FROM report_deal_deltas WHERE owner_id = 44").ShouldBeGreaterThan(0);
        // No fold runs in this service: the next request sees the change because readers add the deltas not folded yet.
        var report = await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=44")).ShouldHave(HttpStatusCode.OK);
        var deals = report.GetProperty("deals");
        deals.GetProperty("open_count").GetInt32().ShouldBe(0);
        deals.GetProperty("won_count").GetInt32().ShouldBe(1);
        deals.GetProperty("won_value_by_currency").GetProperty("EUR").GetDecimal().ShouldBe(1234.50m);
        report.GetProperty("top_customers").EnumerateArray().Single().Id().ShouldBe(customer);
    }

    static async Task<(int Exit, string Output)> RunAsync(string connectionString, string verb)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await ReportAggregates.RunCommandAsync([verb], connectionString, output, errors);
        return (exit, output.ToString().Trim());
    }

    async Task FoldAsync(DateTime cutoff) => (await ReportAggregates.FoldAsync(app.DataSource, cutoff)).ShouldBeTrue();

    async Task CheckAsync(string state)
    {
        (await ReportAggregates.DifferencesAsync(app.DataSource)).ShouldBeEmpty(state);
        var data = ReportDataset.Read(app);
        var today = DateTime.UtcNow.Date;
        foreach (var (query, owners, from, to) in new (string, long?[]?, DateTime?, DateTime?)[]
                 {
                     ("", null, null, null),
                     ("owner_id=7", [7], null, null),
                     ("owner_id=none,8", [null, 8], null, null),
                     // Partial days at both ends, whole days and whole months between.
                     ("from=2025-03-15T10:30:00Z&to=2025-11-02T08:00:00Z", null, new DateTime(2025, 3, 15, 10, 30, 0), new DateTime(2025, 11, 2, 8, 0, 0)),
                     // A whole year, then the months and days up to today, whose rows the API wrote.
                     ($"from=2025-01-01T00:00:00Z&to={today.AddDays(1):yyyy-MM-dd}T00:00:00Z", null, new DateTime(2025, 1, 1), today.AddDays(1)),
                     ($"owner_id=9&from={today:yyyy-MM-dd}T00:00:00Z", [9], today, null),
                     ("owner_id=7,9&to=2025-06-30T23:59:59Z", [7, 9], null, new DateTime(2025, 6, 30, 23, 59, 59)),
                 })
        {
            var scope = new OverviewReportTests.Scope(owners,
                from is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null, to is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null);
            var report = await (await app.Admin.GetAsync($"/admin/reports/overview?{query}")).ShouldHave(HttpStatusCode.OK);
            Expected.Check(report, data, scope, scope, scope);
            // An agent whose read scope is own: the same figures restricted to the records in their reach (contract section 3).
            var theirs = await (await app.As("agent", 7).GetAsync($"/admin/reports/overview?{query}")).ShouldHave(HttpStatusCode.OK);
            Expected.Check(theirs, data, scope, scope, scope, reach: 7);
        }
    }

    /// <summary>Creates, updates, stage and currency changes, reassignments, deletes and restores, chosen at random.</summary>
    sealed class Writes(ManualFoldFactory app, Random random)
    {
        readonly HttpClient _admin = app.Admin;
        int _created;
        public int Succeeded { get; private set; }

        T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
        long? Live(string table) => Any(table, "deleted_at IS NULL");
        long? Deleted(string table) => Any(table, "deleted_at IS NOT NULL");

        /// <summary>A row chosen by the test's seeded random, not the database's.</summary>
        long? Any(string table, string condition)
        {
            var fraction = random.NextDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = app.Scalar($"""
                SELECT COALESCE((SELECT id FROM {table} WHERE {condition} ORDER BY id
                                 OFFSET floor((SELECT count(*) FROM {table} WHERE {condition}) * {fraction})::int LIMIT 1), 0)
                """);
            return id > 0 ? id : null;
        }
        DateTime Due() => DateTime.UtcNow.AddMinutes(random.Next(10, 5 * 24 * 60) * (random.Next(2) == 0 ? -1 : 1));

        public async Task RunAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var response = random.Next(16) switch
                {
                    0 => await _admin.PostJson("/admin/customers", new
                    {
                        name = $"Written {++_created}", email = $"written{_created}-{random.Next()}@example.com", company = $"Written Co {_created}",
                        status = Pick(ReportDataset.CustomerStatuses), assigned_to = Pick(Users),
                    }),
                    1 => await Patch("customers", new { status = Pick(ReportDataset.CustomerStatuses) }),
                    2 => await Patch("customers", new { assigned_to = Pick(Users) }),
                    3 => Live("customers") is { } id ? await _admin.Delete($"/admin/customers/{id}") : null,
                    4 => Deleted("customers") is { } id ? await _admin.PostAsync($"/admin/customers/{id}/restore", null) : null,
                    5 => Live("customers") is { } customer ? await _admin.PostJson("/admin/deals", new
                    {
                        title = "Written deal", customer_id = customer, stage = Pick(ReportDataset.StageKinds.Keys.ToList()),
                        amount = random.Next(0, 2_000_000) / 100m, currency = Pick(Currencies), owner_id = Pick(Users) ?? 7,
                    }) : null,
                    6 or 7 => await Patch("deals", new { stage = Pick(ReportDataset.StageKinds.Keys.ToList()) }),
                    8 => await Put("deals", new { currency = Pick(Currencies), amount = random.Next(0, 2_000_000) / 100m }),
                    9 => await Put("deals", new { owner_id = Pick(Users) }),
                    10 => Live("deals") is { } id ? await _admin.Delete($"/admin/deals/{id}") : null,
                    11 => Live("customers") is { } customer ? await _admin.PostJson("/admin/activities", new
                    {
                        type = Pick(ReportDataset.ActivityTypes), title = "Written activity", customer_id = customer,
                        status = random.Next(3) == 0 ? "completed" : "scheduled", assigned_to = Pick(Users), due_date = Due(),
                    }) : null,
                    12 => await Patch("activities", new { status = Pick(new[] { "scheduled", "completed", "cancelled" }) }),
                    13 => await Patch("activities", new { due_date = Due() }),
                    14 => await Put("activities", new { type = Pick(ReportDataset.ActivityTypes), assigned_to = Pick(Users) }),
                    _ => Live("activities") is { } id ? await _admin.Delete($"/admin/activities/{id}") : null,
                };
                if (response is null) continue;
                // A refusal (a stage transition the pipeline does not allow) must change nothing; anything else succeeds.
                ((int)response.StatusCode).ShouldBeOneOf(new[] { 200, 201, 400, 409, 422 }, await response.Content.ReadAsStringAsync());
                if (response.IsSuccessStatusCode) Succeeded++;
            }
        }

        async Task<HttpResponseMessage?> Patch(string table, object body) =>
            Live(table) is { } id ? await _admin.PatchJson($"/admin/{table}/{id}", body) : null;

        async Task<HttpResponseMessage?> Put(string table, object body) =>
            Live(table) is { } id ? await _admin.PutJson($"/admin/{table}/{id}", body) : null;
    }
}

/// <summary>The running service folds the deltas by itself, and what it folds still agrees with the base tables.</summary>
public class ReportFoldServiceTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task TheServiceFoldsWritesIntoTheSummariesWithinSeconds()
    {
        await (await app.Admin.PostJson("/admin/customers", new { name = "Folded", email = "folded@example.com", assigned_to = 42 }))
            .ShouldHave(HttpStatusCode.Created);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (app.Scalar("SELECT count(*) FROM report_customer_deltas") > 0 && DateTime.UtcNow < deadline) await Task.Delay(100);

        app.Scalar("SELECT count(*) FROM report_customer_deltas").ShouldBe(0);
        app.Scalar("SELECT n FROM report_customers WHERE grain = 'd' AND owner_id = 42").ShouldBe(1);
        (await ReportAggregates.DifferencesAsync(app.Services.GetRequiredService<NpgsqlDataSource>())).ShouldBeEmpty();
        var report = await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=42")).ShouldHave(HttpStatusCode.OK);
        report.GetProperty("customers").GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task TheOverviewIsCurrentAfterEveryWriteAndSaysItMayNotBeCached()
    {
        var before = await app.Admin.GetAsync("/admin/reports/overview?owner_id=43");
        Customers(await before.ShouldHave(HttpStatusCode.OK)).ShouldBe(0);
        before.Headers.CacheControl!.NoCache.ShouldBeTrue();

        await (await app.Admin.PostJson("/admin/customers", new { name = "Current", email = "current@example.com", assigned_to = 43 }))
            .ShouldHave(HttpStatusCode.Created);
        Customers(await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=43")).ShouldHave(HttpStatusCode.OK)).ShouldBe(1);
    }

    static int Customers(JsonElement report) => report.GetProperty("customers").GetProperty("total").GetInt32();
}
