using System.Diagnostics;
using Crm.Api.Configuration;
using Npgsql;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Crm.Api.Observability;

/// <summary>
/// OpenTelemetry traces (contract section 12), exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the SDK reads
/// OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_SERVICE_NAME and its other OTEL_* settings itself): a span per incoming request
/// (W3C traceparent honoured), per SQL command, per outgoing HTTP call (S3, webhooks: they carry traceparent on), and
/// per background job (<see cref="Jobs"/>). Metrics stay on /metrics.
/// </summary>
public static class Tracing
{
    /// <summary>The service's hosted services start an activity of this source around each unit of work.</summary>
    public static readonly ActivitySource Jobs = new("Crm.Api.Jobs");

    static readonly HashSet<string> Probes = ["/health", "/ready", "/metrics"];

    public static void AddCrmTracing(this IServiceCollection services, CrmSettings settings, string version)
    {
        if (settings.OtlpEndpoint is null) return;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("crm-service", serviceVersion: version))
            .WithTracing(tracing => tracing
                // Probes are polled every few seconds by every balancer: spans of them would drown the requests.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !Probes.Contains(context.Request.Path.Value ?? ""))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(Jobs.Name)
                .AddOtlpExporter());
    }

    /// <summary>
    /// A data source of the service. Only commands that belong to a request or a job are traced: the replica checks and
    /// other housekeeping that run twice a second would otherwise each be a trace of their own.
    /// </summary>
    public static NpgsqlDataSource BuildDataSource(string connectionString, string name)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString) { Name = name };
        builder.ConfigureTracing(o => o.ConfigureCommandFilter(_ => Activity.Current is not null).EnableFirstResponseEvent(false));
        return builder.Build();
    }
}
