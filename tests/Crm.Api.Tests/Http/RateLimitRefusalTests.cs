using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>
/// A 429 is held for RATE_LIMIT_REFUSAL_DELAY_MS before it is sent, whichever limit refused it: a client that loops on
/// refusals gets one per connection and delay, not thousands a second of the CPU other users need.
/// </summary>
public class RateLimitRefusalTests(RateLimitRefusalTests.HeldRefusalsFactory app) : IClassFixture<RateLimitRefusalTests.HeldRefusalsFactory>
{
    public const int DelayMs = 600;

    public sealed class HeldRefusalsFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["RATE_LIMIT_PER_MINUTE"] = "2", ["AUTH_FAILURES_PER_MINUTE"] = "2", ["RATE_LIMIT_REFUSAL_DELAY_MS"] = DelayMs.ToString(),
        };
    }

    [Fact]
    public async Task ARefusalOfTheUsersRateIsHeldForTheDelay()
    {
        var client = app.As("agent", 70);
        for (var i = 0; i < 2; i++) (await client.GetAsync("/admin/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Three refusals in a row on one connection: each waits its turn, so the loop cannot go faster than the delay.
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            var refused = await client.GetAsync("/admin/me");
            await refused.ShouldBeError(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
            refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        }
        clock.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(3 * DelayMs - 50);
    }
}

/// <summary>Its own instance: every test client has the same address, and this class uses up its failed-auth budget.</summary>
public class AuthFailureRefusalTests(RateLimitRefusalTests.HeldRefusalsFactory app) : IClassFixture<RateLimitRefusalTests.HeldRefusalsFactory>
{
    const int DelayMs = RateLimitRefusalTests.DelayMs;

    [Fact]
    public async Task ARefusalOfAnAddressThatFailedToAuthenticateIsHeldForTheDelay()
    {
        var intruder = app.CreateClient();
        intruder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        for (var i = 0; i < 2; i++)
            await (await intruder.GetAsync("/admin/customers")).ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");

        var clock = Stopwatch.StartNew();
        var refused = await intruder.GetAsync("/admin/customers");

        await refused.ShouldBeError(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        clock.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(DelayMs - 50);
    }
}
