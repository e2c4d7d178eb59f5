using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Attachments.Storage;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Exports;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Jobs;

/// <summary>
/// Imports and bulk actions by filter as jobs (contract section 9): their progress, cancelling, and the errors file. A
/// caller sees their own jobs; admins and managers see everyone's (<c>jobs:read</c>). Anyone else's job is 404.
/// </summary>
public static class JobEndpoints
{
    static readonly IReadOnlyList<ISortField<Job>> SortFields = [SortField.Of<Job, DateTime>("created_at", j => j.CreatedAt, j => j.Id)];

    public static RouteGroupBuilder MapJobs(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/jobs").WithTags("Jobs").RequirePermission(Permission.JobsRead);
        group.MapGet("", List).WithName("ListJobs").WithSummary("Imports and bulk jobs, newest first")
            .ProducesList<JobResponse>([
                Query.AnyOf("kind", JobKind.All, "Only jobs of these kinds."),
                Query.AnyOf("status", JobStatus.All, "Only jobs in these states."),
                .. Query.Paging(SortFields, "created_at", defaultDescending: true)]);
        group.MapGet("/{id}", Get).WithName("GetJob").WithSummary("A job's state and progress").Produces<JobResponse>();
        group.MapPost("/{id}/cancel", Cancel).WithName("CancelJob")
            .WithSummary("Stops a job at its next batch (what committed stays); a queued job never starts")
            .Produces<JobResponse>().MayFail(409, "JOB_NOT_CANCELLABLE");
        group.MapGet("/{id}/errors", Errors).WithName("GetJobErrors")
            .WithSummary("The rows the job could not apply, as CSV: the original columns plus row_number, error_code, error_field, error_message")
            .ProducesDownload("text/csv");
        return group;
    }

    internal static IResult NotFound() => ApiError.NotFound("JOB_NOT_FOUND", "Job not found");

    /// <summary>The jobs the caller may see: theirs, or everyone's.</summary>
    internal static IQueryable<Job> Visible(CrmDb db, CurrentUser user) =>
        user.ScopeOf(Permission.JobsRead) == Scope.All ? db.Jobs : db.Jobs.Where(j => j.UserId == user.Id);

    static async Task<IResult> List(HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var kinds = query.Enums("kind", JobKind.All);
        var statuses = query.Enums("status", JobStatus.All);
        var list = ListRequest<Job>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;

        var jobs = Visible(db, user).AsNoTracking();
        if (kinds is not null) jobs = jobs.Where(j => kinds.Contains(j.Kind));
        if (statuses is not null) jobs = jobs.Where(j => statuses.Contains(j.Status));
        return TypedResults.Ok(await list.ExecuteAsync<JobResponse>(jobs, settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<JobResponse>>(rows.Select(j => j.ToResponse()).ToList()), cancellationToken));
    }

    internal static async Task<IResult> Get(long id, CurrentUser user, CrmDb db, CancellationToken cancellationToken) =>
        await Visible(db, user).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken) is { } job
            ? TypedResults.Ok(job.ToResponse())
            : NotFound();

    static async Task<IResult> Cancel(long id, CurrentUser user, CrmDb db, IAttachmentStore store, TimeProvider time, ILogger<Job> logger,
        CancellationToken cancellationToken)
    {
        var job = await Visible(db, user).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        // A queued job is cancelled at once; a running one stops at its next batch, which reads the flag under the job's lock.
        var changed = await db.Jobs.Where(j => j.Id == id && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.CancelRequested, true)
                .SetProperty(j => j.Status, j => j.Status == JobStatus.Queued && j.LockedUntil == null ? JobStatus.Cancelled : j.Status)
                .SetProperty(j => j.FinishedAt, j => j.Status == JobStatus.Queued && j.LockedUntil == null ? now : j.FinishedAt), cancellationToken);
        if (changed == 0)
            return ApiError.Conflict("JOB_NOT_CANCELLABLE", $"The job has ended ({job.Status}); only a queued or running job can be cancelled");
        job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
        if (job.Status == JobStatus.Cancelled) await JobFiles.DeleteFileAsync(store, job, logger);
        return TypedResults.Ok(job.ToResponse());
    }

    /// <summary>The failed rows as CSV (formula-safe), in row order, streamed: ready to fix and upload again.</summary>
    static async Task<IResult> Errors(long id, HttpContext context, CurrentUser user, CrmDb db, CancellationToken cancellationToken)
    {
        var job = await Visible(db, user).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null) return NotFound();

        // A CSV import's errors keep its header; otherwise (JSON Lines, bulk) the columns are those the failed rows have.
        var columns = job.Parameters.Columns?.ToList();
        if (columns is null)
        {
            columns = [];
            await foreach (var cells in db.JobErrors.AsNoTracking().Where(e => e.JobId == id).Select(e => e.Cells).AsAsyncEnumerable().WithCancellation(cancellationToken))
                foreach (var (column, _) in JsonNode.Parse(cells)!.AsObject())
                    if (!columns.Contains(column)) columns.Add(column);
        }
        var errors = db.JobErrors.AsNoTracking().Where(e => e.JobId == id).OrderBy(e => e.RowNumber).AsAsyncEnumerable();
        return new CsvDownload($"job-{id}-errors.csv", [.. columns, .. Imports.ImportColumns.ErrorColumns], ToRecords(errors, columns));
    }

    static async IAsyncEnumerable<string?[]> ToRecords(IAsyncEnumerable<JobError> errors, List<string> columns)
    {
        await foreach (var error in errors)
        {
            var cells = JsonNode.Parse(error.Cells)!.AsObject();
            yield return [.. columns.Select(c => cells[c]?.GetValue<string>()), error.RowNumber.ToString(), error.ErrorCode, error.ErrorField, error.ErrorMessage];
        }
    }
}
