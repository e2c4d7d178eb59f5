using System.Net;
using System.Net.Http.Headers;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Security;

/// <summary>Every token defect of contract section 3 answers 401 with its code, and changes nothing (a valid token without a
/// CRM role is 403: see <see cref="CrmRoleAndSecretRotationTests"/>).</summary>
public class TokenVerificationTests(TokenVerificationTests.IssuerFactory app) : IClassFixture<TokenVerificationTests.IssuerFactory>
{
    public sealed class IssuerFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["JWT_ISSUER"] = "cms",
            ["JWT_AUDIENCE"] = "crm",
        };
    }

    static Dictionary<string, object?> Claims(Action<Dictionary<string, object?>>? change = null)
    {
        var claims = new Dictionary<string, object?>
        {
            ["user_id"] = 42, ["sub"] = "42", ["role"] = "admin", ["iss"] = "cms", ["aud"] = "crm",
            // Hours, not minutes: BadTokens() is minted when the tests are discovered, and a loaded machine can take
            // longer than ten minutes to reach them (every bad token would then be TOKEN_EXPIRED).
            ["iat"] = Tokens.Now(), ["exp"] = Tokens.Now() + 4 * 3600,
        };
        change?.Invoke(claims);
        return claims;
    }

    async Task<HttpResponseMessage> CallWith(string? authorization)
    {
        var client = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/customers")
        {
            Content = new StringContent("{\"name\":\"Intruder\",\"email\":\"intruder@example.com\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }

    async Task ShouldBeRefused(string? authorization, string code)
    {
        await (await CallWith(authorization)).ShouldBeError(HttpStatusCode.Unauthorized, code);
        using var db = app.OpenConnection();
        using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM customers", db);
        ((long)count.ExecuteScalar()!).ShouldBe(0);
    }

    [Fact]
    public async Task AValidTokenIsAccepted()
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/me")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Sign(Claims())) },
        });
        var me = await response.ShouldHave(HttpStatusCode.OK);
        me.GetProperty("user").GetProperty("id").GetInt64().ShouldBe(42);
    }

    [Fact]
    public Task AMissingHeaderIsMissingToken() => ShouldBeRefused(null, "MISSING_TOKEN");

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Token abc.def.ghi")]
    [InlineData("Bearer a.b.c extra")]
    public Task AHeaderThatIsNotBearerIsInvalidFormat(string header) => ShouldBeRefused(header, "INVALID_TOKEN_FORMAT");

    [Fact]
    public Task AnExpiredTokenIsTokenExpired() =>
        ShouldBeRefused("Bearer " + Tokens.Sign(Claims(c => c["exp"] = Tokens.Now() - 61 - 5)), "TOKEN_EXPIRED");

    [Fact]
    public async Task ATokenExpiredWithinTheSkewIsStillAccepted()
    {
        var response = await CallWith("Bearer " + Tokens.Sign(Claims(c => c["exp"] = Tokens.Now() - 30)));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    public static TheoryData<string, string> BadTokens()
    {
        var valid = Tokens.Sign(Claims());
        var parts = valid.Split('.');
        var data = new TheoryData<string, string>
        {
            { "alg none", $"{Tokens.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}." },
            { "alg None", $"{Tokens.Encode("{\"alg\":\"None\",\"typ\":\"JWT\"}")}.{parts[1]}." },
            { "alg none with signature", $"{Tokens.Encode("{\"alg\":\"none\"}")}.{parts[1]}.{parts[2]}" },
            { "HS384 with the right secret", Tokens.Sign(Claims(), alg: "HS384") },
            { "HS512 with the right secret", Tokens.Sign(Claims(), alg: "HS512") },
            { "RS256 header over an HMAC signature", Tokens.Sign(Claims(), header: new Dictionary<string, object?> { ["alg"] = "RS256", ["typ"] = "JWT" }) },
            { "tampered payload", $"{parts[0]}.{Tokens.Encode(System.Text.Json.JsonSerializer.Serialize(Claims(c => c["user_id"] = 1)))}.{parts[2]}" },
            { "truncated signature", $"{parts[0]}.{parts[1]}.{parts[2][..10]}" },
            { "empty signature", $"{parts[0]}.{parts[1]}." },
            { "wrong secret", Tokens.Sign(Claims(), secret: "another-secret-that-is-32-bytes-or-more!!") },
            { "nbf in the future", Tokens.Sign(Claims(c => c["nbf"] = Tokens.Now() + 3 * 3600)) },
            { "missing exp", Tokens.Sign(Claims(c => c.Remove("exp"))) },
            { "wrong iss", Tokens.Sign(Claims(c => c["iss"] = "someone-else")) },
            { "missing iss", Tokens.Sign(Claims(c => c.Remove("iss"))) },
            { "wrong aud", Tokens.Sign(Claims(c => c["aud"] = "billing")) },
            { "no user id", Tokens.Sign(Claims(c => { c.Remove("user_id"); c.Remove("sub"); })) },
            { "non-numeric user id and sub", Tokens.Sign(Claims(c => { c["user_id"] = "abc"; c["sub"] = "alice@example.com"; })) },
            { "negative user id", Tokens.Sign(Claims(c => c["user_id"] = -5)) },
            { "malformed base64", $"{parts[0]}.!!!notbase64!!!.{parts[2]}" },
            { "two parts", $"{parts[0]}.{parts[1]}" },
            { "four parts", $"{valid}.{parts[2]}" },
            { "a 40 KB token", Tokens.Sign(Claims(c => c["padding"] = new string('x', 40 * 1024))) },
            { "JSON instead of a JWT", "{\"alg\":\"HS256\"}" },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public Task EveryOtherDefectIsInvalidToken(string defect, string token)
    {
        _ = defect;
        return ShouldBeRefused("Bearer " + token, "INVALID_TOKEN");
    }

    [Theory]
    [InlineData("ADMIN")]
    [InlineData("Manager")]
    [InlineData("agent")]
    public async Task RolesAreCaseInsensitive(string role)
    {
        var token = Tokens.Sign(Claims(c => c["role"] = role));
        var me = await (await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/me")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        })).ShouldHave(HttpStatusCode.OK);
        me.GetProperty("user").Str("role").ShouldBe(role.ToLowerInvariant());
    }

    [Fact]
    public async Task ANumericSubServesAsTheUserIdWhenUserIdIsAbsent()
    {
        var token = Tokens.Sign(Claims(c => { c.Remove("user_id"); c["sub"] = "77"; }));
        var me = await (await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/me")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        })).ShouldHave(HttpStatusCode.OK);
        me.GetProperty("user").GetProperty("id").GetInt64().ShouldBe(77);
    }

    [Fact]
    public async Task AUserIdGivenAsANumericStringIsAccepted()
    {
        var token = Tokens.Sign(Claims(c => c["user_id"] = "314"));
        var me = await (await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/me")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        })).ShouldHave(HttpStatusCode.OK);
        me.GetProperty("user").GetProperty("id").GetInt64().ShouldBe(314);
    }

    [Fact]
    public async Task TokensInTheQueryStringOrCookiesAreIgnored()
    {
        var token = Tokens.Sign(Claims());
        var client = app.CreateClient();
        await (await client.GetAsync($"/admin/me?access_token={token}")).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/me");
        request.Headers.Add("Cookie", $"token={token}; access_token={token}");
        await (await client.SendAsync(request)).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
    }

    [Fact]
    public async Task AuthenticationIsDecidedBeforeIdsQueriesAndBodies()
    {
        var client = app.CreateClient();
        await (await client.GetAsync("/admin/customers/not-a-number")).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
        await (await client.GetAsync("/admin/customers?page_size=abc")).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
        await (await client.SendRaw(HttpMethod.Post, "/admin/customers", "{not json")).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
    }
}
