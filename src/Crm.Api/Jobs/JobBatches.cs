using System.Globalization;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Crm.Api.Jobs;

/// <summary>What one batch did: rows done, their outcomes, and the rows that failed.</summary>
public sealed class BatchResult
{
    public int Processed { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public List<JobError> Errors { get; } = [];
    public int Failed => Errors.Count;
    /// <summary>Where the batch ended when the work decides it (a bulk job's last id); else the batch's planned end.</summary>
    public long? Checkpoint { get; set; }
}

/// <summary>A batch's unit of work: the scope's database (inside the batch's transaction) and the job's user.</summary>
public sealed record BatchScope(CrmDb Db, IDbContextTransaction Transaction, HttpContext Context, CurrentUser User);

public enum BatchOutcome { Committed, Cancelled, Lost }

/// <summary>
/// The one protocol of a job's work (contract section 9). Every batch runs in one transaction that first locks the job
/// row and checks that the checkpoint is still where this batch starts: another instance that took the job over (this
/// one's lease ran out) has moved it, and then the batch rolls back and this instance lets the job go. The batch's
/// writes, its failed rows, the counters, the new checkpoint and a renewed lease commit together, so a batch is applied
/// exactly once whatever dies when. Work runs as the user who submitted the job: a request context of their own, whose
/// request id is the job's id, so every audit row and event of the job names it.
/// </summary>
public sealed class JobBatches(IServiceScopeFactory scopes, IHttpContextAccessor accessor, PermissionTable permissions, CrmSettings settings,
    TimeProvider time)
{
    TimeSpan Lease => TimeSpan.FromSeconds(settings.JobLeaseSeconds);

    /// <summary>Runs <paramref name="work"/> as the batch that moves the checkpoint from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<BatchOutcome> RunAsync(Job job, long from, long to, bool dryRun, Func<BatchScope, Task<BatchResult>> work,
        CancellationToken cancellationToken) =>
        await InScopeAsync(job, async scope =>
        {
            var state = await LockAsync(scope, job.Id, cancellationToken);
            if (state is null || state.Value.Checkpoint != from || state.Value.Finished) return BatchOutcome.Lost;
            if (state.Value.CancelRequested)
            {
                await EndAsync(scope, job.Id, JobStatus.Cancelled, null, cancellationToken);
                await scope.Transaction.CommitAsync(cancellationToken);
                return BatchOutcome.Cancelled;
            }

            // A dry run does everything a real one does, then undoes the records' changes; only the job's progress stays.
            if (dryRun) await scope.Transaction.CreateSavepointAsync("dry_run", cancellationToken);
            var result = await work(scope);
            if (dryRun) await scope.Transaction.RollbackToSavepointAsync("dry_run", cancellationToken);
            scope.Db.ChangeTracker.Clear();

            foreach (var error in result.Errors) error.JobId = job.Id;
            scope.Db.JobErrors.AddRange(result.Errors);
            await scope.Db.SaveChangesAsync(cancellationToken);
            var leaseEnd = time.GetUtcNow().UtcDateTime + Lease;
            await scope.Db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Checkpoint, result.Checkpoint ?? to)
                .SetProperty(j => j.ProcessedRows, j => j.ProcessedRows + result.Processed)
                .SetProperty(j => j.Created, j => j.Created + result.Created)
                .SetProperty(j => j.Updated, j => j.Updated + result.Updated)
                .SetProperty(j => j.Unchanged, j => j.Unchanged + result.Unchanged)
                .SetProperty(j => j.Failed, j => j.Failed + result.Failed)
                .SetProperty(j => j.LockedUntil, leaseEnd), cancellationToken);
            await scope.Transaction.CommitAsync(cancellationToken);
            return BatchOutcome.Committed;
        }, cancellationToken);

    /// <summary>Marks the job running (a resumed one stays as it was) with its row count; false when it is no longer this instance's to run.</summary>
    public async Task<bool> StartAsync(Job job, int? totalRows, CancellationToken cancellationToken) =>
        await InScopeAsync(job, async scope =>
        {
            var state = await LockAsync(scope, job.Id, cancellationToken);
            if (state is null || state.Value.Checkpoint != job.Checkpoint || state.Value.Finished) return false;
            var now = time.GetUtcNow().UtcDateTime;
            await scope.Db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Running)
                .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now)
                .SetProperty(j => j.TotalRows, j => j.TotalRows ?? totalRows)
                .SetProperty(j => j.LockedUntil, now + Lease), cancellationToken);
            await scope.Transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Ends the job at checkpoint <paramref name="at"/> with <paramref name="status"/>; <paramref name="onEnd"/> adds what commits
    /// with it (an import's audit entry and event). False when another instance has moved on.
    /// </summary>
    public async Task<bool> FinishAsync(Job job, long at, string status, string? error, Func<BatchScope, Task>? onEnd,
        CancellationToken cancellationToken) =>
        await InScopeAsync(job, async scope =>
        {
            var state = await LockAsync(scope, job.Id, cancellationToken);
            if (state is null || state.Value.Checkpoint != at || state.Value.Finished) return false;
            await EndAsync(scope, job.Id, status, error, cancellationToken);
            if (onEnd is not null) await onEnd(scope);
            await scope.Transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);

    async Task<T> InScopeAsync<T>(Job job, Func<BatchScope, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<CrmDb>();
        var user = new CurrentUser(job.UserId, job.UserId.ToString(CultureInfo.InvariantCulture),
            Enum.Parse<Role>(job.UserRole, ignoreCase: true), job.UserEmail, job.UserName, permissions);
        var context = new DefaultHttpContext { RequestServices = services.ServiceProvider, TraceIdentifier = job.Id.ToString(CultureInfo.InvariantCulture) };
        context.Features.Set(user);
        var previous = accessor.HttpContext;
        accessor.HttpContext = context;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return await work(new BatchScope(db, transaction, context, user));
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }

    static async Task<(long Checkpoint, bool Finished, bool CancelRequested)?> LockAsync(BatchScope scope, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT checkpoint, status, cancel_requested FROM crm_jobs WHERE id = $1 FOR UPDATE",
            (NpgsqlConnection)scope.Db.Database.GetDbConnection());
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var status = reader.GetString(1);
        return (reader.GetInt64(0), status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled, reader.GetBoolean(2));
    }

    async Task EndAsync(BatchScope scope, long id, string status, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await scope.Db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now)
            .SetProperty(j => j.FinishedAt, now)
            .SetProperty(j => j.LockedUntil, (DateTime?)null), cancellationToken);
    }
}
