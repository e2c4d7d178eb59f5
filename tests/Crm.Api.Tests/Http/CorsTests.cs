using System.Net;
using Crm.Api.Http;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

public class CorsTests(CorsTests.ConsoleOriginsFactory app) : IClassFixture<CorsTests.ConsoleOriginsFactory>
{
    public sealed class ConsoleOriginsFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["CORS_ALLOWED_ORIGINS"] = "https://console.example.com, https://*.vercel.app",
        };
    }

    static HttpRequestMessage Preflight(string origin, string method = "PATCH", string headers = "authorization,content-type,if-match,idempotency-key")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/admin/customers/1");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    [Theory]
    [InlineData("https://console.example.com")]
    [InlineData("https://preview-123.vercel.app")]
    public async Task APreflightFromAnAllowedOriginIsAnsweredWithoutAToken(string origin)
    {
        var response = await app.CreateClient().SendAsync(Preflight(origin));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe(origin);
        var allowedHeaders = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        allowedHeaders.ShouldContain("authorization");
        allowedHeaders.ShouldContain("if-match");
        allowedHeaders.ShouldContain("idempotency-key");
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")).ShouldContain("PATCH");
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://a.b.vercel.app")]
    [InlineData("http://console.example.com")]
    [InlineData("https://console.example.com.evil.com")]
    public async Task ADisallowedOriginGetsNoCorsHeaders(string origin)
    {
        var preflight = await app.CreateClient().SendAsync(Preflight(origin));
        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();

        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/customers");
        request.Headers.Add("Origin", origin);
        var actual = await app.Admin.SendAsync(request);
        actual.StatusCode.ShouldBe(HttpStatusCode.OK);
        actual.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task AnAllowedOriginSeesTheResponseHeadersItNeeds()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/customers");
        request.Headers.Add("Origin", "https://console.example.com");
        var response = await app.Admin.SendAsync(request);

        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("https://console.example.com");
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        exposed.ShouldContain("ETag");
        exposed.ShouldContain("X-Request-ID");
    }

    [Theory]
    [InlineData("https://console.example.com", true)]
    [InlineData("https://*.vercel.app", true)]
    [InlineData("http://localhost:3000", true)]
    [InlineData("console.example.com", false)]
    [InlineData("https://*.*.vercel.app", false)]
    [InlineData("https://console.example.com/path", false)]
    [InlineData("https://foo*.vercel.app", false)]
    [InlineData("*", false)]
    public void OriginPatternsAreValidatedAtStartup(string pattern, bool valid) => CorsOrigins.IsValidPattern(pattern).ShouldBe(valid);
}
