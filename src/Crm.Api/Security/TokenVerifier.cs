using System.Security.Claims;
using Crm.Api.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Api.Security;

/// <summary>Why a token was refused. <see cref="NoCrmRole"/> is a valid CMS token of a user without CRM access (403, not 401).</summary>
public enum TokenFailure { None, Invalid, Expired, NoCrmRole }

/// <summary>
/// Verifies CMS-issued tokens: HS256 only, signature with JWT_SECRET (or JWT_SECRET_PREVIOUS during a rotation),
/// exp required, at most 60 s of skew, nbf honoured, iss/aud when configured, a usable user id and a CRM role
/// (contract section 3).
/// </summary>
public sealed class TokenVerifier
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    /// <summary>Tokens longer than this are refused before any parsing (a CMS token is a few hundred bytes).</summary>
    public const int MaxTokenLength = 8 * 1024;

    readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    readonly TokenValidationParameters _parameters;
    readonly PermissionTable _permissions;

    public TokenVerifier(CrmSettings settings, PermissionTable permissions)
    {
        _permissions = permissions;
        _parameters = new TokenValidationParameters
        {
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Without a kid in the CMS's tokens every key is tried, the current secret first.
            IssuerSigningKeys = settings.JwtSecretPrevious is { } previous
                ? [new SymmetricSecurityKey(settings.JwtSecret), new SymmetricSecurityKey(previous)]
                : [new SymmetricSecurityKey(settings.JwtSecret)],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            ValidateIssuer = settings.JwtIssuer is not null,
            ValidIssuer = settings.JwtIssuer,
            ValidateAudience = settings.JwtAudience is not null,
            ValidAudience = settings.JwtAudience,
            ValidateIssuerSigningKey = false,
        };
    }

    public async Task<(CurrentUser? User, TokenFailure Failure)> VerifyAsync(string token)
    {
        if (token.Length > MaxTokenLength) return (null, TokenFailure.Invalid);

        var result = await _handler.ValidateTokenAsync(token, _parameters);
        if (!result.IsValid)
            return (null, result.Exception is SecurityTokenExpiredException ? TokenFailure.Expired : TokenFailure.Invalid);
        if (result.SecurityToken is not JsonWebToken jwt || jwt.Alg != SecurityAlgorithms.HmacSha256)
            return (null, TokenFailure.Invalid);

        var claims = jwt.Claims.ToList();
        var userId = UserId(claims);
        if (userId is null) return (null, TokenFailure.Invalid);
        // The signature proves the CMS issued it: a CMS user without a CRM role (an editor, say) is known but not allowed,
        // and a 401 would make the Console sign them out.
        var role = RoleOf(claims);
        if (role is null) return (null, TokenFailure.NoCrmRole);

        string? Single(string type) => claims.Where(c => c.Type == type).Select(c => c.Value).FirstOrDefault();
        var (sub, email, name) = (Single("sub") ?? userId.Value.ToString(), Single("email"), Single("name"));
        // Claims are copied into rows (audit user_name is 255 long): a claim PostgreSQL would refuse is decided here, once,
        // instead of failing every write of this user. A display name is shortened; identifiers are not, they are refused.
        if (!Storable(sub, MaxClaimLength) || !Storable(email, MaxClaimLength) || !Storable(name, int.MaxValue))
            return (null, TokenFailure.Invalid);
        if (name is not null) name = Http.TextRules.Truncate(name, MaxClaimLength);
        return (new CurrentUser(userId.Value, sub, role.Value, email, name, _permissions), TokenFailure.None);
    }

    /// <summary>The longest <c>sub</c>, <c>email</c> and <c>name</c> kept (the audit columns' width).</summary>
    public const int MaxClaimLength = 255;

    static bool Storable(string? claim, int maxLength) =>
        claim is null || (claim.Length <= maxLength && Http.TextRules.IsStorable(claim) && !claim.Any(char.IsControl));

    /// <summary>The user id: <c>user_id</c> (number or numeric string), else a numeric <c>sub</c>.</summary>
    static long? UserId(List<Claim> claims)
    {
        foreach (var type in new[] { "user_id", "sub" })
        {
            var values = claims.Where(c => c.Type == type).ToList();
            if (values.Count == 1 && IsScalar(values[0]) && long.TryParse(values[0].Value, out var id) && id > 0) return id;
            if (values.Count > 0 && type == "user_id") return null;
        }
        return null;
    }

    static Role? RoleOf(List<Claim> claims)
    {
        var roles = claims.Where(c => c.Type == "role").ToList();
        if (roles.Count != 1 || roles[0].ValueType != ClaimValueTypes.String) return null;
        return roles[0].Value.ToLowerInvariant() switch
        {
            "admin" => Role.Admin,
            "manager" => Role.Manager,
            "agent" => Role.Agent,
            _ => null,
        };
    }

    static bool IsScalar(Claim claim) => claim.ValueType is ClaimValueTypes.String or ClaimValueTypes.Integer
        or ClaimValueTypes.Integer32 or ClaimValueTypes.Integer64 or ClaimValueTypes.UInteger32 or ClaimValueTypes.UInteger64;

    /// <summary>Mints a token the way the CMS does (for the <c>token</c> CLI verb and local use).</summary>
    public static string Mint(CrmSettings settings, string role, long userId, TimeSpan ttl, string? name = null, string? email = null)
    {
        var claims = new Dictionary<string, object> { ["user_id"] = userId, ["sub"] = userId.ToString(), ["role"] = role };
        if (name is not null) claims["name"] = name;
        if (email is not null) claims["email"] = email;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Issuer = settings.JwtIssuer,
            Audience = settings.JwtAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + ttl,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(settings.JwtSecret), SecurityAlgorithms.HmacSha256),
        });
    }
}
