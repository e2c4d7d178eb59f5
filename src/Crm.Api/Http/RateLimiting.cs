using System.Globalization;
using System.Threading.RateLimiting;
using Crm.Api.Configuration;
using Crm.Api.Scaling;
using Crm.Api.Security;

namespace Crm.Api.Http;

/// <summary>
/// RATE_LIMIT_PER_MINUTE per user (across instances with REDIS_URL: <see cref="UserRateLimiter"/>), a fixed one-minute window,
/// and MAX_CONCURRENT_REQUESTS_PER_USER at once (<see cref="UserConcurrencyLimit"/>, per instance). Every admin response carries
/// RateLimit-Limit/-Remaining/-Reset; a refusal is 429 RATE_LIMITED with Retry-After.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, CrmSettings settings, UserRateLimiter limiter, UserConcurrencyLimit concurrency)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<CurrentUser>() is not { } user)
        {
            await next(context);
            return;
        }

        var (acquired, remaining, reset) = await limiter.AcquireAsync(user.Id);
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = settings.RateLimitPerMinute.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);

        if (!acquired)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(reset.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            headers["RateLimit-Reset"] = seconds;
            await RateLimitRefusal.WriteAsync(context, settings, seconds,
                $"Too many requests: at most {settings.RateLimitPerMinute} a minute; retry in {seconds} s");
            return;
        }
        using var slot = await concurrency.AcquireAsync(user.Id, context.RequestAborted);
        if (!slot.IsAcquired)
        {
            await RateLimitRefusal.WriteAsync(context, settings, "1",
                $"Too many requests at once: at most {settings.ConcurrentRequestsPerUser} in progress per user, {UserConcurrencyLimit.QueuedPerUser} waiting; retry in 1 s");
            return;
        }
        await next(context);
    }
}

/// <summary>
/// Every 429 RATE_LIMITED goes out here, after <see cref="CrmSettings.RateLimitRefusalDelay"/>. A refusal costs little, but a
/// client that loops on refusals makes thousands a second, and on a small machine that CPU is every other user's latency
/// (bench-abuse: the victim's p95 went 3-9x up with the limits on). Held, a refusal costs a timer: the looping client gets
/// one answer per connection and delay, and its Retry-After still says when to come back.
/// </summary>
public static class RateLimitRefusal
{
    public static async Task WriteAsync(HttpContext context, CrmSettings settings, string retryAfterSeconds, string message)
    {
        if (settings.RateLimitRefusalDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(settings.RateLimitRefusalDelay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client left; the answer below goes nowhere but into the log and metrics, as a 429.
            }
        }
        context.Response.Headers.RetryAfter = retryAfterSeconds;
        await ApiError.WriteAsync(context, StatusCodes.Status429TooManyRequests, "RATE_LIMITED", message);
    }
}

/// <summary>
/// Requests in progress per user: the rate bounds how many, this how many at once (a user's slow requests cannot take
/// every database connection; measured in docs/performance.md). Counted per instance, unlike the rate with REDIS_URL:
/// a user holds at most this many connections of each instance's pool, which is what it protects.
/// </summary>
public sealed class UserConcurrencyLimit(CrmSettings settings) : IDisposable
{
    public const int QueuedPerUser = 200;

    readonly PartitionedRateLimiter<long> _concurrency = PartitionedRateLimiter.Create<long, long>(userId =>
        RateLimitPartition.GetConcurrencyLimiter(userId, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.ConcurrentRequestsPerUser,
            QueueLimit = QueuedPerUser,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    /// <summary>Beyond the user's share, requests wait their turn (FIFO); only past <see cref="QueuedPerUser"/> waiting are they refused.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(long userId, CancellationToken cancellationToken) =>
        _concurrency.AcquireAsync(userId, 1, cancellationToken);

    public void Dispose() => _concurrency.Dispose();
}

/// <summary>
/// AUTH_FAILURES_PER_MINUTE failed authentications per client address: past them, the address is answered 429 without
/// its tokens being looked at, until the minute ends. Guessing tokens, or flooding the verifier with invalid ones, stops
/// there; a user whose token works is never counted. Counted per instance: behind a balancer of N instances an address
/// gets up to N times the budget, still a bound on the verifier's work per instance.
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
