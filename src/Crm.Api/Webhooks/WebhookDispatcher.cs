using System.Globalization;
using System.Text.Json;
using Crm.Api.Events;
using Crm.Api.Http;
using Npgsql;

namespace Crm.Api.Webhooks;

/// <summary>A claimed delivery with what its attempt needs.</summary>
public sealed record ClaimedDelivery(long Id, long WebhookId, long EventId, int Attempts, string Url, string? Body, byte[] Secret,
    byte[]? PreviousSecret, DateTime? PreviousSecretExpiresAt);

/// <summary>
/// The webhook dispatcher's passes (contract section 10), each a plain method the hosted service calls in a loop:
/// <list type="number">
/// <item>Fan-out: reads the outbox in commit order after the stored position (one instance at a time) and queues one
/// delivery per event and subscribed endpoint, in the same short transaction that moves the position.</item>
/// <item>Delivery: claims due deliveries with a lease (<see cref="WorkQueue"/>), at most one per endpoint and resource
/// (a later event of a resource waits until the earlier one is delivered or given up), sends them outside any
/// transaction, and records each outcome with its next attempt.</item>
/// </list>
/// </summary>
public sealed class WebhookDispatcher(NpgsqlDataSource dataSource, WebhookSender sender, WebhookSecrets secrets, TimeProvider time,
    WebhookMetrics metrics, ILogger<WebhookDispatcher> logger)
{
    public const int FanOutBatch = 1000, ClaimBatch = 32;
    /// <summary>Longer than an attempt can take (10 s timeout plus recording), so a live claim never expires under it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan FailingLimit = TimeSpan.FromDays(3);

    /// <summary>The waits after attempts 1..7; the 8th failure is final.</summary>
    public static readonly TimeSpan[] Backoff =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(24),
    ];

    public static int MaxAttempts => Backoff.Length + 1;

    /// <summary>A claimable delivery: due, its endpoint enabled, and no earlier delivery of its resource still pending.</summary>
    const string Due = """
        q.status = 'pending' AND q.next_attempt_at <= $1
        AND q.webhook_id IN (SELECT id FROM crm_webhooks WHERE enabled)
        AND NOT EXISTS (SELECT 1 FROM crm_webhook_deliveries p
                        WHERE p.webhook_id = q.webhook_id AND p.resource_type = q.resource_type
                          AND p.resource_id = q.resource_id AND p.status = 'pending' AND p.id < q.id)
        """;

    /// <summary>Queues deliveries for the next events in commit order; returns how many events it read.</summary>
    public async Task<int> FanOutAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        EventPosition position;
        await using (var cursor = new NpgsqlCommand("SELECT xid::text, event_id FROM crm_webhook_fanout FOR UPDATE SKIP LOCKED", connection, transaction))
        await using (var reader = await cursor.ExecuteReaderAsync(cancellationToken))
        {
            // Another instance holds the position: it is fanning out right now.
            if (!await reader.ReadAsync(cancellationToken)) return 0;
            position = EventPosition.Read(reader, 0, 1);
        }

        var webhooks = new List<(long Id, string[] Patterns, DateTime CreatedAt)>();
        await using (var read = new NpgsqlCommand("SELECT id, event_types, created_at FROM crm_webhooks WHERE enabled", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                webhooks.Add((reader.GetInt64(0), reader.GetFieldValue<string[]>(1), reader.GetFieldValue<DateTime>(2)));

        if (webhooks.Count == 0)
        {
            // Nobody subscribes: skip to the end of what is committed (webhooks created later start after it anyway).
            await using var skip = new NpgsqlCommand($"""
                UPDATE crm_webhook_fanout f SET xid = e.xid, event_id = e.id
                FROM (SELECT xid, id FROM crm_events WHERE {EventFeed.Committed} ORDER BY xid DESC, id DESC LIMIT 1) e
                WHERE (e.xid, e.id) > (f.xid, f.event_id)
                """, connection, transaction);
            await skip.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var events = new List<(EventPosition Position, string Type, string ResourceType, long ResourceId, DateTime OccurredAt)>();
        await using (var read = new NpgsqlCommand($"""
            SELECT xid::text, id, type, resource_type, resource_id, occurred_at FROM crm_events
            WHERE {EventFeed.Committed} AND (xid, id) > ($1::text::xid8, $2) ORDER BY xid, id LIMIT $3
            """, connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = position.XidText });
            read.Parameters.Add(new NpgsqlParameter<long> { TypedValue = position.EventId });
            read.Parameters.Add(new NpgsqlParameter<int> { TypedValue = FanOutBatch });
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                events.Add((EventPosition.Read(reader, 0, 1),
                    reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetFieldValue<DateTime>(5)));
        }
        if (events.Count == 0) return 0;

        // Events in commit order, so within an endpoint and resource the delivery ids follow the sequence.
        var matches = (from e in events
                       from w in webhooks
                       where e.OccurredAt >= w.CreatedAt && EventTypes.Matches(e.Type, w.Patterns)
                       select (Webhook: w.Id, Event: e)).ToList();
        if (matches.Count > 0)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO crm_webhook_deliveries (webhook_id, event_id, event_type, resource_type, resource_id, next_attempt_at, created_at)
                SELECT w, e, t, rt, ri, $6, $6 FROM unnest($1, $2, $3, $4, $5) WITH ORDINALITY AS m(w, e, t, rt, ri, n)
                ORDER BY n
                ON CONFLICT (webhook_id, event_id) DO NOTHING
                """, connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. matches.Select(m => m.Webhook)] });
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. matches.Select(m => m.Event.Position.EventId)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. matches.Select(m => m.Event.Type)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. matches.Select(m => m.Event.ResourceType)] });
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. matches.Select(m => m.Event.ResourceId)] });
            insert.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var last = events[^1].Position;
        await using (var move = new NpgsqlCommand("UPDATE crm_webhook_fanout SET xid = $1::text::xid8, event_id = $2", connection, transaction))
        {
            move.Parameters.Add(new NpgsqlParameter<string> { TypedValue = last.XidText });
            move.Parameters.Add(new NpgsqlParameter<long> { TypedValue = last.EventId });
            await move.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    /// <summary>Claims and attempts due deliveries, in parallel; returns how many it attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<ClaimedDelivery> claimed;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            var ids = await WorkQueue.ClaimAsync(connection, "crm_webhook_deliveries", Due, "q.next_attempt_at, q.id", ClaimBatch, now,
                Lease, cancellationToken);
            if (ids.Count == 0) return 0;
            claimed = await LoadAsync(connection, ids, cancellationToken);
        }
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = ClaimBatch, CancellationToken = cancellationToken },
            async (delivery, token) => await AttemptAsync(delivery, token));
        return claimed.Count;
    }

    /// <summary>Sends one claimed delivery and records the outcome.</summary>
    public async Task<AttemptResult> AttemptAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        AttemptResult result;
        if (delivery.Body is null)
            result = new AttemptResult(false, null, "the event is no longer kept (EVENT_RETENTION_DAYS)", 0, null);
        else
        {
            var now = time.GetUtcNow().UtcDateTime;
            var signing = new List<string> { secrets.Decrypt(delivery.Secret) };
            if (delivery.PreviousSecret is not null && delivery.PreviousSecretExpiresAt > now) signing.Add(secrets.Decrypt(delivery.PreviousSecret));
            result = await sender.SendAsync(delivery.Url, delivery.EventId.ToString(CultureInfo.InvariantCulture), delivery.Body, signing,
                cancellationToken);
        }
        var final = !result.Success && (delivery.Body is null || delivery.Attempts + 1 >= MaxAttempts);
        await RecordAsync(delivery, result, final, cancellationToken);
        metrics.Attempted(result, final);
        return result;
    }

    /// <summary>Loads claimed deliveries with their endpoint and body (from the outbox, or the stored test ping).</summary>
    public static async Task<List<ClaimedDelivery>> LoadAsync(NpgsqlConnection connection, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT d.id, d.webhook_id, d.event_id, d.attempts, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at,
                   d.payload::text, e.id IS NOT NULL, {string.Join(", ", EventMessage.Columns.Split(", ").Select(c => "e." + c))}
            FROM crm_webhook_deliveries d
            JOIN crm_webhooks w ON w.id = d.webhook_id
            LEFT JOIN crm_events e ON e.id = d.event_id AND d.payload IS NULL
            WHERE d.id = ANY($1)
            ORDER BY d.id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ids] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var deliveries = new List<ClaimedDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var body = !reader.IsDBNull(8) ? reader.GetString(8)
                : reader.GetBoolean(9) ? JsonSerializer.Serialize(EventMessage.Read(reader, offset: 10), JsonConfig.Options)
                : null;
            deliveries.Add(new ClaimedDelivery(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3),
                reader.GetString(4), body, reader.GetFieldValue<byte[]>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<byte[]>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTime>(7)));
        }
        return deliveries;
    }

    /// <summary>
    /// Releases the claim with the outcome. A failure schedules the next attempt (backoff with ±10 % jitter, so that a
    /// receiver coming back is not hit by every retry at once) or, after the last, fails the delivery; an endpoint whose
    /// attempts have all failed for three days is disabled with the reason.
    /// </summary>
    async Task RecordAsync(ClaimedDelivery delivery, AttemptResult result, bool final, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        DateTime? next = result.Success || final ? null : now + Jittered(Backoff[Math.Min(delivery.Attempts, Backoff.Length - 1)]);
        var status = result.Success ? DeliveryStatus.Succeeded : final ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command("""
                    UPDATE crm_webhook_deliveries SET status = $2, attempts = attempts + 1, locked_until = NULL, next_attempt_at = $3,
                        last_attempt_at = $4, last_status = $5, last_error = $6, last_duration_ms = $7, last_response = $8
                    WHERE id = $1
                    """, delivery.Id, status, next, now, result.Status, result.Error, result.DurationMs, result.Response),
                result.Success
                    ? Command("UPDATE crm_webhooks SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL", delivery.WebhookId)
                    : Command("""
                        UPDATE crm_webhooks SET failing_since = coalesce(failing_since, $2),
                            enabled = enabled AND coalesce(failing_since, $2) > $2 - $3::interval,
                            disabled_reason = CASE WHEN enabled AND coalesce(failing_since, $2) <= $2 - $3::interval
                                THEN 'Disabled automatically at ' || to_char($2 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                                     || ': every delivery attempt failed since '
                                     || to_char(coalesce(failing_since, $2) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                                     || ' (last: ' || $4 || ')'
                                ELSE disabled_reason END
                        WHERE id = $1
                        """, delivery.WebhookId, now, FailingLimit, result.Error ?? "failed"),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (!result.Success)
            logger.LogInformation("Webhook delivery {Delivery} to endpoint {Webhook} failed (attempt {Attempt}): {Error}",
                delivery.Id, delivery.WebhookId, delivery.Attempts + 1, result.Error);
    }

    TimeSpan Jittered(TimeSpan delay) => delay * (0.9 + 0.2 * Random.Shared.NextDouble());

    static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
