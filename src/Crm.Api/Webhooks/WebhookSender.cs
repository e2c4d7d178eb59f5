using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using StandardWebhooks;

namespace Crm.Api.Webhooks;

/// <summary>The outcome of one HTTP attempt. <see cref="Status"/> is null when no response came (timeout, refused, unsafe).</summary>
public sealed record AttemptResult(bool Success, int? Status, string? Error, int DurationMs, string? Response);

/// <summary>
/// One delivery attempt as Standard Webhooks 1.0 describes it: POST the JSON body with <c>webhook-id</c>,
/// <c>webhook-timestamp</c> and <c>webhook-signature</c> (one <c>v1,</c> signature per live secret, space-separated).
/// A 2xx within 10 s is success; redirects are not followed; at most 64 KB of the answer is read, 1 KB kept.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "webhooks";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    const int ReadLimit = 64 * 1024, KeptBytes = 1024;

    public async Task<AttemptResult> SendAsync(string url, string messageId, string body, IReadOnlyList<string> secrets,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", string.Join(' ', secrets.Select(s => new StandardWebhook(s).Sign(messageId, now, body))));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("crm-webhooks", "1.0"));

        // The timeout runs on the TimeProvider, so tests move it instead of waiting ten seconds.
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var kept = await ReadLimitedAsync(response, linked.Token);
            var status = (int)response.StatusCode;
            var error = status switch
            {
                >= 200 and < 300 => null,
                >= 300 and < 400 => $"HTTP {status}: redirects are not followed",
                _ => $"HTTP {status}",
            };
            return new AttemptResult(error is null, status, error, Elapsed(watch), kept);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(false, null, $"no answer within {Timeout.TotalSeconds:0} s", Elapsed(watch), null);
        }
        catch (HttpRequestException e)
        {
            // The unsafe-address refusal comes out of ConnectCallback wrapped in the request exception.
            var message = e.InnerException is UnsafeUrlException unsafeUrl ? $"refused: {unsafeUrl.Message}" : e.Message;
            return new AttemptResult(false, null, message, Elapsed(watch), null);
        }
    }

    /// <summary>Reads at most 64 KB of the answer (the rest is dropped with the connection) and keeps its first 1 KB as text.</summary>
    static async Task<string?> ReadLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[ReadLimit];
        var total = 0;
        int read;
        while (total < ReadLimit && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0) total += read;
        if (total == 0) return null;
        // A multi-byte character cut at 1 KB decodes as U+FFFD, fine for a log; NUL cannot be stored in a text column.
        return Encoding.UTF8.GetString(buffer, 0, Math.Min(total, KeptBytes)).Replace("\0", "");
    }

    static int Elapsed(Stopwatch watch) => (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);
}
