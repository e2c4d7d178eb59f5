using Prometheus;

namespace Crm.Api.Operations;

/// <summary>
/// <c>/metrics</c> in the Prometheus text format, by prometheus-net: its process gauges; every instrument of the
/// service's own meters (System.Diagnostics.Metrics: a <see cref="System.Diagnostics.Metrics.Meter"/> whose name starts
/// with <c>Crm</c> is exported with nothing else to register); and Npgsql's connection-pool gauges (its per-command
/// instruments cost ~3 % of the CPU, docs/performance.md). Label values must come from known sets: a label fed from
/// the request (a raw method, a path) would let any caller create series without end.
/// </summary>
public static class MetricsExport
{
    public const string MeterPrefix = "Crm";

    public static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    static readonly Lazy<Gauge> BuildInfo = new(() =>
    {
        // prometheus-net's configuration is process-wide. Its own meter adapter would start at the first scrape and miss
        // every measurement before it; this one listens from the start.
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true, SuppressDebugMetrics = true, SuppressMeters = true });
        MeterAdapter.StartListening(new MeterAdapterOptions
        {
            InstrumentFilterPredicate = instrument =>
                instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal)
                || (instrument.Meter.Name == "Npgsql" && instrument.Name.StartsWith("db.client.connection", StringComparison.Ordinal)),
            ResolveHistogramBuckets = _ => Buckets,
        });
        return Metrics.CreateGauge("crm_build_info", "Build information", "version", "runtime");
    });

    /// <summary>Configures the export (once per process) and publishes <c>crm_build_info{version,runtime} 1</c>.</summary>
    public static void Start(string version) =>
        BuildInfo.Value.WithLabels(version, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription).Set(1);

    public static IResult Export(CancellationToken cancellationToken) =>
        Results.Stream(body => Metrics.DefaultRegistry.CollectAndExportAsTextAsync(body, cancellationToken),
            "text/plain; version=0.0.4; charset=utf-8");
}
