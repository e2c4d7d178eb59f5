using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Cluster;

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<LocalCluster>
{
    public const string Name = "local cluster";
}

/// <summary>
/// `make cluster`'s topology, started once for the cluster tests by the same script (scripts/cluster.sh) with real
/// processes: PostgreSQL primary and streaming replica, Redis, three instances of the published program, HAProxy.
/// Its own folder and ports; destroyed at the end. Tests that break a part put it back (<see cref="StartAsync"/>).
/// </summary>
public sealed class LocalCluster : IAsyncLifetime
{
    /// <summary>Small, so that a test can exhaust one user's budget in a few hundred requests.</summary>
    public const int RateLimit = 60;
    /// <summary>Small, so that a remembered "more than the limit" takes a few rows.</summary>
    public const int CountLimit = 5;
    public const int Instances = 3;

    readonly string _dir = Path.Combine(Path.GetTempPath(), $"crm-cluster-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
    int _base;
    static long _nextUser = 100_000 + Random.Shared.Next(1_000_000) * 10L;

    public int ProxyPort => _base;
    public int InstancePort(int n) => _base + n;
    public string PrimaryConnectionString => ConnectionString(_base + 10);
    public string ReplicaConnectionString => ConnectionString(_base + 11);
    public string StatsUrl => $"http://127.0.0.1:{_base + 13}/stats;csv";

    string ConnectionString(int port) =>
        $"Host=127.0.0.1;Port={port};Username=crm;Password={File.ReadAllText(Path.Combine(_dir, "pg-password")).Trim()};Database=crm;Timeout=5;Pooling=false";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(Path.Combine(_dir, "jwt-secret"), Tokens.Secret);
        // 14 consecutive free ports are not guaranteed by one probe: take a random block and check each. The blocks lie
        // below Linux's ephemeral range (32768+), where a busy machine's outgoing connections would take a port between the
        // probe and the server's bind.
        for (var attempt = 0; ; attempt++)
        {
            _base = 20000 + Random.Shared.Next(760) * 16;
            if (Enumerable.Range(0, 14).All(i => PortIsFree(_base + i)) || attempt > 20) break;
        }
        await RunAsync(TimeSpan.FromMinutes(5), "start");
    }

    public async Task DisposeAsync()
    {
        try { await RunAsync(TimeSpan.FromMinutes(2), "destroy"); }
        catch (Exception e) { Console.Error.WriteLine($"cluster destroy: {e.Message}"); }
    }

    /// <summary>Starts whatever is not running (after a test stopped or killed a part) and waits until it serves.</summary>
    public Task StartAsync() => RunAsync(TimeSpan.FromMinutes(3), "start");

    public Task StopReplicaAsync() => RunAsync(TimeSpan.FromMinutes(1), "stop-replica");

    public Task StopRedisAsync() => RunAsync(TimeSpan.FromMinutes(1), "stop-redis");

    public Task DelayReplicaAsync(int milliseconds) => RunAsync(TimeSpan.FromMinutes(1), "delay-replica", milliseconds.ToString());

    public int InstancePid(int n) => Pid($"crm-{n}");

    /// <summary>The process id the script recorded for a part (crm-N, redis, haproxy).</summary>
    public int Pid(string part) => int.Parse(File.ReadAllText(Path.Combine(_dir, $"{part}.pid")).Trim());

    /// <summary>Sends a signal by name (STOP, CONT) to a part: a process that hangs without closing its connections.</summary>
    public static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString()])!;
        await kill.WaitForExitAsync();
        kill.ExitCode.ShouldBe(0, $"kill -{signal} {pid}");
    }

    public string InstanceLog(int n) => File.ReadAllText(Path.Combine(_dir, $"crm-{n}.log"));

    /// <summary>A user id no other test uses: each test has budgets and commit positions of its own.</summary>
    public static long NewUser() => Interlocked.Increment(ref _nextUser);

    public HttpClient Client(int port, long userId, string role = "admin")
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, userId));
        return client;
    }

    /// <summary>Sums a counter of an instance's /metrics over the label sets that contain <paramref name="labels"/>.</summary>
    public async Task<double> MetricAsync(int instance, string name, string labels = "")
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{InstancePort(instance)}") };
        var text = await client.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(l => l.Contains(labels, StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The instance's /ready checks.</summary>
    public async Task<(int Status, Dictionary<string, string> Checks)> ReadyAsync(int instance)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{InstancePort(instance)}") };
        using var response = await client.GetAsync("/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var checks = body.TryGetProperty("checks", out var c) ? c : body.GetProperty("data").GetProperty("checks");
        return ((int)response.StatusCode, checks.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
    }

    /// <summary>Waits until every instance's /ready reports <paramref name="check"/> as <paramref name="expected"/> (its start).</summary>
    public async Task EveryInstanceReportsAsync(string check, string expected, TimeSpan bound)
    {
        for (var n = 1; n <= Instances; n++)
        {
            var instance = n;
            await EventuallyAsync(async () => (await ReadyAsync(instance)) is { Status: 200 } ready && ready.Checks[check].StartsWith(expected, StringComparison.Ordinal),
                bound, $"instance {n} reporting {check}: {expected}");
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds (bounded: fails with what it saw last).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan bound, string what)
    {
        var deadline = DateTime.UtcNow + bound;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not within {bound}: {what}");
            await Task.Delay(100);
        }
    }

    public async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    async Task RunAsync(TimeSpan bound, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(PublishedApp.RepositoryRoot, "scripts", "cluster.sh"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CLUSTER_DIR"] = _dir;
        start.Environment["CLUSTER_PORT"] = _base.ToString();
        start.Environment["CRM_DLL"] = await PublishedApp.DllAsync();
        start.Environment["RATE_LIMIT_PER_MINUTE"] = RateLimit.ToString();
        // These tests count refusals by the hundred; holding each for a second would only make them slow.
        start.Environment["RATE_LIMIT_REFUSAL_DELAY_MS"] = "0";
        start.Environment["COUNT_LIMIT"] = CountLimit.ToString();
        start.Environment["READ_REPLICA_MAX_LAG_SECONDS"] = "30";
        // The instances run under a test run's load: room for slow first requests.
        start.Environment["DB_MAX_POOL_SIZE"] = "10";
        using var process = Process.Start(start)!;
        // Read to files, not to the end of the pipes: the daemons started by the script inherit nothing, but be safe.
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cluster.sh {string.Join(' ', args)} did not finish within {bound}:\n{output}");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"cluster.sh {string.Join(' ', args)} failed ({process.ExitCode}):\n{output}");
    }

    static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
