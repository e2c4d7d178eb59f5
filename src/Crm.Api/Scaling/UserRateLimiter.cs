using System.Threading.RateLimiting;
using Crm.Api.Configuration;
using StackExchange.Redis;

namespace Crm.Api.Scaling;

/// <summary>The outcome of one request against its user's budget, for the RateLimit-* headers.</summary>
public readonly record struct RateDecision(bool Acquired, long Remaining, TimeSpan Reset);

/// <summary>
/// RATE_LIMIT_PER_MINUTE per user, in fixed one-minute windows. With REDIS_URL the window is one counter in Redis shared by
/// every instance, updated by one atomic script (INCR, and PEXPIRE when it opens the window): N instances give a user
/// one budget, not N. Without Redis, or while it is unreachable, each instance counts in its own memory (the window of
/// <see cref="FixedWindowRateLimiter"/>), so a user gets up to one budget per instance meanwhile.
/// </summary>
/// <remarks>
/// Our own five-line script rather than RedisRateLimiting.AspNetCore: its limiter throws when Redis is down, while a
/// request here must fall back to the per-instance window within itself, and the library targets the 2.x Redis client.
/// </remarks>
public sealed class UserRateLimiter(CrmSettings settings, SharedState shared) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    const string FixedWindow = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if count == 1 or ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
        return {count, ttl}
        """;

    readonly PartitionedRateLimiter<long> _local = PartitionedRateLimiter.Create<long, long>(userId =>
        RateLimitPartition.GetFixedWindowLimiter(userId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.RateLimitPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public async ValueTask<RateDecision> AcquireAsync(long userId)
    {
        var (isShared, result) = await shared.TryAsync(db =>
            db.ScriptEvaluateAsync(FixedWindow, [(RedisKey)$"crm:rate:{userId}"], [(long)Window.TotalMilliseconds]));
        if (isShared)
        {
            var values = (long[])result!;
            var limit = settings.RateLimitPerMinute;
            return new RateDecision(values[0] <= limit, Math.Max(0, limit - values[0]), TimeSpan.FromMilliseconds(values[1]));
        }

        using var lease = _local.AttemptAcquire(userId);
        var remaining = _local.GetStatistics(userId)?.CurrentAvailablePermits ?? 0;
        var reset = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        return new RateDecision(lease.IsAcquired, remaining, reset);
    }

    public void Dispose() => _local.Dispose();
}
