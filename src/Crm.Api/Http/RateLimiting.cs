using System.Globalization;
using System.Threading.RateLimiting;
using Crm.Api.Configuration;
using Crm.Api.Security;

namespace Crm.Api.Http;

/// <summary>
/// RATE_LIMIT_PER_MINUTE per user (per instance), a fixed one-minute window, and MAX_CONCURRENT_REQUESTS_PER_USER at once. Every admin response carries
/// RateLimit-Limit/-Remaining/-Reset; a refusal is 429 RATE_LIMITED with Retry-After.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, CrmSettings settings) : IDisposable
{
    static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    readonly PartitionedRateLimiter<long> _limiter = PartitionedRateLimiter.Create<long, long>(userId =>
        RateLimitPartition.GetFixedWindowLimiter(userId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.RateLimitPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<CurrentUser>() is not { } user)
        {
            await next(context);
            return;
        }

        using var lease = _limiter.AttemptAcquire(user.Id);
        var remaining = _limiter.GetStatistics(user.Id)?.CurrentAvailablePermits ?? 0;
        var reset = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = settings.RateLimitPerMinute.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);

        if (!lease.IsAcquired)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(reset.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            headers.RetryAfter = seconds;
            headers["RateLimit-Reset"] = seconds;
            await ApiError.WriteAsync(context, StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
                $"Too many requests: at most {settings.RateLimitPerMinute} a minute; retry in {seconds} s");
            return;
        }
        // Beyond the user's share, requests wait their turn (FIFO); only past a long queue are they refused.
        using var slot = await _concurrency.AcquireAsync(user.Id, 1, context.RequestAborted);
        if (!slot.IsAcquired)
        {
            headers.RetryAfter = "1";
            await ApiError.WriteAsync(context, StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
                $"Too many requests at once: at most {settings.ConcurrentRequestsPerUser} in progress per user, {QueuedPerUser} waiting; retry in 1 s");
            return;
        }
        await next(context);
    }

    /// <summary>Requests in progress per user: the rate bounds how many, this how many at once (a user's slow requests
    /// cannot take every database connection; measured in docs/performance.md).</summary>
    readonly PartitionedRateLimiter<long> _concurrency = PartitionedRateLimiter.Create<long, long>(userId =>
        RateLimitPartition.GetConcurrencyLimiter(userId, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.ConcurrentRequestsPerUser,
            QueueLimit = QueuedPerUser,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    const int QueuedPerUser = 200;

    public void Dispose()
    {
        _limiter.Dispose();
        _concurrency.Dispose();
    }
}

/// <summary>
/// AUTH_FAILURES_PER_MINUTE failed authentications per client address: past them, the address is answered 429 without
/// its tokens being looked at, until the minute ends. Guessing tokens, or flooding the verifier with invalid ones, stops
/// there; a user whose token works is never counted.
/// </summary>
public sealed class AuthFailureLimit(CrmSettings settings) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Idle partitions are dropped by the limiter itself, so the addresses held are those of the last seconds.
    readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.AuthFailuresPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public bool Exhausted(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits is 0;

    public void Record(string address)
    {
        using var _ = _failures.AttemptAcquire(address);
    }

    public void Dispose() => _failures.Dispose();
}
