using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>In Development a Console on any local port works without configuring CORS_ALLOWED_ORIGINS; elsewhere it does not.</summary>
public class DevelopmentCorsTests(DevelopmentCorsTests.DevelopmentFactory app) : IClassFixture<DevelopmentCorsTests.DevelopmentFactory>
{
    public sealed class DevelopmentFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["ENVIRONMENT"] = "Development" };
    }

    public static async Task<HttpResponseMessage> PreflightAsync(CrmFactory app, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/admin/customers");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await app.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("http://localhost:3001")]
    [InlineData("http://localhost:5173")]
    [InlineData("http://127.0.0.1:4000")]
    public async Task AConsoleOnAnyLocalPortIsAllowed(string origin) =>
        (await PreflightAsync(app, origin)).Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe(origin);

    [Theory]
    [InlineData("https://localhost:5173")]
    [InlineData("http://localhost.evil.com:5173")]
    [InlineData("http://evil.example.com")]
    public async Task OtherOriginsStayRefused(string origin) =>
        (await PreflightAsync(app, origin)).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
}

/// <summary>Outside Development only the configured origins (by default localhost:3000 and 3001) are allowed.</summary>
public class ProductionCorsTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task ALocalPortOutsideTheListIsRefused()
    {
        (await DevelopmentCorsTests.PreflightAsync(app, "http://localhost:5173")).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        (await DevelopmentCorsTests.PreflightAsync(app, "http://localhost:3001")).Headers.GetValues("Access-Control-Allow-Origin").Single()
            .ShouldBe("http://localhost:3001");
    }
}
