using System.Text.Json;
using Crm.Api.Data;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Adoption;

/// <summary><c>crm migrate</c>'s arguments and its report on databases that are not legacy ones.</summary>
public class MigrateCommandTests
{
    static async Task<(int ExitCode, string Output)> Migrate(string database, params string[] args)
    {
        var output = new StringWriter();
        var exit = await MigrateCommand.RunAsync(args, TestDatabase.ConnectionString(database), "crm_schema_migrations", output, output);
        return (exit, output.ToString());
    }

    [Theory]
    [InlineData("check --resolve amount=double", "unknown --resolve \"amount=double\"")]
    [InlineData("check --resolve email-case=merge-into-newest", "merging customers does not exist yet")]
    [InlineData("check --resolve amount=zero --resolve amount=abs", "--resolve amount is given twice")]
    [InlineData("up --backup-to a.dump --no-backup", "exclude each other")]
    [InlineData("down 0", "n must be a positive integer")]
    [InlineData("down 2 --json", "does not apply to migrate down")]
    [InlineData("sideways", "unknown migrate command")]
    public async Task BadArgumentsAreUsageErrorsThatTouchNothing(string args, string message)
    {
        var (exit, output) = await Migrate("postgres", args.Split(' '));
        exit.ShouldBe(2, output);
        output.ShouldContain(message);
    }

    [Fact]
    public async Task CheckOnAnEmptyDatabaseListsEveryMigrationAndCreatesNothing()
    {
        var database = await TestDatabase.CreateEmptyAsync();
        try
        {
            var (exit, output) = await Migrate(database, "check", "--json");
            exit.ShouldBe(0, output);
            var report = JsonDocument.Parse(output).RootElement;
            report.Str("schema").ShouldBe("empty");
            report.GetProperty("pending_migrations").EnumerateArray().Select(v => v.GetInt64()).ShouldBe(Migrator.All.Select(m => m.Version));
            await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString(database));
            await connection.OpenAsync();
            await using var tables = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
            ((long)(await tables.ExecuteScalarAsync())!).ShouldBe(0);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task CheckOnOurOwnSchemaAtTheLatestVersionHasNothingToDo()
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            var (exit, output) = await Migrate(database, "check");
            exit.ShouldBe(0, output);
            output.ShouldContain($"schema: ours (version {Migrator.LatestVersion})");
            output.ShouldNotContain("migrations up will apply");
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestDatabase.DropAsync(database);
        }
    }
}
