using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crm.Api.Configuration;
using Crm.Api.Http;

namespace Crm.Api.Attachments;

/// <summary>
/// Download links that work without a header (an <c>&lt;img src&gt;</c>, a plain link): the path of one attachment with the user
/// it was issued to, its expiry and an HMAC-SHA256 over the three. The key is derived from JWT_SECRET (HKDF, its own label), so
/// it is never the token key itself, every instance derives the same one, and rotating the secret voids the links. A link is
/// issued in an answer to a caller who may read the attachment, and lives ATTACHMENT_URL_TTL_SECONDS (default 300).
/// </summary>
public sealed class AttachmentLinks(CrmSettings settings, TimeProvider time)
{
    public const string PathPrefix = "/attachments/";

    readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, settings.JwtSecret, 32, info: "crm attachment download links v1"u8.ToArray());

    /// <summary>A link to <paramref name="attachmentId"/> for <paramref name="userId"/>, valid for the configured time from now.</summary>
    public string For(long attachmentId, long userId)
    {
        var expires = time.GetUtcNow().ToUnixTimeSeconds() + settings.AttachmentUrlTtlSeconds;
        return $"{PathPrefix}{attachmentId}/download?user={userId}&expires={expires}&signature={Sign(attachmentId, userId, expires)}";
    }

    public enum Verdict { Valid, Forged, Expired }

    /// <summary>Forged when the signature does not cover exactly these values; else expired when its time has passed.</summary>
    public Verdict Check(long attachmentId, long userId, long expires, string signature)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(attachmentId, userId, expires));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))) return Verdict.Forged;
        return time.GetUtcNow().ToUnixTimeSeconds() > expires ? Verdict.Expired : Verdict.Valid;
    }

    string Sign(long attachmentId, long userId, long expires)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"{attachmentId}.{userId}.{expires}");
        return Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(message)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The link's query, read strictly (each member once and well-formed); null with the problem left in the reader.</summary>
    public static (long User, long Expires, string Signature)? Read(QueryReader query)
    {
        // All three read first, so that a repeated one is what gets reported.
        var raw = (User: query.String("user", 20), Expires: query.String("expires", 20), Signature: query.String("signature", 100));
        long? Number(string name, string? value)
        {
            if (value is null) query.Fail(name, "is required");
            else if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
            else query.Fail(name, "must be a non-negative integer");
            return null;
        }
        var user = Number("user", raw.User);
        var expires = Number("expires", raw.Expires);
        var signature = raw.Signature;
        if (signature is null) query.Fail("signature", "is required");
        return query.Error is null ? (user!.Value, expires!.Value, signature!) : null;
    }
}
