using System.Net;
using System.Net.Http.Headers;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>Failed authentications are limited per client address; a flood of invalid tokens ends in 429.</summary>
public class AuthFailureLimitTests(AuthFailureLimitTests.FiveFailuresFactory app) : IClassFixture<AuthFailureLimitTests.FiveFailuresFactory>
{
    public sealed class FiveFailuresFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["AUTH_FAILURES_PER_MINUTE"] = "5" };
    }

    [Fact]
    public async Task AfterTheAllowedFailuresTheAddressIsRateLimitedWithoutItsTokensBeingRead()
    {
        var intruder = app.CreateClient();
        intruder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        for (var i = 0; i < 5; i++)
            await (await intruder.GetAsync("/admin/customers")).ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");

        var refused = await intruder.GetAsync("/admin/customers");

        await refused.ShouldBeError(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        // Decided before the token: from this address even a good one waits for the window to end.
        await (await app.Admin.GetAsync("/admin/customers")).ShouldBeError(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        // Routes outside /admin need no token and are not limited.
        (await intruder.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
