using Crm.Api.Configuration;
using Npgsql;

namespace Crm.Api.Events;

/// <summary>
/// Keeps events for EVENT_RETENTION_DAYS. The feed is cut as a prefix in its own (xid, id) order, and the cut is
/// remembered (<c>crm_event_horizon</c>) before anything is deleted, so a cursor from before it answers
/// 410 EVENTS_EXPIRED instead of silently missing events. Finished deliveries and reminder records go with them.
/// </summary>
public sealed class EventRetention(NpgsqlDataSource dataSource, CrmSettings settings, TimeProvider time)
{
    const int BatchSize = 5000;

    /// <summary>One cleanup; returns how many events it deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-settings.Events.RetentionDays);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var horizon = new NpgsqlCommand($"""
            INSERT INTO crm_event_horizon (xid, event_id)
            SELECT xid, id FROM crm_events WHERE occurred_at < $1 AND {EventFeed.Committed} ORDER BY xid DESC, id DESC LIMIT 1
            ON CONFLICT (singleton) DO UPDATE SET (xid, event_id) = (excluded.xid, excluded.event_id)
                WHERE (crm_event_horizon.xid, crm_event_horizon.event_id) < (excluded.xid, excluded.event_id)
            """, connection))
        {
            horizon.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = cutoff });
            await horizon.ExecuteNonQueryAsync(cancellationToken);
        }

        var deleted = 0;
        while (true)
        {
            // Small batches: each is a short transaction of its own.
            await using var delete = new NpgsqlCommand("""
                DELETE FROM crm_events WHERE id IN (
                    SELECT e.id FROM crm_events e, crm_event_horizon h WHERE (e.xid, e.id) <= (h.xid, h.event_id) LIMIT $1)
                """, connection);
            delete.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
            var count = await delete.ExecuteNonQueryAsync(cancellationToken);
            deleted += count;
            if (count < BatchSize) break;
        }

        await using var rest = new NpgsqlCommand("""
            DELETE FROM crm_webhook_deliveries WHERE status <> 'pending' AND created_at < @cutoff;
            DELETE FROM crm_reminders WHERE recorded_at < @cutoff;
            """, connection);
        rest.Parameters.AddWithValue("cutoff", cutoff);
        await rest.ExecuteNonQueryAsync(cancellationToken);
        return deleted;
    }
}

public sealed class EventRetentionService(EventRetention retention, ILogger<EventRetentionService> logger)
    : PollingService(logger, TimeSpan.FromHours(1))
{
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = await retention.RunOnceAsync(cancellationToken);
        if (deleted > 0) logger.LogInformation("Event retention deleted {Count} events", deleted);
        return false;
    }
}
