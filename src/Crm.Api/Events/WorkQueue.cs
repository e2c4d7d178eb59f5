using Npgsql;

namespace Crm.Api.Events;

/// <summary>
/// The one claim/lease helper of the background work (deliveries now; jobs later). A claim is a single short statement:
/// due rows are picked with <c>FOR UPDATE SKIP LOCKED</c> (instances never wait on each other or take the same row) and
/// stamped with <c>locked_until</c>. The work then happens outside any transaction; the row is released by recording
/// its outcome, and the claim of an instance that died simply expires. Tables need <c>id</c> and <c>locked_until</c>.
/// </summary>
public static class WorkQueue
{
    /// <param name="table">The queue table (a constant of the caller, never input).</param>
    /// <param name="due">The SQL condition of a claimable row, on alias <c>q</c>; <c>$1</c> is now.</param>
    /// <param name="order">The SQL order of claiming, on alias <c>q</c>.</param>
    public static async Task<List<long>> ClaimAsync(NpgsqlConnection connection, string table, string due, string order, int limit,
        DateTime now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            UPDATE {table} t SET locked_until = $2
            FROM (SELECT q.id FROM {table} q
                  WHERE (q.locked_until IS NULL OR q.locked_until <= $1) AND ({due})
                  ORDER BY {order} LIMIT $3 FOR UPDATE SKIP LOCKED) claimed
            WHERE t.id = claimed.id
            RETURNING t.id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now + lease });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<long>();
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
