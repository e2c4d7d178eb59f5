using Crm.Api.Attachments.Storage;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Events;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api.Jobs;

/// <summary>One kind of job's work (an import, a bulk action), from the job's checkpoint to its end.</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(Job job, CancellationToken cancellationToken);
}

/// <summary>
/// The hosted loop of the jobs: claims the oldest queued or running job whose lease has run out (a running one is a dead
/// instance's: <see cref="WorkQueue"/>, FOR UPDATE SKIP LOCKED, so instances never take the same one) and runs it to
/// its end. Every committed batch renews the lease (<see cref="JobBatches"/>).
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, IEnumerable<IJobHandler> handlers, IAttachmentStore store,
    CrmSettings settings, TimeProvider time, ILogger<JobRunner> logger) : PollingService(logger, TimeSpan.FromSeconds(1))
{
    readonly Dictionary<string, IJobHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<long> claimed;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            claimed = await WorkQueue.ClaimAsync(connection, "crm_jobs", "q.status IN ('queued', 'running')", "q.id", 1,
                time.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(settings.JobLeaseSeconds), cancellationToken);
        if (claimed is not [var id]) return false;

        using var activity = Observability.Tracing.Jobs.StartActivity("job");
        Job job;
        await using (var scope = scopes.CreateAsyncScope())
            job = await scope.ServiceProvider.GetRequiredService<CrmDb>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
        activity?.SetTag("crm.job.id", id);
        activity?.SetTag("crm.job.kind", job.Kind);
        try
        {
            await _handlers[job.Kind].RunAsync(job, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && !ErrorHandlingMiddleware.IsDatabaseUnavailable(e))
        {
            // A job that fails for a reason of its own would fail again on every instance: it ends here. (An outage of the
            // database leaves it claimed; its lease runs out and it resumes from its checkpoint.)
            logger.LogError(e, "Job {JobId} failed", id);
            await using var scope = scopes.CreateAsyncScope();
            var batches = scope.ServiceProvider.GetRequiredService<JobBatches>();
            var current = await scope.ServiceProvider.GetRequiredService<CrmDb>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
            if (await batches.FinishAsync(current, current.Checkpoint, JobStatus.Failed, "The job stopped on an unexpected error", null, cancellationToken))
                await JobFiles.DeleteFileAsync(store, current, logger);
        }
        return true;
    }
}

public static class JobFiles
{
    /// <summary>An import's file leaves the store when its job ends; a failed delete is left to the attachment cleanup pass.</summary>
    public static async Task DeleteFileAsync(IAttachmentStore store, Job job, ILogger logger)
    {
        if (job.FileKey is null) return;
        try { await store.DeleteAsync(job.FileKey, CancellationToken.None); }
        catch (Exception e) { logger.LogWarning(e, "Could not remove the file of job {JobId}; the cleanup pass will", job.Id); }
    }
}

public static class JobServices
{
    /// <summary>The jobs (imports, bulk actions by filter, erasures) and their runner.</summary>
    public static IServiceCollection AddDataInOut(this IServiceCollection services)
    {
        services.AddSingleton<IJobHandler, Imports.ImportJob>();
        services.AddSingleton<IJobHandler, Bulk.BulkJob>();
        services.AddSingleton<IJobHandler, Erasure.EraseJob>();
        services.AddSingleton<JobBatches>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }
}
