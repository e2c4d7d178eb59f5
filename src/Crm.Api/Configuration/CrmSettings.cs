using System.Text;
using Npgsql;

namespace Crm.Api.Configuration;

/// <summary>
/// Every setting of the service, read once from the environment (contract section 6).
/// <see cref="Load"/> collects every problem before failing, so an operator fixes them all in one go.
/// </summary>
public sealed record CrmSettings
{
    public required int Port { get; init; }
    public required string ConnectionString { get; init; }
    public required int MaxPoolSize { get; init; }
    public required string MigrationsTable { get; init; }
    public required bool MigrateOnStart { get; init; }
    public required byte[] JwtSecret { get; init; }
    /// <summary>The secret being retired (JWT_SECRET_PREVIOUS): still verifies tokens, so a rotation has no window of 401s.</summary>
    public byte[]? JwtSecretPrevious { get; init; }
    public string? JwtIssuer { get; init; }
    public string? JwtAudience { get; init; }
    public required IReadOnlyList<string> CorsAllowedOrigins { get; init; }
    public required bool AgentReadScopeOwn { get; init; }
    public required int DefaultPageSize { get; init; }
    public required int CountLimit { get; init; }
    public required int RateLimitPerMinute { get; init; }
    /// <summary>Requests one user may have in progress at once, beside the rate: one caller cannot hold every connection.</summary>
    public required int ConcurrentRequestsPerUser { get; init; }
    /// <summary>Failed authentications per client address and minute before it is answered 429 without looking at tokens.</summary>
    public required int AuthFailuresPerMinute { get; init; }
    /// <summary>How long a 429 is held before it is sent: a client looping past its budget gets one refusal per connection and
    /// this delay, instead of turning refusals into the CPU every other user needs (bench-abuse, docs/performance.md).</summary>
    public required TimeSpan RateLimitRefusalDelay { get; init; }
    /// <summary>Statement timeout of reads (GET); reports have their own; writes keep Npgsql's 30 s.</summary>
    public required int QueryTimeoutSeconds { get; init; }
    public required int ReportQueryTimeoutSeconds { get; init; }
    public required long MaxBodyBytes { get; init; }
    public required long AttachmentMaxBytes { get; init; }
    /// <summary>The largest import file (contract section 9); it is streamed, never held in memory.</summary>
    public long ImportMaxBytes { get; init; } = 200L << 20;
    /// <summary>Agents may export the records within their read scope (contract section 3).</summary>
    public bool AgentExport { get; init; }
    /// <summary>How long a job's claim lasts without a committed batch: a dead instance's job is picked up after this.</summary>
    public int JobLeaseSeconds { get; init; } = 60;
    /// <summary>How long an attachment's signed download_url works (ATTACHMENT_URL_TTL_SECONDS).</summary>
    public int AttachmentUrlTtlSeconds { get; init; } = 300;
    public required string StorageBackend { get; init; }
    public required string StorageLocalPath { get; init; }
    /// <summary>The S3-compatible store, when STORAGE_BACKEND=s3.</summary>
    public S3Settings? S3 { get; init; }
    public required bool IsDevelopment { get; init; }
    /// <summary>Proxies whose X-Forwarded-For is believed (audit IPs); nobody's by default.</summary>
    public required IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; }
    /// <summary>After SIGTERM, how long /ready answers 503 while requests are still served (readiness propagation).</summary>
    public required int ShutdownDelaySeconds { get; init; }
    /// <summary>After the delay, how long in-flight requests may take to finish before connections are aborted.</summary>
    public required int ShutdownDrainSeconds { get; init; }
    /// <summary>Events, webhooks and reminders (contract section 10).</summary>
    public required EventSettings Events { get; init; }
    /// <summary>Redis for the state instances share (REDIS_URL); null: rate limits and remembered counts per instance.</summary>
    public StackExchange.Redis.ConfigurationOptions? Redis { get; init; }
    /// <summary>A streaming replica for reads (DATABASE_READ_URL), tuned like the primary's connection string.</summary>
    public string? ReadConnectionString { get; init; }
    /// <summary>Reads fall back to the primary while the replica is further behind than this (READ_REPLICA_MAX_LAG_SECONDS).</summary>
    public required int ReadReplicaMaxLagSeconds { get; init; }
    /// <summary>Traces are exported over OTLP when this is set (OTEL_EXPORTER_OTLP_ENDPOINT; the OpenTelemetry SDK reads its other OTEL_* settings).</summary>
    public string? OtlpEndpoint { get; init; }

    public const int MinimumSecretBytes = 32;

    /// <summary>Reads the settings, or throws <see cref="InvalidConfigurationException"/> naming every problem.</summary>
    public static CrmSettings Load(Func<string, string?> read, bool requireDatabase = true, bool requireSecret = true)
    {
        var problems = new List<string>();
        string? Get(string name) => read(name) is { Length: > 0 } v ? v.Trim() : null;

        int Int(string name, int fallback, int min, int max)
        {
            var raw = Get(name);
            if (raw is null) return fallback;
            if (int.TryParse(raw, out var value) && value >= min && value <= max) return value;
            problems.Add($"{name} must be an integer between {min} and {max} (got \"{raw}\")");
            return fallback;
        }

        long Long(string name, long fallback, long min)
        {
            var raw = Get(name);
            if (raw is null) return fallback;
            if (long.TryParse(raw, out var value) && value >= min) return value;
            problems.Add($"{name} must be an integer of at least {min} (got \"{raw}\")");
            return fallback;
        }

        bool Bool(string name, bool fallback)
        {
            var raw = Get(name);
            if (raw is null) return fallback;
            if (raw is "1" or "true" or "TRUE" or "True" or "yes") return true;
            if (raw is "0" or "false" or "FALSE" or "False" or "no") return false;
            problems.Add($"{name} must be true or false (got \"{raw}\")");
            return fallback;
        }

        var environment = Get("ENVIRONMENT") ?? Get("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var isDevelopment = environment.Equals("Development", StringComparison.OrdinalIgnoreCase);
        if (!isDevelopment && !environment.Equals("Production", StringComparison.OrdinalIgnoreCase)
            && !environment.Equals("Staging", StringComparison.OrdinalIgnoreCase))
            problems.Add($"ENVIRONMENT must be Development, Staging or Production (got \"{environment}\")");

        var port = Int("PORT", Int("SERVER_PORT", 3000, 1, 65535), 1, 65535);
        var maxPool = Int("DB_MAX_POOL_SIZE", 50, 1, 1000);
        // 0 turns auto-preparation off (a pooler without prepared-statement support; the A/B in docs/performance.md).
        var maxAutoPrepare = Int("DB_MAX_AUTO_PREPARE", 100, 0, 1000);
        var connectionString = DatabaseConnection(Get, maxPool, maxAutoPrepare, requireDatabase ? problems : []);
        string? readConnectionString = null;
        if (Get("DATABASE_READ_URL") is { } readUrl)
        {
            var replica = new NpgsqlConnectionStringBuilder();
            if (DatabaseUrl.TryApply(readUrl, replica, out var error)) readConnectionString = Tuned(replica, maxPool, maxAutoPrepare);
            else problems.Add($"DATABASE_READ_URL {error}");
        }
        StackExchange.Redis.ConfigurationOptions? redis = null;
        if (Get("REDIS_URL") is { } redisUrl && !RedisUrl.TryParse(redisUrl, out redis, out var redisError))
            problems.Add($"REDIS_URL {redisError}");
        var otlpEndpoint = Get("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (otlpEndpoint is not null && !(Uri.TryCreate(otlpEndpoint, UriKind.Absolute, out var otlp) && otlp.Scheme is "http" or "https"))
            problems.Add($"OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL (got \"{otlpEndpoint}\")");

        var secret = Get("JWT_SECRET");
        if (secret is null && requireSecret)
            problems.Add("JWT_SECRET is required (the HS256 secret shared with the CMS)");
        var previousSecret = Get("JWT_SECRET_PREVIOUS");
        foreach (var (name, value) in new[] { ("JWT_SECRET", secret), ("JWT_SECRET_PREVIOUS", previousSecret) })
            if (value is not null && Encoding.UTF8.GetByteCount(value) < MinimumSecretBytes && !isDevelopment)
                problems.Add($"{name} must be at least {MinimumSecretBytes} bytes");

        var migrationsTable = Get("MIGRATIONS_TABLE") ?? "crm_schema_migrations";
        if (!System.Text.RegularExpressions.Regex.IsMatch(migrationsTable, @"^[a-z_][a-z0-9_]{0,62}\z"))
            problems.Add("MIGRATIONS_TABLE must be a lower-case SQL identifier");

        var origins = (Get("CORS_ALLOWED_ORIGINS") ?? "http://localhost:3000,http://localhost:3001")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var origin in origins.Where(o => !Http.CorsOrigins.IsValidPattern(o)))
            problems.Add($"CORS_ALLOWED_ORIGINS has an invalid origin \"{origin}\" (expected scheme://host[:port], optionally with one '*' label)");

        var scope = Get("AGENT_READ_SCOPE") ?? "all";
        if (scope is not ("all" or "own")) problems.Add($"AGENT_READ_SCOPE must be all or own (got \"{scope}\")");

        var storage = Get("STORAGE_BACKEND") ?? "local";
        if (storage is not ("local" or "s3")) problems.Add($"STORAGE_BACKEND must be local or s3 (got \"{storage}\")");

        var trustedProxies = new List<System.Net.IPNetwork>();
        foreach (var entry in (Get("TRUSTED_PROXIES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network)) trustedProxies.Add(network);
            else if (System.Net.IPAddress.TryParse(entry, out var address)) trustedProxies.Add(new(address, address.GetAddressBytes().Length * 8));
            else problems.Add($"TRUSTED_PROXIES has an invalid address or CIDR \"{entry}\"");
        }

        var s3 = storage == "s3" ? S3Settings.Load(Get, Bool, problems) : null;

        var settings = new CrmSettings
        {
            Port = port,
            ConnectionString = connectionString,
            MaxPoolSize = maxPool,
            MigrationsTable = migrationsTable,
            MigrateOnStart = Bool("MIGRATE_ON_START", isDevelopment),
            JwtSecret = Encoding.UTF8.GetBytes(secret ?? ""),
            JwtSecretPrevious = previousSecret is null ? null : Encoding.UTF8.GetBytes(previousSecret),
            JwtIssuer = Get("JWT_ISSUER"),
            JwtAudience = Get("JWT_AUDIENCE"),
            CorsAllowedOrigins = origins,
            AgentReadScopeOwn = scope == "own",
            DefaultPageSize = Int("DEFAULT_PAGE_SIZE", 20, 1, 100),
            CountLimit = Int("COUNT_LIMIT", 10_000, 1, 10_000_000),
            RateLimitPerMinute = Int("RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000),
            ConcurrentRequestsPerUser = Int("MAX_CONCURRENT_REQUESTS_PER_USER", 8, 1, 10_000),
            AuthFailuresPerMinute = Int("AUTH_FAILURES_PER_MINUTE", 60, 1, 1_000_000),
            RateLimitRefusalDelay = TimeSpan.FromMilliseconds(Int("RATE_LIMIT_REFUSAL_DELAY_MS", 1000, 0, 10_000)),
            QueryTimeoutSeconds = Int("QUERY_TIMEOUT_SECONDS", 10, 1, 3600),
            ReportQueryTimeoutSeconds = Int("REPORT_QUERY_TIMEOUT_SECONDS", 60, 1, 3600),
            MaxBodyBytes = Long("MAX_BODY_BYTES", 1 << 20, 1024),
            AttachmentMaxBytes = Long("ATTACHMENT_MAX_BYTES", 25L << 20, 1),
            AttachmentUrlTtlSeconds = Int("ATTACHMENT_URL_TTL_SECONDS", 300, 1, 7 * 24 * 3600),
            ImportMaxBytes = Long("IMPORT_MAX_BYTES", 200L << 20, 1024),
            AgentExport = Bool("AGENT_EXPORT", false),
            JobLeaseSeconds = Int("JOB_LEASE_SECONDS", 60, 2, 3600),
            StorageBackend = storage,
            StorageLocalPath = Get("STORAGE_LOCAL_PATH") ?? "./.data/attachments",
            S3 = s3,
            IsDevelopment = isDevelopment,
            TrustedProxies = trustedProxies,
            // No load balancer polls a developer's machine: Ctrl+C stops at once there.
            ShutdownDelaySeconds = Int("SHUTDOWN_DELAY_SECONDS", isDevelopment ? 0 : 5, 0, 300),
            ShutdownDrainSeconds = Int("SHUTDOWN_DRAIN_SECONDS", 25, 1, 3600),
            Events = new EventSettings
            {
                RetentionDays = Int("EVENT_RETENTION_DAYS", 30, 1, 3650),
                ReminderLeadMinutes = Int("REMINDER_LEAD_MINUTES", 15, 0, 10_080),
                WebhookAllowPrivate = Bool("WEBHOOK_ALLOW_PRIVATE", false),
                WebhookSecretKey = Get("WEBHOOK_SECRET_KEY"),
            },
            Redis = redis,
            ReadConnectionString = readConnectionString,
            ReadReplicaMaxLagSeconds = Int("READ_REPLICA_MAX_LAG_SECONDS", 5, 1, 3600),
            OtlpEndpoint = otlpEndpoint,
        };
        if (settings.Events.WebhookSecretKey is { } key && Encoding.UTF8.GetByteCount(key) < MinimumSecretBytes)
            problems.Add($"WEBHOOK_SECRET_KEY must be at least {MinimumSecretBytes} bytes");

        if (problems.Count > 0) throw new InvalidConfigurationException(problems);
        return settings;
    }

    /// <summary>DATABASE_URL (postgres://user:pass@host:port/db?sslmode=…) wins over the DB_* parts.</summary>
    static string DatabaseConnection(Func<string, string?> get, int maxPool, int maxAutoPrepare, List<string> problems)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        var url = get("DATABASE_URL");
        if (url is not null)
        {
            if (!DatabaseUrl.TryApply(url, builder, out var error)) problems.Add($"DATABASE_URL {error}");
        }
        else if (get("DB_HOST") is { } host)
        {
            builder.Host = host;
            builder.Database = get("DB_NAME") ?? "crm";
            builder.Username = get("DB_USER") ?? "postgres";
            builder.Password = get("DB_PASSWORD");
            if (get("DB_PORT") is { } port)
            {
                if (int.TryParse(port, out var p) && p is > 0 and < 65536) builder.Port = p;
                else problems.Add($"DB_PORT must be a port number (got \"{port}\")");
            }
            if (get("DB_SSLMODE") is { } mode && !DatabaseUrl.TryApplySslMode(mode, builder))
                problems.Add($"DB_SSLMODE \"{mode}\" is not a valid sslmode");
        }
        else
        {
            problems.Add("DATABASE_URL (or DB_HOST with DB_NAME, DB_USER, DB_PASSWORD) is required");
        }
        return Tuned(builder, maxPool, maxAutoPrepare);
    }

    /// <summary>The pool and statement settings of every connection string of the service (primary and replica).</summary>
    static string Tuned(NpgsqlConnectionStringBuilder builder, int maxPool, int maxAutoPrepare)
    {
        builder.MaxPoolSize = maxPool;
        builder.ApplicationName ??= "crm-service";
        // Fail fast when the database is unreachable instead of holding requests for 15 s.
        builder.Timeout = 5;
        // Measured at 1M customers (docs/performance.md): planning, not execution, was most of the database time of the
        // detail page and of cursor pages. Statements used twice on a connection are prepared, and PostgreSQL keeps their
        // plans. Nothing keeps session state (SET is always LOCAL, advisory locks are released), so the pool need not
        // send DISCARD ALL, which would also drop those prepared statements, before each reuse.
        builder.MaxAutoPrepare = maxAutoPrepare;
        builder.AutoPrepareMinUsages = 2;
        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}

public sealed record EventSettings
{
    public required int RetentionDays { get; init; }
    public required int ReminderLeadMinutes { get; init; }
    /// <summary>Lets webhooks reach loopback, private and link-local addresses over plain http (tests, on-premise).</summary>
    public required bool WebhookAllowPrivate { get; init; }
    /// <summary>Encrypts webhook signing secrets at rest; required once a webhook exists.</summary>
    public string? WebhookSecretKey { get; init; }
}

public sealed class InvalidConfigurationException(IReadOnlyList<string> problems)
    : Exception("Invalid configuration:\n  - " + string.Join("\n  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
