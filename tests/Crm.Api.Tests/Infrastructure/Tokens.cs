using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// Builds JWTs by hand, byte for byte the way the CMS (golang-jwt, HS256) signs them, without using the
/// service's own code, so the tests also cover malformed and hostile tokens.
/// </summary>
public static class Tokens
{
    public const string Secret = "test-secret-that-is-at-least-32-bytes-long!";

    public static string For(string role, long userId, string? name = null) =>
        Sign(new Dictionary<string, object?>
        {
            ["user_id"] = userId,
            ["sub"] = userId.ToString(),
            ["role"] = role,
            ["name"] = name ?? $"{role} {userId}",
            ["email"] = $"{role}{userId}@example.com",
            ["iat"] = Now(),
            ["exp"] = Now() + 3600,
        });

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string Sign(IDictionary<string, object?> claims, string alg = "HS256", string secret = Secret,
        IDictionary<string, object?>? header = null)
    {
        header ??= new Dictionary<string, object?> { ["alg"] = alg, ["typ"] = "JWT" };
        var signingInput = $"{Encode(JsonSerializer.SerializeToUtf8Bytes(header))}.{Encode(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        var key = Encoding.UTF8.GetBytes(secret);
        byte[] signature = alg switch
        {
            "HS384" => HMACSHA384.HashData(key, Encoding.ASCII.GetBytes(signingInput)),
            "HS512" => HMACSHA512.HashData(key, Encoding.ASCII.GetBytes(signingInput)),
            _ => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput)),
        };
        return $"{signingInput}.{Encode(signature)}";
    }

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Encode(string text) => Encode(Encoding.UTF8.GetBytes(text));
}
