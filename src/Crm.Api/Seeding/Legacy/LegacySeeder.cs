using System.Reflection;
using Crm.Api.Data.Adoption;
using Npgsql;

namespace Crm.Api.Seeding.Legacy;

/// <summary>
/// <c>crm seed --legacy N</c>: the shared database as the Go service leaves it, in an empty database: its schema
/// (<c>legacy_go_v1.sql</c>), the CMS's ten tables with their rows (<c>cms_tables.sql</c>), N customers with the bulk
/// seed's children (2 contacts, 1.5 deals, 5 activities, 2 notes, ~1 tag) in its columns, every kind of legacy dirt
/// (<see cref="LegacyTables"/>), the tags and stages it let in, and audit rows with whole-record snapshots, dangling
/// resource ids and user 0. One transaction, binary COPY; the same N and seed give the same rows (all day).
/// </summary>
public static class LegacySeeder
{
    static readonly SeedStage[] Stages =
    [
        new("prospecting", "open", 10), new("qualification", "open", 25), new("proposal", "open", 50),
        new("negotiation", "open", 75), new("closed_won", "won", 100), new("closed_lost", "lost", 0),
    ];

    public static async Task<SeedResult> SeedAsync(NpgsqlDataSource dataSource, long customers, int seed, Progress progress,
        Action<PlantedDirt>? plant = null, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow.Date;
        var plan = new SeedPlan(customers, seed, now, SeedCommand.BulkUsers, TimeSpan.FromDays(3 * 365));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var schema = await SchemaInspector.InspectAsync(connection, "crm_schema_migrations", cancellationToken);
        if (schema.Kind != SchemaKind.Empty)
            throw new InvalidOperationException($"seed --legacy builds the Go service's schema and needs a database without CRM tables; this one is {schema.Name}");

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Task Run(string sql, params (string, object?)[] parameters) => Sql.ExecuteAsync(connection, sql, cancellationToken, parameters);
        progress.Phase("schema");
        await Run(Resource("legacy_go_v1.sql"));
        if (!await Sql.ScalarAsync<bool>(connection, "SELECT to_regclass('blogs') IS NOT NULL", cancellationToken)) await Run(Resource("cms_tables.sql"));
        if (await Sql.ScalarAsync<bool>(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user", cancellationToken))
            await Run("SET LOCAL session_replication_role = replica");
        await Run(PlantedStagesAndTags, ("now", now), ("names", Names.Tags.Select(t => t.Name).ToArray()), ("colors", Names.Tags.Select(t => t.Color).ToArray()));
        plant?.Invoke(new PlantedDirt("pipeline_stages", 7, "stage_deleted"));
        plant?.Invoke(new PlantedDirt("pipeline_stages", 7, "color_fixable"));
        foreach (var rule in new[] { "null_timestamp", "null_boolean", "color_invalid", "stage_name_not_slug" })
            plant?.Invoke(new PlantedDirt("pipeline_stages", 8, rule));
        foreach (var (id, rule) in new (long, string)[] { (13, "tag_case_duplicate"), (15, "color_fixable"), (16, "color_fixable"), (17, "color_invalid"),
                     (18, "empty_name"), (19, "null_timestamp"), (20, "tag_case_duplicate") })
            plant?.Invoke(new PlantedDirt("tags", id, rule));

        // Indexes are built once after the load (far faster than row by row at millions of rows).
        var indexes = new List<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
             WHERE c.relname LIKE 'idx\_%' AND i.indrelid = ANY (@tables::regclass[])
            """, connection))
        {
            command.Parameters.AddWithValue("tables", SchemaInspector.LegacyTables);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) indexes.Add(reader.GetString(0));
        }
        await Run("DROP INDEX " + string.Join(", ", indexes.Select(i => i.Split(' ')[2])));

        var dataset = new Dataset(plan, new IdBase(1, 1, 1, 1, 1, 1), Stages, Enumerable.Range(1, Names.Tags.Length).Select(t => (long)t).ToArray());
        var tables = new LegacyTables(dataset, plant);
        var rows = new Dictionary<string, long>();
        foreach (var (name, columns, write) in LegacyTables.All)
        {
            progress.Phase(name);
            await using var writer = await CopyWriter.BeginAsync(connection, name, columns, freeze: true, cancellationToken: cancellationToken);
            long written = 0, batch = 0;
            for (long i = 0; i < customers; i++)
            {
                batch += write(tables, writer, i);
                if (i % 1024 == 1023) { progress.Add(batch); written += batch; batch = 0; }
            }
            progress.Add(batch);
            rows[name] = written + batch;
            await writer.CompleteAsync(cancellationToken);
        }

        progress.Phase("audit_logs");
        await Run(AuditRows, ("now", now));
        if (plant is not null)
            await using (var command = new NpgsqlCommand("""
                SELECT id, 'audit_system_user' FROM audit_logs WHERE user_id = 0
                UNION ALL SELECT id, 'audit_snapshot' FROM audit_logs
                UNION ALL SELECT id, 'audit_dangling_resource' FROM audit_logs WHERE action = 'delete'
                """, connection))
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) plant(new PlantedDirt("audit_logs", reader.GetInt32(0), reader.GetString(1)));
            }
        rows["audit_logs"] = await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM audit_logs", cancellationToken);

        progress.Phase("indexes");
        await Run("SET LOCAL maintenance_work_mem = '512MB'");
        foreach (var index in indexes) await Run(index);
        // The old sequences went past the highest id, as sequences do (rolled-back inserts); customers' by 50.
        await Run(string.Join(";\n", SchemaInspector.LegacyTables.Where(t => t != "customer_tags").Select(t =>
            $"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT coalesce(max(id), 0) FROM {t}) + {(t == "customers" ? 50 : 1)})")));
        await transaction.CommitAsync(cancellationToken);
        progress.Phase("analyze");
        await Run($"ANALYZE {string.Join(", ", SchemaInspector.LegacyTables)}");
        progress.Done();
        return new SeedResult(true, rows, progress.Elapsed);
    }

    /// <summary>Stages and tags the Go service let in beside its seeded ones (ids 7–8 and 13–20 carry the planted dirt).</summary>
    const string PlantedStagesAndTags = """
        INSERT INTO pipeline_stages (id, name, display_name, "order", color, is_active, created_at, updated_at, deleted_at) VALUES
            (7, 'legacy_demo', 'Demo (retired)', 7, 'abcdef', true, @now - interval '400 days', @now - interval '30 days', @now - interval '30 days'),
            (8, 'Follow Up', 'Follow Up', 8, 'purple', NULL, NULL, @now - interval '200 days', NULL);
        SELECT setval(pg_get_serial_sequence('pipeline_stages', 'id'), 8);
        INSERT INTO tags (id, name, color, created_at, updated_at, deleted_at)
        SELECT n, name, color, @now - interval '1000 days' + n * interval '1 day', @now - interval '1000 days' + n * interval '1 day', NULL
          FROM unnest(@names::text[], @colors::text[]) WITH ORDINALITY AS t (name, color, n);
        INSERT INTO tags (id, name, color, created_at, updated_at, deleted_at) VALUES
            (13, 'vip', '#a855f7', @now - interval '500 days', @now - interval '500 days', NULL),
            (14, 'PARTNER', '#0f766e', @now - interval '400 days', @now - interval '300 days', @now - interval '300 days'),
            (15, 'Hot lead', 'FF0000', @now - interval '300 days', @now - interval '300 days', NULL),
            (16, 'Cold', '#abc', @now - interval '290 days', @now - interval '290 days', NULL),
            (17, 'Legacy', 'red', @now - interval '280 days', @now - interval '280 days', NULL),
            (18, '', NULL, @now - interval '270 days', @now - interval '270 days', NULL),
            (19, 'Imported', '#123456', NULL, NULL, NULL),
            (20, 'NEWSLETTER', '#64748b', @now - interval '250 days', @now - interval '250 days', NULL);
        """;

    /// <summary>
    /// The audit rows a working Go service would have written: whole-record snapshots (new_values on create, old and new on
    /// update, old_values on delete) for a tenth of the customers and deals, by their owners or user 0, and deletes of
    /// customers that no longer exist (ids past every live one, so the adoption's identities must start past them).
    /// </summary>
    const string AuditRows = """
        INSERT INTO audit_logs (resource_type, resource_id, action, user_id, user_name, user_role, old_values, new_values, ip_address, user_agent, created_at)
        SELECT 'customer', c.id, 'create', CASE WHEN c.id % 100 = 51 THEN 0 ELSE coalesce(c.assigned_to, 1) END, 'User ' || coalesce(c.assigned_to, 1),
               'agent', NULL, to_jsonb(c), '10.0.' || (c.id % 200) || '.' || (c.id % 250), 'Mozilla/5.0 (Platform Console)', coalesce(c.created_at, @now)
          FROM customers c WHERE c.id % 10 = 1
        UNION ALL
        SELECT 'customer', c.id, 'update', coalesce(c.assigned_to, 1), 'User ' || coalesce(c.assigned_to, 1), 'manager',
               to_jsonb(c) || jsonb_build_object('status', 'lead', 'contacted', false), to_jsonb(c), '10.1.0.' || (c.id % 250), 'Mozilla/5.0 (Platform Console)',
               coalesce(c.updated_at, @now)
          FROM customers c WHERE c.id % 20 = 2
        UNION ALL
        SELECT 'deal', d.id, 'create', coalesce(d.owner_id, 1), 'User ' || coalesce(d.owner_id, 1), 'agent', NULL, to_jsonb(d), '10.2.0.' || (d.id % 250),
               'Mozilla/5.0 (Platform Console)', coalesce(d.created_at, @now)
          FROM deals d WHERE d.id % 10 = 3
        UNION ALL
        SELECT 'customer', m.top + c.id, 'delete', 0, NULL, NULL, to_jsonb(c) || jsonb_build_object('id', m.top + c.id), NULL, NULL, 'crm-cleanup/1.0',
               coalesce(c.updated_at, @now)
          FROM customers c CROSS JOIN (SELECT max(id) AS top FROM customers) m WHERE c.id % 100 = 61
         ORDER BY 11, 2;
        """;

    static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"legacy/{name}")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
