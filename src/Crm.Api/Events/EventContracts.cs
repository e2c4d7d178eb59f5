using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Crm.Api.Events;

public sealed record EventActor(long UserId, string Role);

public sealed record EventResource(string Type, long Id);

/// <summary>
/// One event, as the feed lists it and as a webhook's body carries it (contract section 10). <c>sequence</c> counts the
/// resource's events: a receiver keeps the highest it has seen per resource and drops anything lower.
/// </summary>
public sealed record EventMessage(
    long Id, string Type, DateTime OccurredAt, EventActor Actor, EventResource Resource, long Sequence, JsonElement Data,
    JsonElement? Changes, string? RequestId)
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns =
        "id, type, occurred_at, actor_user_id, actor_role, resource_type, resource_id, sequence, data, changes, request_id";

    public static EventMessage Read(NpgsqlDataReader row, int offset = 0) => new(
        row.GetInt64(offset), row.GetString(offset + 1), row.GetFieldValue<DateTime>(offset + 2),
        new EventActor(row.GetInt64(offset + 3), row.GetString(offset + 4)),
        new EventResource(row.GetString(offset + 5), row.GetInt64(offset + 6)), row.GetInt64(offset + 7),
        Parse(row.GetString(offset + 8)), row.IsDBNull(offset + 9) ? null : Parse(row.GetString(offset + 9)),
        row.IsDBNull(offset + 10) ? null : row.GetString(offset + 10));

    static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <summary>A page of the feed. <c>next_cursor</c> is where to continue: after the last event here, or where <c>after</c> was.</summary>
public sealed record EventPage(IReadOnlyList<EventMessage> Data, string? NextCursor, bool HasMore);

/// <summary>
/// A place in the feed: the (transaction, id) of the last event read. Opaque to clients, as <c>xid_id</c>.
/// </summary>
public readonly record struct EventPosition(ulong Xid, long EventId)
{
    public override string ToString() => $"{Xid}_{EventId}";

    /// <summary>The xid as SQL takes it (<c>$n::text::xid8</c>): Npgsql has no parameter type for xid8.</summary>
    public string XidText => Xid.ToString(CultureInfo.InvariantCulture);

    /// <summary>A position from a row that selected <c>xid::text</c> and the event id.</summary>
    public static EventPosition Read(NpgsqlDataReader row, int xidOrdinal, int idOrdinal) =>
        new(ulong.Parse(row.GetString(xidOrdinal), CultureInfo.InvariantCulture), row.GetInt64(idOrdinal));

    public static bool TryParse(string text, out EventPosition position)
    {
        position = default;
        var parts = text.Split('_');
        if (parts.Length != 2
            || !ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var xid)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
        position = new EventPosition(xid, id);
        return true;
    }

    public static bool operator <(EventPosition a, EventPosition b) => a.Xid < b.Xid || (a.Xid == b.Xid && a.EventId < b.EventId);

    public static bool operator >(EventPosition a, EventPosition b) => b < a;
}
