using Npgsql;

namespace Crm.Api.Attachments.Storage;

/// <summary>
/// Removes stored objects that no row refers to: left by a crash between storing the bytes and writing the row, by a
/// database failure whose compensating delete failed too, or by a committed delete's outer transaction rolling back.
/// Only objects older than <see cref="MinimumAge"/> are touched, so an upload whose row is about to be written is safe.
/// Runs every <see cref="Interval"/> as a hosted service; tests call <see cref="SweepAsync"/>.
/// </summary>
public sealed class AttachmentJanitor(IAttachmentStore store, NpgsqlDataSource dataSource, TimeProvider time,
    ILogger<AttachmentJanitor> logger) : BackgroundService
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromHours(1), Interval = TimeSpan.FromMinutes(30);
    const int Batch = 500;

    /// <summary>Deletes the orphans last written before <paramref name="now"/> minus an hour; returns how many.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var removed = 0;
        var batch = new List<string>(Batch);
        await foreach (var key in store.ListKeysOlderThanAsync(now - MinimumAge, cancellationToken))
        {
            batch.Add(key);
            if (batch.Count == Batch) { removed += await RemoveOrphansAsync(batch, cancellationToken); batch.Clear(); }
        }
        if (batch.Count > 0) removed += await RemoveOrphansAsync(batch, cancellationToken);
        return removed;
    }

    async Task<int> RemoveOrphansAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>();
        // An import's file is kept in the store while its job may still read it (contract section 9).
        await using (var command = dataSource.CreateCommand("""
            SELECT object_key FROM attachments WHERE object_key = ANY(@keys)
            UNION ALL
            SELECT file_key FROM crm_jobs WHERE file_key = ANY(@keys) AND status IN ('queued', 'running')
            """))
        {
            command.Parameters.AddWithValue("keys", keys.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) known.Add(reader.GetString(0));
        }
        var orphans = keys.Where(k => !known.Contains(k)).ToList();
        foreach (var key in orphans) await store.DeleteAsync(key, cancellationToken);
        if (orphans.Count > 0) logger.LogInformation("Removed {Count} attachment objects without metadata", orphans.Count);
        return orphans.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: listing a large directory must not delay serving.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            using var activity = Observability.Tracing.Jobs.StartActivity("attachment cleanup");
            try
            {
                await SweepAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The attachment cleanup pass failed; it runs again in {Interval}", Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
