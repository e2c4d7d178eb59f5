using Crm.Api.Configuration;
using Npgsql;

namespace Crm.Api.Tests.Operations;

public class ConfigurationTests
{
    static CrmSettings Load(Dictionary<string, string> env) => CrmSettings.Load(key => env.GetValueOrDefault(key));

    static readonly Dictionary<string, string> Minimal = new()
    {
        ["DATABASE_URL"] = "postgres://crm:s3cret@db.internal:6543/turfa_platform?sslmode=require",
        ["JWT_SECRET"] = new string('k', 32),
    };

    [Fact]
    public void DefaultsFollowTheContract()
    {
        var settings = Load(Minimal);

        settings.Port.ShouldBe(3000);
        settings.MaxPoolSize.ShouldBe(50);
        settings.MigrationsTable.ShouldBe("crm_schema_migrations");
        settings.MigrateOnStart.ShouldBeFalse();
        settings.IsDevelopment.ShouldBeFalse();
        settings.CorsAllowedOrigins.ShouldBe(["http://localhost:3000", "http://localhost:3001"]);
        settings.AgentReadScopeOwn.ShouldBeFalse();
        settings.DefaultPageSize.ShouldBe(20);
        settings.CountLimit.ShouldBe(10_000);
        settings.RateLimitPerMinute.ShouldBe(600);
        settings.MaxBodyBytes.ShouldBe(1 << 20);
        settings.AttachmentMaxBytes.ShouldBe(25L << 20);
        settings.StorageBackend.ShouldBe("local");
    }

    [Fact]
    public void DatabaseUrlIsParsedAndWinsOverTheParts()
    {
        var settings = Load(new(Minimal) { ["DB_HOST"] = "ignored", ["DB_NAME"] = "ignored" });
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);

        connection.Host.ShouldBe("db.internal");
        connection.Port.ShouldBe(6543);
        connection.Database.ShouldBe("turfa_platform");
        connection.Username.ShouldBe("crm");
        connection.Password.ShouldBe("s3cret");
        connection.SslMode.ShouldBe(SslMode.Require);
        connection.MaxPoolSize.ShouldBe(50);
    }

    [Fact]
    public void TheDatabaseCanBeGivenInParts()
    {
        var settings = Load(new()
        {
            ["DB_HOST"] = "pg", ["DB_PORT"] = "5433", ["DB_NAME"] = "crm", ["DB_USER"] = "app", ["DB_PASSWORD"] = "p@ss",
            ["DB_SSLMODE"] = "disable", ["DB_MAX_POOL_SIZE"] = "12", ["JWT_SECRET"] = new string('k', 40),
            ["SERVER_PORT"] = "8080", ["ENVIRONMENT"] = "Development",
        });
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);

        (connection.Host, connection.Port, connection.Database, connection.Username, connection.Password)
            .ShouldBe(("pg", 5433, "crm", "app", "p@ss"));
        connection.MaxPoolSize.ShouldBe(12);
        connection.MaxAutoPrepare.ShouldBe(100, "statements used twice on a connection are prepared by default");
        settings.Port.ShouldBe(8080);
        settings.IsDevelopment.ShouldBeTrue();
        settings.MigrateOnStart.ShouldBeTrue();
    }

    [Fact]
    public void AutoPreparationCanBeTurnedOffForThePrimaryAndTheReplica()
    {
        var settings = Load(new()
        {
            ["DATABASE_URL"] = "postgres://app:p@pg/crm", ["DATABASE_READ_URL"] = "postgres://app:p@replica/crm",
            ["DB_MAX_AUTO_PREPARE"] = "0", ["JWT_SECRET"] = new string('k', 40),
        });

        new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxAutoPrepare.ShouldBe(0);
        new NpgsqlConnectionStringBuilder(settings.ReadConnectionString).MaxAutoPrepare.ShouldBe(0);
    }

    [Fact]
    public void EveryProblemIsNamedInOneMessage()
    {
        var error = Should.Throw<InvalidConfigurationException>(() => Load(new()
        {
            ["JWT_SECRET"] = "short", ["PORT"] = "http", ["AGENT_READ_SCOPE"] = "mine", ["CORS_ALLOWED_ORIGINS"] = "console.example.com",
            ["DEFAULT_PAGE_SIZE"] = "500", ["MIGRATE_ON_START"] = "perhaps", ["STORAGE_BACKEND"] = "ftp",
        }));

        error.Problems.Count.ShouldBe(8);
        foreach (var variable in new[] { "DATABASE_URL", "JWT_SECRET", "PORT", "AGENT_READ_SCOPE", "CORS_ALLOWED_ORIGINS", "DEFAULT_PAGE_SIZE", "MIGRATE_ON_START", "STORAGE_BACKEND" })
            error.Message.ShouldContain(variable);
        error.Message.ShouldNotContain("   at ");
    }

    [Fact]
    public void AShortSecretIsAcceptedOnlyInDevelopment()
    {
        Should.Throw<InvalidConfigurationException>(() => Load(new(Minimal) { ["JWT_SECRET"] = "short" }))
            .Message.ShouldContain("at least 32 bytes");
        Load(new(Minimal) { ["JWT_SECRET"] = "short", ["ENVIRONMENT"] = "Development" }).IsDevelopment.ShouldBeTrue();
    }

    [Fact]
    public void AMissingSecretStopsTheService() =>
        Should.Throw<InvalidConfigurationException>(() => Load(new() { ["DATABASE_URL"] = Minimal["DATABASE_URL"] }))
            .Message.ShouldContain("JWT_SECRET is required");

    [Theory]
    [InlineData("mysql://u:p@h/db")]
    [InlineData("postgres://host-without-database")]
    [InlineData("postgres://u:p@h:5432/db?sslmode=sometimes")]
    public void ABadDatabaseUrlIsReported(string url) =>
        Should.Throw<InvalidConfigurationException>(() => Load(new(Minimal) { ["DATABASE_URL"] = url })).Message.ShouldContain("DATABASE_URL");
}
