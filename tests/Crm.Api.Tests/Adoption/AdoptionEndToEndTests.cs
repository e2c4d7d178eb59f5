using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Adoption;

/// <summary>
/// Issue 12's end-to-end test: a legacy database with dirty data and CMS rows, checked and adopted by the published
/// program (<see cref="AdoptedLegacyFactory"/>), then served. Expected values come from the legacy data itself, the
/// generator's list of what it planted, and contract section 8; never from the adoption's own rules.
/// </summary>
public class AdoptionEndToEndTests(AdoptedLegacyFactory app) : IClassFixture<AdoptedLegacyFactory>
{
    static readonly Dictionary<string, string> ResourceTypes = new()
    {
        ["customers"] = "customer", ["contacts"] = "contact", ["pipeline_stages"] = "pipeline_stage", ["deals"] = "deal",
        ["activities"] = "activity", ["notes"] = "note", ["tags"] = "tag", ["audit_logs"] = "audit_log",
    };

    [Fact]
    public void CheckNamesEveryPlantedProblemAndRefusesUntilItsDecisionsAreGiven()
    {
        var findings = app.CheckWithoutPolicies.GetProperty("findings").EnumerateArray()
            .Select(f => (f.Str("table"), f.GetProperty("id").GetInt64(), f.Str("rule"))).ToHashSet();
        app.Legacy.Planted.Count.ShouldBeGreaterThan(100);
        foreach (var planted in app.Legacy.Planted)
            findings.ShouldContain((planted.Table, planted.Id, planted.Rule), $"check should report {planted}");

        app.CheckWithoutPolicies.Str("schema").ShouldBe("legacy_go_v1");
        app.CheckWithoutPolicies.GetProperty("can_proceed").GetBoolean().ShouldBeFalse();
        app.CheckWithoutPolicies.GetProperty("cms_tables").EnumerateArray().Select(t => t.GetString()).ShouldBe(AdoptedLegacyFactory.CmsTables);
        app.CheckWithoutPoliciesExit.ShouldBe(1);
        app.CheckWithPoliciesExit.ShouldBe(0);
    }

    [Fact]
    public void UpWithAnOpenDecisionExitsNonZeroAndChangesNothing()
    {
        app.RefusedUp.ExitCode.ShouldBe(1, app.RefusedUp.Output);
        app.RefusedUp.Output.ShouldContain("--resolve email-case=");
        app.RefusedUp.Output.ShouldContain("nothing was changed");
        app.DumpAroundRefusedUp.After.ShouldBe(app.DumpAroundRefusedUp.Before);
    }

