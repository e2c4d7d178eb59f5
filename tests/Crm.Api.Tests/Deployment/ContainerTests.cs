using System.Net;
using System.Net.Http.Headers;
using Crm.Api.Configuration;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Deployment;

/// <summary>
/// No Docker engine runs here, so the container is proven in parts: the files say what docker would do, and the
/// published output the Dockerfile copies runs the compose file's migrate job and service against a real database.
/// </summary>
public class ContainerTests
{
    [Fact]
    public void ComposeSetsEveryContractVariableForTheJobAndTheService()
    {
        var operatorEnv = new Dictionary<string, string> { ["POSTGRES_PASSWORD"] = "pw", ["JWT_SECRET"] = Tokens.Secret };
        var service = DeploymentFiles.ServiceEnvironment("crm", operatorEnv);
        var job = DeploymentFiles.ServiceEnvironment("migrate", operatorEnv);

        service.Keys.ShouldBe(DeploymentFiles.ContractVariables, ignoreOrder: true);
        job.ShouldBe(service);
        service["PORT"].ShouldBe("3000");
        service["MIGRATE_ON_START"].ShouldBe("false");
        service["DATABASE_URL"].ShouldBe("", "empty: the DB_* parts name the bundled database");
        // The status note's names: the shared database, its PostgreSQL service.
        service["DB_HOST"].ShouldBe("turfa-platform-postgres");
        service["DB_NAME"].ShouldBe("turfa_platform");
        service["ENVIRONMENT"].ShouldBe("Production");
        // The defaults the compose file spells out are the program's own.
        var settings = CrmSettings.Load(name => service.GetValueOrDefault(name));
        settings.Port.ShouldBe(3000);
        settings.MigrateOnStart.ShouldBeFalse();
        settings.IsDevelopment.ShouldBeFalse();
        settings.MaxBodyBytes.ShouldBe(1 << 20);
        settings.AttachmentMaxBytes.ShouldBe(25L << 20);
        settings.JwtSecretPrevious.ShouldBeNull();
        settings.TrustedProxies.ShouldBeEmpty();
        new NpgsqlConnectionStringBuilder(settings.ConnectionString).Password.ShouldBe("pw");
    }

    [Fact]
    public void ComposeRefusesToStartWithoutTheJwtSecretOnly()
    {
        Should.Throw<InvalidOperationException>(() => DeploymentFiles.ServiceEnvironment("crm", new Dictionary<string, string> { ["POSTGRES_PASSWORD"] = "pw" }))
            .Message.ShouldContain("JWT_SECRET");
        // An existing database needs no POSTGRES_PASSWORD (nor any edit of the file).
        var existing = new Dictionary<string, string>
        {
            ["JWT_SECRET"] = Tokens.Secret, ["DATABASE_URL"] = "postgres://crm:pw@db.internal:5432/turfa_platform?sslmode=require",
        };
        foreach (var service in new[] { "crm", "migrate" })
        {
            var environment = DeploymentFiles.ServiceEnvironment(service, existing);
            var connection = new NpgsqlConnectionStringBuilder(CrmSettings.Load(name => environment.GetValueOrDefault(name)).ConnectionString);
            (connection.Host, connection.Database, connection.Password).ShouldBe(("db.internal", "turfa_platform", "pw"));
        }
    }

