using System.Net;
using System.Net.Http.Headers;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Webhooks;

/// <summary>
/// The dispatcher as it runs in production: the published program, as real processes on one database. A process
/// killed with SIGKILL in the middle of deliveries loses none of them (its leases expire and another process takes
/// over); two processes dispatching at once deliver each event exactly once, in order per resource.
/// </summary>
public class WebhookProcessTests : IAsyncLifetime
{
    string database = "";

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(database);
    }

    async Task<(ServiceProcess Process, HttpClient Client)> StartAsync()
    {
        var port = ServiceProcess.FreePort();
        var process = await ServiceProcess.StartAsync(Environment(port));
        await process.WaitUntilReadyAsync(port, TimeSpan.FromSeconds(120));
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("admin", 1));
        return (process, client);
    }

    Dictionary<string, string> Environment(int port) => new()
    {
            ["DATABASE_URL"] = TestDatabase.Url(database),
            ["JWT_SECRET"] = Tokens.Secret,
            ["PORT"] = port.ToString(),
            ["ENVIRONMENT"] = "Production",
            ["SHUTDOWN_DELAY_SECONDS"] = "0",
            ["DB_MAX_POOL_SIZE"] = "10",
            ["WEBHOOK_SECRET_KEY"] = WebhookFactory.SecretKey,
            ["WEBHOOK_ALLOW_PRIVATE"] = "true",
    };

    static async Task<long> CreateCustomerAsync(HttpClient client, string email) =>
        (await (await client.PostJson("/admin/customers", new { name = "Process", email })).ShouldHave(HttpStatusCode.Created)).Id();

    List<long> EventIds()
    {
        using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(database));
        connection.Open();
        using var command = new NpgsqlCommand("SELECT id FROM crm_events WHERE resource_type = 'customer' ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    [Fact]
    public async Task OnceAWebhookExistsTheServiceRefusesToStartWithoutWebhookSecretKey()
    {
        var (first, client) = await StartAsync();
        await using (first)
            await (await client.PostJson("/admin/webhooks", new { url = "http://127.0.0.1:9/hook", event_types = new[] { "*" } })).ShouldHave(HttpStatusCode.Created);

        var environment = Environment(ServiceProcess.FreePort());
        environment.Remove("WEBHOOK_SECRET_KEY");
        var (exitCode, output) = await ServiceProcess.RunAsync(environment);
        exitCode.ShouldBe(1, output);
        output.ShouldContain("WEBHOOK_SECRET_KEY is required");
    }

    [Fact]
    public async Task ADispatcherKilledInTheMiddleOfDeliveriesLosesNone()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Hold = new TaskCompletionSource();
        var (first, client) = await StartAsync();
        await using (first)
        {
            await (await client.PostJson("/admin/webhooks", new { url = receiver.Url, event_types = new[] { "customer.created" } })).ShouldHave(HttpStatusCode.Created);
            for (var i = 0; i < 20; i++) await CreateCustomerAsync(client, $"killed{i}@example.com");
            // Deliveries are claimed and in flight, held by the receiver: now the process dies.
            await receiver.WaitForAsync(_ => receiver.Arrivals > 0);
            first.KillHard();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        receiver.Hold.SetResult();
        receiver.Hold = null;

        var (second, _) = await StartAsync();
        await using (second)
        {
            var expected = EventIds();
            expected.Count.ShouldBe(20);
            // The dead process's leases expire (30 s) and the survivor sends what it had claimed.
            await receiver.WaitForAsync(_ => expected.All(id => receiver.Accepted.Any(r => r.Id == id.ToString())), seconds: 120);
        }
    }

    [Fact]
    public async Task TwoDispatcherProcessesDeliverEachEventOnceInOrderPerResource()
    {
        await using var receiver = await Receiver.StartAsync();
        var (first, one) = await StartAsync();
        var (second, two) = await StartAsync();
        await using (first)
        await using (second)
        {
            await (await one.PostJson("/admin/webhooks", new { url = receiver.Url, event_types = new[] { "customer.*" } })).ShouldHave(HttpStatusCode.Created);
            var writes = Enumerable.Range(0, 30).Select(async i =>
            {
                var client = i % 2 == 0 ? one : two;
                var id = await CreateCustomerAsync(client, $"twice{i}@example.com");
                for (var n = 1; n <= 3; n++)
                    await (await client.PatchJson($"/admin/customers/{id}", new { next_follow_up_at = $"2032-03-{n:00}T00:00:00Z" })).ShouldHave(HttpStatusCode.OK);
            });
            await Task.WhenAll(writes);

            var expected = EventIds();
            expected.Count.ShouldBe(120);
            await receiver.WaitForAsync(_ => receiver.Accepted.Count >= expected.Count, seconds: 120);
            // A little longer: a duplicate, if any, would arrive now.
            await Task.Delay(TimeSpan.FromSeconds(2));
            receiver.Requests.Select(r => r.Id).ShouldBe(expected.Select(id => id.ToString()), ignoreOrder: true);
            foreach (var resource in receiver.Accepted.GroupBy(r => r.ResourceId))
                resource.Select(r => r.Sequence).ShouldBe([1L, 2L, 3L, 4L]);
        }
    }
}
