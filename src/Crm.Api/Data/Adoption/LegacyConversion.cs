using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Crm.Api.Data.Adoption;

/// <summary>
/// Converts the Go service's tables in place, inside the caller's transaction, into exactly what our migration 000001
/// creates, keeping every row, id and value: the rules' fixes first (each changed cell audited), then per table one
/// ALTER TABLE that widens the ids to bigint and adds our NOT NULLs and CHECKs (one rewrite), identity columns that
/// continue past the old sequences and every id the legacy audit rows name, our foreign keys and indexes, and the
/// objects 000001 adds. What stays of the legacy schema, on purpose: wider columns (never narrowed), the columns we lack
/// (<c>notes.activity_id</c>, <c>pipeline_stages.deleted_at</c>, <c>audit_logs.old_values</c>/<c>new_values</c>), and
/// CHECKs added NOT VALID where reported rows break them. The migrations after 000001 then run as on any database.
/// </summary>
public static partial class LegacyConversion
{
    /// <summary>The version an adoption records before applying the later migrations; <c>down</c> never goes below it.</summary>
    public const long BaselineVersion = 1;

    static readonly string[] IdTables = ["customers", "contacts", "pipeline_stages", "deals", "activities", "notes", "tags", "audit_logs"];

    static string In(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    /// <summary>Per table: the ALTER TABLE subcommands that bring it to 000001's columns (the ids are widened separately).</summary>
    static readonly Dictionary<string, string[]> Columns = new()
    {
        ["customers"] =
        [
            "ALTER assigned_to TYPE bigint", "ALTER status SET NOT NULL", "ALTER contacted SET NOT NULL",
            "ADD preferred_contact_method varchar(20)", "ADD do_not_contact boolean NOT NULL DEFAULT false",
            "ADD CONSTRAINT customers_name_check CHECK (length(name) > 0)",
            $"ADD CONSTRAINT customers_status_check CHECK (status IN ({In(LegacyRules.CustomerStatuses)}))",
            $"ADD CONSTRAINT customers_preferred_contact_method_check CHECK (preferred_contact_method IN ({In(Customers.ContactMethod.All)}))",
        ],
        ["contacts"] =
        [
            "ALTER customer_id TYPE bigint", "ALTER is_primary SET NOT NULL", "ADD CONSTRAINT contacts_first_name_check CHECK (length(first_name) > 0)",
        ],
        ["pipeline_stages"] =
        [
            "ALTER is_active SET NOT NULL", "ADD CONSTRAINT pipeline_stages_name_check CHECK (name ~ '^[a-z0-9]+(_[a-z0-9]+)*$')",
            "ADD CONSTRAINT pipeline_stages_color_check CHECK (color ~ '^#[0-9a-fA-F]{6}$')",
            "ADD CONSTRAINT pipeline_stages_probability_check CHECK (probability BETWEEN 0 AND 100)",
            "ADD CONSTRAINT pipeline_stages_kind_check CHECK (kind IN ('open', 'won', 'lost'))",
        ],
        ["deals"] =
        [
            "ALTER customer_id TYPE bigint", "ALTER contact_id TYPE bigint", "ALTER owner_id TYPE bigint",
            "ALTER stage TYPE varchar(100)", "ALTER stage SET NOT NULL", "ALTER stage DROP DEFAULT",
            "ALTER amount SET NOT NULL", "ALTER currency SET NOT NULL", "ALTER probability SET NOT NULL", "ALTER lost_reason TYPE varchar(500)",
            // Added as NULL just before this statement; its value is computed during this same rewrite.
            "ALTER stage_changed_at TYPE timestamptz USING coalesce(actual_close_date, updated_at, created_at)",
            "ALTER stage_changed_at SET NOT NULL", "ALTER stage_changed_at SET DEFAULT now()",
            "ADD CONSTRAINT deals_title_check CHECK (length(title) > 0)", "ADD CONSTRAINT deals_amount_check CHECK (amount >= 0)",
            "ADD CONSTRAINT deals_currency_check CHECK (currency ~ '^[A-Z]{3}$')",
            "ADD CONSTRAINT deals_probability_check CHECK (probability BETWEEN 0 AND 100)",
        ],
        ["activities"] =
        [
            "ALTER customer_id TYPE bigint", "ALTER deal_id TYPE bigint", "ALTER contact_id TYPE bigint", "ALTER assigned_to TYPE bigint",
            "ALTER status SET NOT NULL", "ALTER priority SET NOT NULL",
            $"ADD CONSTRAINT activities_type_check CHECK (type IN ({In(LegacyRules.ActivityTypes)}))",
            "ADD CONSTRAINT activities_title_check CHECK (length(title) > 0)",
            $"ADD CONSTRAINT activities_status_check CHECK (status IN ({In(LegacyRules.ActivityStatuses)}))",
            $"ADD CONSTRAINT activities_priority_check CHECK (priority IN ({In(LegacyRules.Priorities)}))",
            "ADD CONSTRAINT activities_duration_minutes_check CHECK (duration_minutes >= 0)",
            "ADD CONSTRAINT activities_linked CHECK (customer_id IS NOT NULL OR deal_id IS NOT NULL)",
        ],
        ["notes"] =
        [
            "ALTER customer_id TYPE bigint", "ALTER deal_id TYPE bigint", "ALTER activity_id TYPE bigint", "ALTER author_id TYPE bigint",
            "ADD CONSTRAINT notes_content_check CHECK (length(content) BETWEEN 1 AND 10000)",
            "ADD CONSTRAINT notes_linked CHECK (customer_id IS NOT NULL OR deal_id IS NOT NULL)",
        ],
        ["tags"] =
        [
            "ADD CONSTRAINT tags_name_check CHECK (length(name) > 0)", "ADD CONSTRAINT tags_color_check CHECK (color ~ '^#[0-9a-fA-F]{6}$')",
        ],
        ["customer_tags"] = ["ALTER customer_id TYPE bigint", "ALTER tag_id TYPE bigint", "ADD created_at timestamptz NOT NULL DEFAULT now()"],
        ["audit_logs"] = ["ALTER resource_id TYPE bigint", "ALTER user_id TYPE bigint", "ALTER created_at SET NOT NULL", "ALTER created_at SET DEFAULT now()"],
    };

    /// <summary>000001's foreign keys (theirs had other ON DELETE rules, and deals.stage none), and the kept notes.activity_id's.</summary>
    static readonly string[] ForeignKeys =
    [
        "ALTER TABLE contacts ADD CONSTRAINT contacts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE",
        "ALTER TABLE deals ADD CONSTRAINT deals_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE, " +
        "ADD CONSTRAINT deals_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL, " +
        "ADD CONSTRAINT deals_stage_fkey FOREIGN KEY (stage) REFERENCES pipeline_stages (name) ON UPDATE CASCADE ON DELETE RESTRICT",
        "ALTER TABLE activities ADD CONSTRAINT activities_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE, " +
        "ADD CONSTRAINT activities_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE, " +
        "ADD CONSTRAINT activities_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL",
        "ALTER TABLE notes ADD CONSTRAINT notes_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE, " +
        "ADD CONSTRAINT notes_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE, " +
        "ADD CONSTRAINT notes_activity_id_fkey FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE",
        "ALTER TABLE customer_tags ADD CONSTRAINT customer_tags_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE, " +
        "ADD CONSTRAINT customer_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE",
    ];

    /// <summary>Which audit resource type names each table's ids: the new identities start past the highest one named.</summary>
    static string? AuditType(string table) => table == "audit_logs" ? null : LegacyRules.ResourceTypes[table];

    /// <summary>Runs the whole conversion in <paramref name="connection"/>'s open transaction; returns the audit rows written per rule.</summary>
    public static async Task<Dictionary<string, int>> ConvertAsync(NpgsqlConnection connection, AdoptionReport report, Policies policies,
        Action<string> progress, CancellationToken cancellationToken)
    {
        async Task Run(string sql) => await Sql.ExecuteAsync(connection, sql, cancellationToken);
        await Run("SET LOCAL maintenance_work_mem = '512MB'; SET LOCAL work_mem = '64MB'");

        // Room for the audit rows of the fixes, and the stage columns the stage rules fill.
        await Run("ALTER TABLE audit_logs ADD changes jsonb, ADD request_id varchar(128)");
        await Run("ALTER TABLE pipeline_stages ADD probability integer NOT NULL DEFAULT 0, ADD kind varchar(10) NOT NULL DEFAULT 'open'");
        var words = $"string_to_array({LegacyRules.Slug("name")}, '_')";
        await Run($"""
            UPDATE pipeline_stages SET
                kind = CASE WHEN {words} && ARRAY['won'] THEN 'won' WHEN {words} && ARRAY['lost'] THEN 'lost' ELSE 'open' END,
                probability = CASE name WHEN 'prospecting' THEN 10 WHEN 'qualification' THEN 25 WHEN 'proposal' THEN 50 WHEN 'negotiation' THEN 75
                                        ELSE CASE WHEN {words} && ARRAY['won'] THEN 100 ELSE 0 END END
            """);

        // Identities first: the rows the fixes insert (audit rows, stages) then take ids from sequences created in this
        // transaction, and a rollback leaves the legacy sequences exactly where they were (nextval is never rolled back).
        foreach (var table in IdTables)
        {
            var sequence = await Sql.ScalarAsync<string>(connection, $"SELECT pg_get_serial_sequence('{table}', 'id')", cancellationToken);
            var referenced = AuditType(table) is { } type ? $"(SELECT max(resource_id) FROM audit_logs WHERE resource_type = '{type}')" : "0";
            var start = await Sql.ScalarAsync<long>(connection, $"""
                SELECT greatest((SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM {sequence}),
                                (SELECT coalesce(max(id), 0) + 1 FROM {table}), coalesce({referenced}, 0) + 1)
                """, cancellationToken);
            await Run($"ALTER TABLE {table} ALTER id DROP DEFAULT; DROP SEQUENCE {sequence}; " +
                      $"ALTER TABLE {table} ALTER id ADD GENERATED BY DEFAULT AS IDENTITY (START WITH {start})");
        }

        progress("normalising");
        var audited = new Dictionary<string, int>();
        foreach (var rule in LegacyRules.All)
        {
            if (rule.FixFor(policies) is not { } fix) continue;
            // The check ran in this transaction, with writers locked out: its rows are the rows to fix, found by id
            // instead of by another scan of the table (at 1M customers the scans took three minutes).
            var ids = report.Findings.Where(f => f.Rule == rule.Code && f.Table == rule.Table && f.Column == rule.Column).Select(f => f.Id).ToArray();
            if (ids.Length == 0) continue;
            var action = rule.Class == FindingClass.Auto ? "migrate_normalize" : "migrate_resolve";
            var rows = await Sql.ExecuteAsync(connection, FixStatement(rule, fix, action), cancellationToken, ("ids", ids));
            audited[$"{rule.Code} {rule.Table}.{rule.Column}"] = rows;
        }

        progress("converting tables");
        // Their foreign keys, unique constraints and indexes are replaced by ours (built once, after the rewrite).
        await Run(await DropStatementsAsync(connection, cancellationToken));

        // A CHECK that reported rows break is added NOT VALID: it holds for every new or changed row, and the old ones stay.
        var notValid = LegacyRules.All
            .Where(r => r.Constraint is not null && report.Rules.Any(s => s.Rule == r.Code && s.Table == r.Table && s.Count > 0))
            .Select(r => r.Constraint!).ToHashSet();
        await Run("ALTER TABLE activities RENAME duration TO duration_minutes");
        await Run("ALTER TABLE deals ADD stage_changed_at timestamptz");
        foreach (var (table, subcommands) in Columns)
        {
            progress($"converting {table}");
            var all = subcommands.Select(s => notValid.Any(c => s.StartsWith($"ADD CONSTRAINT {c} ", StringComparison.Ordinal)) ? s + " NOT VALID" : s).ToList();
            if (IdTables.Contains(table)) all.Insert(0, "ALTER id TYPE bigint");
            if (LegacyRules.TimestampedTables.Contains(table))
                all.AddRange(["ALTER created_at SET NOT NULL", "ALTER created_at SET DEFAULT now()", "ALTER updated_at SET NOT NULL", "ALTER updated_at SET DEFAULT now()"]);
            await Run($"ALTER TABLE {table} {string.Join(", ", all)}");
        }

        progress("foreign keys");
        foreach (var foreignKey in ForeignKeys) await Run(foreignKey);
        progress("indexes");
        foreach (var statement in From000001()) await Run(statement);
        return audited;
    }

    /// <summary>
    /// The statements of migration 000001 that the legacy schema lacks (taken from the migration itself, so the two
    /// cannot differ): the extension, every index, the stage history table, the audit trail's append-only triggers. An index
    /// that a later migration of this same run drops is created empty (<c>WHERE false</c>) for that DROP to find: building
    /// the four trigram indexes over every customer that 000007 replaces took about a minute at 1M customers.
    /// </summary>
    static IEnumerable<string> From000001()
    {
        var droppedLater = Migrator.All.Where(m => m.Version > BaselineVersion)
            .SelectMany(m => DroppedIndexes().Matches(m.Up)).SelectMany(d => d.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet();
        foreach (var statement in Statements(Migrator.All.Single(m => m.Version == BaselineVersion).Up))
        {
            if (IndexName().Match(statement) is { Success: true } index && droppedLater.Contains(index.Groups["name"].Value))
                // A partial index (the live-email index, which 000027 replaces) keeps its predicate and gains false.
                yield return statement.Contains(" WHERE ", StringComparison.Ordinal) ? $"{statement} AND false" : $"{statement} WHERE false";
            else if (KeptStatement().IsMatch(statement) || statement.StartsWith("CREATE TABLE deal_stage_history", StringComparison.Ordinal))
                yield return statement;
        }
    }

    /// <summary>
    /// One statement per rule: the rows found (<c>target</c>: those of <c>@ids</c> that still break the rule, read before any
    /// change), the update, the rule's own extra
    /// statements, and an audit row for each cell whose value changed, holding its old and its new value.
    /// </summary>
    public static string FixStatement(LegacyRule rule, Fix fix, string action)
    {
        var columns = fix.Sets.Select(s => $"t.{s.Column} AS old_{s.Column}, ({s.Expression}) AS new_{s.Column}")
            .Concat((rule.Extras ?? []).Select(e => $"({e.Expression}) AS {e.Name}"));
        // The new value audited is the one stored (RETURNING), in the column's own type: 0 written to numeric(15,2) is 0.00.
        var cells = string.Join(", ", fix.Sets.Select(s => $"('{s.Column}', to_jsonb(target.old_{s.Column}), to_jsonb(updated.{s.Column}))"));
        var sql = new StringBuilder($"WITH target AS (SELECT t.id, {string.Join(", ", columns)} FROM {rule.Table} t WHERE t.id = ANY (@ids) AND ({rule.Condition})),\n");
        foreach (var cte in fix.Ctes ?? []) sql.Append(cte).Append(",\n");
        sql.Append($"updated AS (UPDATE {rule.Table} u SET {string.Join(", ", fix.Sets.Select(s => $"{s.Column} = target.new_{s.Column}"))} ")
            .Append($"FROM target WHERE u.id = target.id RETURNING u.id, {string.Join(", ", fix.Sets.Select(s => $"u.{s.Column}"))})\n")
            .Append(LegacyRules.AuditInsert($"'{LegacyRules.ResourceTypes[rule.Table]}'", "target.id", $"'{action}'",
                "jsonb_build_object(c.name, jsonb_build_object('old', c.old, 'new', c.new))",
                $"FROM target JOIN updated ON updated.id = target.id CROSS JOIN LATERAL (VALUES {cells}) AS c (name, old, new) " +
                "WHERE c.old IS DISTINCT FROM c.new"));
        return sql.ToString();
    }

    /// <summary>Drops the legacy foreign keys, unique constraints (but primary keys and the stage name's) and indexes.</summary>
    static async Task<string> DropStatementsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) FROM pg_constraint
             WHERE conrelid = ANY (@tables::regclass[]) AND (contype = 'f' OR contype = 'u' AND conname <> 'pipeline_stages_name_key')
            UNION ALL
            SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
             WHERE i.indrelid = ANY (@tables::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
             ORDER BY 1 DESC
            """, connection);
        command.Parameters.AddWithValue("tables", SchemaInspector.LegacyTables);
        var statements = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) statements.Add(reader.GetString(0));
        return string.Join(";\n", statements);
    }

    [GeneratedRegex(@"^CREATE (EXTENSION|INDEX|UNIQUE INDEX|FUNCTION|TRIGGER) ")]
    private static partial Regex KeptStatement();

    [GeneratedRegex(@"^CREATE (UNIQUE )?INDEX (?<name>\w+) ON ")]
    private static partial Regex IndexName();

    [GeneratedRegex(@"DROP INDEX (?<names>\w+(\s*,\s*\w+)*)\s*;")]
    private static partial Regex DroppedIndexes();

    /// <summary>Splits a migration into statements at semicolons outside dollar quotes, without its comment lines.</summary>
    static IEnumerable<string> Statements(string sql)
    {
        var text = string.Join('\n', sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '$') { quoted = !quoted; i++; }
            else if (text[i] == ';' && !quoted)
            {
                yield return text[start..i].Trim();
                start = i + 1;
            }
        }
    }
}
