using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Crm.Api.Observability;
using Crm.Api.Tests.Infrastructure;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Api.Tests.Observability;

/// <summary>
/// Traces leave the published program over OTLP/HTTP (protobuf) to a small receiver here, and follow the caller's W3C
/// traceparent from the request into its SQL; the program's log lines carry the same trace id and the request id.
/// </summary>
public class TraceTests
{
    [Fact]
    public async Task ARequestAndItsSqlAreExportedUnderTheCallersTraceAndEveryLogLineNamesTraceAndRequest()
    {
        using var receiver = new OtlpReceiver();
        var database = await TestDatabase.CreateAsync();
        var port = ServiceProcess.FreePort();
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = TestDatabase.Url(database),
            ["JWT_SECRET"] = Tokens.Secret,
            ["PORT"] = port.ToString(),
            ["SHUTDOWN_DELAY_SECONDS"] = "0",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        }, "serve");
        try
        {
            await service.WaitUntilReadyAsync(port, TimeSpan.FromMinutes(2));
            // The test's own HttpClient must not add a traceparent of its own: the one below is the caller's.
            using var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            var callerSpan = ActivitySpanId.CreateRandom().ToHexString();
            var request = new HttpRequestMessage(HttpMethod.Get, "/admin/customers");
            request.Headers.Authorization = new("Bearer", Tokens.For("admin", 1));
            request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");
            request.Headers.Add("X-Request-ID", "trace-test-request");
            (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

            // The batch exporter sends within OTEL_BSP_SCHEDULE_DELAY (the request's span ends last); poll the receiver (bounded).
            var deadline = DateTime.UtcNow.AddSeconds(60);
            List<OtlpSpan> spans;
            while (!(spans = receiver.Spans.Where(s => s.TraceId == traceId).ToList()).Any(s => s.Scope == "Microsoft.AspNetCore") && DateTime.UtcNow < deadline)
                await Task.Delay(100);
            var server = spans.SingleOrDefault(s => s.Scope == "Microsoft.AspNetCore")
                ?? throw new ShouldAssertException($"no span of the request in trace {traceId}; received: {string.Join("; ", receiver.Spans)}");
            server.Kind.ShouldBe(2); // SERVER
            server.ParentSpanId.ShouldBe(callerSpan, "the caller's span is the request's parent");
            var sql = spans.Where(s => s.Scope == "Npgsql").ToList();
            sql.ShouldNotBeEmpty("the list's SQL commands are spans of the request");
            sql.ShouldAllBe(s => s.Kind == 3 && s.ParentSpanId == server.SpanId); // CLIENT, children of the request
            receiver.Spans.ShouldNotContain(s => s.Name.Contains("/ready"), "probes are not traced");

            // Every line logged for the request, then an error line: the database goes away under the next request.
            await TestDatabase.DropAsync(database);
            var failing = new HttpRequestMessage(HttpMethod.Get, "/admin/customers");
            failing.Headers.Authorization = new("Bearer", Tokens.For("admin", 1));
            failing.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");
            failing.Headers.Add("X-Request-ID", "trace-test-failure");
            ((int)(await client.SendAsync(failing)).StatusCode).ShouldBeGreaterThanOrEqualTo(500);

            var lines = await LinesAsync(service, "trace-test-failure");
            var ours = lines.Where(l => l.TryGetProperty("request_id", out var id) && id.GetString()!.StartsWith("trace-test-")).ToList();
            ours.Select(l => l.GetProperty("request_id").GetString()).Distinct().Order().ShouldBe(["trace-test-failure", "trace-test-request"]);
            ours.ShouldAllBe(l => l.GetProperty("trace_id").GetString() == traceId);
            ours.ShouldContain(l => l.GetProperty("LogLevel").GetString() == "Error", "the error line of the failed request");
            ours.Where(l => l.TryGetProperty("Exception", out _)).ShouldAllBe(l => !l.GetProperty("Exception").GetString()!.Contains(" at "),
                "no stack traces in the logs");
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public void ALineLoggedOutsideARequestHasNeitherIdAndAnExceptionIsItsTypeAndMessage()
    {
        var writer = new StringWriter();
        var scopes = new LoggerExternalScopeProvider();
        var entry = new LogEntry<string>(LogLevel.Error, "Job", default, "state", new InvalidOperationException("boom"), (s, _) => $"failed {s}");
        Activity.Current = null;
        new JsonLogFormatter().Write(entry, scopes, writer);
        var line = JsonDocument.Parse(writer.ToString()).RootElement;
        line.GetProperty("Message").GetString().ShouldBe("failed state");
        line.GetProperty("Exception").GetString().ShouldBe("System.InvalidOperationException: boom");
        line.TryGetProperty("trace_id", out _).ShouldBeFalse();
        line.TryGetProperty("request_id", out _).ShouldBeFalse();
    }

    static async Task<List<JsonElement>> LinesAsync(ServiceProcess service, string waitFor)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!service.Output.Contains(waitFor) && DateTime.UtcNow < deadline) await Task.Delay(100);
        return service.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }
}

public sealed record OtlpSpan(string TraceId, string SpanId, string ParentSpanId, string Name, int Kind, string Scope);

/// <summary>
/// A minimal OTLP/HTTP trace receiver: POST /v1/traces with an ExportTraceServiceRequest in protobuf. Only the members
/// the tests read are decoded (field numbers of opentelemetry/proto/trace/v1/trace.proto); the rest is skipped.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    readonly HttpListener _listener = new();
    public ConcurrentBag<OtlpSpan> Spans { get; } = new();
    public string Url { get; }

    public OtlpReceiver()
    {
        var port = ServiceProcess.FreePort();
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.Url!.AbsolutePath == "/v1/traces") Decode(body.ToArray());
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    void Decode(byte[] request)
    {
        foreach (var resourceSpans in Fields(request, 1))
            foreach (var scopeSpans in Fields(resourceSpans, 2))
            {
                var scope = Fields(scopeSpans, 1).Select(s => Text(s, 1)).FirstOrDefault() ?? "";
                foreach (var span in Fields(scopeSpans, 2))
                    Spans.Add(new OtlpSpan(Hex(span, 1), Hex(span, 2), Hex(span, 4), Text(span, 5), Varint(span, 6), scope));
            }
    }

    /// <summary>The length-delimited values of one field number of a message.</summary>
    static IEnumerable<byte[]> Fields(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        var found = new List<byte[]>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
                found.Add(input.ReadBytes().ToByteArray());
            else input.SkipLastField();
        }
        return found;
    }

    static string Hex(byte[] message, int number) => Fields(message, number).Select(Convert.ToHexStringLower).FirstOrDefault() ?? "";

    static string Text(byte[] message, int number) => Fields(message, number).Select(b => System.Text.Encoding.UTF8.GetString(b)).FirstOrDefault() ?? "";

    static int Varint(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint) return input.ReadInt32();
            input.SkipLastField();
        }
        return 0;
    }

    public void Dispose() => _listener.Close();
}
