using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Reports;

/// <summary>The report checked against figures computed here, with LINQ, from the dataset the test inserted.</summary>
public class OverviewReportTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static readonly SemaphoreSlim Seeding = new(1, 1);
    static readonly Dictionary<string, ReportDataset> Datasets = [];

    async Task<ReportDataset> DatasetAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (!Datasets.TryGetValue(app.DatabaseName, out var data)) Datasets[app.DatabaseName] = data = ReportDataset.Insert(app);
            return data;
        }
        finally { Seeding.Release(); }
    }

    /// <summary>Which rows a query counts: the owner filter (null = everyone) and the created_at range.</summary>
    public sealed record Scope(long?[]? Owners, DateTime? From, DateTime? To)
    {
        public bool Counts(long? owner, DateTime createdAt, bool deleted) =>
            !deleted && (Owners is null || Owners.Contains(owner)) && (From is null || createdAt >= From) && (To is null || createdAt <= To);
    }

    public static TheoryData<string, long, long?[]?, string?, string?> Filters => new()
    {
        { "", 1, null, null, null },
        { "owner_id=7", 1, [7], null, null },
        { "owner_id=me", 8, [8], null, null },
        { "owner_id=none,9", 1, [null, 9], null, null },
        { "from=2025-04-01T00:00:00Z&to=2025-09-30T23:59:59%2B00:00", 1, null, "2025-04-01T00:00:00Z", "2025-09-30T23:59:59Z" },
        { "owner_id=7,8&from=2025-06-01T00:00:00Z", 1, [7, 8], "2025-06-01T00:00:00Z", null },
        { "to=2000-01-01T00:00:00Z", 1, null, null, "2000-01-01T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TheOverviewMatchesFiguresComputedIndependently(string query, long adminId, long?[]? owners, string? from, string? to)
    {
        var data = await DatasetAsync();
        var scope = new Scope(owners, from is null ? null : DateTime.Parse(from).ToUniversalTime(), to is null ? null : DateTime.Parse(to).ToUniversalTime());

        var report = await (await app.As("admin", adminId).GetAsync($"/admin/reports/overview?{query}")).ShouldHave(HttpStatusCode.OK);

        Expected.Check(report, data, scope, scope, scope);
        if (query == "")
        {
            // The dataset exercises every figure: won and lost deals, overdue work, a full top five.
            report.GetProperty("deals").GetProperty("won_count").GetInt32().ShouldBeGreaterThan(0);
            report.GetProperty("deals").GetProperty("lost_count").GetInt32().ShouldBeGreaterThan(0);
            report.GetProperty("deals").GetProperty("by_stage").GetProperty("signed").GetInt32().ShouldBeGreaterThan(0);
            report.GetProperty("activities").GetProperty("overdue").GetInt32().ShouldBeGreaterThan(0);
            report.GetProperty("top_customers").GetArrayLength().ShouldBe(5);
        }
    }

    [Fact]
    public async Task AnAgentWithTheDefaultReadScopeSeesEveryonesFigures()
    {
        var data = await DatasetAsync();
        var report = await (await app.As("agent", 7).GetAsync("/admin/reports/overview")).ShouldHave(HttpStatusCode.OK);
        var everyone = new Scope(null, null, null);
        Expected.Check(report, data, everyone, everyone, everyone);
    }

    [Fact]
    public async Task EveryBucketIsPresentWithZerosWhenNothingIsCounted()
    {
        await DatasetAsync();
        var report = await (await app.Admin.GetAsync("/admin/reports/overview?to=2000-01-01T00:00:00Z")).ShouldHave(HttpStatusCode.OK);

        report.GetProperty("customers").GetProperty("by_status").EnumerateObject().Select(p => p.Name).ShouldBe(ReportDataset.CustomerStatuses, ignoreOrder: true);
        report.GetProperty("activities").GetProperty("by_type").EnumerateObject().Select(p => p.Name).ShouldBe(ReportDataset.ActivityTypes, ignoreOrder: true);
        var byStage = report.GetProperty("deals").GetProperty("by_stage");
        byStage.EnumerateObject().Select(p => p.Name).ShouldBe(ReportDataset.StageKinds.Keys, ignoreOrder: true);
        byStage.EnumerateObject().ShouldAllBe(s => s.Value.GetInt32() == 0);
        report.GetProperty("deals").GetProperty("total_value").GetDecimal().ShouldBe(0m);
        report.GetProperty("deals").GetProperty("average_deal_size").GetDecimal().ShouldBe(0m);
        report.GetProperty("deals").GetProperty("win_rate").GetDecimal().ShouldBe(0m);
        report.GetProperty("recent_deals").GetArrayLength().ShouldBe(0);
        report.GetProperty("top_customers").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("owner_id=someone", "owner_id")]
    [InlineData("owner_id=0", "owner_id")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2025-02-30T00:00:00Z", "to")]
    public async Task BadQueriesAre400NamingTheParameter(string query, string parameter)
    {
        var error = await (await app.Admin.GetAsync($"/admin/reports/overview?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task TheReportNeedsAToken()
    {
        await (await app.CreateClient().GetAsync("/admin/reports/overview")).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
    }
}

public class OverviewReportOwnScopeTests(OwnReadScopeFactory app) : IClassFixture<OwnReadScopeFactory>
{
    [Fact]
    public async Task AnAgentWithOwnReadScopeSeesOnlyTheFiguresOfRecordsInTheirReach()
    {
        var data = ReportDataset.Insert(app);
        var everything = new OverviewReportTests.Scope(null, null, null);

        var report = await (await app.As("agent", 7).GetAsync("/admin/reports/overview")).ShouldHave(HttpStatusCode.OK);
        Expected.Check(report, data, everything, everything, everything, reach: 7);

        // Asking for someone else's figures intersects with the agent's reach: agent 8's records on agent 7's customers.
        var agent8 = new OverviewReportTests.Scope([8], null, null);
        var others = await (await app.As("agent", 7).GetAsync("/admin/reports/overview?owner_id=8")).ShouldHave(HttpStatusCode.OK);
        Expected.Check(others, data, agent8, agent8, agent8, reach: 7);

        var manager = await (await app.As("manager", 2).GetAsync("/admin/reports/overview")).ShouldHave(HttpStatusCode.OK);
        var everyone = new OverviewReportTests.Scope(null, null, null);
        Expected.Check(manager, data, everyone, everyone, everyone);
    }
}

public class OverviewReportDatabaseErrorTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task ADatabaseErrorIsAnErrorNotAReportOfZeros()
    {
        app.Scalar("ALTER TABLE activities RENAME TO activities_gone; SELECT 0");

        var body = await (await app.Admin.GetAsync("/admin/reports/overview")).ShouldBeError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        body.GetProperty("message").GetString()!.ShouldNotContain("activities");
    }
}
