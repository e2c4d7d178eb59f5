using StackExchange.Redis;

namespace Crm.Api.Configuration;

/// <summary>
/// Turns REDIS_URL (redis://[user:password@]host[:6379][/db], rediss:// for TLS) into client options tuned so that no
/// request ever waits on a dead Redis: short connect and operation timeouts, and commands fail at once instead of
/// queueing while the connection is down (the callers fall back to per-instance state).
/// </summary>
public static class RedisUrl
{
    public static bool TryParse(string url, out ConfigurationOptions? options, out string error)
    {
        options = null;
        error = "";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss") || string.IsNullOrEmpty(uri.Host))
        {
            error = "must look like redis://[:password@]host:6379[/db] (rediss:// for TLS)";
            return false;
        }
        var database = 0;
        var path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0 && !(int.TryParse(path, out database) && database is >= 0 and < 1000))
        {
            error = "must name a database number after the host (redis://host:6379/0)";
            return false;
        }

        options = new ConfigurationOptions
        {
            EndPoints = { { uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port } },
            Ssl = uri.Scheme == "rediss",
            DefaultDatabase = database,
            ClientName = "crm-service",
            AbortOnConnectFail = false,
            ConnectTimeout = 1000,
            SyncTimeout = 500,
            AsyncTimeout = 500,
            ConnectRetry = 1,
            KeepAlive = 5,
            // Reconnect every second after an outage, so that sharing resumes soon after Redis is back.
            ReconnectRetryPolicy = new LinearRetry(1000),
            BacklogPolicy = BacklogPolicy.FailFast,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo.Length == 2)
        {
            if (userInfo[0].Length > 0) options.User = Uri.UnescapeDataString(userInfo[0]);
            options.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        else if (userInfo[0].Length > 0) options.Password = Uri.UnescapeDataString(userInfo[0]);
        return true;
    }
}
