using System.Diagnostics;
using System.Diagnostics.Metrics;
using Crm.Api.Security;
using Microsoft.AspNetCore.Routing;

namespace Crm.Api.Http;

/// <summary>
/// First in the pipeline: gives every request an id (the caller's when sane), counts it in flight,
/// and after the response records its duration and writes one structured log line.
/// </summary>
public sealed class RequestTelemetryMiddleware(RequestDelegate next, ILogger<RequestTelemetryMiddleware> logger)
{
    public const string MeterName = "Crm.Api";
    static readonly Meter Meter = new(MeterName);
    static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "crm_http_request_duration_seconds", "s", "HTTP request duration by method, route template and status");
    static readonly UpDownCounter<long> InFlight = Meter.CreateUpDownCounter<long>(
        "crm_http_requests_in_flight", description: "HTTP requests being served");

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = RequestIds.FromHeader(context.Request.Headers["X-Request-ID"]) ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.Headers["X-Request-ID"] = requestId;

        // Every line logged while serving the request carries its id (and the trace's: Observability/JsonLogFormatter).
        using var scope = logger.BeginScope(new Observability.RequestLogScope(requestId));
        var started = Stopwatch.GetTimestamp();
        InFlight.Add(1);
        try
        {
            await next(context);
        }
        finally
        {
            InFlight.Add(-1);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } pattern
                ? pattern.Length > 1 ? pattern.TrimEnd('/') : pattern
                : "unmatched";
            var status = context.Response.StatusCode;
            Duration.Record(elapsed.TotalSeconds,
                new("method", context.Request.Method), new("route", route), new("status", status));

            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "{RequestId} {Method} {Route} {Status} {DurationMs} {UserId}",
                requestId, context.Request.Method, route, status, Math.Round(elapsed.TotalMilliseconds, 2),
                context.Features.Get<CurrentUser>()?.Id);
        }
    }
}

public static class RequestIds
{
    /// <summary>A caller's id is echoed only when short and plain, so it cannot inject into logs or headers.</summary>
    public static string? FromHeader(string? value) =>
        value is { Length: > 0 and <= 128 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;
}
