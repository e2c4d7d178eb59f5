using System.Globalization;
using System.Threading.RateLimiting;
using Crm.Api.Configuration;
using Crm.Api.Security;

namespace Crm.Api.Http;

/// <summary>
/// RATE_LIMIT_PER_MINUTE per user (per instance), a fixed one-minute window. Every admin response carries
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
        await next(context);
    }

    public void Dispose() => _limiter.Dispose();
}
