using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Crm.Api.Configuration;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Security;

/// <summary>
/// Contract section 3: a correctly signed, unexpired CMS token whose role is missing or not a CRM role answers
/// 403 INSUFFICIENT_PERMISSIONS on every /admin route (the Console signs users out on 401); a token without a usable
/// user id or with a bad signature stays 401. JWT_SECRET_PREVIOUS verifies tokens too, so a rotation has no 401s.
/// </summary>
public class CrmRoleAndSecretRotationTests(CrmRoleAndSecretRotationTests.RotatingFactory app)
    : IClassFixture<CrmRoleAndSecretRotationTests.RotatingFactory>
{
    const string PreviousSecret = "the-secret-the-cms-used-until-yesterday!!";

    public sealed class RotatingFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["JWT_ISSUER"] = "cms",
            ["JWT_SECRET_PREVIOUS"] = PreviousSecret,
        };
    }

    /// <summary>A CMS token (golang-jwt, HS256, iss cms) for user 42, changed by <paramref name="change"/>.</summary>
    static string Token(Action<Dictionary<string, object?>>? change = null, string secret = Tokens.Secret)
    {
        var claims = new Dictionary<string, object?>
        {
            ["user_id"] = 42, ["sub"] = "editor@example.com", ["role"] = "editor", ["email"] = "editor@example.com",
            ["name"] = "Edith Editor", ["iss"] = "cms", ["iat"] = Tokens.Now(), ["exp"] = Tokens.Now() + 600,
        };
        change?.Invoke(claims);
        return Tokens.Sign(claims, secret: secret);
    }

    HttpClient With(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    long CustomerRows()
    {
        using var db = app.OpenConnection();
        using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM customers", db);
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>Every operation under /admin in the service's own document, with its path ids filled in.</summary>
    async Task<List<(HttpMethod Method, string Path)>> AdminOperationsAsync()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldHave(HttpStatusCode.OK);
        var operations = new List<(HttpMethod, string)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/admin")))
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete"))
                operations.Add((new HttpMethod(method.Name.ToUpperInvariant()), System.Text.RegularExpressions.Regex.Replace(path.Name, @"\{\w+\}", "1")));
        return operations;
    }

    // Minted when a test runs, not when the tests are discovered: a loaded machine can take longer than the
    // token's ten minutes to reach them.
    static readonly Dictionary<string, Func<string>> WithoutACrmRole = new()
    {
        ["a CMS editor"] = () => Token(),
        ["a CMS superuser"] = () => Token(c => c["role"] = "superuser"),
        ["no role at all"] = () => Token(c => c.Remove("role")),
        ["an empty role"] = () => Token(c => c["role"] = ""),
        ["a list of roles"] = () => Token(c => c["role"] = new[] { "admin", "editor" }),
        ["a numeric role"] = () => Token(c => c["role"] = 1),
    };

    public static TheoryData<string> TokensWithoutACrmRole() => new(WithoutACrmRole.Keys);

    [Theory]
    [MemberData(nameof(TokensWithoutACrmRole))]
    public async Task AValidTokenWithoutACrmRoleIsForbiddenOnEveryAdminRoute(string who)
    {
        var client = With(WithoutACrmRole[who]());
        var operations = await AdminOperationsAsync();
        operations.ShouldContain((HttpMethod.Get, "/admin/me"));
        operations.Count.ShouldBeGreaterThan(40);

        foreach (var (method, path) in operations)
        {
            var request = new HttpRequestMessage(method, path);
            if (method != HttpMethod.Get && method != HttpMethod.Delete)
                request.Content = new StringContent(JsonSerializer.Serialize(new { name = "Planted", email = "planted@example.com" }),
                    System.Text.Encoding.UTF8, "application/json");
            await (await client.SendAsync(request)).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        }
        // Also a route that does not exist: an editor learns nothing about what is there.
        await (await client.GetAsync("/admin/no-such-thing")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        CustomerRows().ShouldBe(0, who);
    }

    [Fact]
    public async Task ATokenWithoutACrmRoleIsStill401WhenItIsNotValid()
    {
        // Each of these would be 403 with a good signature, a user id and a future exp: the 401 comes first.
        await (await With(Token(c => { c.Remove("user_id"); c["sub"] = "editor@example.com"; })).GetAsync("/admin/me"))
            .ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        await (await With(Token(c => c["user_id"] = 0)).GetAsync("/admin/me")).ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        await (await With(Token(secret: "a-secret-nobody-configured-here-at-all!!")).GetAsync("/admin/me"))
            .ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        await (await With(Token(c => c["iss"] = "someone-else")).GetAsync("/admin/me")).ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        await (await With(Token(c => c["exp"] = Tokens.Now() - 120)).GetAsync("/admin/me")).ShouldBeError(HttpStatusCode.Unauthorized, "TOKEN_EXPIRED");
        var tampered = Token().Split('.');
        await (await With($"{tampered[0]}.{Tokens.Encode(JsonSerializer.Serialize(new { user_id = 42, role = "editor", iss = "cms", exp = Tokens.Now() + 600 }))}.{tampered[2]}")
            .GetAsync("/admin/me")).ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }

    [Fact]
    public async Task ATokenSignedWithThePreviousSecretIsAccepted()
    {
        var client = With(Token(c => c["role"] = "agent", secret: PreviousSecret));
        var me = await (await client.GetAsync("/admin/me")).ShouldHave(HttpStatusCode.OK);
        me.GetProperty("user").GetProperty("id").GetInt64().ShouldBe(42);
        me.GetProperty("user").Str("role").ShouldBe("agent");
        (await (await client.PostJson("/admin/customers", new { name = "Rotated", email = "rotated@example.com" }))
            .ShouldHave(HttpStatusCode.Created)).GetProperty("assigned_to").GetInt64().ShouldBe(42);

        // The current secret keeps working beside it.
        await (await With(Token(c => c["role"] = "manager")).GetAsync("/admin/me")).ShouldHave(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ATokenSignedWithAnUnknownSecretIsRefused()
    {
        var before = CustomerRows();
        await (await With(Token(c => c["role"] = "admin", secret: "a-secret-nobody-configured-here-at-all!!"))
                .PostJson("/admin/customers", new { name = "Forged", email = "forged@example.com" }))
            .ShouldBeError(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        CustomerRows().ShouldBe(before);
    }

    [Fact]
    public void ThePreviousSecretFollowsTheLengthRuleOfTheSecret()
    {
        static CrmSettings Load(string previous, string environment = "Production") => CrmSettings.Load(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgres://crm:pw@db:5432/turfa_platform", ["JWT_SECRET"] = Tokens.Secret,
            ["JWT_SECRET_PREVIOUS"] = previous, ["ENVIRONMENT"] = environment,
        }.GetValueOrDefault);

        Should.Throw<InvalidConfigurationException>(() => Load("too-short")).Problems
            .ShouldBe(["JWT_SECRET_PREVIOUS must be at least 32 bytes"]);
        Load("too-short", "Development").JwtSecretPrevious.ShouldNotBeNull();
        Load(PreviousSecret).JwtSecretPrevious.ShouldBe(System.Text.Encoding.UTF8.GetBytes(PreviousSecret));
        Load("").JwtSecretPrevious.ShouldBeNull();
    }
}
