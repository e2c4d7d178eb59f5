using Crm.Api.Events;
using Npgsql;

namespace Crm.Api.CustomFields;

/// <summary>
/// The background work of custom fields, outside any request: building and dropping each field's indexes
/// (<c>CREATE INDEX CONCURRENTLY</c>, so writes go on meanwhile) and purging the values of deleted fields once their
/// 30 days of undo have passed, in batches that each commit with their checkpoint (a restarted instance resumes).
/// Definitions are the queue: claimed with <see cref="WorkQueue"/> (SKIP LOCKED and a lease), so instances share it and
/// a dead one's claim expires. Kept here, minimal, rather than in a general jobs table (the import/export work brings one).
/// </summary>
public sealed class CustomFieldJobs(NpgsqlDataSource dataSource, TimeProvider time, ILogger<CustomFieldJobs> logger)
{
    public static readonly TimeSpan UndoPeriod = TimeSpan.FromDays(30);
    public const int PurgeBatch = 2000;
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>One pass: at most one field's indexes and one field's purge batches. True when there was work.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var built = await BuildIndexesAsync(cancellationToken);
        var purged = await PurgeAsync(cancellationToken);
        return built || purged;
    }

    sealed record Claimed(long Id, string Entity, string Key, string Type, bool Filterable, bool Unique, bool Deleted, int Generation);

    public async Task<bool> BuildIndexesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var ids = await WorkQueue.ClaimAsync(connection, "crm_custom_fields", "q.index_state IN ('pending', 'building')", "q.id", 1, now, Lease, cancellationToken);
        if (ids is not [var id]) return false;
        var field = await ReadAsync(connection, id, cancellationToken);
        if (field is null) return true;

        await ExecuteAsync(connection, "UPDATE crm_custom_fields SET index_state = 'building' WHERE id = $1 AND index_generation = $2", cancellationToken, id, field.Generation);
        string state = FieldIndexState.Ready, error = "";
        try
        {
            // Index builds take as long as the table is large; the session's statement timeout (if any) is not for them.
            await ExecuteAsync(connection, "SET statement_timeout = 0", cancellationToken);
            var wanted = Wanted(field);
            foreach (var (name, valid) in await ExistingAsync(connection, id, cancellationToken))
                if (!valid || !wanted.ContainsKey(name)) await ExecuteAsync(connection, $"DROP INDEX CONCURRENTLY IF EXISTS {name}", cancellationToken);
            var existing = (await ExistingAsync(connection, id, cancellationToken)).Select(e => e.Name).ToHashSet();
            foreach (var (name, sql) in wanted.Where(w => !existing.Contains(w.Key)))
            {
                try
                {
                    await ExecuteAsync(connection, sql, cancellationToken);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    // The failed build leaves an invalid index behind; it would still hold writes to its rule.
                    await ExecuteAsync(connection, $"DROP INDEX CONCURRENTLY IF EXISTS {name}", cancellationToken);
                    (state, error) = (FieldIndexState.Failed, "Stored values repeat, so they cannot be unique: make them unique, then save the field again.");
                }
            }
        }
        catch (Exception e) when (e is PostgresException or NpgsqlException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Building the indexes of custom field {Id} failed", id);
            (state, error) = (FieldIndexState.Failed, "The index could not be built; save the field again to retry.");
        }
        finally
        {
            await ExecuteAsync(connection, "RESET statement_timeout", CancellationToken.None);
        }
        // A change made meanwhile bumped the generation: it stays pending and is built again.
        await ExecuteAsync(connection, """
            UPDATE crm_custom_fields SET locked_until = NULL,
                   index_state = CASE WHEN index_generation = $2 THEN $3 ELSE 'pending' END,
                   index_error = CASE WHEN index_generation = $2 THEN NULLIF($4, '') ELSE NULL END
             WHERE id = $1
            """, CancellationToken.None, id, field.Generation, state, error);
        return true;
    }

    /// <summary>The field's indexes by name: its sort/range index when filterable, its unique index when unique; none once deleted.</summary>
    static Dictionary<string, string> Wanted(Claimed field)
    {
        var wanted = new Dictionary<string, string>();
        if (field.Deleted) return wanted;
        var table = FieldEntity.All.Single(e => e == field.Entity);
        var key = field.Key.Replace("'", "''");
        if (field.Filterable)
        {
            var function = CustomFieldSql.Of(field.Type).Sql;
            var name = $"cf{field.Id}_sort_{function["crm_cf_".Length..]}";
            wanted[name] = $"CREATE INDEX CONCURRENTLY {name} ON {table} ({function}(custom_fields, '{key}'), id) WHERE deleted_at IS NULL";
        }
        if (field.Unique)
        {
            var name = UniqueValues.IndexName(new CustomField { Id = field.Id, Entity = field.Entity, Key = field.Key, Label = "", Type = field.Type });
            wanted[name] = $"CREATE UNIQUE INDEX CONCURRENTLY {name} ON {table} ((custom_fields -> '{key}')) WHERE deleted_at IS NULL";
        }
        return wanted;
    }

    static async Task<List<(string Name, bool Valid)>> ExistingAsync(NpgsqlConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
             WHERE c.relname LIKE $1 AND c.relnamespace = current_schema()::regnamespace
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"cf{id}\\_%" });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<(string, bool)>();
        while (await reader.ReadAsync(cancellationToken)) found.Add((reader.GetString(0), reader.GetBoolean(1)));
        return found;
    }

    static async Task<Claimed?> ReadAsync(NpgsqlConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT id, entity, key, type, filterable, "unique", deleted_at IS NOT NULL, index_generation FROM crm_custom_fields WHERE id = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Claimed(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4), reader.GetBoolean(5),
                reader.GetBoolean(6), reader.GetInt32(7))
            : null;
    }

    /// <summary>
    /// Removes a deleted field's values from its records, <see cref="PurgeBatch"/> records at a time in id order, each
    /// batch committed with its checkpoint; the definition goes with the last batch, which frees its key.
    /// </summary>
    public async Task<bool> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var ids = await WorkQueue.ClaimAsync(connection, "crm_custom_fields", "q.deleted_at IS NOT NULL AND q.purge_after <= $1", "q.purge_after, q.id",
            1, now, Lease, cancellationToken);
        if (ids is not [var id]) return false;
        string entity, key;
        long cursor;
        await using (var read = new NpgsqlCommand("SELECT entity, key, COALESCE(purge_cursor, 0) FROM crm_custom_fields WHERE id = $1", connection))
        {
            read.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return true;
            (entity, key, cursor) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
        }
        var table = FieldEntity.All.Single(e => e == entity);
        // A pass does a bounded amount of work, then yields to the other work; the next pass goes on from the checkpoint.
        for (var batch = 0; batch < 50; batch++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"""
                WITH chunk AS (SELECT id FROM {table} WHERE id > $1 ORDER BY id LIMIT {PurgeBatch}),
                cleaned AS (UPDATE {table} t SET custom_fields = t.custom_fields - $2 FROM chunk
                             WHERE t.id = chunk.id AND t.custom_fields ? $2 RETURNING t.id)
                SELECT (SELECT max(id) FROM chunk), (SELECT count(*) FROM cleaned)
                """, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = cursor });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            long? last;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                last = reader.IsDBNull(0) ? null : reader.GetInt64(0);
            }
            if (last is null)
            {
                await ExecuteAsync(connection, "DELETE FROM crm_custom_fields WHERE id = $1", cancellationToken, id);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Purged the values of deleted custom field {Id} ({Entity}.{Key})", id, entity, key);
                return true;
            }
            cursor = last.Value;
            await ExecuteAsync(connection, "UPDATE crm_custom_fields SET purge_cursor = $2, locked_until = $3 WHERE id = $1", cancellationToken,
                id, cursor, time.GetUtcNow().UtcDateTime + Lease);
            await transaction.CommitAsync(cancellationToken);
        }
        await ExecuteAsync(connection, "UPDATE crm_custom_fields SET locked_until = NULL WHERE id = $1", cancellationToken, id);
        return true;
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Runs <see cref="CustomFieldJobs"/>: every few seconds, and at once when a definition changes (Wake).</summary>
public sealed class CustomFieldJobService(CustomFieldJobs jobs, ILogger<CustomFieldJobService> logger)
    : PollingService(logger, TimeSpan.FromSeconds(5))
{
    protected override Task<bool> RunOnceAsync(CancellationToken cancellationToken) => jobs.RunOnceAsync(cancellationToken);
}
