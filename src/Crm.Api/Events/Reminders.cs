using Crm.Api.Configuration;
using Crm.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Crm.Api.Events;

/// <summary>
/// <c>activity.due</c> (REMINDER_LEAD_MINUTES before the due date) and <c>activity.overdue</c> (at the due date) for
/// scheduled activities (contract section 10). A pass looks at what fell due since the last pass (and over the last
/// hour, for due dates just moved there), records one <c>crm_reminders</c> row per activity, kind and due date, and
/// appends the event in the same transaction: the row's key makes each reminder happen once, across instances and
/// restarts, and a moved due date is a new key, so it fires again. Nothing due before the scheduler first ran fires
/// (no storm for legacy activities); a reminder more than an hour late is recorded as skipped instead of sent.
/// </summary>
public sealed class ReminderScheduler(IServiceScopeFactory scopes, CrmSettings settings, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public static readonly TimeSpan MaxLateness = TimeSpan.FromHours(1);

    /// <summary>One pass; returns how many reminders it sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDb>();
        // Its own bookkeeping and events: no list's rows change, so no list must count again.
        using var lists = Http.ListCountsInvalidation.Unaffected();
        return await db.InTransactionAsync(async () =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
            var now = time.UtcNowMicroseconds();
            var lead = TimeSpan.FromMinutes(settings.Events.ReminderLeadMinutes);

            // The schedule row: created by the first pass ever; locked by the one instance scanning right now.
            await using (var start = new NpgsqlCommand(
                "INSERT INTO crm_reminder_schedule (started_at, scanned_until) VALUES ($1, $1) ON CONFLICT DO NOTHING", connection, transaction))
            {
                start.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
                await start.ExecuteNonQueryAsync(cancellationToken);
            }
            DateTime startedAt, scannedUntil;
            await using (var read = new NpgsqlCommand("SELECT started_at, scanned_until FROM crm_reminder_schedule FOR UPDATE SKIP LOCKED",
                connection, transaction))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken)) return 0;
                (startedAt, scannedUntil) = (reader.GetFieldValue<DateTime>(0), reader.GetFieldValue<DateTime>(1));
            }
            var from = Max(startedAt, Min(scannedUntil, now - MaxLateness));

            var sent = new List<(long Activity, string Kind)>();
            await using (var record = new NpgsqlCommand("""
                INSERT INTO crm_reminders (activity_id, kind, due_date, fire_at, outcome, recorded_at)
                SELECT id, kind, due_date, fire_at, CASE WHEN fire_at < $2 - $4::interval THEN 'skipped' ELSE 'sent' END, $2
                FROM (SELECT id, 'due' AS kind, due_date, due_date - $3::interval AS fire_at FROM activities
                      WHERE deleted_at IS NULL AND status = 'scheduled' AND due_date > $1 + $3::interval AND due_date <= $2 + $3::interval
                      UNION ALL
                      SELECT id, 'overdue', due_date, due_date FROM activities
                      WHERE deleted_at IS NULL AND status = 'scheduled' AND due_date > $1 AND due_date <= $2) due
                ORDER BY fire_at, id
                ON CONFLICT DO NOTHING
                RETURNING activity_id, kind, outcome
                """, connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = from });
                record.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
                record.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = lead });
                record.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = MaxLateness });
                await using var reader = await record.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    if (reader.GetString(2) == "sent") sent.Add((reader.GetInt64(0), reader.GetString(1)));
            }

            var events = new List<(EventDraft, string)>(sent.Count);
            foreach (var (activity, kind) in sent)
            {
                var draft = new EventDraft
                {
                    Type = kind == "due" ? EventTypes.ActivityDue : EventTypes.ActivityOverdue, ResourceType = "activity",
                    ResourceId = activity, OccurredAt = now, ActorUserId = 0, ActorRole = "system",
                };
                events.Add((draft, (await EventResources.LoadAsync(db, draft, json.Value.SerializerOptions, cancellationToken)).Json));
            }
            if (events.Count > 0) await Outbox.AppendAsync(connection, transaction, events, cancellationToken);

            await using (var scanned = new NpgsqlCommand("UPDATE crm_reminder_schedule SET scanned_until = greatest(scanned_until, $1)",
                connection, transaction))
            {
                scanned.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
                await scanned.ExecuteNonQueryAsync(cancellationToken);
            }
            return sent.Count;
        }, cancellationToken);
    }

    static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}

public sealed class ReminderService(ReminderScheduler scheduler, ILogger<ReminderService> logger)
    : PollingService(logger, TimeSpan.FromSeconds(2))
{
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await scheduler.RunOnceAsync(cancellationToken);
        return false;
    }
}
