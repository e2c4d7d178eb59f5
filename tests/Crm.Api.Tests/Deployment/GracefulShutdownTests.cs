using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Crm.Api.Configuration;
using Crm.Api.Operations;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Deployment;

/// <summary>
/// SIGTERM to the published program, as docker stop and Kubernetes send it. The requests are made slow without
/// touching the program: a transaction holds the customers table, and every request waits on that lock.
/// </summary>
public class GracefulShutdownTests
{
    const int Reads = 10;
    const int Writes = 10;

    [Fact]
    public async Task OnSigtermReadyTurns503InFlightRequestsAllCompleteAndTheProcessExitsZero()
    {
        // The default readiness delay (5 s): room for the probes below even on a busy machine.
        await using var run = await RunningService.StartAsync(delaySeconds: null, drainSeconds: 60);
        await using var blocker = await run.LockCustomersAsync();

        // Each read with filters of its own: identical lists in flight together share one count, so they would not each wait.
        var reads = Enumerable.Range(0, Reads).Select(i => run.Client.GetAsync($"/admin/customers?page_size=100&assigned_to={i + 1}"));
        var writes = Enumerable.Range(0, Writes).Select(i =>
            run.Client.PostJson("/admin/customers", new { name = $"Drain {i}", email = $"drain{i}@example.com" }));
        var inFlight = reads.Concat(writes).ToList();
        await run.WaitForLockWaitersAsync(Reads + Writes);

        run.Service.Terminate();

        // At once /ready says 503 (load balancers stop routing here) while the server still accepts connections.
        var ready = await run.PollReadyUntilStoppingAsync();
        await ready.ShouldBeError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");

        // After the delay the listener closes, with every request still waiting on the lock: they are in flight.
        await run.WaitUntilConnectionsAreRefusedAsync();
        inFlight.Where(request => request.IsCompleted).Select(Describe).ShouldBeEmpty("requests that ended before the lock was released");

        await blocker.DisposeAsync(); // releases the lock
        var responses = await Task.WhenAll(inFlight);
        foreach (var response in responses.Take(Reads)) await response.ShouldHave(HttpStatusCode.OK);
        foreach (var response in responses.Skip(Reads)) await response.ShouldHave(HttpStatusCode.Created);

        (await run.Service.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, run.Service.Output);
        run.Service.Output.ShouldContain("Stopping: /ready answers 503");
        await using var check = await run.OpenConnectionAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM customers WHERE name LIKE 'Drain %'", check);
        ((long)(await count.ExecuteScalarAsync())!).ShouldBe(Writes);
    }

    [Fact]
    public async Task TheDrainIsBoundedARequestThatOutlastsItIsCutAndTheProcessStillExitsZero()
    {
        await using var run = await RunningService.StartAsync(delaySeconds: 0, drainSeconds: 1);
        await using var blocker = await run.LockCustomersAsync();

        var stuck = run.Client.GetAsync("/admin/customers");
        await run.WaitForLockWaitersAsync(1);
        run.Service.Terminate();

        (await run.Service.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, run.Service.Output);
        await Should.ThrowAsync<HttpRequestException>(stuck);
    }

    static string Describe(Task<HttpResponseMessage> request) =>
        request.IsCompletedSuccessfully ? $"{(int)request.Result.StatusCode}" : request.Exception?.InnerException?.Message ?? "canceled";

