using System.Net;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Reports;

/// <summary>The overview is computed once per filter per 30 s (it aggregates whole tables), and says so.</summary>
public class OverviewCacheTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static int Customers(System.Text.Json.JsonElement report) => report.GetProperty("customers").GetProperty("total").GetInt32();

    [Fact]
    public async Task FiguresMayBeUpToThirtySecondsOldPerFilterAndTheResponseSaysSo()
    {
        var first = await app.Admin.GetAsync("/admin/reports/overview?owner_id=41");
        Customers(await first.ShouldHave(HttpStatusCode.OK)).ShouldBe(0);
        first.Headers.CacheControl!.Private.ShouldBeTrue();
        first.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromSeconds(30));

        app.Scalar("INSERT INTO customers (name, email, assigned_to) VALUES ('Late', 'late@example.com', 41); SELECT 0");

        Customers(await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=41")).ShouldHave(HttpStatusCode.OK)).ShouldBe(0);
        // Another filter is another report, computed now.
        Customers(await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=41,42")).ShouldHave(HttpStatusCode.OK)).ShouldBe(1);
    }

    [Fact]
    public async Task AFailedReportIsNotKept()
    {
        app.Scalar("ALTER TABLE notes RENAME TO notes_away; ALTER TABLE activities RENAME TO activities_away; SELECT 0");
        await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=43")).ShouldBeError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");

        app.Scalar("ALTER TABLE activities_away RENAME TO activities; ALTER TABLE notes_away RENAME TO notes; SELECT 0");
        await (await app.Admin.GetAsync("/admin/reports/overview?owner_id=43")).ShouldHave(HttpStatusCode.OK);
    }
}
