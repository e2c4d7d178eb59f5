using Crm.Api.Data;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Adoption;

/// <summary>
/// Contract section 8's safety rules, each on a legacy database of its own, through the published program: what is
/// refused changes nothing (pg_dump of the whole database before and after), and says what to run instead.
/// </summary>
public class AdoptionSafetyTests
{
    const int Customers = 120;

    static async Task<LegacyDatabase> Adopted()
    {
        var database = await LegacyDatabase.CreateAsync(Customers);
        var (exit, output) = await database.MigrateAsync("up", "--no-backup", "--resolve", LegacyDatabase.AllPolicies);
        exit.ShouldBe(0, output);
        return database;
    }

    [Fact]
    public async Task AFailureMidwayThroughTheConversionLeavesTheDatabaseExactlyAsItWas()
    {
        await using var database = await LegacyDatabase.CreateAsync(Customers);
        // Planted so that only the conversion meets it: the check reads deals, the conversion's fixes update them.
        await database.ExecuteAsync("""
            CREATE FUNCTION refuse_deal_updates() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'planted failure on deal %', OLD.id; END $$;
            CREATE TRIGGER refuse_deal_updates BEFORE UPDATE ON deals FOR EACH ROW EXECUTE FUNCTION refuse_deal_updates();
            """);
        var before = await database.DumpAsync();
        var backup = Path.Combine(Path.GetTempPath(), $"crm-failed-{Guid.NewGuid():N}.dump");

        var (exit, output) = await database.MigrateAsync("up", "--backup-to", backup, "--resolve", LegacyDatabase.AllPolicies);

        exit.ShouldBe(1, output);
        output.ShouldContain("planted failure on deal");
        output.ShouldContain("rolled back");
        output.ShouldContain("adoption: normalising", Case.Sensitive, "the failure must come midway, after the backup and the first fixes");
        (await database.DumpAsync()).ShouldBe(before);
        File.Exists(backup).ShouldBeFalse("the backup of a database that was not converted is removed");
    }

