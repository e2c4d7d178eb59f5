using Crm.Api.Attachments.Storage;
using Crm.Api.AuditLogs;
using Crm.Api.Jobs;

namespace Crm.Api.Erasure;

/// <summary>
/// Runs an erasure (contract section 9: "in one job"): one batch erases the rows and every stored copy in one transaction
/// (<see cref="Eraser"/>), then the attachments' bytes leave the store. A service that dies after the batch committed
/// resumes at the store: the keys are read again from the rows, and removing a missing object is no error.
/// </summary>
public sealed class EraseJob(JobBatches batches, IServiceScopeFactory scopes, IAttachmentStore store, TimeProvider time) : IJobHandler
{
    public string Kind => JobKind.Erase;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        if (!await batches.StartAsync(job, 1, cancellationToken)) return;
        var customerId = job.Parameters.CustomerId!.Value;
        if (job.Checkpoint == 0)
        {
            var outcome = await batches.RunAsync(job, 0, 1, dryRun: false, async scope =>
            {
                var eraser = new Eraser(scope.Db, scope.Context.RequestServices.GetRequiredService<AuditTrail>(), time, cancellationToken);
                var erased = await eraser.EraseAsync(customerId);
                return new BatchResult { Processed = 1, Updated = erased ? 1 : 0, Unchanged = erased ? 0 : 1 };
            }, cancellationToken);
            if (outcome != BatchOutcome.Committed) return;
        }

        List<string> keys;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            keys = await new Eraser(services.GetRequiredService<Data.CrmDb>(), services.GetRequiredService<AuditTrail>(), time, cancellationToken)
                .ObjectKeysAsync(customerId);
        }
        // Not swallowed: a store that fails fails the job, which says so, rather than report bytes erased that are not.
        foreach (var key in keys) await store.DeleteAsync(key, cancellationToken);
        await batches.FinishAsync(job, 1, JobStatus.Completed, null, null, cancellationToken);
    }
}
