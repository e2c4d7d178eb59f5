using Npgsql;

namespace Crm.Api.Configuration;

/// <summary>Turns a libpq-style URL (postgres://user:pass@host:port/db?sslmode=…) into Npgsql settings.</summary>
public static class DatabaseUrl
{
    public static bool TryApply(string url, NpgsqlConnectionStringBuilder builder, out string error)
    {
        error = "";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            error = "must look like postgres://user:password@host:5432/database";
            return false;
        }
        if (string.IsNullOrEmpty(uri.Host) || uri.AbsolutePath.Length <= 1)
        {
            error = "must name a host and a database";
            return false;
        }

        builder.Host = uri.Host;
        builder.Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
        builder.Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length == 2) builder.Password = Uri.UnescapeDataString(userInfo[1]);

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v]
                ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v))
                : (Uri.UnescapeDataString(pair), "");
            switch (key)
            {
                case "sslmode" when !TryApplySslMode(value, builder):
                    error = $"has an invalid sslmode \"{value}\"";
                    return false;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                case "connect_timeout" when int.TryParse(value, out var seconds):
                    builder.Timeout = seconds;
                    break;
            }
        }
        return true;
    }

    public static bool TryApplySslMode(string mode, NpgsqlConnectionStringBuilder builder)
    {
        SslMode? parsed = mode.ToLowerInvariant() switch
        {
            "disable" => SslMode.Disable,
            "allow" => SslMode.Allow,
            "prefer" => SslMode.Prefer,
            "require" => SslMode.Require,
            "verify-ca" => SslMode.VerifyCA,
            "verify-full" => SslMode.VerifyFull,
            _ => null,
        };
        if (parsed is null) return false;
        builder.SslMode = parsed.Value;
        return true;
    }
}
