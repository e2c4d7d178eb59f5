using System.Net.Http.Headers;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// The published program serving on a free port over a database of its own, for tests that need the real server (Kestrel's
/// own answers, raw bytes on the wire) or a process under sustained traffic. One per test class (IClassFixture).
/// </summary>
public class PublishedService : IAsyncLifetime
{
    public ServiceProcess Process { get; private set; } = null!;
    public int Port { get; private set; }
    public string Database { get; private set; } = "";

    /// <summary>Settings beyond the defaults, as environment variable names.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Port = ServiceProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = TestDatabase.Url(Database),
            ["JWT_SECRET"] = Tokens.Secret,
            ["PORT"] = Port.ToString(),
            ["ENVIRONMENT"] = "Production",
            ["SHUTDOWN_DELAY_SECONDS"] = "0",
        };
        foreach (var (key, value) in Settings) environment[key] = value;
        Process = await ServiceProcess.StartAsync(environment, "serve");
        await Process.WaitUntilReadyAsync(Port, TimeSpan.FromSeconds(180));
    }

    /// <summary>A client for the service, authenticated as <paramref name="role"/> when given.</summary>
    public HttpClient Client(string? role = null, long userId = 1, string? name = null)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(90) };
        if (role is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, userId, name));
        return client;
    }

    public async Task DisposeAsync()
    {
        await Process.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(Database);
    }
}
