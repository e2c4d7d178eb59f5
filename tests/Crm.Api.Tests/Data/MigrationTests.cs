using Crm.Api.Data;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Crm.Api.Tests.Data;

public class MigrationTests : EmptyDatabase
{
    Migrator NewMigrator(string table = "crm_schema_migrations") => new(DataSource, table, NullLogger.Instance);

    async Task<List<string>> TablesAsync()
    {
        await using var command = DataSource.CreateCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    static readonly string[] CrmTables =
        ["activities", "audit_logs", "contacts", "customer_tags", "customers", "deal_stage_history", "deals", "notes", "pipeline_stages", "tags"];

    [Fact]
    public async Task UpThenDownThenUpOnAnEmptyDatabase()
    {
        var migrator = NewMigrator();
        (await migrator.VersionAsync()).ShouldBe(new SchemaVersion(null, false));

        (await migrator.UpAsync()).ShouldBe(Migrator.All.Count);
        CrmTables.ShouldBeSubsetOf(await TablesAsync());
        (await migrator.VersionAsync()).ShouldBe(new SchemaVersion(Migrator.LatestVersion, false));
        await using (var stages = DataSource.CreateCommand("SELECT string_agg(name, ',' ORDER BY \"order\") FROM pipeline_stages"))
            ((string)(await stages.ExecuteScalarAsync())!).ShouldBe("prospecting,qualification,proposal,negotiation,closed_won,closed_lost");

        (await migrator.DownAsync()).ShouldBe(Migrator.All.Count);
        (await TablesAsync()).ShouldBe(["crm_schema_migrations"]);
        (await migrator.VersionAsync()).ShouldBe(new SchemaVersion(null, false));

        (await migrator.UpAsync()).ShouldBe(Migrator.All.Count);
        CrmTables.ShouldBeSubsetOf(await TablesAsync());
        (await migrator.UpAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task DownAndUpTakeAStepCount()
    {
        var migrator = NewMigrator();
        (await migrator.UpAsync(1)).ShouldBe(1);
        (await migrator.VersionAsync()).Version.ShouldBe(Migrator.All[0].Version);
        (await migrator.DownAsync(1)).ShouldBe(1);
        (await migrator.VersionAsync()).Version.ShouldBeNull();
    }

    [Fact]
    public async Task InstancesStartingAtOnceApplyEachMigrationExactlyOnce()
    {
        var applied = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => NewMigrator().UpAsync())));

        applied.Sum().ShouldBe(Migrator.All.Count);
        (await NewMigrator().VersionAsync()).ShouldBe(new SchemaVersion(Migrator.LatestVersion, false));
    }

    [Fact]
    public async Task AMigrationMayRunLongerThanTheCommandTimeout()
    {
        await using var impatient = NpgsqlDataSource.Create(TestDatabase.ConnectionString(Database) + ";Command Timeout=1");
        var migrator = new Migrator(impatient, "crm_schema_migrations", NullLogger.Instance);
        // Everything before the customer search migration (000007), which builds an index on customers.
        var search = Migrator.All.ToList().FindIndex(m => m.Version == 7);
        await migrator.UpAsync(search);

        // That migration waits ~2.5 s for a lock on customers, as it would for an index build on a big table.
        await using var holder = await DataSource.OpenConnectionAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockCustomers = new NpgsqlCommand("LOCK customers IN ACCESS EXCLUSIVE MODE", holder, transaction))
            await lockCustomers.ExecuteNonQueryAsync();
        var release = Task.Delay(2500).ContinueWith(_ => transaction.RollbackAsync()).Unwrap();

        (await migrator.UpAsync(1)).ShouldBe(1);
        release.IsCompleted.ShouldBeTrue("the migration should have waited for the lock");
        await release;
        (await migrator.VersionAsync()).ShouldBe(new SchemaVersion(7, false));
    }

    [Fact]
    public async Task AFailedMigrationLeavesTheVersionDirtyAndNothingHalfDone()
    {
        // A function 000001 creates, after its tables: the migration fails part-way through its transaction.
        await using (var blocker = DataSource.CreateCommand(
            "CREATE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$"))
            await blocker.ExecuteNonQueryAsync();

        await Should.ThrowAsync<PostgresException>(() => NewMigrator().UpAsync());

        (await NewMigrator().VersionAsync()).ShouldBe(new SchemaVersion(Migrator.All[0].Version, true));
        (await TablesAsync()).ShouldNotContain("customers");
        var refusal = await Should.ThrowAsync<InvalidOperationException>(() => NewMigrator().UpAsync());
        refusal.Message.ShouldContain("dirty");

        await using (var fix = DataSource.CreateCommand("DROP FUNCTION audit_logs_append_only()")) await fix.ExecuteNonQueryAsync();
        await NewMigrator().ForceAsync(0);
        await NewMigrator().DownAsync();
        (await NewMigrator().UpAsync()).ShouldBe(Migrator.All.Count);
    }

    [Fact]
    public async Task TheHistoryTableIsGolangMigrateCompatibleAndItsNameConfigurable()
    {
        await NewMigrator("other_migrations").UpAsync();

        await using var command = DataSource.CreateCommand(
            "SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_name = 'other_migrations' ORDER BY ordinal_position");
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        columns.ShouldBe(["version:bigint", "dirty:boolean"]);
        (await TablesAsync()).ShouldNotContain("crm_schema_migrations");
    }
}
