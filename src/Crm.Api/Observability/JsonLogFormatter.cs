using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Crm.Api.Observability;

/// <summary>The request a log line was written for (a logging scope opened by the request telemetry middleware).</summary>
public sealed record RequestLogScope(string RequestId);

/// <summary>
/// One JSON object per line, the members of the framework's JSON console format (Timestamp, EventId, LogLevel, Category,
/// Message, State), plus <c>trace_id</c> and <c>span_id</c> of the current activity and <c>request_id</c> of the request,
/// so that every line of a request, its error lines included, can be found from a trace or from X-Request-ID.
/// An exception is written as its type and message: stack traces stay out of the logs.
/// </summary>
public sealed class JsonLogFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "crm-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null) return;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("Timestamp", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"));
            json.WriteNumber("EventId", logEntry.EventId.Id);
            json.WriteString("LogLevel", logEntry.LogLevel.ToString());
            json.WriteString("Category", logEntry.Category);
            json.WriteString("Message", message);
            if (logEntry.Exception is { } exception) json.WriteString("Exception", $"{exception.GetType().FullName}: {exception.Message}");
            if (Activity.Current is { } activity)
            {
                json.WriteString("trace_id", activity.TraceId.ToHexString());
                json.WriteString("span_id", activity.SpanId.ToHexString());
            }
            string? requestId = null;
            scopeProvider?.ForEachScope((scope, _) =>
            {
                if (scope is RequestLogScope request) requestId = request.RequestId;
            }, (object?)null);
            if (requestId is not null) json.WriteString("request_id", requestId);
            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                json.WriteStartObject("State");
                json.WriteString("Message", message);
                foreach (var (key, value) in values) WriteValue(json, key, value);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        textWriter.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        textWriter.Write(Environment.NewLine);
    }

    static void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(key); break;
            case bool b: json.WriteBoolean(key, b); break;
            case int i: json.WriteNumber(key, i); break;
            case long l: json.WriteNumber(key, l); break;
            case double d when double.IsFinite(d): json.WriteNumber(key, d); break;
            default: json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}
