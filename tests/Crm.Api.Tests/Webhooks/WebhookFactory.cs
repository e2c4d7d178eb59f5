using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Crm.Api.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Crm.Api.Tests.Webhooks;

/// <summary>
/// The application with webhooks configured, a clock the test moves (FakeTimeProvider: backoff, timeouts, leases and
/// reminders follow it; the dispatcher still polls in real time) and a resolver the test can point names with.
/// Receivers are Kestrel on 127.0.0.1, so private addresses are allowed here unless a subclass says otherwise.
/// </summary>
public class WebhookFactory : CrmFactory
{
    public const string SecretKey = "a-webhook-secret-key-of-at-least-32-bytes!";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Names the fake resolver knows; any other name resolves through DNS.</summary>
    public ConcurrentDictionary<string, IPAddress[]> Names { get; } = new();

    protected virtual bool AllowPrivate => true;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["WEBHOOK_SECRET_KEY"] = SecretKey,
        ["WEBHOOK_ALLOW_PRIVATE"] = AllowPrivate ? "true" : "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IWebhookResolver>(new FakeResolver(Names));
        });
    }

    sealed class FakeResolver(ConcurrentDictionary<string, IPAddress[]> names) : IWebhookResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            names.TryGetValue(host, out var addresses) ? Task.FromResult(addresses) : Dns.GetHostAddressesAsync(host, cancellationToken);
    }

    /// <summary>Creates an endpoint through the API; returns its id and its secret.</summary>
    public async Task<(long Id, string Secret)> CreateWebhookAsync(string url, params string[] types)
    {
        var created = await (await Admin.PostJson("/admin/webhooks", new { url, event_types = types.Length == 0 ? ["*"] : types }))
            .ShouldHave(HttpStatusCode.Created);
        return (created.Id(), created.Str("secret"));
    }

    public sealed record DeliveryRow(long Id, string Status, int Attempts, DateTime? NextAttemptAt, int? LastStatus, string? LastError);

    public List<DeliveryRow> Deliveries(long webhookId)
    {
        using var connection = OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT id, status, attempts, next_attempt_at, last_status, last_error FROM crm_webhook_deliveries
            WHERE webhook_id = $1 ORDER BY id
            """, connection);
        command.Parameters.AddWithValue(webhookId);
        using var reader = command.ExecuteReader();
        var rows = new List<DeliveryRow>();
        while (reader.Read())
            rows.Add(new DeliveryRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTime>(3), reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        return rows;
    }

    /// <summary>Waits (bounded) until the endpoint's deliveries satisfy <paramref name="condition"/>.</summary>
    public async Task<List<DeliveryRow>> WaitForDeliveriesAsync(long webhookId, Func<List<DeliveryRow>, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var rows = Deliveries(webhookId);
            if (condition(rows)) return rows;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Deliveries never reached the expected state: " + JsonSerializer.Serialize(rows));
            await Task.Delay(20);
        }
    }

    /// <summary>Verifies a received request with the standardwebhooks npm package (tests/webhooks/verify.mjs).</summary>
    public async Task<(bool Verified, string Output)> VerifyWithNodeAsync(Received request, string secret)
    {
        var package = Path.Combine(PublishedApp.RepositoryRoot, "tests", "webhooks");
        if (!Directory.Exists(Path.Combine(package, "node_modules", "standardwebhooks")))
        {
            using var install = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error") { WorkingDirectory = package })!;
            await install.WaitForExitAsync();
        }
        var start = new ProcessStartInfo("node", "verify.mjs")
        {
            WorkingDirectory = package, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(new
        {
            secret,
            headers = new Dictionary<string, string>
            {
                ["webhook-id"] = request.Id, ["webhook-timestamp"] = request.Timestamp, ["webhook-signature"] = request.Signature,
            },
            body = request.Body,
            now = Clock.GetUtcNow().ToUnixTimeSeconds(),
        }));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);
        return (node.ExitCode == 0, output.Trim());
    }
}
