using System.Text.Json.Nodes;
using Crm.Api.Attachments.Storage;
using Crm.Api.AuditLogs;
using Crm.Api.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Imports;

/// <summary>
/// Runs an import: reads the file from the attachment store (where it stays until the job ends, so any instance can
/// resume it), skips the rows already committed, and applies the rest in batches (<see cref="JobBatches"/>), each row
/// through <see cref="Importer"/>. At the end the file is removed and <c>import.completed</c> is recorded.
/// </summary>
public sealed class ImportJob(JobBatches batches, IAttachmentStore store, TimeProvider time, ILogger<ImportJob> logger) : IJobHandler
{
    public const int BatchSize = 500;

    public string Kind => JobKind.Import;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        var options = job.Parameters;
        var columns = ImportColumns.For(job.Entity);
        int? total = null;
        if (job.TotalRows is null)
        {
            // Counting reads the file once more; it is what makes progress a fraction of something.
            total = 0;
            await using var counting = await OpenAsync(job, options, cancellationToken);
            await foreach (var _ in counting.ReadAsync(cancellationToken)) total++;
        }
        if (!await batches.StartAsync(job, total, cancellationToken)) return;

        await using var file = await OpenAsync(job, options, cancellationToken);
        await using var rows = file.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        var position = job.Checkpoint;
        for (var skipped = 0L; skipped < position && await rows.MoveNextAsync(); skipped++) { }

        while (true)
        {
            var batch = new List<ImportRow>(BatchSize);
            while (batch.Count < BatchSize && await rows.MoveNextAsync()) batch.Add(rows.Current);
            if (batch.Count == 0) break;
            var outcome = await batches.RunAsync(job, position, position + batch.Count, options.DryRun,
                scope => ApplyAsync(new Importer(scope, options, columns, time), batch, cancellationToken), cancellationToken);
            if (outcome == BatchOutcome.Lost) return;
            if (outcome == BatchOutcome.Cancelled)
            {
                await JobFiles.DeleteFileAsync(store, job, logger);
                return;
            }
            position += batch.Count;
        }

        var finished = await batches.FinishAsync(job, position, JobStatus.Completed, null, async scope =>
        {
            var done = await scope.Db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id, cancellationToken);
            scope.Context.RequestServices.GetRequiredService<AuditTrail>().Record("import", job.Id, "complete", null, done.ToResponse());
            await scope.Db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        if (finished) await JobFiles.DeleteFileAsync(store, job, logger);
    }

    async Task<ImportFile> OpenAsync(Job job, JobParams options, CancellationToken cancellationToken) =>
        await ImportFile.OpenAsync(await store.OpenReadAsync(job.FileKey!, cancellationToken), options.Format!, cancellationToken);

    static async Task<BatchResult> ApplyAsync(Importer importer, List<ImportRow> batch, CancellationToken cancellationToken)
    {
        var result = new BatchResult();
        foreach (var row in batch)
        {
            var outcome = await importer.ApplyAsync(row, cancellationToken);
            result.Processed++;
            switch (outcome.Kind)
            {
                case RowOutcome.Created: result.Created++; break;
                case RowOutcome.Updated: result.Updated++; break;
                case RowOutcome.Unchanged: result.Unchanged++; break;
                default:
                    result.Errors.Add(new JobError
                    {
                        RowNumber = row.Number, RecordId = outcome.RecordId, ErrorCode = outcome.Code!, ErrorField = outcome.Field,
                        ErrorMessage = outcome.Message!, Cells = CellsOf(row),
                    });
                    break;
            }
        }
        return result;
    }

    /// <summary>The row's cells as the file had them, for the errors file (a repeated column keeps its first cell).</summary>
    static string CellsOf(ImportRow row)
    {
        var cells = new JsonObject();
        foreach (var cell in row.Cells) cells.TryAdd(cell.Column, cell.Text);
        return cells.ToJsonString();
    }
}
