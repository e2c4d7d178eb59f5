using Npgsql;

namespace Crm.Api.Data.Adoption;

public enum SchemaKind { Empty, Legacy, Ours, Unknown }

/// <summary>What a database holds, as <c>migrate check</c> reports it (contract section 8).</summary>
/// <param name="Version">Ours: the version in MIGRATIONS_TABLE; legacy: golang-migrate's version in schema_migrations.</param>
/// <param name="Baseline">An adopted database: the version its adoption recorded, below which <c>down</c> never goes.</param>
public sealed record DatabaseSchema(SchemaKind Kind, long? Version, bool Dirty, string Detail, long? Baseline = null)
{
    public string Name => Kind switch
    {
        SchemaKind.Empty => "empty",
        SchemaKind.Legacy => "legacy_go_v1",
        SchemaKind.Ours => "ours",
        _ => "unknown",
    };
}

/// <summary>
/// Tells the four kinds of database apart by reading the catalogue only (never a table's rows, never a lock on one):
/// our history table decides "ours"; otherwise the CRM tables must be absent ("empty") or be exactly the Go service's
/// columns with golang-migrate's history at version 1 ("legacy"); anything else is "unknown" and refused.
/// </summary>
public static class SchemaInspector
{
    /// <summary>The Go service's CRM tables (reference/legacy-database.md), column → type as the catalogue names it.</summary>
    public static readonly IReadOnlyDictionary<string, string> LegacyColumns = new Dictionary<string, string>
    {
        ["customers"] = "id int4, name varchar, email varchar, phone varchar, company varchar, role varchar, status varchar, " +
                        "assigned_to int4, contacted bool, next_follow_up_at timestamptz, notes text, created_at timestamptz, " +
                        "updated_at timestamptz, deleted_at timestamptz",
        ["contacts"] = "id int4, customer_id int4, first_name varchar, last_name varchar, email varchar, phone varchar, position varchar, " +
                       "is_primary bool, notes text, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz",
        ["pipeline_stages"] = "id int4, name varchar, display_name varchar, order int4, color varchar, is_active bool, " +
                              "created_at timestamptz, updated_at timestamptz, deleted_at timestamptz",
        ["deals"] = "id int4, title varchar, description text, customer_id int4, contact_id int4, stage varchar, amount numeric, " +
                    "currency varchar, probability int4, expected_close_date timestamptz, actual_close_date timestamptz, owner_id int4, " +
                    "lost_reason varchar, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz",
        ["activities"] = "id int4, title varchar, description text, type varchar, status varchar, customer_id int4, deal_id int4, " +
                         "contact_id int4, assigned_to int4, due_date timestamptz, completed_at timestamptz, duration int4, outcome text, " +
                         "priority varchar, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz",
        ["notes"] = "id int4, content text, customer_id int4, deal_id int4, activity_id int4, author_id int4, author_name varchar, " +
                    "created_at timestamptz, updated_at timestamptz, deleted_at timestamptz",
        ["tags"] = "id int4, name varchar, color varchar, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz",
        ["customer_tags"] = "customer_id int4, tag_id int4",
        ["audit_logs"] = "id int4, resource_type varchar, resource_id int4, action varchar, user_id int4, user_name varchar, " +
                         "user_role varchar, old_values jsonb, new_values jsonb, ip_address varchar, user_agent varchar, created_at timestamptz",
    };

    /// <summary>The tables the CRM owns in a legacy database: the adoption converts these and nothing else.</summary>
    public static readonly string[] LegacyTables = LegacyColumns.Keys.ToArray();

    /// <summary>Tables only our own migrations create: finding one without our history means a misconfigured MIGRATIONS_TABLE.</summary>
    static readonly string[] OursOnly = ["deal_stage_history", "idempotency_keys", "attachments"];

    /// <summary>The marker an adoption leaves (one row): when, from what, the baseline version and the report's summary.</summary>
    public const string AdoptionTable = "crm_adoption";

