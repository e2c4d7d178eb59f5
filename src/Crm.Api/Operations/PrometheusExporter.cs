using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Crm.Api.Operations;

/// <summary>
/// Exports <see cref="System.Diagnostics.Metrics"/> instruments in the Prometheus text format (0.0.4).
/// prometheus-net and the OpenTelemetry exporter do not restore here, and this is all we need of them:
/// counters and up-down counters are summed, gauges keep their last value, histograms keep
/// cumulative buckets, each per label set.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    public static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    readonly MeterListener _listener = new();
    readonly ConcurrentDictionary<Instrument, Series> _series = new();
    readonly object _collectLock = new();

    /// <param name="meterNames">The meters to export: all of their instruments, or with <c>meter:prefix</c> only the
    /// instruments whose names start with the prefix.</param>
    public PrometheusExporter(params string[] meterNames)
    {
        var wanted = meterNames.Select(m => m.Split(':', 2)).Select(p => (Meter: p[0], Prefix: p.Length > 1 ? p[1] : "")).ToArray();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (wanted.Any(w => w.Meter == instrument.Meter.Name && instrument.Name.StartsWith(w.Prefix, StringComparison.Ordinal)))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<float>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        _listener.Start();
    }

    void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _series.GetOrAdd(instrument, i => new Series(i)).Record(value, Labels(tags));

    public string Render()
    {
        lock (_collectLock) _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var series in _series.Values.OrderBy(s => s.Name, StringComparer.Ordinal)) series.Render(text);
        return text.ToString();
    }

    static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0) return "";
        var pairs = new List<string>(tags.Length);
        foreach (var (key, value) in tags)
            pairs.Add($"{Sanitize(key)}=\"{Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")}\"");
        pairs.Sort(StringComparer.Ordinal);
        return string.Join(",", pairs);
    }

    static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    static string Sanitize(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (!char.IsAsciiLetterOrDigit(chars[i]) && chars[i] != '_') chars[i] = '_';
        return new string(chars);
    }

    public void Dispose() => _listener.Dispose();

    sealed class Series(Instrument instrument)
    {
        enum Kind { Counter, Gauge, Histogram }

        readonly Kind _kind = instrument switch
        {
            Histogram<double> or Histogram<long> or Histogram<int> or Histogram<float> => Kind.Histogram,
            Counter<long> or Counter<double> or Counter<int> or ObservableCounter<long> or ObservableCounter<double> or ObservableCounter<int> => Kind.Counter,
            _ => Kind.Gauge,
        };
        readonly bool _observable = instrument.IsObservable;
        readonly ConcurrentDictionary<string, double[]> _values = new();

        public string Name { get; } = Sanitize(instrument.Name);

        public void Record(double value, string labels)
        {
            var cells = _values.GetOrAdd(labels, _ => new double[_kind == Kind.Histogram ? Buckets.Length + 2 : 1]);
            lock (cells)
            {
                if (_kind != Kind.Histogram)
                {
                    // Observable instruments report the current total; synchronous ones report increments.
                    cells[0] = _observable ? value : cells[0] + value;
                    return;
                }
                for (var b = 0; b < Buckets.Length; b++)
                    if (value <= Buckets[b]) cells[b]++;
                cells[^2]++; // count
                cells[^1] += value; // sum
            }
        }

        public void Render(StringBuilder text)
        {
            if (!string.IsNullOrEmpty(instrument.Description)) text.Append($"# HELP {Name} {instrument.Description}\n");
            text.Append($"# TYPE {Name} {_kind.ToString().ToLowerInvariant()}\n");
            foreach (var (labels, cells) in _values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                lock (cells)
                {
                    if (_kind != Kind.Histogram)
                    {
                        text.Append(Name).Append(Braces(labels)).Append(' ').Append(Number(cells[0])).Append('\n');
                        continue;
                    }
                    var prefix = labels.Length == 0 ? "" : labels + ",";
                    for (var b = 0; b < Buckets.Length; b++)
                        text.Append($"{Name}_bucket{{{prefix}le=\"{Number(Buckets[b])}\"}} {Number(cells[b])}\n");
                    text.Append($"{Name}_bucket{{{prefix}le=\"+Inf\"}} {Number(cells[^2])}\n");
                    text.Append($"{Name}_sum{Braces(labels)} {Number(cells[^1])}\n");
                    text.Append($"{Name}_count{Braces(labels)} {Number(cells[^2])}\n");
                }
            }
        }

        static string Braces(string labels) => labels.Length == 0 ? "" : "{" + labels + "}";

        static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}

public static class BuildInfo
{
    static readonly System.Diagnostics.Metrics.Meter Meter = new(Http.RequestTelemetryMiddleware.MeterName);

    /// <summary>Publishes <c>crm_build_info{version,runtime} 1</c>.</summary>
    public static void AddBuildInfo(this PrometheusExporter exporter, string version) =>
        Meter.CreateObservableGauge("crm_build_info", () => new Measurement<int>(1,
            new KeyValuePair<string, object?>("version", version),
            new KeyValuePair<string, object?>("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription)),
            description: "Build information");
}
