using Crm.Api.Configuration;
using Crm.Api.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the test run (TEST_DATABASE_URL). Migrations are applied once, to a template
/// database of this run; every test class then gets its own database cloned from it in milliseconds.
/// </summary>
public static class TestDatabase
{
    static readonly string RunId = $"{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..6]}";
    static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string ServerUrl => Environment.GetEnvironmentVariable("TEST_DATABASE_URL") is { Length: > 0 } url
        ? url
        : throw new InvalidOperationException("TEST_DATABASE_URL is not set: run the tests with 'make test'.");

    public static string ConnectionString(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        if (!DatabaseUrl.TryApply(ServerUrl, builder, out var error)) throw new InvalidOperationException($"TEST_DATABASE_URL {error}");
        builder.Database = database;
        builder.MaxPoolSize = 20;
        builder.Timeout = 5;
        return builder.ConnectionString;
    }

    public static string Url(string database)
    {
        var uri = new UriBuilder(ServerUrl) { Path = "/" + database };
        return uri.Uri.ToString();
    }

    /// <summary>Creates a fresh, migrated database and returns its name.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await Template.Value;
        var name = $"crm_test_{RunId}_{Guid.NewGuid().ToString("N")[..8]}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    /// <summary>Creates an empty database (no schema), for migration tests.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = $"crm_empty_{RunId}_{Guid.NewGuid().ToString("N")[..8]}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    public static Task DropAsync(string name) => ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    static async Task<string> CreateTemplateAsync()
    {
        var name = $"crm_template_{RunId}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        await using (var dataSource = NpgsqlDataSource.Create(ConnectionString(name)))
            await new Migrator(dataSource, "crm_schema_migrations", NullLogger.Instance).UpAsync();
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(name).GetAwaiter().GetResult();
        return name;
    }

    static async Task ExecuteOnServerAsync(string sql)
    {
        // Cloning takes a lock on the template: concurrent clones wait and retry instead of failing.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString(MaintenanceDatabase));
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == "55006" && attempt < 20)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    static string MaintenanceDatabase
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder();
            DatabaseUrl.TryApply(ServerUrl, builder, out _);
            return builder.Database ?? "postgres";
        }
    }
}