    [Fact]
    public async Task UpWithoutABackupAndForceAreRefusedOnALegacyDatabase()
    {
        await using var database = await LegacyDatabase.CreateAsync(Customers);
        var before = await database.DumpAsync();

        var (exit, output) = await database.MigrateAsync("up", "--resolve", LegacyDatabase.AllPolicies);
        exit.ShouldBe(1, output);
        output.ShouldContain("--backup-to");

        // Nor can a forced version pass the legacy tables off as ours.
        var (forced, forceOutput) = await database.MigrateAsync("force", "1");
        forced.ShouldBe(1, forceOutput);
        forceOutput.ShouldContain("legacy");
        (await database.DumpAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TwoUpsAtOnceAdoptOnceAndBothSucceed()
    {
        await using var database = await LegacyDatabase.CreateAsync(Customers);

        var runs = await Task.WhenAll(Enumerable.Range(0, 2)
            .Select(_ => database.MigrateAsync("up", "--no-backup", "--resolve", LegacyDatabase.AllPolicies)));

        runs.ShouldAllBe(r => r.ExitCode == 0, string.Join("\n----\n", runs.Select(r => r.Output)));
        runs.Count(r => r.Output.Contains("adoption: commit")).ShouldBe(1);
        (await database.ScalarAsync<long>("SELECT count(*) FROM crm_adoption")).ShouldBe(1);
        (await database.ScalarAsync<long>("SELECT version FROM crm_schema_migrations")).ShouldBe(Migrator.LatestVersion);
    }

    [Fact]
    public async Task DownWithoutACountIsRefused()
    {
        await using var database = await Adopted();
        var before = await database.DumpAsync();

        var (exit, output) = await database.MigrateAsync("down");

        exit.ShouldBe(2, output);
        output.ShouldContain("down needs a count");
        (await database.DumpAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task DownStopsAtTheAdoptionBaselineAndKeepsTheLegacyColumns()
    {
        await using var database = await Adopted();
        var afterBaseline = Migrator.All.Count(m => m.Version > 1);
        var before = await database.DumpAsync();

        var (refused, refusal) = await database.MigrateAsync("down", (afterBaseline + 1).ToString());
        refused.ShouldBe(1, refusal);
        refusal.ShouldContain("baseline");
        refusal.ShouldContain($"At most {afterBaseline} migration(s)");
        (await database.DumpAsync()).ShouldBe(before);

        var legacyNotes = await database.ScalarAsync<long>("SELECT count(*) FROM notes WHERE activity_id IS NOT NULL");
        legacyNotes.ShouldBeGreaterThan(0);
        var (down, downOutput) = await database.MigrateAsync("down", afterBaseline.ToString());
        down.ShouldBe(0, downOutput);
        (await database.ScalarAsync<long>("SELECT version FROM crm_schema_migrations")).ShouldBe(1);
        (await database.ScalarAsync<long>("SELECT count(*) FROM notes WHERE activity_id IS NOT NULL")).ShouldBe(legacyNotes);
        (await database.MigrateAsync("up")).ExitCode.ShouldBe(0);
        (await database.ScalarAsync<long>("SELECT version FROM crm_schema_migrations")).ShouldBe(Migrator.LatestVersion);
    }

    [Fact]
    public async Task ServeRefusesALegacyDatabaseAndNeverAdoptsIt()
    {
        await using var database = await LegacyDatabase.CreateAsync(Customers);
        var before = await database.DumpAsync();

        await using var service = await ServiceProcess.StartAsync(database.Environment(("JWT_SECRET", Tokens.Secret), ("MIGRATE_ON_START", "true"),
            ("PORT", ServiceProcess.FreePort().ToString())), "serve");
        var exit = await service.WaitForExitAsync(TimeSpan.FromSeconds(120));

        exit.ShouldBe(1, service.Output);
        service.Output.ShouldContain("never adopts");
        (await database.DumpAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CheckRefusesWhileCmsObjectsDependOnCrmTablesAndNamesTheStatementsToRun()
    {
        await using var database = await LegacyDatabase.CreateAsync(Customers);
        await database.ExecuteAsync("""
            CREATE VIEW cms_customer_emails AS SELECT id, email FROM customers;
            ALTER TABLE user_interactions ADD COLUMN customer_id integer REFERENCES customers (id);
            """);
        var before = await database.DumpAsync();

        var (exit, output) = await database.MigrateAsync("check", "--resolve", LegacyDatabase.AllPolicies);
        exit.ShouldBe(1, output);
        output.ShouldContain("DROP VIEW cms_customer_emails;");
        output.ShouldContain("ALTER TABLE user_interactions DROP CONSTRAINT user_interactions_customer_id_fkey;");

        (await database.MigrateAsync("up", "--no-backup", "--resolve", LegacyDatabase.AllPolicies)).ExitCode.ShouldBe(1);
        (await database.DumpAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CheckRefusesARoleWithoutOwnershipOrPrivilegesAndNamesTheGrantsToRun()
    {
        await using var database = await LegacyDatabase.CreateAsync(Customers);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string owner = $"legacy_owner_{suffix}", adopter = $"crm_adopter_{suffix}", password = Guid.NewGuid().ToString("N");
        await database.ExecuteAsync($"""
            CREATE ROLE {owner} NOLOGIN;
            CREATE ROLE {adopter} LOGIN PASSWORD '{password}';
            ALTER TABLE customers OWNER TO {owner};
            """);
        try
        {
            var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            var url = $"postgres://{adopter}:{password}@{settings.Host}:{settings.Port}/{database.Name}";
            var (exit, output) = await ServiceProcess.RunAsync(new Dictionary<string, string> { ["DATABASE_URL"] = url }, "migrate", "check");

            exit.ShouldBe(1, output);
            output.ShouldContain($"ALTER TABLE customers OWNER TO {adopter};");
            output.ShouldContain($"GRANT CREATE ON SCHEMA public TO {adopter};");
            output.ShouldContain("CREATE EXTENSION pg_trgm;");
            output.ShouldContain($"GRANT CREATE ON DATABASE {database.Name} TO {adopter};");
        }
        finally
        {
            await database.DisposeAsync();
            await using var server = new NpgsqlConnection(TestDatabase.ConnectionString("postgres"));
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS {adopter}; DROP ROLE IF EXISTS {owner}", server);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task ADatabaseOfUnknownShapeIsRefusedByCheckAndUp()
    {
        await using var database = await LegacyDatabase.CreateAsync(Customers);
        await database.ExecuteAsync("ALTER TABLE customers ADD COLUMN loyalty_points integer");
        var before = await database.DumpAsync();

        var (exit, output) = await database.MigrateAsync("check");
        exit.ShouldBe(1, output);
        output.ShouldContain("schema: unknown");
        output.ShouldContain("customers has an unexpected column loyalty_points");
        (await database.MigrateAsync("up", "--no-backup")).ExitCode.ShouldBe(1);
        (await database.DumpAsync()).ShouldBe(before);
    }
}
