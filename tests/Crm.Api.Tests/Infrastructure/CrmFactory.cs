using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// The real application, in process, over its real HTTP pipeline, on a database of its own cloned from the
/// migrated template. One per test class (IClassFixture), so test classes never share rows.
/// </summary>
public class CrmFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DatabaseName { get; private set; } = "";

    /// <summary>True for a second instance on another factory's database, which that factory created and drops.</summary>
    readonly bool _borrowed;

    public CrmFactory() { }

    /// <summary>Another instance of the service on the database of an existing factory (several instances, one database).</summary>
    protected CrmFactory(string database) => (DatabaseName, _borrowed) = (database, true);

    /// <summary>Settings beyond the defaults, as environment variable names (e.g. AGENT_READ_SCOPE).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        if (!_borrowed) DatabaseName = await CreateDatabaseAsync();
    }

    /// <summary>The database this class's application runs on: by default a clone of the migrated template.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_borrowed) return;
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(DatabaseName);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DATABASE_URL", TestDatabase.Url(DatabaseName));
        builder.UseSetting("JWT_SECRET", Tokens.Secret);
        builder.UseSetting("ENVIRONMENT", "Production");
        builder.UseSetting("MIGRATE_ON_START", "false");
        builder.UseSetting("DB_MAX_POOL_SIZE", "20");
        // The readiness delay serves load balancers; an in-process test host has none to wait for.
        builder.UseSetting("SHUTDOWN_DELAY_SECONDS", "0");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
    }

    /// <summary>What the application logged, for tests of the log lines themselves.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>A client authenticated as <paramref name="role"/> with the given CMS user id.</summary>
    public HttpClient As(string role, long userId = 1, string? name = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, userId, name));
        return client;
    }

    public HttpClient Admin => As("admin", 1);

    /// <summary>A direct connection to this class's database, for arranging and checking rows.</summary>
    public NpgsqlConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString(DatabaseName));
        connection.Open();
        return connection;
    }
}
