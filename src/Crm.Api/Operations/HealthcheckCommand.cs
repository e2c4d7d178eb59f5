using Crm.Api.Configuration;

namespace Crm.Api.Operations;

/// <summary>
/// `crm healthcheck`: GETs http://127.0.0.1:$PORT/health and exits 0 when it answers 200, else 1. The container's
/// HEALTHCHECK runs it because the ASP.NET runtime image has neither curl nor wget.
/// </summary>
public static class HealthcheckCommand
{
    public static async Task<int> RunAsync()
    {
        // Only the port matters here; the rest of the configuration is the server's business.
        var port = CrmSettings.Load(Environment.GetEnvironmentVariable, requireDatabase: false, requireSecret: false).Port;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync($"http://127.0.0.1:{port}/health");
            Console.WriteLine($"/health: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"/health on port {port}: {e.Message}");
            return 1;
        }
    }
}
