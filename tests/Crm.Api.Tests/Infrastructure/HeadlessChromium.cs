using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol (one page, one WebSocket), so that tests can
/// look at what a person sees. Installed by <c>make test</c> (scripts/test.sh) when missing.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    readonly Process _process;
    readonly string _profile;
    readonly ClientWebSocket _socket = new();
    int _nextId;

    HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"{executable} is missing: run the tests with 'make test', which installs Debian's chromium");
        var profile = Directory.CreateTempSubdirectory("crm-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1280,1400", "about:blank",
            },
        };
        var process = Process.Start(start)!;
        var chromium = new HeadlessChromium(process, profile);
        // Bounds are generous: on a loaded 2-core machine Chromium's start and a large document's rendering take minutes
        // (the docs page test timed out at 120 s twice). A hung browser still fails the test, only later.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        // Chromium announces its DevTools endpoint on stderr.
        string? line;
        while ((line = await process.StandardError.ReadLineAsync(timeout.Token)) is not null)
            if (DevToolsUrl().Match(line) is { Success: true } match)
            {
                using var http = new HttpClient();
                var targets = JsonNode.Parse(await http.GetStringAsync($"http://{match.Groups["host"].Value}/json/list", timeout.Token))!.AsArray();
                var page = targets.First(t => t!["type"]!.GetValue<string>() == "page")!;
                await chromium._socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), timeout.Token);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return chromium;
            }
        throw new InvalidOperationException("Chromium exited without a DevTools endpoint");
    }

    /// <summary>Sends one DevTools command and returns its result (events in between are skipped).</summary>
    public async Task<JsonNode> SendAsync(string method, object? parameters = null)
    {
        var id = ++_nextId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        // Generous: on a loaded machine a page rendering a large document answers slowly.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        await _socket.SendAsync(message, WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
                received.Write(buffer, 0, result.Count);
            } while (!result.EndOfMessage);
            var reply = JsonNode.Parse(Encoding.UTF8.GetString(received.ToArray()))!;
            if (reply["id"]?.GetValue<int>() != id) continue;
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            return reply["result"]!;
        }
    }

    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result["exceptionDetails"] is { } exception) throw new InvalidOperationException($"{expression}: {exception.ToJsonString()}");
        return result["result"]!["value"];
    }

    /// <summary>Polls a JavaScript condition until it is true (the page renders asynchronously).</summary>
    public async Task WaitForAsync(string condition, string what, int seconds = 300)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if ((await EvaluateAsync($"!!({condition})"))?.GetValue<bool>() == true) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Waited {seconds} s for {what}");
    }

    public async Task ScreenshotAsync(string path)
    {
        var result = await SendAsync("Page.captureScreenshot", new { format = "png" });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result["data"]!.GetValue<string>()));
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { /* a child may still hold a file; it is a temp dir */ }
    }

    [GeneratedRegex(@"DevTools listening on ws://(?<host>[^/]+)/")]
    private static partial Regex DevToolsUrl();
}
