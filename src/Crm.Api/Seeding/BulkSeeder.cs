using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Api.Seeding;

/// <param name="RebuildIndexes">Drop the tables' secondary indexes, load, and build them again: several times faster
/// for big loads than maintaining 38 indexes (six of them trigram GIN) row by row.</param>
/// <param name="Marker">Write once only: a seed with a marker that the database already records is skipped.</param>
public sealed record SeedOptions(bool RebuildIndexes, string? Marker = null);

public sealed record SeedResult(bool Written, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed);

/// <summary>
/// Writes a <see cref="Dataset"/> with PostgreSQL binary COPY, in one transaction: a failure leaves no rows behind.
/// Ids are reserved from the tables' sequences first, so the service can keep inserting while (or after) a seed runs
/// without colliding with generated ids, and COPY does not call <c>nextval</c> for every row.
/// <para>
/// With <see cref="SeedOptions.RebuildIndexes"/>, the unique indexes (and the primary keys dropped for the load) are
/// rebuilt inside that transaction and the others
/// after it commits, on two connections at once: a trigram GIN build is single-threaded (PostgreSQL 15), so a single
/// connection left one of two cores idle for half of the index phase (measured at 1M customers: 88 s of 163). Until they
/// are built, the dropped indexes are listed in <c>crm_seed_pending_indexes</c> (written in the data's transaction); an
/// interrupted seed's list is built first by the next seed.
/// </para>
/// </summary>
public static class BulkSeeder
{
    static readonly string[] TableNames = Tables.All.Select(t => t.Name).ToArray();

