using Crm.Api.Tests.Deployment;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Cluster;

/// <summary>The compose file has `make cluster`'s topology, each part behind a profile of its own (no Docker engine here: the file is read).</summary>
public class ComposeTopologyTests
{
    [Fact]
    public void RedisTheReplicaAndTheBalancedInstancesAreOptionalProfiles()
    {
        DeploymentFiles.ServicesStarted().ShouldBe(["migrate", "crm"], ignoreOrder: true);
        DeploymentFiles.ServicesStarted("bundled-db", "replica", "redis", "cluster").ShouldBe(
            ["turfa-platform-postgres", "turfa-platform-postgres-replica", "redis", "migrate", "crm", "crm-more", "proxy"], ignoreOrder: true);

        // The replica is cloned from the bundled primary, which lets it stream (an init script of its first start).
        var replica = DeploymentFiles.Service("turfa-platform-postgres-replica");
        ((Dictionary<string, object>)((Dictionary<string, object>)replica["depends_on"])["turfa-platform-postgres"])["condition"].ShouldBe("service_healthy");
        DeploymentFiles.Read("deploy/postgres/replica-entrypoint.sh").ShouldContain("pg_basebackup -h \"$PRIMARY_HOST\"");
        ((List<object>)DeploymentFiles.Service("turfa-platform-postgres")["volumes"])
            .ShouldContain("./deploy/postgres/allow-replication.sh:/docker-entrypoint-initdb.d/allow-replication.sh:ro");

        // The extra instances are the service itself: same image, command and settings, started after the migrate job.
        var more = DeploymentFiles.Service("crm-more");
        more["image"].ShouldBe(DeploymentFiles.Service("crm")["image"]);
        DeploymentFiles.Command("crm-more").ShouldBe(["serve"]);
        var env = new Dictionary<string, string> { ["JWT_SECRET"] = Tokens.Secret, ["REDIS_URL"] = "redis://redis:6379" };
        DeploymentFiles.ServiceEnvironment("crm-more", env).ShouldBe(DeploymentFiles.ServiceEnvironment("crm", env));
        DeploymentFiles.ServiceEnvironment("crm", env)["REDIS_URL"].ShouldBe("redis://redis:6379");

        // The proxy balances crm and the extra instances, routing only to those whose /ready answers 200.
        var haproxy = DeploymentFiles.Read("deploy/haproxy.cfg");
        haproxy.ShouldContain("option httpchk GET /ready");
        haproxy.ShouldContain("server crm crm:3000 check");
        haproxy.ShouldContain("crm-more:3000 check");
    }
}