    [Fact]
    public void EveryLegacyRowIdAndValueIsKeptExceptTheCellsAuditedWithTheirOldValue()
    {
        app.Up.ExitCode.ShouldBe(0, app.Up.Output);
        var audits = app.After["audit_logs"].Values
            .Where(a => a.Str("action") is "migrate_normalize" or "migrate_resolve").ToList();
        audits.ShouldAllBe(a => a.GetProperty("user_id").GetInt64() == 0);
        var cellAudits = audits.GroupBy(a => (a.Str("resource_type"), a.GetProperty("resource_id").GetInt64()))
            .ToDictionary(g => g.Key, g => g.ToList());
        var explained = new HashSet<JsonElement>();

        foreach (var (table, before) in app.Before)
        {
            var after = app.After[table];
            var type = ResourceTypes[table];
            foreach (var (id, old) in before)
            {
                after.ShouldContainKey(id, $"{table} {id} must survive");
                var current = after[id];
                foreach (var column in old.EnumerateObject())
                {
                    var name = table == "activities" && column.Name == "duration" ? "duration_minutes" : column.Name;
                    var now = current.GetProperty(name);
                    var rows = cellAudits.GetValueOrDefault((type, long.Parse(id)), [])
                        .Where(a => a.GetProperty("changes").TryGetProperty(name, out _)).ToList();
                    if (JsonElement.DeepEquals(column.Value, now))
                    {
                        rows.ShouldBeEmpty($"{table} {id}.{name} did not change and must have no audit row");
                        continue;
                    }
                    rows.Count.ShouldBe(1, $"{table} {id}.{name} changed from {column.Value} to {now}: exactly one audit row");
                    var change = rows[0].GetProperty("changes").GetProperty(name);
                    JsonElement.DeepEquals(change.GetProperty("old"), column.Value).ShouldBeTrue($"{table} {id}.{name}: the audit row holds the old value");
                    JsonElement.DeepEquals(change.GetProperty("new"), now).ShouldBeTrue($"{table} {id}.{name}: the audit row holds the new value");
                    explained.Add(rows[0]);
                }
            }
            // Rows the adoption added: the inactive stages for deal stages that named none, each audited.
            foreach (var id in after.Keys.Except(before.Keys).Where(_ => table != "audit_logs"))
            {
                table.ShouldBe("pipeline_stages");
                after[id].GetProperty("is_active").GetBoolean().ShouldBeFalse();
                var created = cellAudits[(type, long.Parse(id))].ShouldHaveSingleItem();
                created.GetProperty("changes").GetProperty("name").GetProperty("new").GetString().ShouldBe(after[id].Str("name"));
                explained.Add(created);
            }
        }

        // Tag merges move customer_tags rows: every pair that went away has an audit row naming where it went.
        var (tagsBefore, tagsAfter) = app.CustomerTags;
        foreach (var gone in tagsBefore.Except(tagsAfter))
        {
            var (customer, tag) = (long.Parse(gone.Split(':')[0]), long.Parse(gone.Split(':')[1]));
            var moved = cellAudits[("customer", customer)].Single(a => a.GetProperty("changes").TryGetProperty("tag_id", out var c)
                && c.GetProperty("old").GetInt64() == tag);
            tagsAfter.ShouldContain($"{customer}:{moved.GetProperty("changes").GetProperty("tag_id").GetProperty("new").GetInt64()}");
            explained.Add(moved);
        }
        tagsAfter.Except(tagsBefore).Count().ShouldBeLessThanOrEqualTo(tagsBefore.Except(tagsAfter).Count());
        audits.Where(a => !explained.Contains(a)).ShouldBeEmpty("every adoption audit row explains a changed cell");
        explained.Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void TheCmsTablesAreByteIdentical()
    {
        app.Up.ExitCode.ShouldBe(0, app.Up.Output);
        app.CmsDump.After.ShouldBe(app.CmsDump.Before);
        app.CmsDump.Before.ShouldContain("COPY public.user_interactions");
    }

    [Fact]
    public async Task NewIdsStartPastEveryOldIdSequenceValueAndAuditReference()
    {
        foreach (var table in AdoptedLegacyFactory.LegacyTables)
        {
            var highest = app.Before[table].Keys.Select(long.Parse).Max();
            var next = await app.Legacy.ScalarAsync<long>(
                $"SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM {await app.Legacy.ScalarAsync<string>($"SELECT pg_get_serial_sequence('{table}', 'id')")}");
            next.ShouldBeGreaterThan(highest, table);
            (await app.Legacy.ScalarAsync<bool>($"SELECT attidentity = 'd' FROM pg_attribute WHERE attrelid = '{table}'::regclass AND attname = 'id'")).ShouldBeTrue();
        }
        // The Go era's audit rows name customers deleted since, with ids past every live one: a new customer takes none of them.
        var referenced = app.Before["audit_logs"].Values.Where(a => a.Str("resource_type") == "customer").Max(a => a.GetProperty("resource_id").GetInt64());
        referenced.ShouldBeGreaterThan(app.Before["customers"].Keys.Select(long.Parse).Max());
        var created = await (await app.Admin.PostJson("/admin/customers", new { name = "After Adoption", email = "after.adoption@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        created.Id().ShouldBeGreaterThan(referenced);
    }

    [Fact]
    public async Task TheHistoryLivesInCrmSchemaMigrationsAndTheGoRowIsLeftAlone()
    {
        (await app.Legacy.RowsAsync("SELECT version, dirty FROM crm_schema_migrations")).ShouldHaveSingleItem()
            .ShouldBe([Crm.Api.Data.Migrator.LatestVersion.ToString(), "False"]);
        (await app.Legacy.RowsAsync("SELECT version, dirty FROM schema_migrations")).ShouldHaveSingleItem().ShouldBe(["1", "False"]);
        (await app.Legacy.ScalarAsync<long>("SELECT baseline_version FROM crm_adoption")).ShouldBe(1);
    }

    /// <summary>
    /// The event feed tells integrations about changes made through the API. Adoption's audit rows record a conversion,
    /// not such a change (contract section 10: `migrate_normalize` emits none), and the Go era's audit rows are history: neither
    /// may flood the feed.
    /// </summary>
    [Fact]
    public void AdoptionEmitsNoEvents()
    {
        app.Up.ExitCode.ShouldBe(0, app.Up.Output);
        app.After["audit_logs"].Values.Count(a => a.Str("action") is "migrate_normalize" or "migrate_resolve").ShouldBeGreaterThan(0);
        app.EventsAfterUp.ShouldBe(0);
    }

    [Fact]
    public void ASecondUpChangesNothing()
    {
        app.SecondUp.ExitCode.ShouldBe(0, app.SecondUp.Output);
        app.SecondUp.Output.ShouldContain("applied 0 migration(s)");
        app.DumpAroundSecondUp.After.ShouldBe(app.DumpAroundSecondUp.Before);
    }

    [Fact]
    public async Task TheBackupRestoresTheLegacyTablesAsTheyWere()
    {
        File.Exists(app.BackupFile).ShouldBeTrue(app.Up.Output);
        await using var restored = new LegacyDatabase(await TestDatabase.CreateEmptyAsync());
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(restored.ConnectionString);
        var start = new System.Diagnostics.ProcessStartInfo(LegacyDatabase.Tool("pg_restore")) { RedirectStandardError = true };
        foreach (var argument in new[] { "--no-password", $"--host={settings.Host}", $"--port={settings.Port}", $"--username={settings.Username}",
                     $"--dbname={restored.Name}", app.BackupFile })
            start.ArgumentList.Add(argument);
        start.Environment["PGPASSWORD"] = settings.Password;
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, errors);
        }
        // The same schema, sequences and rows (a restore may write rows in another physical order than the original's).
        static string[] Lines(string dump) => dump.Split('\n').Order(StringComparer.Ordinal).ToArray();
        Lines(await restored.DumpAsync([.. AdoptedLegacyFactory.LegacyTables, "customer_tags"])).ShouldBe(Lines(app.CrmTablesDumpBefore));
    }

    long PlantedId(string table, string rule) => app.Legacy.Planted.First(p => p.Table == table && p.Rule == rule).Id;

    [Fact]
    public async Task TheServiceIsReadyAndReadsListsAndEditsLegacyRows()
    {
        (await app.CreateClient().GetAsync("/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = app.Admin;

        var live = await app.Legacy.ScalarAsync<long>("SELECT count(*) FROM customers WHERE deleted_at IS NULL");
        var list = await (await admin.GetAsync("/admin/customers?page_size=100")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("total").GetInt64().ShouldBe(live);

        // A stored value that breaks today's rules (an invalid e-mail) never blocks a change to another member.
        var odd = PlantedId("customers", "email_invalid");
        var customer = await (await admin.GetAsync($"/admin/customers/{odd}")).ShouldHave(HttpStatusCode.OK);
        customer.Str("email").ShouldBe(app.Before["customers"][odd.ToString()].Str("email"));
        var patched = await (await admin.PatchJson($"/admin/customers/{odd}", new { status = "churned" })).ShouldHave(HttpStatusCode.OK);
        patched.Str("status").ShouldBe("churned");
        patched.Str("email").ShouldBe(customer.Str("email"));

        var note = PlantedId("notes", "note_activity_only");
        var noteBody = await (await admin.GetAsync($"/admin/notes/{note}")).ShouldHave(HttpStatusCode.OK);
        noteBody.GetProperty("activity_id").GetInt64().ShouldBe(app.Before["notes"][note.ToString()].GetProperty("activity_id").GetInt64());
        noteBody.GetProperty("customer_id").ValueKind.ShouldBe(JsonValueKind.Number);

        (await admin.GetAsync($"/admin/notes/{PlantedId("notes", "note_content_length")}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var unlinked = await (await admin.GetAsync($"/admin/activities/{PlantedId("activities", "activity_unlinked")}")).ShouldHave(HttpStatusCode.OK);
        unlinked.GetProperty("customer_id").ValueKind.ShouldBe(JsonValueKind.Null);
        (await admin.GetAsync("/admin/activities?page_size=100")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/admin/notes/" + PlantedId("notes", "note_unlinked"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/admin/reports/overview")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DealsWhoseStageNamedNoStageAreListedInAnInactiveStageAndMovable()
    {
        var id = PlantedId("deals", "stage_unknown");
        var legacyStage = app.Before["deals"][id.ToString()].Str("stage");
        var admin = app.Admin;
        var deal = await (await admin.GetAsync($"/admin/deals/{id}")).ShouldHave(HttpStatusCode.OK);
        var stage = deal.Str("stage");
        var stages = await (await admin.GetAsync("/admin/pipeline-stages?page_size=100")).ShouldHave(HttpStatusCode.OK);
        var created = stages.GetProperty("data").EnumerateArray().Single(s => s.Str("name") == stage);
        created.Str("display_name").ShouldBe(legacyStage.Trim());
        created.GetProperty("is_active").GetBoolean().ShouldBeFalse();
        created.Str("kind").ShouldBe("open");

        var listed = await (await admin.GetAsync($"/admin/deals?stage={stage}&page_size=100")).ShouldHave(HttpStatusCode.OK);
        listed.GetProperty("data").EnumerateArray().Select(d => d.Id()).ShouldContain(id);
        var moved = await (await admin.PatchJson($"/admin/deals/{id}", new { stage = "qualification" })).ShouldHave(HttpStatusCode.OK);
        moved.Str("stage").ShouldBe("qualification");
        var history = await (await admin.GetAsync($"/admin/deals/{id}/stage-history")).ShouldHave(HttpStatusCode.OK);
        history.GetProperty("data").EnumerateArray().Select(h => (h.Str("from_stage"), h.Str("to_stage"))).ShouldContain((stage, "qualification"));

        // The Go service's stages gained their kind from their names: entering closed_won wins the deal.
        var won = await (await admin.PatchJson($"/admin/deals/{id}", new { stage = "closed_won" })).ShouldHave(HttpStatusCode.OK);
        won.GetProperty("probability").GetInt32().ShouldBe(100);
        won.GetProperty("actual_close_date").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task LegacyAuditRowsAreReadableWithChangesDerivedFromTheirSnapshots()
    {
        var (id, row) = app.Before["audit_logs"].First(a => a.Value.Str("action") == "update"
            && a.Value.GetProperty("new_values").Str("status") != "lead");
        var admin = app.Admin;
        var read = await (await admin.GetAsync($"/admin/audit-logs/{id}")).ShouldHave(HttpStatusCode.OK);
        read.GetProperty("user_id").GetInt64().ShouldBe(row.GetProperty("user_id").GetInt64());
        var status = read.GetProperty("changes").GetProperty("status");
        status.Str("old").ShouldBe("lead");
        status.Str("new").ShouldBe(row.GetProperty("new_values").Str("status"));
        read.GetProperty("changes").TryGetProperty("email", out _).ShouldBeFalse("members equal in both snapshots are no change");

        var listed = await (await admin.GetAsync($"/admin/audit-logs?resource_type=customer&resource_id={row.GetProperty("resource_id")}&page_size=100"))
            .ShouldHave(HttpStatusCode.OK);
        listed.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldContain(long.Parse(id));

        // A delete by user 0 of a customer that no longer exists: every member of the snapshot went from its value to nothing.
        var dangling = app.Legacy.Planted.First(p => p.Rule == "audit_dangling_resource").Id;
        var gone = await (await admin.GetAsync($"/admin/audit-logs/{dangling}")).ShouldHave(HttpStatusCode.OK);
        gone.GetProperty("user_id").GetInt64().ShouldBe(0);
        gone.GetProperty("changes").GetProperty("name").GetProperty("new").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    /// <summary>
    /// The baseline: adoption brings the legacy tables to exactly what migration 000001 (and those after it) create on an
    /// empty database, but for what the contract keeps on purpose: the wider legacy columns, and the CHECKs that reported
    /// legacy rows break, added NOT VALID. (The kept legacy columns exist on both: migration 000008.)
    /// </summary>
    [Fact]
    public async Task TheAdoptedSchemaIsAFreshOnePlusTheKeptLegacyWidthsAndNotValidChecks()
    {
        var fresh = new LegacyDatabase(await TestDatabase.CreateAsync());
        try
        {
            var expected = (await SchemaAsync(fresh)).Select(line => line
                .Replace("activities.priority character varying(10)", "activities.priority character varying(20)")
                .Replace("activities.status character varying(20)", "activities.status character varying(50)")
                .Replace("activities.type character varying(20)", "activities.type character varying(50)")
                .Replace("customers.status character varying(20)", "customers.status character varying(50)")
                .Replace("audit_logs.resource_type character varying(50)", "audit_logs.resource_type character varying(100)")
                .Replace("audit_logs.user_role character varying(20)", "audit_logs.user_role character varying(50)")
                .Replace("deals.currency character(3) NO 'USD'::bpchar", "deals.currency character varying(3) NO 'USD'::character varying")
                // deals.currency only: it stays varchar(3) (crm_custom_fields.currency is text either way).
                .Replace("deals_currency_check CHECK ((currency ~", "deals_currency_check CHECK (((currency)::text ~"))
                .Select(line => NotValid.Any(c => line.Contains($" {c} CHECK")) ? line.Replace(" true", " false").Replace(")) false", ")) NOT VALID false") : line)
                .Order().ToList();
            var adopted = (await SchemaAsync(app.Legacy)).Where(l => !l.Contains("crm_adoption")).Order().ToList();
            adopted.Except(expected).ShouldBeEmpty();
            expected.Except(adopted).ShouldBeEmpty();
        }
        finally
        {
            await fresh.DisposeAsync();
        }
    }

    /// <summary>The CHECKs whose legacy rows the generator planted (reported and kept; legacy-database.md).</summary>
    static readonly string[] NotValid =
        ["activities_linked", "notes_linked", "notes_content_check", "activities_duration_minutes_check", "pipeline_stages_name_check"];

    static async Task<List<string>> SchemaAsync(LegacyDatabase database)
    {
        const string notCms = "NOT IN ('blogs', 'categories', 'content_items', 'content_sources', 'media', 'pages', 'posts', 'transcripts', " +
                              "'user_interactions', 'visitors', 'schema_migrations')";
        return (await database.RowsAsync($"""
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint
             WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text {notCms}
            UNION ALL
            SELECT 'INDEX ' || pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
             WHERE c.relnamespace = 'public'::regnamespace AND c.relname {notCms}
            UNION ALL
            SELECT 'COLUMN ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' '
                   || is_nullable || ' ' || coalesce(column_default, '') || ' ' || is_identity
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name {notCms}
            UNION ALL
            SELECT 'TRIGGER ' || tgname || ' ' || tgrelid::regclass FROM pg_trigger WHERE NOT tgisinternal
            UNION ALL
            SELECT 'EXTENSION ' || extname FROM pg_extension
            """)).Select(r => r[0]!).ToList();
    }
}