    public static async Task<SeedResult> SeedAsync(NpgsqlDataSource dataSource, SeedPlan plan, SeedOptions options, Progress progress,
        CancellationToken cancellationToken = default)
    {
        await BuildPendingIndexesAsync(dataSource, progress, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new Dictionary<string, long>();

        if (options.Marker is { } marker)
        {
            // Two seeds racing would both see no marker: the lock makes the second wait, then see it.
            await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('crm seed'))", cancellationToken);
            if (await ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM audit_logs WHERE resource_type = 'seed' AND action = @marker)",
                    cancellationToken, ("marker", marker)))
                return new SeedResult(false, rows, progress.Elapsed);
        }
        // Generated rows satisfy their foreign keys by construction; a superuser may skip checking them row by row.
        if (await ScalarAsync<bool>(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user", cancellationToken))
            await ExecuteAsync(connection, "SET LOCAL session_replication_role = replica", cancellationToken);

        var dataset = new Dataset(plan, await ReserveIdsAsync(connection, plan.Customers, cancellationToken),
            await StagesAsync(connection, cancellationToken), await TagIdsAsync(connection, plan.Now, cancellationToken));
        var indexes = options.RebuildIndexes ? await DropIndexesAsync(connection, cancellationToken) : [];
        var freeze = options.RebuildIndexes && await TruncateIfEmptyAsync(connection, cancellationToken);

        // The overview's aggregates are recomputed below from what was loaded; a big load skips their triggers, whose
        // transition tables would hold every row once more (with session_replication_role = replica they do not fire anyway).
        if (options.RebuildIndexes) await ReportTriggersAsync(connection, "DISABLE", cancellationToken);
        var triggers = freeze ? await DropRowTriggersAsync(connection, cancellationToken) : [];
        foreach (var table in Tables.All)
        {
            progress.Phase(table.Name);
            await using var writer = await CopyWriter.BeginAsync(connection, table.Name, table.Columns, freeze,
                cancellationToken: cancellationToken);
            long written = 0, batch = 0;
            for (long i = 0; i < plan.Customers; i++)
            {
                batch += table.Write(writer, dataset, i);
                if (i % 1024 == 1023) { progress.Add(batch); written += batch; batch = 0; }
            }
            progress.Add(batch);
            rows[table.Name] = written + batch;
            await writer.CompleteAsync(cancellationToken);
        }
        foreach (var definition in triggers) await ExecuteAsync(connection, definition, cancellationToken);

        progress.Phase("report aggregates");
        if (options.RebuildIndexes) await ReportTriggersAsync(connection, "ENABLE", cancellationToken);
        await ExecuteAsync(connection, "SELECT report_rebuild()", cancellationToken);

        progress.Phase(indexes.Count > 0 ? "unique indexes" : "commit");
        // Primary keys and unique indexes are built before the commit: a failure or a crash rolls the load back with them.
        await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var index in indexes.Where(i => i.Unique)) await ExecuteAsync(connection, index.Definition, cancellationToken);
        var pending = indexes.Where(i => !i.Unique).Select(i => i.Definition).ToArray();
        if (pending.Length > 0)
        {
            await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS {PendingIndexes} (definition text PRIMARY KEY)", cancellationToken);
            await ExecuteAsync(connection, $"INSERT INTO {PendingIndexes} SELECT unnest(@definitions) ON CONFLICT DO NOTHING",
                cancellationToken, ("definitions", pending));
        }
        if (options.Marker is { } written1)
            await ExecuteAsync(connection, """
                INSERT INTO audit_logs (resource_type, resource_id, action, user_id, user_name, user_role, changes)
                VALUES ('seed', 0, @marker, 1, 'crm seed', 'admin', jsonb_build_object('customers', @customers))
                """, cancellationToken, ("marker", written1), ("customers", plan.Customers));
        await transaction.CommitAsync(cancellationToken);
        await BuildPendingIndexesAsync(dataSource, progress, cancellationToken);

        // Fresh statistics, so the planner sees the new sizes before the first request.
        progress.Phase("analyze");
        await ExecuteAsync(connection, $"ANALYZE {string.Join(", ", TableNames)}, tags", cancellationToken);
        progress.Done();
        return new SeedResult(true, rows, progress.Elapsed);
    }

    static async Task ReportTriggersAsync(NpgsqlConnection connection, string action, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "customers", "deals", "activities" })
            await ExecuteAsync(connection, $"ALTER TABLE {table} {action} TRIGGER report_{table}_insert", cancellationToken);
    }

    /// <summary>Moves each referenced table's sequence past the ids this seed will use, and returns the first of them.</summary>
    static async Task<IdBase> ReserveIdsAsync(NpgsqlConnection connection, long customers, CancellationToken cancellationToken)
    {
        async Task<long> Reserve(string table, long count) => await ScalarAsync<long>(connection, $"""
            SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                          GREATEST((SELECT COALESCE(max(id), 0) FROM {table}),
                                   COALESCE(pg_sequence_last_value(pg_get_serial_sequence('{table}', 'id')::regclass), 0)) + @count) - @count + 1
            """, cancellationToken, ("count", count));
        return new IdBase(await Reserve("customers", customers), await Reserve("contacts", Dataset.ContactsPerCustomer * customers),
            await Reserve("deals", Dataset.DealCount(customers)), await Reserve("activities", Dataset.ActivitiesPerCustomer * customers),
            await Reserve("notes", Dataset.NotesPerCustomer * customers), await Reserve("deal_stage_history", Dataset.StageHistoryIdCount(customers)));
    }

    static async Task<List<SeedStage>> StagesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var stages = new List<SeedStage>();
        await using var command = new NpgsqlCommand(
            // The default pipeline's stages: the COPY runs without triggers (superuser), so each deal's pipeline is written with it.
            """
            SELECT name, kind, probability, pipeline_id FROM pipeline_stages
             WHERE is_active AND pipeline_id = (SELECT id FROM crm_pipelines WHERE is_default) ORDER BY "order", name
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) stages.Add(new SeedStage(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3)));
        if (!stages.Any(s => s.Kind == "open")) throw new InvalidOperationException("seeding needs at least one active open pipeline stage");
        return stages;
    }

    /// <summary>The tag catalogue, created when missing (tags are matched by name, so reseeding reuses them).</summary>
    static async Task<List<long>> TagIdsAsync(NpgsqlConnection connection, DateTime now, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        foreach (var (name, color) in Names.Tags)
        {
            ids.Add(await ScalarAsync<long>(connection, """
                WITH added AS (
                    INSERT INTO tags (name, color, created_at, updated_at) VALUES (@name, @color, @now, @now)
                    ON CONFLICT (lower(name)) WHERE deleted_at IS NULL DO NOTHING RETURNING id)
                SELECT id FROM added UNION ALL SELECT id FROM tags WHERE lower(name) = lower(@name) AND deleted_at IS NULL
                """, cancellationToken, ("name", name), ("color", color), ("now", now)));
        }
        return ids;
    }

    const string PendingIndexes = "crm_seed_pending_indexes";

    /// <summary>An index or primary key that a rebuild seed drops: how to drop it and how to build it again.</summary>
    sealed record Index(string Drop, string Definition, bool Unique);

    /// <summary>
    /// Builds the indexes a seed dropped and has not built yet, two at a time (one per core), the longest first so that
    /// none starts last: the trigram GIN builds (activities' alone ~45 s at 1M customers), then the btrees, each group
    /// biggest table first (<c>pg_class.relpages</c> is still 0 right after the load: the file size is what is known).
    /// Each is built, then struck off the list, in one transaction.
    /// </summary>
    static async Task BuildPendingIndexesAsync(NpgsqlDataSource dataSource, Progress progress, CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<string>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            if (!await ScalarAsync<bool>(connection, $"SELECT to_regclass('{PendingIndexes}') IS NOT NULL", cancellationToken)) return;
            await using var command = new NpgsqlCommand($"""
                SELECT p.definition FROM {PendingIndexes} p
                  LEFT JOIN pg_class t ON t.oid = to_regclass(substring(p.definition FROM ' ON (?:ONLY )?(\S+) USING '))
                 ORDER BY p.definition LIKE '% USING gin %' DESC, pg_relation_size(t.oid) DESC NULLS LAST, p.definition
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) queue.Enqueue(reader.GetString(0));
        }
        if (queue.IsEmpty) return;
        progress.Phase("indexes");

        async Task Builder()
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            // Sorts of activities' 5M index entries take ~500 MB: at 256 MB they spilled to disk (25 s instead of 20 s).
            // Parallel workers would only take CPU from the other builder: a GIN build beside a parallel btree build
            // took 75 s instead of 49.
            await ExecuteAsync(connection, "SET maintenance_work_mem = '1GB'", cancellationToken);
            await ExecuteAsync(connection, "SET max_parallel_maintenance_workers = 0", cancellationToken);
            while (queue.TryDequeue(out var definition))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                // IF NOT EXISTS: an interrupted seed may have built it without striking it off.
                await ExecuteAsync(connection, IfNotExists(definition), cancellationToken);
                await ExecuteAsync(connection, $"DELETE FROM {PendingIndexes} WHERE definition = @definition", cancellationToken, ("definition", definition));
                await transaction.CommitAsync(cancellationToken);
            }
        }
        await Task.WhenAll(Builder(), Builder());
        await using var done = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(done, $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM {PendingIndexes}) THEN DROP TABLE {PendingIndexes}; END IF; END $$",
            cancellationToken);
    }

    static string IfNotExists(string definition) =>
        Regex.Replace(definition, @"^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX IF NOT EXISTS ");

    /// <summary>
    /// Drops the secondary indexes of the seeded tables, and the primary keys that no foreign key depends on, and returns
    /// how to rebuild them. Maintaining a primary key row by row was a quarter of the COPY backend's CPU; the keys that
    /// foreign keys reference stay (dropping one would mean dropping and revalidating those foreign keys).
    /// </summary>
    static async Task<List<Index>> DropIndexesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var indexes = new List<Index>();
        await using (var command = new NpgsqlCommand("""
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), i.indisunique
              FROM pg_index i
             WHERE i.indrelid = ANY (@tables::regclass[])
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            UNION ALL
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', k.conrelid::regclass, k.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid)), true
              FROM pg_constraint k
             WHERE k.contype = 'p' AND k.conrelid = ANY (@tables::regclass[])
               AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = k.conindid)
            """, connection))
        {
            command.Parameters.AddWithValue("tables", TableNames);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) indexes.Add(new Index(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }
        foreach (var index in indexes) await ExecuteAsync(connection, index.Drop, cancellationToken);
        return indexes;
    }

    /// <summary>
    /// Drops the BEFORE INSERT row triggers of the seeded tables (deals_pipeline) for a frozen load, and returns their
    /// definitions to create them again before the commit. COPY inserts row by row into a table that has one (even one
    /// that is disabled, or that the replica role skips), and rows inserted one by one leave no page all-visible under
    /// FREEZE. The generated rows carry what such a trigger derives (each deal's pipeline_id); the truncated tables are
    /// locked by this transaction already.
    /// </summary>
    static async Task<List<string>> DropRowTriggersAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var triggers = new List<(string Drop, string Create)>();
        await using (var command = new NpgsqlCommand("""
            SELECT format('DROP TRIGGER %I ON %s', t.tgname, t.tgrelid::regclass), pg_get_triggerdef(t.oid)
              FROM pg_trigger t
             WHERE t.tgrelid = ANY (@tables::regclass[]) AND NOT t.tgisinternal AND t.tgtype & 7 = 7
            """, connection))
        {
            command.Parameters.AddWithValue("tables", TableNames);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) triggers.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (drop, _) in triggers) await ExecuteAsync(connection, drop, cancellationToken);
        return triggers.Select(t => t.Create).ToList();
    }

    /// <summary>
    /// When the seeded tables, and the tables whose foreign keys refer to them, are all empty, truncates them: that
    /// changes no data, but lets COPY write its rows frozen and their pages all-visible. Otherwise the first reads after
    /// the commit (each index build's scan) would set every row's hint bits and dirty every page, and autovacuum would
    /// go over all of the new rows while the indexes are being built.
    /// </summary>
    static async Task<bool> TruncateIfEmptyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand("""
            WITH RECURSIVE referencing (oid) AS (
                SELECT unnest(@tables::regclass[])::oid
                UNION
                SELECT f.conrelid FROM pg_constraint f JOIN referencing r ON f.confrelid = r.oid WHERE f.contype = 'f')
            SELECT oid::regclass::text FROM referencing
            """, connection))
        {
            command.Parameters.AddWithValue("tables", TableNames);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        }
        var allEmpty = "SELECT " + string.Join(" AND ", tables.Select(t => $"NOT EXISTS (SELECT FROM {t})"));
        if (!await ScalarAsync<bool>(connection, allEmpty, cancellationToken)) return false;
        // Checked again under the lock: a row committed in between must not be truncated.
        await ExecuteAsync(connection, $"LOCK TABLE {string.Join(", ", tables)} IN ACCESS EXCLUSIVE MODE", cancellationToken);
        if (!await ScalarAsync<bool>(connection, allEmpty, cancellationToken)) return false;
        await ExecuteAsync(connection, $"TRUNCATE {string.Join(", ", tables)}", cancellationToken);
        return true;
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.Add(value is DateTime time
                ? new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = time }
                : new NpgsqlParameter(name, value));
        return command;
    }
}
