using System.Globalization;
using Crm.Api.Configuration;
using Crm.Api.Scaling;
using Crm.Api.Security;

namespace Crm.Api.Http;

/// <summary>
/// RATE_LIMIT_PER_MINUTE per user (across instances with REDIS_URL: <see cref="UserRateLimiter"/>), a fixed one-minute window. Every admin response carries
/// RateLimit-Limit/-Remaining/-Reset; a refusal is 429 RATE_LIMITED with Retry-After.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, CrmSettings settings, UserRateLimiter limiter)
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
            headers.RetryAfter = seconds;
            headers["RateLimit-Reset"] = seconds;
            await ApiError.WriteAsync(context, StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
                $"Too many requests: at most {settings.RateLimitPerMinute} a minute; retry in {seconds} s");
            return;
        }
        await next(context);
    }
}
