using System.Text.RegularExpressions;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deployment;

/// <summary>The deployment files of the repository, read the way docker and docker compose read them.</summary>
public static partial class DeploymentFiles
{
    /// <summary>Every variable of the contract, section 6 (SERVER_PORT and ASPNETCORE_ENVIRONMENT are aliases).</summary>
    public static readonly string[] ContractVariables =
    [
        "PORT", "DATABASE_URL", "DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD", "DB_SSLMODE",
        "DB_MAX_POOL_SIZE", "MIGRATIONS_TABLE", "MIGRATE_ON_START", "JWT_SECRET", "JWT_SECRET_PREVIOUS", "JWT_ISSUER", "JWT_AUDIENCE",
        "CORS_ALLOWED_ORIGINS", "AGENT_READ_SCOPE", "DEFAULT_PAGE_SIZE", "COUNT_LIMIT", "RATE_LIMIT_PER_MINUTE",
        "MAX_BODY_BYTES", "ATTACHMENT_MAX_BYTES", "STORAGE_BACKEND", "STORAGE_LOCAL_PATH", "S3_ENDPOINT", "S3_BUCKET",
        "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE", "ENVIRONMENT",
        // Beyond the contract: audit IPs behind a proxy, graceful shutdown, signed download links (README "Configuration").
        "TRUSTED_PROXIES", "SHUTDOWN_DELAY_SECONDS", "SHUTDOWN_DRAIN_SECONDS", "ATTACHMENT_URL_TTL_SECONDS",
        // v2, section 10: events, webhooks, reminders.
        "EVENT_RETENTION_DAYS", "REMINDER_LEAD_MINUTES", "WEBHOOK_SECRET_KEY", "WEBHOOK_ALLOW_PRIVATE",
        // Section 12: more than one instance, and traces (the OpenTelemetry SDK reads the OTEL_* beyond the endpoint).
        "REDIS_URL", "DATABASE_READ_URL", "READ_REPLICA_MAX_LAG_SECONDS", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL",
        "OTEL_SERVICE_NAME",
        // Section 9: data in and out (JOB_LEASE_SECONDS beyond the contract: how soon a dead instance's job moves on).
        "IMPORT_MAX_BYTES", "AGENT_EXPORT", "JOB_LEASE_SECONDS",
    ];

    /// <summary>What mcr.microsoft.com/dotnet/aspnet:10.0 itself sets, under the Dockerfile's own ENV.</summary>
    static readonly Dictionary<string, string> BaseImageEnvironment = new()
    {
        ["APP_UID"] = "1654",
        ["ASPNETCORE_HTTP_PORTS"] = "8080",
        ["DOTNET_RUNNING_IN_CONTAINER"] = "true",
    };

    public static string Read(string name) => File.ReadAllText(Path.Combine(PublishedApp.RepositoryRoot, name));

    public static Dictionary<string, object> Compose() => MiniYaml.Parse(Read("docker-compose.yml"));

    public static Dictionary<string, object> Service(string name) =>
        (Dictionary<string, object>)((Dictionary<string, object>)Compose()["services"])[name];

    /// <summary>A service's `environment:` with ${…} resolved against <paramref name="dotenv"/> (an operator's .env).</summary>
    public static Dictionary<string, string> ServiceEnvironment(string service, IReadOnlyDictionary<string, string> dotenv) =>
        ((Dictionary<string, object>)Service(service)["environment"])
            .ToDictionary(e => e.Key, e => Interpolate((string)e.Value, dotenv));

    /// <summary>What the container of <paramref name="service"/> sees: base image, Dockerfile ENV, then compose.</summary>
    public static Dictionary<string, string> ContainerEnvironment(string service, IReadOnlyDictionary<string, string> dotenv)
    {
        var environment = new Dictionary<string, string>(BaseImageEnvironment);
        foreach (var (name, value) in DockerfileEnvironment()) environment[name] = value;
        foreach (var (name, value) in ServiceEnvironment(service, dotenv)) environment[name] = value;
        return environment;
    }

    /// <summary>The services `docker compose up` starts: those without profiles, plus those of the active profiles.</summary>
    public static IEnumerable<string> ServicesStarted(params string[] profiles) =>
        ((Dictionary<string, object>)Compose()["services"])
            .Where(s => !((Dictionary<string, object>)s.Value).TryGetValue("profiles", out var of) || ((List<object>)of).Any(p => profiles.Contains((string)p)))
            .Select(s => s.Key);

    public static string[] Command(string service) => ((List<object>)Service(service)["command"]).Cast<string>().ToArray();

    /// <summary>Compose's interpolation: $$, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}.</summary>
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> dotenv) =>
        Reference().Replace(value, m =>
        {
            if (m.Value == "$$") return "$";
            var name = m.Groups["name"].Value;
            var set = dotenv.TryGetValue(name, out var current);
            var nonEmpty = set && current!.Length > 0;
            var argument = m.Groups["arg"].Value;
            return m.Groups["op"].Value switch
            {
                ":-" => nonEmpty ? current! : argument,
                "-" => set ? current! : argument,
                ":?" => nonEmpty ? current! : throw new InvalidOperationException($"compose: {name}: {argument}"),
                "?" => set ? current! : throw new InvalidOperationException($"compose: {name}: {argument}"),
                "" => current ?? "",
                var op => throw new FormatException($"unsupported interpolation {op} in {value}"),
            };
        });

    /// <summary>The names a text refers to as ${NAME…}.</summary>
    public static IEnumerable<string> ReferencedVariables(string text) =>
        Reference().Matches(text).Select(m => m.Groups["name"].Value).Where(n => n.Length > 0).Distinct();

    /// <summary>The ENV instructions of the Dockerfile's final stage.</summary>
    public static Dictionary<string, string> DockerfileEnvironment()
    {
        var finalStage = Read("Dockerfile").Split("\nFROM ")[^1].Replace("\\\n", " ");
        var environment = new Dictionary<string, string>();
        foreach (var line in finalStage.Split('\n').Where(l => l.StartsWith("ENV ")))
            foreach (var pair in line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                environment[pair.Split('=')[0]] = pair[(pair.IndexOf('=') + 1)..];
        return environment;
    }

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:?[-?])(?<arg>[^}]*))?\}")]
    private static partial Regex Reference();
}