    [Fact]
    public void TheBundledPostgresRunsOnlyWithItsProfile()
    {
        var postgres = DeploymentFiles.Service("turfa-platform-postgres");
        ((List<object>)postgres["profiles"]).ShouldBe(["bundled-db"]);
        DeploymentFiles.ServicesStarted().ShouldBe(["migrate", "crm"], ignoreOrder: true);
        DeploymentFiles.ServicesStarted("bundled-db").ShouldBe(["turfa-platform-postgres", "migrate", "crm"], ignoreOrder: true);

        // Without the profile the job's dependency on it is skipped instead of failing the whole project.
        var dependency = (Dictionary<string, object>)((Dictionary<string, object>)DeploymentFiles.Service("migrate")["depends_on"])["turfa-platform-postgres"];
        dependency["condition"].ShouldBe("service_healthy");
        dependency["required"].ShouldBe("false");

        // The bundled database is the one the service's DB_* parts name, under the status note's names.
        var env = new Dictionary<string, string> { ["JWT_SECRET"] = Tokens.Secret, ["POSTGRES_PASSWORD"] = "pw" };
        var database = ((Dictionary<string, object>)postgres["environment"]).ToDictionary(e => e.Key, e => DeploymentFiles.Interpolate((string)e.Value, env));
        var service = DeploymentFiles.ServiceEnvironment("crm", env);
        database.ShouldBe(new Dictionary<string, string> { ["POSTGRES_DB"] = "turfa_platform", ["POSTGRES_USER"] = "crm", ["POSTGRES_PASSWORD"] = "pw" });
        (service["DB_NAME"], service["DB_USER"], service["DB_PASSWORD"]).ShouldBe((database["POSTGRES_DB"], database["POSTGRES_USER"], database["POSTGRES_PASSWORD"]));
    }

    [Fact]
    public void EveryServiceIsOnTheTurfaPlatformNetwork()
    {
        var networks = (Dictionary<string, object>)DeploymentFiles.Compose()["networks"];
        ((Dictionary<string, object>)networks["turfa-platform-network"])["name"].ShouldBe("turfa-platform-network");
        foreach (var service in DeploymentFiles.ServicesStarted("bundled-db"))
            ((List<object>)DeploymentFiles.Service(service)["networks"]).ShouldBe(["turfa-platform-network"], service);
    }

    [Fact]
    public void ComposeStartsPostgresThenTheMigrateJobThenTheService()
    {
        var compose = DeploymentFiles.Compose();
        var volumes = (Dictionary<string, object>)compose["volumes"];
        var postgres = DeploymentFiles.Service("turfa-platform-postgres");
        var migrate = DeploymentFiles.Service("migrate");
        var crm = DeploymentFiles.Service("crm");
        string Condition(Dictionary<string, object> service, string on) =>
            (string)((Dictionary<string, object>)((Dictionary<string, object>)service["depends_on"])[on])["condition"];

        ((string)postgres["image"]).ShouldBe("postgres:15");
        ((List<object>)postgres["volumes"]).ShouldContain("pgdata:/var/lib/postgresql/data");
        volumes.Keys.ShouldContain("pgdata");
        string.Join(' ', (List<object>)((Dictionary<string, object>)postgres["healthcheck"])["test"]).ShouldContain("pg_isready");

        DeploymentFiles.Command("migrate").ShouldBe(["migrate", "up"]);
        Condition(migrate, "turfa-platform-postgres").ShouldBe("service_healthy");
        ((string)((Dictionary<string, object>)migrate["healthcheck"])["disable"]).ShouldBe("true");
        ((string)migrate["restart"]).ShouldBe("no");

        DeploymentFiles.Command("crm").ShouldBe(["serve"]);
        Condition(crm, "migrate").ShouldBe("service_completed_successfully");
        crm["image"].ShouldBe(migrate["image"]);
        crm["build"].ShouldBe(migrate["build"]);
        ((List<object>)crm["ports"]).ShouldContain("${CRM_HTTP_PORT:-3000}:3000");
        ((List<object>)crm["volumes"]).ShouldContain("attachments:/data/attachments");
        volumes.Keys.ShouldContain("attachments");

        // docker stop waits stop_grace_period before SIGKILL: room for the readiness delay and the drain.
        var env = DeploymentFiles.ServiceEnvironment("crm", new Dictionary<string, string> { ["JWT_SECRET"] = Tokens.Secret });
        var grace = int.Parse(((string)crm["stop_grace_period"]).TrimEnd('s'));
        grace.ShouldBeGreaterThan(int.Parse(env["SHUTDOWN_DELAY_SECONDS"]) + int.Parse(env["SHUTDOWN_DRAIN_SECONDS"]));
    }

