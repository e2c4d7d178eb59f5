using Npgsql;

namespace Crm.Api.Data.Adoption;

/// <summary>
/// <c>crm migrate check</c>: reads the database (catalogue and CRM rows only; it writes nothing and locks no CMS table) and
/// reports what <c>up</c> would do: the schema found, the safety checks (ownership, privileges, extensions, dependent
/// objects), and on a legacy database every row each adoption rule finds, with its fate under the given policies.
/// </summary>
public static class AdoptionCheck
{
    /// <summary>The CMS's tables in the shared database (contract section 6): never touched, only named.</summary>
    public static readonly string[] CmsTables =
        ["blogs", "categories", "content_items", "content_sources", "media", "pages", "posts", "transcripts", "user_interactions", "visitors"];

    static readonly string[] Extensions = ["pg_trgm", "btree_gin"];

    public static async Task<(DatabaseSchema Schema, AdoptionReport Report)> RunAsync(NpgsqlConnection connection, string migrationsTable,
        Policies policies, CancellationToken cancellationToken = default)
    {
        var schema = await SchemaInspector.InspectAsync(connection, migrationsTable, cancellationToken);
        var blockers = new List<string>();
        var summaries = new List<RuleSummary>();
        var findings = new List<Finding>();
        IEnumerable<long> pending = [];

        switch (schema.Kind)
        {
            case SchemaKind.Unknown:
                blockers.Add($"unknown schema: {schema.Detail}. Nothing can be applied; fix the database or point DATABASE_URL elsewhere.");
                break;
            case SchemaKind.Ours when schema.Dirty:
                blockers.Add($"the schema is dirty at version {schema.Version}: fix it, then run 'crm migrate force <version>'");
                break;
            case SchemaKind.Ours or SchemaKind.Empty:
                pending = Migrator.All.Select(m => m.Version).Where(v => v > (schema.Version ?? 0));
                break;
            case SchemaKind.Legacy:
                pending = Migrator.All.Select(m => m.Version).Where(v => v > LegacyConversion.BaselineVersion);
                var ownership = await OwnershipAsync(connection, cancellationToken);
                if (schema.Version is null)
                    ownership.Add("this role may not read golang-migrate's history: as its owner or a superuser, run GRANT SELECT ON schema_migrations TO " +
                                  $"{await Sql.ScalarAsync<string>(connection, "SELECT quote_ident(current_user)", cancellationToken)};");
                blockers.AddRange(ownership);
                blockers.AddRange(await DependentsAsync(connection, cancellationToken));
                // A role that owns the tables can read them; one that does not may not even be allowed to.
                if (ownership.Count == 0) await FindAsync(connection, policies, summaries, findings, blockers, cancellationToken);
                else blockers.Add("the rows were not examined: run check again once the role owns the CRM tables");
                break;
        }
        if (schema.Kind != SchemaKind.Unknown && pending.Any()) blockers.AddRange(await PrivilegesAsync(connection, cancellationToken));

        var cms = await Sql.ScalarAsync<string[]>(connection,
            "SELECT coalesce(array_agg(relname ORDER BY relname), '{}') FROM pg_class WHERE relname = ANY (@names) AND relnamespace = current_schema()::regnamespace",
            cancellationToken, ("names", CmsTables));
        var report = new AdoptionReport(schema.Name, schema.Version, Migrator.LatestVersion, schema.Detail, blockers.Count == 0,
            policies.Chosen(), blockers, summaries, findings, pending.ToList(), cms);
        return (schema, report);
    }

