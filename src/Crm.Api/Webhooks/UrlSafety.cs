using System.Net;
using System.Net.Sockets;
using Crm.Api.Configuration;

namespace Crm.Api.Webhooks;

/// <summary>Resolves host names for webhooks; tests replace it to make a name resolve where they want.</summary>
public interface IWebhookResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

public sealed class DnsWebhookResolver : IWebhookResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>A webhook target that the safety rules refuse (contract section 10: 400 UNSAFE_URL at create time).</summary>
public sealed class UnsafeUrlException(string message) : Exception(message);

/// <summary>
/// Where webhooks may go (contract section 10). Cloud metadata addresses never; loopback, private, link-local and other
/// non-public addresses only with WEBHOOK_ALLOW_PRIVATE=true; plain http only in Development or with that setting. The
/// address is checked when the endpoint is created and again at connect time, on the very address the socket connects
/// to, so a name that resolves somewhere else later (DNS rebinding) is refused too.
/// </summary>
public sealed class UrlSafety(CrmSettings settings, IWebhookResolver resolver)
{
    static readonly IPAddress[] Metadata = [IPAddress.Parse("169.254.169.254"), IPAddress.Parse("fd00:ec2::254")];

    static readonly IPNetwork[] NonPublic = [.. new[]
    {
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
        "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8",
    }.Select(IPNetwork.Parse)];

    /// <summary>IPv6 forms that carry an IPv4 address (NAT64, 6to4): judged by the IPv4 address inside.</summary>
    static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96"), SixToFour = IPNetwork.Parse("2002::/16");

    bool AllowPrivate => settings.Events.WebhookAllowPrivate;

    /// <summary>Why webhooks may not connect to <paramref name="address"/>, or null when they may.</summary>
    public string? Refusal(IPAddress address)
    {
        address = Embedded(address);
        if (Metadata.Any(m => m.Equals(address))) return "a cloud metadata address";
        if (!AllowPrivate && NonPublic.Any(n => n.Contains(address))) return "a loopback, private or link-local address";
        return null;
    }

    /// <summary>Checks a URL at create time: scheme, form, and every address its host resolves to.</summary>
    public async Task CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && (settings.IsDevelopment || AllowPrivate)))
            throw new UnsafeUrlException("url must use https");
        await AddressesAsync(url.IdnHost, cancellationToken);
    }

    /// <summary>The addresses of a host, all of them allowed; else <see cref="UnsafeUrlException"/>.</summary>
    public async Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal)) addresses = [literal];
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(host, cancellationToken);
            }
            catch (SocketException)
            {
                throw new UnsafeUrlException($"the host {host} does not resolve");
            }
        }
        if (addresses.Length == 0) throw new UnsafeUrlException($"the host {host} does not resolve");
        // One bad address spoils the name: a host that answers with both a public and a private address is an attack.
        foreach (var address in addresses)
            if (Refusal(address) is { } refusal) throw new UnsafeUrlException($"the host {host} resolves to {refusal}");
        return addresses;
    }

    /// <summary>
    /// SocketsHttpHandler.ConnectCallback: resolves the name itself, refuses unsafe addresses, and connects to the
    /// address it checked. Nothing else resolves or connects for webhook requests (no proxy is used).
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await AddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    static IPAddress Embedded(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address)) return new IPAddress(bytes[12..16]);
        if (SixToFour.Contains(address)) return new IPAddress(bytes[2..6]);
        return address;
    }
}