    [Fact]
    public void EnvExampleDocumentsEveryVariable()
    {
        var example = DeploymentFiles.Read(".env.example");
        var documented = example.Split('\n')
            .Select(l => l.TrimStart('#', ' '))
            .Where(l => l.Contains('='))
            .Select(l => l[..l.IndexOf('=')])
            .ToHashSet();
        // Every knob the compose file reads from .env has a line of its own; every contract variable is explained,
        // even those the compose file derives (DB_NAME from POSTGRES_DB) or fixes (MIGRATE_ON_START).
        foreach (var name in DeploymentFiles.ReferencedVariables(DeploymentFiles.Read("docker-compose.yml")))
            documented.ShouldContain(name, $".env.example has no {name}= line");
        foreach (var name in DeploymentFiles.ContractVariables)
            example.ShouldMatch($@"\b{name}\b", $".env.example does not mention {name}");
    }

    [Fact]
    public void EnvExampleMentionsEveryVariableTheServiceReads()
    {
        // Whatever the program asks its environment for, recorded as it loads its settings in each configuration that
        // reads different variables: the parts or a URL for the database, each storage backend, each environment.
        var read = new HashSet<string>();
        var configurations = new[]
        {
            new Dictionary<string, string> { ["DB_HOST"] = "db", ["DB_PORT"] = "5432", ["DB_SSLMODE"] = "require", ["STORAGE_BACKEND"] = "s3" },
            new Dictionary<string, string> { ["DATABASE_URL"] = "postgres://u:p@db/crm", ["ENVIRONMENT"] = "Development" },
        };
        foreach (var configuration in configurations)
        {
            try
            {
                CrmSettings.Load(name => { read.Add(name); return configuration.GetValueOrDefault(name); });
            }
            catch (InvalidConfigurationException)
            {
                // Missing values (the secret, the bucket) are fine here: only the names asked for matter.
            }
        }
        read.ShouldContain("JWT_SECRET_PREVIOUS");
        read.ShouldContain("S3_BUCKET");
        read.ShouldContain("DB_NAME");

        var example = DeploymentFiles.Read(".env.example");
        foreach (var name in read)
            example.ShouldMatch($@"\b{name}\b", $"the service reads {name}, which .env.example does not mention");
    }

    [Fact]
    public void EnvExampleSetsOnlyTheSecretAndTheCmsIssuer()
    {
        // Uncommented lines are what `cp .env.example .env` turns on: the CMS's issuer, and the secret left to fill in.
        var active = DeploymentFiles.Read(".env.example").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        active.ShouldBe(["JWT_SECRET=", "JWT_ISSUER=cms"]);
        Should.Throw<InvalidOperationException>(() => DeploymentFiles.ServiceEnvironment("crm", new Dictionary<string, string> { ["JWT_SECRET"] = "" }));
        var env = DeploymentFiles.ServiceEnvironment("crm", new Dictionary<string, string> { ["JWT_SECRET"] = Tokens.Secret, ["JWT_ISSUER"] = "cms" });
        env["JWT_ISSUER"].ShouldBe("cms");
    }

    [Fact]
    public void DockerfileBuildsWithTheSdkAndRunsThePublishedOutputAsANonRootUser()
    {
        var dockerfile = DeploymentFiles.Read("Dockerfile");
        var stages = dockerfile.Split('\n').Where(l => l.StartsWith("FROM ")).ToList();
        stages.ShouldBe(["FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime"]);

        // The tests run the very publish the image copies.
        dockerfile.ShouldContain($"RUN dotnet {PublishedApp.PublishArguments} --no-restore -o /app\n");
        dockerfile.ShouldContain("COPY --from=build /app ./");

        var runtime = dockerfile.Split("\nFROM ")[^1];
        runtime.ShouldContain("\nUSER $APP_UID\n");
        runtime.ShouldContain("\nEXPOSE 3000\n");
        runtime.ShouldContain("""CMD ["dotnet", "/app/crm.dll", "healthcheck"]""");
        runtime.ShouldContain("""ENTRYPOINT ["dotnet", "/app/crm.dll"]""");
        runtime.ShouldContain("""CMD ["serve"]""");

        // Defaults only: no secret or database in the image.
        var env = DeploymentFiles.DockerfileEnvironment();
        env["PORT"].ShouldBe("3000");
        env.Keys.ShouldNotContain("JWT_SECRET");
        env.Keys.ShouldNotContain("DATABASE_URL");
        env.Keys.ShouldNotContain("DB_PASSWORD");
    }

