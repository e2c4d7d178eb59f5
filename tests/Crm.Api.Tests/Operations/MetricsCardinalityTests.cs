using System.Net;
using Crm.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Crm.Api.Tests.Operations;

/// <summary>
/// Requests with made-up methods and random paths, unauthenticated, against the published program (its own metrics
/// registry): the number of series on /metrics stays flat. Made-up methods once created 533k series in 2 s (issue 17).
/// METRICS_FLOOD_REQUESTS sets the requests per round (default 2,000; docs/performance.md has a run with 50,000 x 2).
/// </summary>
public class MetricsCardinalityTests(PublishedService service, ITestOutputHelper output) : IClassFixture<PublishedService>
{
    static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    static HttpRequestMessage RandomRequest(Random random)
    {
        // Never a real route's segment, so that only the path's randomness varies (a real route adds its own bounded series).
        string Word() => "q" + string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next('a', 'z' + 1)));
        var method = random.Next(3) == 0 ? "X" + Word().ToUpperInvariant() : Methods[random.Next(Methods.Length)];
        var path = random.Next(5) switch
        {
            0 => $"/{Word()}/{Word()}",
            1 => $"/admin/{Word()}",
            2 => $"/admin/customers/{(random.Next(2) == 0 ? random.Next().ToString() : Word())}",
            3 => $"/admin/customers?{Word()}={Word()}",
            _ => $"/health/{Word()}",
        };
        return new HttpRequestMessage(new HttpMethod(method), path);
    }

    /// <summary>All series, and those of the request metrics (the others, process and pool gauges, come and go by themselves).</summary>
    async Task<(int All, int Requests)> SeriesAsync(HttpClient client)
    {
        var series = (await client.GetStringAsync("/metrics")).Split('\n').Where(line => line.Length > 0 && line[0] != '#').ToList();
        return (series.Count, series.Count(line => line.StartsWith("crm_http_", StringComparison.Ordinal)));
    }

    async Task FloodAsync(HttpClient client, Random random, int requests)
    {
        using var gate = new SemaphoreSlim(8);
        var tasks = Enumerable.Range(0, requests).Select(async _ =>
        {
            HttpRequestMessage request;
            lock (random) request = RandomRequest(random);
            await gate.WaitAsync();
            try
            {
                using var response = await client.SendAsync(request);
                ((int)response.StatusCode).ShouldBeLessThan(500);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task RandomMethodsAndPathsLeaveTheSeriesCountFlat()
    {
        var requests = int.TryParse(Environment.GetEnvironmentVariable("METRICS_FLOOD_REQUESTS"), out var n) ? n : 2_000;
        using var client = service.Client();
        var random = new Random(17);

        await SeriesAsync(client); // the scrape is a request too: its own series exists from here on
        await FloodAsync(client, random, requests);
        var afterFirst = await SeriesAsync(client);
        await FloodAsync(client, random, requests);
        var afterSecond = await SeriesAsync(client);

        Figures.Report(output, $"metrics: {2 * requests} random requests; series (all / request metrics) after the first {requests}: " +
            $"{afterFirst.All} / {afterFirst.Requests}, after all: {afterSecond.All} / {afterSecond.Requests}");
        afterSecond.Requests.ShouldBe(afterFirst.Requests);
        afterSecond.All.ShouldBeLessThan(1_000);
    }
}
