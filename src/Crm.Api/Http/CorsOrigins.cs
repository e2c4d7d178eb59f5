using System.Text.RegularExpressions;

namespace Crm.Api.Http;

/// <summary>
/// CORS_ALLOWED_ORIGINS: exact origins, or patterns with one <c>*</c> standing for exactly one DNS label
/// (<c>https://*.vercel.app</c> allows <c>https://preview-1.vercel.app</c>, not <c>https://a.b.vercel.app</c>).
/// With <paramref name="anyLocalPort"/> (Development) a Console on any port of this machine is allowed too: <c>next dev</c>
/// picks 3001, 3002, … when 3000 is taken, and nobody should have to configure that.
/// </summary>
public sealed partial class CorsOrigins(IEnumerable<string> patterns, bool anyLocalPort = false)
{
    readonly HashSet<string> _exact = patterns.Where(p => !p.Contains('*')).Select(Normalize).ToHashSet(StringComparer.Ordinal);
    readonly Regex[] _wildcards = patterns.Where(p => p.Contains('*'))
        .Select(p => new Regex("^" + Regex.Escape(Normalize(p)).Replace(@"\*", "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?") + @"\z",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)))
        .ToArray();

    public bool IsAllowed(string origin)
    {
        var normalized = Normalize(origin);
        return _exact.Contains(normalized) || _wildcards.Any(w => w.IsMatch(normalized)) || (anyLocalPort && LocalOrigin().IsMatch(normalized));
    }

    [GeneratedRegex(@"^http://(localhost|127\.0\.0\.1|\[::1\]):[0-9]{1,5}\z")]
    private static partial Regex LocalOrigin();

    public static bool IsValidPattern(string pattern)
    {
        if (pattern.Count(c => c == '*') > 1) return false;
        var probe = pattern.Replace("*", "x");
        return Uri.TryCreate(probe, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/" && !probe.EndsWith('/') && uri.Query.Length == 0
            && (!pattern.Contains('*') || pattern.Contains("://*."));
    }

    static string Normalize(string origin) => origin.Trim().TrimEnd('/').ToLowerInvariant();
}
