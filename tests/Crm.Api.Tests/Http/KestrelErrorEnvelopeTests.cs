using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>
/// Requests that Kestrel refuses before any middleware runs get the contract's envelope too (issue 17), over raw bytes
/// to the published program: a client library would refuse to send most of them.
/// </summary>
public class KestrelErrorEnvelopeTests(PublishedService service) : IClassFixture<PublishedService>
{
    /// <summary>Sends raw bytes and reads the whole answer (Kestrel closes the connection after refusing a request).</summary>
    async Task<(int Status, Dictionary<string, string> Headers, string Body)> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", service.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var received = new MemoryStream();
        try { await stream.CopyToAsync(received, timeout.Token); }
        catch (IOException) { } // the server may reset the connection once it has answered
        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        split.ShouldBeGreaterThan(0, text);
        var lines = text[..split].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return (int.Parse(lines[0].Split(' ')[1]), headers, text[(split + 4)..]);
    }

    static void ShouldBeEnvelope((int Status, Dictionary<string, string> Headers, string Body) answer, int status, string code)
    {
        answer.Status.ShouldBe(status, answer.Body);
        answer.Headers["Content-Type"].ShouldStartWith("application/json");
        int.Parse(answer.Headers["Content-Length"]).ShouldBe(Encoding.UTF8.GetByteCount(answer.Body));
        answer.Headers["Cache-Control"].ShouldBe("no-store");
        answer.Headers["X-Content-Type-Options"].ShouldBe("nosniff");
        answer.Headers.ShouldContainKey("X-Request-ID");
        var body = JsonDocument.Parse(answer.Body).RootElement;
        body.GetProperty("code").GetString().ShouldBe(code);
        body.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("GET /admin/customers/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n")]
    [InlineData("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Injected: a\rb\r\n\r\n")]
    [InlineData("GET /he alth HTTP/1.1\r\nHost: localhost\r\n\r\n")]
    public async Task AMalformedRequestIsInvalidRequestInTheEnvelope(string request) =>
        ShouldBeEnvelope(await SendRawAsync(request), 400, "INVALID_REQUEST");

    [Fact]
    public async Task ATooLongUrlIsUriTooLongInTheEnvelope() =>
        ShouldBeEnvelope(await SendRawAsync($"GET /health?q={new string('a', 20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414, "URI_TOO_LONG");

    [Fact]
    public async Task TooLargeHeadersAreHeadersTooLargeInTheEnvelope() =>
        ShouldBeEnvelope(await SendRawAsync($"GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('a', 70_000)}\r\n\r\n"), 431, "HEADERS_TOO_LARGE");

    [Fact]
    public async Task OrdinaryAnswersOnTheSameServerAreUntouched()
    {
        // Chunked, as Kestrel sends them: only the content is compared.
        var health = await SendRawAsync("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        health.Status.ShouldBe(200);
        health.Body.ShouldContain("\"status\":\"ok\"");

        var missingToken = await SendRawAsync("GET /admin/customers HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        missingToken.Status.ShouldBe(401);
        missingToken.Body.ShouldContain("\"code\":\"MISSING_TOKEN\"");
    }
}
