using Crm.Api.Configuration;
using Crm.Api.Tests.Infrastructure;
using Npgsql;
using StackExchange.Redis;

namespace Crm.Api.Tests.Cluster;

/// <summary>Contract section 12's settings: REDIS_URL, DATABASE_READ_URL, READ_REPLICA_MAX_LAG_SECONDS, OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
public class ScaleOutSettingsTests
{
    static readonly Dictionary<string, string> Base = new() { ["DATABASE_URL"] = "postgres://u:p@primary/crm", ["JWT_SECRET"] = Tokens.Secret };

    static CrmSettings Load(params (string Name, string Value)[] extra) =>
        CrmSettings.Load(name => extra.FirstOrDefault(e => e.Name == name).Value ?? Base.GetValueOrDefault(name));

    [Fact]
    public void WithoutThemEverythingStaysPerInstanceOnThePrimaryWithoutTraces()
    {
        var settings = Load();
        settings.Redis.ShouldBeNull();
        settings.ReadConnectionString.ShouldBeNull();
        settings.ReadReplicaMaxLagSeconds.ShouldBe(5);
        settings.OtlpEndpoint.ShouldBeNull();
    }

    [Fact]
    public void RedisUrlAndTheReplicaAreReadWithTheirParts()
    {
        var settings = Load(("REDIS_URL", "redis://:s3cret@cache:6380/2"), ("DATABASE_READ_URL", "postgres://ro:pw@replica:5433/crm"),
            ("READ_REPLICA_MAX_LAG_SECONDS", "12"), ("DB_MAX_POOL_SIZE", "15"));
        var redis = settings.Redis!;
        redis.EndPoints.Single().ToString().ShouldBe("Unspecified/cache:6380");
        (redis.Password, redis.DefaultDatabase, redis.Ssl).ShouldBe(("s3cret", 2, false));
        // Never in a request's way: a dead Redis is not waited for.
        (redis.AbortOnConnectFail, redis.BacklogPolicy.QueueWhileDisconnected).ShouldBe((false, false));
        redis.AsyncTimeout.ShouldBeLessThanOrEqualTo(500);
        Load(("REDIS_URL", "rediss://cache")).Redis!.Ssl.ShouldBeTrue();

        var replica = new NpgsqlConnectionStringBuilder(settings.ReadConnectionString);
        (replica.Host, replica.Port, replica.Username, replica.Database).ShouldBe(("replica", 5433, "ro", "crm"));
        var primary = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        (replica.MaxPoolSize, replica.MaxAutoPrepare, replica.Timeout).ShouldBe((15, primary.MaxAutoPrepare, primary.Timeout));
        settings.ReadReplicaMaxLagSeconds.ShouldBe(12);
    }

    [Theory]
    [InlineData("REDIS_URL", "localhost:6379")]
    [InlineData("REDIS_URL", "redis://cache/db")]
    [InlineData("DATABASE_READ_URL", "replica:5432")]
    [InlineData("READ_REPLICA_MAX_LAG_SECONDS", "0")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317")]
    public void AnInvalidValueIsNamed(string name, string value)
    {
        var problem = Should.Throw<InvalidConfigurationException>(() => Load((name, value)));
        problem.Problems.ShouldContain(p => p.StartsWith(name));
    }
}
