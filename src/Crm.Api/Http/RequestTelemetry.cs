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
    /// <summary>The service's meter: its instruments are exported as <c>crm_&lt;instrument&gt;</c> (Operations/MetricsExport.cs).</summary>
    public const string MeterName = "Crm";
    static readonly Meter Meter = new(MeterName);
    static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "http_request_duration_seconds", "s", "HTTP request duration by method, route template and status class");
    static readonly UpDownCounter<long> InFlight = Meter.CreateUpDownCounter<long>(
        "http_requests_in_flight", description: "HTTP requests being served");

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
            // Every label from a known set (issue 17: made-up methods once created 533k series in 2 s).
            Duration.Record(elapsed.TotalSeconds,
                new("method", KnownMethod(context.Request.Method)), new("route", route), new("status_class", StatusClass(status)));

            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "{RequestId} {Method} {Route} {Status} {DurationMs} {UserId}",
                requestId, context.Request.Method, route, status, Math.Round(elapsed.TotalMilliseconds, 2),
                context.Features.Get<CurrentUser>()?.Id);
        }
    }

    static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
    static readonly string[] StatusClasses = ["1xx", "2xx", "3xx", "4xx", "5xx"];

    /// <summary>The method when it is one this API could serve, else OTHER.</summary>
    public static string KnownMethod(string method) => Array.Find(Methods, m => m == method) ?? "OTHER";

    public static string StatusClass(int status) => status is >= 100 and < 600 ? StatusClasses[status / 100 - 1] : "OTHER";
}

public static class RequestIds
{
    /// <summary>A caller's id is echoed only when short and plain, so it cannot inject into logs or headers.</summary>
    public static string? FromHeader(string? value) =>
        value is { Length: > 0 and <= 128 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;
}
