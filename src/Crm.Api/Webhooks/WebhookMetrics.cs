using System.Diagnostics.Metrics;

namespace Crm.Api.Webhooks;

/// <summary>
/// The dispatcher's instruments (System.Diagnostics.Metrics, exported with the others on /metrics). Labels are bounded:
/// an outcome is one of a few words, never a URL or an id. The two gauges read values the dispatcher refreshes.
/// </summary>
public sealed class WebhookMetrics : IDisposable
{
    // The service's meter: /metrics exports its instruments as crm_<instrument name> (Operations/MetricsExport.cs).
    public const string MeterName = Http.RequestTelemetryMiddleware.MeterName;

    readonly Meter _meter = new(MeterName);
    readonly Counter<long> _deliveries;
    readonly Counter<long> _attempts;
    readonly Histogram<double> _duration;
    long _queueDepth;
    double _oldestPendingSeconds;

    public WebhookMetrics()
    {
        _deliveries = _meter.CreateCounter<long>("webhook_deliveries_total", description:
            "Webhook deliveries that ended, by outcome (succeeded, failed after the last retry)");
        _attempts = _meter.CreateCounter<long>("webhook_attempts_total", description:
            "Webhook delivery attempts, by result (success, http_error, no_response)");
        _duration = _meter.CreateHistogram<double>("webhook_attempt_duration_seconds", unit: "s",
            description: "Time from sending a webhook to its answer");
        _meter.CreateObservableGauge("webhook_queue_depth", () => Interlocked.Read(ref _queueDepth),
            description: "Webhook deliveries waiting to be sent or retried");
        _meter.CreateObservableGauge("event_oldest_pending_age_seconds", () => Volatile.Read(ref _oldestPendingSeconds), unit: "s",
            description: "Age of the oldest event not yet delivered to every endpoint (0 when none waits)");
    }

    public void Attempted(AttemptResult result, bool final)
    {
        _attempts.Add(1, new KeyValuePair<string, object?>("result", result.Success ? "success" : result.Status is null ? "no_response" : "http_error"));
        _duration.Record(result.DurationMs / 1000.0);
        if (result.Success) _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "succeeded"));
        else if (final) _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
    }

    public void Backlog(long depth, double oldestSeconds)
    {
        Interlocked.Exchange(ref _queueDepth, depth);
        Volatile.Write(ref _oldestPendingSeconds, oldestSeconds);
    }

    public void Dispose() => _meter.Dispose();
}
