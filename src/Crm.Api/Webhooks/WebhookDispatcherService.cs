using Crm.Api.Configuration;
using Crm.Api.Events;
using Npgsql;

namespace Crm.Api.Webhooks;

/// <summary>The dispatcher's loop: fan out, deliver what is due, now and then measure the backlog for the gauges.</summary>
public sealed class WebhookDispatcherService(WebhookDispatcher dispatcher, NpgsqlDataSource dataSource, WebhookSecrets secrets,
    WebhookMetrics metrics, TimeProvider time, ILogger<WebhookDispatcherService> logger)
    : PollingService(logger, TimeSpan.FromMilliseconds(200))
{
    static readonly TimeSpan MeasureEvery = TimeSpan.FromSeconds(5);
    DateTimeOffset _measured = DateTimeOffset.MinValue;

    /// <summary>WEBHOOK_SECRET_KEY is required once a webhook exists: without it nothing could be signed.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!secrets.Configured)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM crm_webhooks)");
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                    throw new InvalidConfigurationException(["WEBHOOK_SECRET_KEY is required: webhooks exist, and their secrets are encrypted with it"]);
            }
            // Unreachable database or schema not migrated yet: /ready reports it; nothing to check here.
            catch (NpgsqlException) { }
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var read = await dispatcher.FanOutAsync(cancellationToken);
        var attempted = secrets.Configured ? await dispatcher.DeliverDueAsync(cancellationToken) : 0;
        if (time.GetUtcNow() - _measured > MeasureEvery)
        {
            _measured = time.GetUtcNow();
            await MeasureBacklogAsync(cancellationToken);
        }
        return read == WebhookDispatcher.FanOutBatch || attempted > 0;
    }

    async Task MeasureBacklogAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM crm_webhook_deliveries WHERE status = 'pending'),
                   least((SELECT min(e.occurred_at) FROM crm_webhook_deliveries d JOIN crm_events e ON e.id = d.event_id
                          WHERE d.status = 'pending'),
                         (SELECT e.occurred_at FROM crm_events e, crm_webhook_fanout f WHERE (e.xid, e.id) > (f.xid, f.event_id)
                          ORDER BY e.xid, e.id LIMIT 1))
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var oldest = reader.IsDBNull(1) ? (DateTime?)null : reader.GetFieldValue<DateTime>(1);
        metrics.Backlog(reader.GetInt64(0), oldest is { } at ? Math.Max(0, (time.GetUtcNow().UtcDateTime - at).TotalSeconds) : 0);
    }
}