    public static async Task<DatabaseSchema> InspectAsync(NpgsqlConnection connection, string migrationsTable, CancellationToken cancellationToken = default)
    {
        var history = await Sql.ScalarAsync<bool>(connection, "SELECT to_regclass(@table) IS NOT NULL", cancellationToken, ("table", Quote(migrationsTable)))
            ? await ReadHistoryAsync(connection, $"SELECT version, dirty FROM {Quote(migrationsTable)} LIMIT 1", cancellationToken)
            : null;
        var baseline = await Sql.ScalarAsync<bool>(connection, $"SELECT to_regclass('{AdoptionTable}') IS NOT NULL", cancellationToken)
            ? await Sql.ScalarAsync<long?>(connection, $"SELECT baseline_version FROM {AdoptionTable} LIMIT 1", cancellationToken)
            : null;
        if (history is { } h)
            return new DatabaseSchema(SchemaKind.Ours, h.Version, h.Dirty,
                baseline is null ? $"ours at version {h.Version}" : $"ours at version {h.Version}, adopted from the Go service (baseline {baseline})",
                baseline);

        var columns = await ColumnsAsync(connection, LegacyTables.Concat(OursOnly).ToArray(), cancellationToken);
        if (columns.Count == 0) return new DatabaseSchema(SchemaKind.Empty, null, false, "no CRM tables");
        if (OursOnly.FirstOrDefault(columns.ContainsKey) is { } ours)
            return Unknown($"the table {ours} exists but {migrationsTable} records no version: is MIGRATIONS_TABLE set to this database's history table?");

        var differences = new List<string>();
        foreach (var (table, expected) in LegacyColumns)
        {
            if (!columns.TryGetValue(table, out var actual)) { differences.Add($"{table} is missing"); continue; }
            var wanted = expected.Split(", ");
            differences.AddRange(wanted.Except(actual).Select(c => $"{table} lacks column {c}"));
            differences.AddRange(actual.Except(wanted).Select(c => $"{table} has an unexpected column {c}"));
        }
        if (differences.Count > 0)
            return Unknown("CRM tables exist but are neither ours nor the Go service's v1 schema: " + string.Join("; ", differences.Take(10)));

        if (!await Sql.ScalarAsync<bool>(connection, "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken))
            return Unknown("the Go service's tables without golang-migrate's schema_migrations history");
        // A role that may not read the history may still be told what to grant (AdoptionCheck): legacy, version unknown.
        if (!await Sql.ScalarAsync<bool>(connection, "SELECT has_table_privilege('schema_migrations', 'SELECT')", cancellationToken))
            return new DatabaseSchema(SchemaKind.Legacy, null, false, "the Go CRM service's schema; its golang-migrate history is not readable by this role");
        var legacy = await ReadHistoryAsync(connection, "SELECT version, dirty FROM schema_migrations ORDER BY version DESC LIMIT 1", cancellationToken);
        return legacy switch
        {
            { Version: 1, Dirty: false } => new DatabaseSchema(SchemaKind.Legacy, 1, false, "the Go CRM service's schema, golang-migrate version 1"),
            null => Unknown("the Go service's tables, but schema_migrations is empty"),
            { } other => Unknown($"the Go service's tables, but schema_migrations is at version {other.Version}{(other.Dirty ? " (dirty)" : "")}, not 1: " +
                                 "only version 1 can be adopted"),
        };

        static DatabaseSchema Unknown(string detail) => new(SchemaKind.Unknown, null, false, detail);
    }

    static async Task<(long Version, bool Dirty)?> ReadHistoryAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetBoolean(1)) : null;
    }

    static async Task<Dictionary<string, List<string>>> ColumnsAsync(NpgsqlConnection connection, string[] tables, CancellationToken cancellationToken)
    {
        var columns = new Dictionary<string, List<string>>();
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, a.attname || ' ' || t.typname
              FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              JOIN pg_type t ON t.oid = a.atttypid
             WHERE c.relname = ANY (@tables) AND c.relkind IN ('r', 'p')
             ORDER BY c.relname, a.attnum
            """, connection);
        command.Parameters.AddWithValue("tables", tables);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!columns.TryGetValue(reader.GetString(0), out var list)) columns[reader.GetString(0)] = list = [];
            list.Add(reader.GetString(1));
        }
        return columns;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
