using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;

namespace Crm.Api.Reports;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/reports").WithTags("Reports");
        group.MapGet("/overview", Overview).RequirePermission(Permission.ReportsRead).WithName("GetOverviewReport")
            .Produces<OverviewResponse>().WithQuery(
                Query.Users("owner_id", "Only figures of records owned by (assigned to) these users."),
                Query.Time("from", "Only records created at or after."),
                Query.Time("to", "Only records created at or before."),
                Query.Ids("pipeline_id", "Only the deals (and stages) of these pipelines; customers and activities are counted whole."))
            .WithSummary("The overview, always current (computed from maintained aggregates)");
        return group;
    }

    /// <summary>Database errors are not caught here: a report that cannot be computed is an error, never zeros.</summary>
    static async Task<IResult> Overview(HttpRequest request, HttpResponse response, CurrentUser user, CrmDb db, TimeProvider time,
        ReportTuning tuning, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var owners = query.Users("owner_id", user);
        var from = query.Time("from");
        var to = query.Time("to");
        var pipelines = query.Ids("pipeline_id");
        if (query.Error is not null) return query.ErrorResult;

        // Reports are read with the records' read scope: an agent whose scope is own sees figures of the records in reach.
        var filter = new OverviewFilter(owners, from, to, time.GetUtcNow().UtcDateTime, Reach.SqlParameter(user, Permission.ReportsRead), pipelines);
        var report = await OverviewReport.LoadAsync(db, user, filter, tuning, cancellationToken);
        response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Ok(report);
    }
}