    /// <param name="bundled">true: the bundled-db recipe (POSTGRES_* in .env); false: an existing database (DATABASE_URL only).</param>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ThePublishedOutputRunsTheMigrateJobAndTheServiceWithTheComposeEnvironment(bool bundled)
    {
        var database = await TestDatabase.CreateEmptyAsync();
        try
        {
            var server = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString(database));
            // What an operator's .env would hold, then what differs from inside compose: a free port instead of 3000
            // and, for the bundled database, where PostgreSQL is; and a short readiness delay to keep the test quick.
            var dotenv = new Dictionary<string, string> { ["JWT_SECRET"] = Tokens.Secret, ["JWT_ISSUER"] = "cms", ["SHUTDOWN_DELAY_SECONDS"] = "1" };
            if (bundled)
            {
                dotenv["POSTGRES_DB"] = database;
                dotenv["POSTGRES_USER"] = server.Username!;
                dotenv["POSTGRES_PASSWORD"] = server.Password!;
            }
            else
            {
                dotenv["DATABASE_URL"] = TestDatabase.Url(database);
            }
            var port = ServiceProcess.FreePort();
            var attachments = Directory.CreateTempSubdirectory("crm-attachments-").FullName;
            Dictionary<string, string> Environment(string service)
            {
                var environment = new Dictionary<string, string>(DeploymentFiles.ContainerEnvironment(service, dotenv))
                {
                    ["PORT"] = port.ToString(), ["STORAGE_LOCAL_PATH"] = attachments,
                };
                if (bundled) (environment["DB_HOST"], environment["DB_PORT"]) = (server.Host!, server.Port.ToString());
                return environment;
            }

            var (jobExit, jobOutput) = await ServiceProcess.RunAsync(Environment("migrate"), DeploymentFiles.Command("migrate"));
            jobExit.ShouldBe(0, jobOutput);
            jobOutput.ShouldMatch(@"applied [1-9]\d* migration\(s\)");
            // A second `docker compose up` runs the job again: nothing to do, and still success.
            var (againExit, againOutput) = await ServiceProcess.RunAsync(Environment("migrate"), DeploymentFiles.Command("migrate"));
            againExit.ShouldBe(0, againOutput);
            againOutput.ShouldContain("applied 0 migration(s)");

            await using var service = await ServiceProcess.StartAsync(Environment("crm"), DeploymentFiles.Command("crm"));
            await service.WaitUntilReadyAsync(port, TimeSpan.FromSeconds(120));
            // The image clears the base image's ASPNETCORE_HTTP_PORTS, which would otherwise warn that PORT overrides it.
            service.Output.ShouldNotContain("\"LogLevel\":\"Warning\"");

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var me = new HttpRequestMessage(HttpMethod.Get, "/admin/me");
            me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Sign(new Dictionary<string, object?>
            {
                ["user_id"] = 1, ["role"] = "admin", ["iss"] = "cms", ["exp"] = Tokens.Now() + 600,
            }));
            (await client.SendAsync(me)).StatusCode.ShouldBe(HttpStatusCode.OK, "the compose JWT_SECRET verifies the CMS's tokens");
            var foreign = new HttpRequestMessage(HttpMethod.Get, "/admin/me");
            foreign.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("admin", 1));
            (await client.SendAsync(foreign)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "JWT_ISSUER=cms refuses a token without iss cms");

            // The image's HEALTHCHECK command, with the container's environment.
            var (healthExit, healthOutput) = await ServiceProcess.RunAsync(Environment("crm"), "healthcheck");
            healthExit.ShouldBe(0, healthOutput);

            service.Terminate();
            (await service.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, service.Output);
            service.Output.ShouldNotContain(Tokens.Secret);
            service.Output.ShouldNotContain(server.Password!);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task TheHealthcheckCommandFailsWhenNothingAnswers()
    {
        var (exit, output) = await ServiceProcess.RunAsync(new Dictionary<string, string> { ["PORT"] = ServiceProcess.FreePort().ToString() }, "healthcheck");
        exit.ShouldBe(1, output);
    }
}