    [Fact]
    public void TheDelayDefaultsTo5SecondsOutsideDevelopmentAnd0InItTheDrainTo25()
    {
        var production = CrmSettings.Load(new Dictionary<string, string> { ["DATABASE_URL"] = "postgres://u:p@h/d", ["JWT_SECRET"] = Tokens.Secret }.GetValueOrDefault);
        var development = CrmSettings.Load(new Dictionary<string, string> { ["DATABASE_URL"] = "postgres://u:p@h/d", ["JWT_SECRET"] = "dev", ["ENVIRONMENT"] = "Development" }.GetValueOrDefault);

        (production.ShutdownDelaySeconds, production.ShutdownDrainSeconds).ShouldBe((5, 25));
        (development.ShutdownDelaySeconds, development.ShutdownDrainSeconds).ShouldBe((0, 25));
        GracefulShutdown.ShutdownTimeout(production).ShouldBe(TimeSpan.FromSeconds(30));
        Should.Throw<InvalidConfigurationException>(() => CrmSettings.Load(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgres://u:p@h/d", ["JWT_SECRET"] = Tokens.Secret, ["SHUTDOWN_DRAIN_SECONDS"] = "0",
        }.GetValueOrDefault)).Message.ShouldContain("SHUTDOWN_DRAIN_SECONDS");
    }

    /// <summary>The published program on a free port, on a database of its own, with an admin client.</summary>
    sealed class RunningService : IAsyncDisposable
    {
        public required ServiceProcess Service { get; init; }
        public required HttpClient Client { get; init; }
        public required string Database { get; init; }
        public required int Port { get; init; }

        public static async Task<RunningService> StartAsync(int? delaySeconds, int drainSeconds)
        {
            var database = await TestDatabase.CreateAsync();
            var port = ServiceProcess.FreePort();
            var environment = new Dictionary<string, string>
            {
                ["DATABASE_URL"] = TestDatabase.Url(database),
                ["JWT_SECRET"] = Tokens.Secret,
                ["PORT"] = port.ToString(),
                ["ENVIRONMENT"] = "Production",
                ["SHUTDOWN_DRAIN_SECONDS"] = drainSeconds.ToString(),
                // All 20 requests in flight at once are one user's: none may wait behind the per-user concurrency limit.
                ["MAX_CONCURRENT_REQUESTS_PER_USER"] = "50",
            };
            if (delaySeconds is { } delay) environment["SHUTDOWN_DELAY_SECONDS"] = delay.ToString();
            var service = await ServiceProcess.StartAsync(environment, "serve");
            await service.WaitUntilReadyAsync(port, TimeSpan.FromSeconds(120));
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(90) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("admin", 1));
            return new RunningService { Service = service, Client = client, Database = database, Port = port };
        }

        public async Task<NpgsqlConnection> OpenConnectionAsync()
        {
            var connection = new NpgsqlConnection(TestDatabase.ConnectionString(Database));
            await connection.OpenAsync();
            return connection;
        }

        /// <summary>A connection whose open transaction holds the customers table until it is disposed.</summary>
        public async Task<NpgsqlConnection> LockCustomersAsync()
        {
            var connection = await OpenConnectionAsync();
            await using var command = new NpgsqlCommand("BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE", connection);
            await command.ExecuteNonQueryAsync();
            return connection;
        }

        /// <summary>Waits until <paramref name="count"/> of the service's sessions wait on a lock: the requests are in flight.</summary>
        public async Task WaitForLockWaitersAsync(int count)
        {
            await using var connection = await OpenConnectionAsync();
            await using var query = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'crm-service' AND wait_event_type = 'Lock'", connection);
            query.Parameters.Add(new NpgsqlParameter { Value = Database });
            for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(50))
                if ((long)(await query.ExecuteScalarAsync())! == count) return;
            throw new TimeoutException($"{count} requests never all waited on the lock. Output:\n{Service.Output}");
        }

        /// <summary>Polls /ready until its checks say the service is stopping (until the signal is handled they don't).</summary>
        public async Task<HttpResponseMessage> PollReadyUntilStoppingAsync()
        {
            for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(20))
            {
                var response = await Client.GetAsync("/ready");
                var body = await response.Content.ReadAsStringAsync();
                if (body.Contains("\"shutdown\":\"stopping\"")) return response;
            }
            throw new TimeoutException($"/ready never reported stopping after SIGTERM. Output:\n{Service.Output}");
        }

        public async Task WaitUntilConnectionsAreRefusedAsync()
        {
            for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(50))
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, Port);
                }
                // Refused, or reset when the listening socket closed with this connection still in its backlog: either
                // way the server no longer accepts it.
                catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
                {
                    return;
                }
            }
            throw new TimeoutException("The server kept accepting connections after SIGTERM");
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Service.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await TestDatabase.DropAsync(Database);
        }
    }
}
