using System.Text;

namespace Crm.Api.Attachments;

/// <summary>
/// What an attachment's content type is, and how it is served. The declared type (the multipart part's
/// Content-Type) is kept unless the first bytes say otherwise; types a browser could execute or render
/// as a page are served as <c>application/octet-stream</c>.
/// </summary>
public static class ContentTypes
{
    public const string OctetStream = "application/octet-stream";

    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int SniffLength = 512;

    static readonly (byte[] Magic, int Offset, string Type)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), 0, "application/pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0, "image/png"),
        ([0xFF, 0xD8, 0xFF], 0, "image/jpeg"),
        ("GIF87a"u8.ToArray(), 0, "image/gif"),
        ("GIF89a"u8.ToArray(), 0, "image/gif"),
        ("PK\x03\x04"u8.ToArray(), 0, "application/zip"),
        ("ID3"u8.ToArray(), 0, "audio/mpeg"),
        ("OggS"u8.ToArray(), 0, "audio/ogg"),
        ("fLaC"u8.ToArray(), 0, "audio/flac"),
        ("ftyp"u8.ToArray(), 4, "video/mp4"),
        ("MZ"u8.ToArray(), 0, "application/x-msdownload"),
        ([0x7F, 0x45, 0x4C, 0x46], 0, "application/x-executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], 0, "application/x-mach-binary"),
        ("#!"u8.ToArray(), 0, "application/x-executable"),
    ];

    /// <summary>Declared types that the bytes of a detected type may rightly carry (containers and their specialisations).</summary>
    static readonly Dictionary<string, string[]> Compatible = new()
    {
        ["application/zip"] = ["application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.",
            "application/epub+zip", "application/java-archive", "application/vnd.android.package-archive", "application/x-zip-compressed"],
        ["video/mp4"] = ["video/", "audio/mp4", "audio/x-m4a", "audio/m4a", "image/heic", "image/heif", "image/avif"],
        ["audio/mpeg"] = ["audio/mp3"],
        ["audio/ogg"] = ["video/ogg", "application/ogg", "audio/opus"],
        ["audio/wav"] = ["audio/x-wav", "audio/wave", "audio/vnd.wave"],
        ["image/jpeg"] = ["image/jpg", "image/pjpeg"],
    };

    /// <summary>Never served with their own type: a browser would run or render them in the API's origin.</summary>
    static readonly HashSet<string> Unsafe =
    [
        "text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml", "text/javascript",
        "application/javascript", "application/ecmascript", "text/ecmascript", "application/x-msdownload", "application/x-executable",
        "application/x-mach-binary", "application/x-sh", "application/x-msdos-program", "application/vnd.microsoft.portable-executable",
        "application/java-archive", "application/x-httpd-php", "multipart/x-mixed-replace", "text/xsl", "application/xslt+xml",
    ];

    /// <summary>The type to record: the declared one, unless the bytes show something it cannot be.</summary>
    public static string Decide(string? declared, ReadOnlySpan<byte> head)
    {
        var normalized = Normalize(declared);
        var sniffed = Sniff(head);
        if (sniffed is null) return normalized;
        if (normalized == sniffed) return normalized;
        if (Compatible.TryGetValue(sniffed, out var allowed) && allowed.Any(a => a.EndsWith('.') || a.EndsWith('/')
                ? normalized.StartsWith(a, StringComparison.Ordinal) : normalized == a))
            return normalized;
        return sniffed;
    }

    /// <summary>The Content-Type of a download.</summary>
    public static string Served(string recorded) => Unsafe.Contains(recorded) ? OctetStream : recorded;

    /// <summary>The media type alone, lower case, or <c>application/octet-stream</c> when missing or malformed.</summary>
    public static string Normalize(string? declared)
    {
        if (declared is null || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(declared, out var parsed)) return OctetStream;
        var type = parsed.MediaType.Value?.ToLowerInvariant();
        return type is { Length: > 2 and <= 255 } && type.Contains('/') && !type.Contains('*') ? type : OctetStream;
    }

    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, offset, type) in Signatures)
            if (head.Length >= offset + magic.Length && head.Slice(offset, magic.Length).SequenceEqual(magic)) return type;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8))
        {
            if (head.Slice(8, 4).SequenceEqual("WAVE"u8)) return "audio/wav";
            if (head.Slice(8, 4).SequenceEqual("WEBP"u8)) return "image/webp";
            if (head.Slice(8, 4).SequenceEqual("AVI "u8)) return "video/x-msvideo";
        }
        // An MPEG layer III frame without an ID3 tag (not FF FE, the UTF-16 byte order mark).
        if (head.Length >= 2 && head[0] == 0xFF && head[1] is 0xFB or 0xFA or 0xF3 or 0xF2 or 0xE3 or 0xE2) return "audio/mpeg";
        return SniffMarkup(head);
    }

    /// <summary>HTML and SVG, which browsers sniff from text however the file is labelled.</summary>
    static string? SniffMarkup(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.StartsWith("<svg", StringComparison.Ordinal) || (text.StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<svg")))
            return "image/svg+xml";
        foreach (var tag in new[] { "<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<title", "<style", "<!--", "<a ", "<img", "<div", "<table", "<h1", "<p>" })
            if (text.StartsWith(tag, StringComparison.Ordinal)) return "text/html";
        return null;
    }
}
