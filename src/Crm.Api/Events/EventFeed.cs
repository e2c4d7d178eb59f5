using Npgsql;

namespace Crm.Api.Events;

public sealed record PositionedEvent(EventPosition Position, EventMessage Message);

/// <summary>
/// Reads the outbox in commit order (contract section 10). Only events of transactions older than the oldest one still
/// running are read (<c>pg_snapshot_xmin</c>): every transaction that commits later has a larger xid than all of them,
/// so it lands after any cursor handed out now and is never skipped.
/// </summary>
public static class EventFeed
{
    /// <summary>The SQL condition "finished before every running transaction began".</summary>
    public const string Committed = "xid < pg_snapshot_xmin(pg_current_snapshot())";

    public static async Task<List<PositionedEvent>> ReadAsync(NpgsqlConnection connection, EventPosition? after, string[]? patterns,
        int limit, CancellationToken cancellationToken)
    {
        var (exact, prefixes) = Split(patterns);
        await using var command = new NpgsqlCommand($"""
            SELECT xid::text, {EventMessage.Columns} FROM crm_events
            WHERE {Committed} AND (xid, id) > ($1::text::xid8, $2)
              AND ($3::text[] IS NULL OR type = ANY($3) OR type LIKE ANY($4))
            ORDER BY xid, id
            LIMIT $5
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = (after ?? default).XidText });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after?.EventId ?? 0 });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)exact ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = prefixes ?? [] });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<PositionedEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = EventMessage.Read(reader, offset: 1);
            events.Add(new PositionedEvent(EventPosition.Read(reader, 0, 1), message));
        }
        return events;
    }

    /// <summary>Where the retention cleanup last cut the feed; positions before it have lost events.</summary>
    public static async Task<EventPosition?> HorizonAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT xid::text, event_id FROM crm_event_horizon", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? EventPosition.Read(reader, 0, 1) : null;
    }

    /// <summary>Patterns as SQL: exact types, and <c>LIKE</c> prefixes for <c>resource.*</c>; null when any type will do.</summary>
    static (string[]? Exact, string[]? Prefixes) Split(string[]? patterns)
    {
        if (patterns is null || patterns.Length == 0 || patterns.Contains("*")) return (null, null);
        return (patterns.Where(p => !p.EndsWith(".*")).ToArray(), patterns.Where(p => p.EndsWith(".*")).Select(p => p[..^1] + "%").ToArray());
    }
}