    static async Task FindAsync(NpgsqlConnection connection, Policies policies, List<RuleSummary> summaries, List<Finding> findings,
        List<string> blockers, CancellationToken cancellationToken)
    {
        foreach (var rule in LegacyRules.All)
        {
            var fix = rule.FixFor(policies);
            var cls = rule.Class.ToString().ToLowerInvariant();
            var options = rule.Options is null ? "" : string.Join("|", rule.Options.Keys);
            var action = fix?.Action ?? (rule.Class == FindingClass.Decision
                ? $"{AdoptionReport.NeedsDecision} {rule.Policy}={options}: {string.Join("; ", rule.Options!.Select(o => $"{o.Key}: {o.Value.Action}"))}"
                : "keep it as it is" + (rule.Constraint is null ? "" : $"; {rule.Constraint} is added NOT VALID"));
            var newValue = fix?.Sets.FirstOrDefault(s => s.Column == rule.Column) ?? fix?.Sets[0];
            var key = rule.Table == "customer_tags" ? "t.customer_id" : "t.id";

            var count = 0;
            await using (var command = new NpgsqlCommand($"""
                SELECT {key}::bigint, {rule.ValueSql}, {(newValue is null ? "NULL" : $"({newValue.Expression})::text")}
                  FROM {rule.Table} t WHERE {rule.Condition} ORDER BY 1
                """, connection) { CommandTimeout = 0 })
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken))
                {
                    count++;
                    findings.Add(new Finding(rule.Table, reader.GetInt64(0), rule.Code, rule.Column, reader.IsDBNull(1) ? null : reader.GetString(1), cls,
                        fix?.Action ?? action, reader.IsDBNull(2) ? null : reader.GetString(2)));
                }
            summaries.Add(new RuleSummary(rule.Code, rule.Table, rule.Column, cls, rule.Description, rule.Policy, action, count));
            if (count > 0 && rule.Class == FindingClass.Decision && fix is null)
                blockers.Add($"{count} row(s) of {rule.Table}.{rule.Column} need a decision ({rule.Code}): give --resolve {rule.Policy}={options}, " +
                             "or fix the rows by hand");
        }
    }

    /// <summary>The conversion alters every CRM table: the role must own them (or be a member of their owner).</summary>
    static async Task<List<string>> OwnershipAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var blockers = new List<string>();
        await using var command = new NpgsqlCommand("""
            SELECT c.oid::regclass::text, pg_get_userbyid(c.relowner), quote_ident(current_user)
              FROM pg_class c
             WHERE c.oid = ANY (@tables::regclass[]) AND NOT pg_has_role(current_user, c.relowner, 'USAGE')
             ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("tables", SchemaInspector.LegacyTables);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            blockers.Add($"the table {reader.GetString(0)} belongs to {reader.GetString(1)}, not to this role: as {reader.GetString(1)} or a superuser, run " +
                         $"ALTER TABLE {reader.GetString(0)} OWNER TO {reader.GetString(2)};");
        return blockers;
    }

    /// <summary>
    /// Objects outside the CRM tables that depend on them (views, rules, foreign keys from CMS tables) would block the
    /// conversion's type changes, or be silently changed by it: they are named with the statement that removes them.
    /// </summary>
    static async Task<List<string>> DependentsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var blockers = new List<string>();
        await using var command = new NpgsqlCommand("""
            SELECT DISTINCT format('the %s %s depends on %s: drop it before the adoption and create it again after (%s)',
                                   CASE v.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END, v.oid::regclass, t.oid::regclass,
                                   format('DROP %s %s;', CASE v.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END, v.oid::regclass))
              FROM pg_depend d
              JOIN pg_rewrite r ON r.oid = d.objid
              JOIN pg_class v ON v.oid = r.ev_class
              JOIN pg_class t ON t.oid = d.refobjid
             WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
               AND d.refobjid = ANY (@tables::regclass[]) AND v.oid <> d.refobjid
            UNION
            SELECT format('the foreign key %I of %s refers to %s: drop it before the adoption and add it again after (ALTER TABLE %s DROP CONSTRAINT %I;)',
                          k.conname, k.conrelid::regclass, k.confrelid::regclass, k.conrelid::regclass, k.conname)
              FROM pg_constraint k
             WHERE k.contype = 'f' AND k.confrelid = ANY (@tables::regclass[]) AND NOT k.conrelid = ANY (@tables::regclass[])
             ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("tables", SchemaInspector.LegacyTables);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) blockers.Add(reader.GetString(0));
        return blockers;
    }

    /// <summary>Migrations create tables in the schema and the pg_trgm and btree_gin extensions (trusted: CREATE on the database suffices).</summary>
    static async Task<List<string>> PrivilegesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var blockers = new List<string>();
        var role = await Sql.ScalarAsync<string>(connection, "SELECT quote_ident(current_user)", cancellationToken);
        if (!await Sql.ScalarAsync<bool>(connection, "SELECT has_schema_privilege(current_schema(), 'CREATE')", cancellationToken))
            blockers.Add($"this role may not create tables in the schema: as its owner or a superuser, run " +
                         $"GRANT CREATE ON SCHEMA {await Sql.ScalarAsync<string>(connection, "SELECT quote_ident(current_schema())", cancellationToken)} TO {role};");
        foreach (var extension in Extensions)
        {
            if (await Sql.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = @name)", cancellationToken, ("name", extension)))
                continue;
            if (!await Sql.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = @name)", cancellationToken, ("name", extension)))
                blockers.Add($"the extension {extension} is not installed on the server: install PostgreSQL's contrib package there");
            else if (!await Sql.ScalarAsync<bool>(connection, "SELECT has_database_privilege(current_database(), 'CREATE')", cancellationToken))
                blockers.Add($"this role may not create the extension {extension}: as a superuser, run CREATE EXTENSION {extension}; " +
                             $"(or GRANT CREATE ON DATABASE {await Sql.ScalarAsync<string>(connection, "SELECT quote_ident(current_database())", cancellationToken)} TO {role};)");
        }
        return blockers;
    }
}
