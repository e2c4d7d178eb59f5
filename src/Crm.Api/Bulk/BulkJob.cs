using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.AuditLogs;
using Crm.Api.CustomFields;
using Crm.Api.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Bulk;

/// <summary>
/// Runs a bulk action by filter: the records the filter selects (read again by the list's filter code, as the job's
/// user) in id order, a batch of ids at a time after the checkpoint (the last id done), each through its single-record
/// handler in a savepoint of its own (<see cref="BulkEndpoints.ApplyAsync"/>). A record that fails is a row of the
/// errors file (row_number = its id). Records that stop matching while the job runs are not touched.
/// </summary>
public sealed class BulkJob(JobBatches batches, TimeProvider time) : IJobHandler
{
    public const int BatchSize = 500;

    public string Kind => JobKind.Bulk;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        if (!await batches.StartAsync(job, job.TotalRows, cancellationToken)) return;
        var options = job.Parameters;
        var resource = BulkEndpoints.Of(job.Entity);
        var body = new BulkRequest(null, options.Action, options.Changes is { } changes ? JsonNode.Parse(changes.GetRawText())!.AsObject() : null, options.TagIds);
        var position = job.Checkpoint;
        while (true)
        {
            var (done, last) = (false, position);
            var outcome = await batches.RunAsync(job, position, position, dryRun: false, async scope =>
            {
                var services = scope.Context.RequestServices;
                var context = new BulkEndpoints.BulkContext(scope.User, scope.Db, services.GetRequiredService<AuditTrail>(), time,
                    services.GetRequiredService<CustomFieldCache>(), cancellationToken);
                var result = new BatchResult { Checkpoint = position };
                var (selected, refusal) = await BulkEndpoints.SelectAsync(resource, options.Filter ?? [], services, context);
                var (operation, changed, actionRefusal) = await BulkEndpoints.ReadActionAsync(resource, body, context);
                if (refusal is not null || actionRefusal is not null)
                    throw new InvalidOperationException("The job's filter or action is no longer allowed for its user");
                var from = position;
                var ids = await selected!.Where(id => id > from).OrderBy(id => id).Take(BatchSize).ToListAsync(cancellationToken);
                done = ids.Count == 0;
                foreach (var id in ids)
                {
                    var item = await BulkEndpoints.ApplyAsync(operation!, id, null, body, changed, services, context);
                    result.Processed++;
                    if (item.Status < 400) result.Updated++;
                    else
                    {
                        result.Errors.Add(new JobError
                        {
                            RowNumber = id, RecordId = id, ErrorCode = item.Code ?? $"HTTP_{item.Status}", ErrorMessage = item.Message ?? "",
                            Cells = JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id.ToString() }),
                        });
                    }
                    result.Checkpoint = last = id;
                }
                return result;
            }, cancellationToken);
            if (outcome != BatchOutcome.Committed) return;
            if (done) break;
            position = last;
        }
        await batches.FinishAsync(job, position, JobStatus.Completed, null, null, cancellationToken);
    }
}
