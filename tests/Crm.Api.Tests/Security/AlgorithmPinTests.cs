using System.Net;
using System.Net.Http.Headers;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Security;

/// <summary>
/// HS256 only (contract section 3), with a secret long enough for HS384 (48 bytes) and HS512 (64 bytes): with the test
/// suite's usual 43-byte secret the library itself refuses those algorithms, so only here does the pin decide.
/// </summary>
public class AlgorithmPinTests(AlgorithmPinTests.LongSecretFactory app) : IClassFixture<AlgorithmPinTests.LongSecretFactory>
{
    public const string LongSecret = "a-secret-long-enough-for-hs512-signatures-0123456789abcdefghijklmnopqrstuvwxyz";

    public sealed class LongSecretFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["JWT_SECRET"] = LongSecret };
    }

    static string Token(string alg) => Tokens.Sign(new Dictionary<string, object?>
    {
        ["user_id"] = 5, ["sub"] = "5", ["role"] = "admin", ["iat"] = Tokens.Now(), ["exp"] = Tokens.Now() + 600,
    }, alg, LongSecret);

    Task<HttpResponseMessage> Me(string token) => app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/me")
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    });

    [Fact]
    public async Task HS256WithTheLongSecretIsAccepted() => await (await Me(Token("HS256"))).ShouldHave(HttpStatusCode.OK);

    [Theory]
    [InlineData("HS384")]
    [InlineData("HS512")]
    public async Task OtherHmacAlgorithmsWithTheRightSecretAreRefused(string alg) =>
        await (await Me(Token(alg))).ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
}
