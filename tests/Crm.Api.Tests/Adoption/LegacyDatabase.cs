using System.Diagnostics;
using System.Text.Json;
using Crm.Api.Seeding;
using Crm.Api.Seeding.Legacy;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Adoption;

/// <summary>
/// A database of its own holding the Go service's schema, the CMS's tables and legacy data with every kind of dirt
/// (<c>crm seed --legacy</c>'s generator), and what the generator says it planted. Tools to look at it from outside:
/// pg_dump, plain queries, and the published <c>crm</c> program run against it.
/// </summary>
public sealed class LegacyDatabase : IAsyncDisposable
{
    /// <summary>Every --resolve policy the adoption table names (merge-into-newest waits for merge to exist).</summary>
    public static readonly string AllPolicies =
        "unknown-enum=default,amount=zero,probability=clamp,currency=USD,empty-name=placeholder,bad-color=null,email-case=suffix-older,tag-case=merge-into-oldest";

    public string Name { get; }
    public List<PlantedDirt> Planted { get; } = [];

    public LegacyDatabase(string name) => Name = name;

    public static async Task<LegacyDatabase> CreateAsync(long customers = 300)
    {
        var database = new LegacyDatabase(await TestDatabase.CreateEmptyAsync());
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await LegacySeeder.SeedAsync(dataSource, customers, 7, new Progress(TextWriter.Null, customers), database.Planted.Add);
        return database;
    }

    public string ConnectionString => TestDatabase.ConnectionString(Name);

    /// <summary>The environment the published program runs with: this database, and nothing of the test run's own.</summary>
    public Dictionary<string, string> Environment(params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { ["DATABASE_URL"] = TestDatabase.Url(Name) };
        foreach (var (key, value) in more) environment[key] = value;
        return environment;
    }

    /// <summary>Runs <c>crm migrate …</c> as the published program: exit code and output.</summary>
    public Task<(int ExitCode, string Output)> MigrateAsync(params string[] args) =>
        ServiceProcess.RunAsync(Environment(), ["migrate", .. args]);

    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = Open();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = Open();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Rows of a query, each as its columns' text.</summary>
    public async Task<List<string?[]>> RowsAsync(string sql)
    {
        await using var connection = Open();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i))).ToArray());
        return rows;
    }

    /// <summary>Every row of a table, by its key, as the JSON PostgreSQL makes of it (to_jsonb: exact values, ids included).</summary>
    public async Task<Dictionary<string, JsonElement>> TableAsync(string table, string key = "id") =>
        (await RowsAsync($"SELECT ({key})::text, to_jsonb(t)::text FROM {table} t"))
            .ToDictionary(r => r[0]!, r => JsonDocument.Parse(r[1]!).RootElement.Clone());

    /// <summary>pg_dump's plain SQL of the whole database, or of some tables: equal dumps, equal databases.</summary>
    public async Task<string> DumpAsync(params string[] tables)
    {
        var settings = new NpgsqlConnectionStringBuilder(ConnectionString);
        var start = new ProcessStartInfo(PgDump) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--no-password", $"--host={settings.Host}", $"--port={settings.Port}", $"--username={settings.Username}", $"--dbname={Name}" })
            start.ArgumentList.Add(argument);
        foreach (var table in tables) start.ArgumentList.Add($"--table=public.{table}");
        start.Environment["PGPASSWORD"] = settings.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, await errors);
        // pg_dump guards a plain dump with a random key (\restrict, \unrestrict): the only lines that differ between dumps of one database.
        return string.Join('\n', (await output).Split('\n').Where(l => !l.StartsWith("\\restrict ") && !l.StartsWith("\\unrestrict ")));
    }

    /// <summary>The PostgreSQL client tools of the server the tests run on (installed with it by scripts/dev-db.sh).</summary>
    public static string PgDump => Tool("pg_dump");

    public static string Tool(string name) =>
        Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)).Where(File.Exists).OrderDescending().FirstOrDefault()
        ?? name;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(Name);
    }
}
