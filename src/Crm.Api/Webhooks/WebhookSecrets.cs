using System.Security.Cryptography;
using System.Text;
using Crm.Api.Configuration;

namespace Crm.Api.Webhooks;

/// <summary>
/// Signing secrets: <c>whsec_</c> + base64 of 32 random bytes (Standard Webhooks), shown once and stored encrypted
/// with AES-256-GCM under a key derived from WEBHOOK_SECRET_KEY. A stored secret is <c>nonce | tag | ciphertext</c>.
/// </summary>
public sealed class WebhookSecrets(CrmSettings settings)
{
    const int NonceBytes = 12, TagBytes = 16;

    readonly byte[]? _key = settings.Events.WebhookSecretKey is { } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;

    public bool Configured => _key is not null;

    public static string Generate() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public byte[] Encrypt(string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var stored = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = stored.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key, TagBytes);
        aes.Encrypt(nonce, plain, stored.AsSpan(NonceBytes + TagBytes), stored.AsSpan(NonceBytes, TagBytes));
        return stored;
    }

    /// <summary>The secret, or a <see cref="CryptographicException"/> when WEBHOOK_SECRET_KEY is not the key it was stored with.</summary>
    public string Decrypt(byte[] stored)
    {
        var plain = new byte[stored.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(Key, TagBytes);
        aes.Decrypt(stored.AsSpan(0, NonceBytes), stored.AsSpan(NonceBytes + TagBytes), stored.AsSpan(NonceBytes, TagBytes), plain);
        return Encoding.UTF8.GetString(plain);
    }

    byte[] Key => _key ?? throw new InvalidOperationException("WEBHOOK_SECRET_KEY is not set");
}
