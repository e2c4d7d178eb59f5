using System.Diagnostics.Metrics;
using Crm.Api.Http;
using StackExchange.Redis;

namespace Crm.Api.Scaling;

/// <summary>
/// The Redis that instances share (REDIS_URL, contract section 12): one rate-limit budget per user, remembered counts
/// and each user's last commit position. Redis is optional and never in the way: without REDIS_URL, or while it is
/// unreachable, <see cref="TryAsync{T}"/> answers "not shared" at once and each caller uses its per-instance state.
/// An outage is logged once when it starts and once when it ends, counted on /metrics and reported by /ready (which
/// stays 200). The client reconnects by itself; nothing needs a restart.
/// </summary>
public sealed class SharedState : IDisposable
{
    /// <summary>After a command timed out (a Redis that accepts but does not answer), Redis is skipped for this long.</summary>
    static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    static readonly Meter Counters = new(RequestTelemetryMiddleware.MeterName);
    static readonly Counter<long> Fallbacks = Counters.CreateCounter<long>("shared_state_fallbacks_total",
        description: "Operations served from per-instance state because Redis was unreachable");

    readonly ConnectionMultiplexer? _redis;
    // Per instance, so that the gauge goes with this object (several applications share a test process).
    readonly Meter _meter = new(RequestTelemetryMiddleware.MeterName);
    readonly ILogger<SharedState> _logger;
    readonly TimeProvider _time;
    DateTimeOffset _pausedUntil;
    int _down;

    /// <param name="redis">REDIS_URL's options; null: nothing is shared.</param>
    public SharedState(ConfigurationOptions? redis, TimeProvider time, ILogger<SharedState> logger)
    {
        _logger = logger;
        _time = time;
        _meter.CreateObservableGauge("shared_state_up", () => Configured ? (Available ? 1 : 0) : -1,
            description: "1 while Redis is reachable (state shared across instances), 0 while not, -1 without REDIS_URL");
        if (redis is null) return;
        // AbortOnConnectFail=false: returns even when Redis is down at start, and keeps reconnecting in the background.
        _redis = ConnectionMultiplexer.Connect(redis.Clone());
        _redis.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive) Down(e.FailureType.ToString());
        };
        _redis.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive) Up();
        };
        if (!_redis.IsConnected) Down("not reachable at start");
    }

    public bool Configured => _redis is not null;

    public bool Available => _redis is { IsConnected: true } && _time.GetUtcNow() >= _pausedUntil;

    /// <summary>What /ready reports (null without REDIS_URL): never a reason to be unready.</summary>
    public string? Check => !Configured ? null : Available ? "ok" : "unreachable: rate limits and counts per instance";

    /// <summary>Runs <paramref name="operation"/> on Redis; (false, default) when Redis is not there to answer.</summary>
    public async Task<(bool Shared, T Value)> TryAsync<T>(Func<IDatabase, Task<T>> operation)
    {
        if (_redis is null) return (false, default!);
        if (!Available)
        {
            Fallbacks.Add(1);
            return (false, default!);
        }
        try
        {
            var value = await operation(_redis.GetDatabase());
            if (Volatile.Read(ref _down) == 1) Up();
            return (true, value);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException or TimeoutException or ObjectDisposedException)
        {
            if (e is RedisTimeoutException or TimeoutException) _pausedUntil = _time.GetUtcNow() + Pause;
            Down(e.GetType().Name);
            Fallbacks.Add(1);
            return (false, default!);
        }
    }

    void Down(string reason)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
            _logger.LogWarning("Redis is unreachable ({Reason}): rate limits and remembered counts are per instance until it answers", reason);
    }

    void Up()
    {
        _pausedUntil = default;
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            _logger.LogInformation("Redis answers again: rate limits and remembered counts are shared across instances");
            Reconnected?.Invoke();
        }
    }

    /// <summary>Raised when Redis is back after an outage (what was written meanwhile is per instance only).</summary>
    public event Action? Reconnected;

    public void Dispose()
    {
        _meter.Dispose();
        _redis?.Dispose();
    }
}
