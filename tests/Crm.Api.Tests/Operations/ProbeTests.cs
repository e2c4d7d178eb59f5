using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Operations;

public class ProbeTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task HealthAnswersWithoutATokenAndNamesTheVersion()
    {
        var health = await (await app.CreateClient().GetAsync("/health")).ShouldHave(HttpStatusCode.OK);
        health.Str("status").ShouldBe("ok");
        health.Str("version").ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task ReadyChecksTheDatabaseAndTheSchemaVersion()
    {
        var ready = await (await app.CreateClient().GetAsync("/ready")).ShouldHave(HttpStatusCode.OK);
        ready.Str("status").ShouldBe("ready");
        ready.GetProperty("checks").Str("database").ShouldBe("ok");
        ready.GetProperty("checks").Str("schema").ShouldBe("ok");
    }

    [Fact]
    public async Task MetricsExposeRequestDurationsInFlightPoolAndBuildInfo()
    {
        await app.Admin.GetAsync("/admin/customers");
        await app.Admin.GetAsync("/admin/customers/12345");

        var response = await app.CreateClient().GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var text = await response.Content.ReadAsStringAsync();

        text.ShouldContain("# TYPE crm_http_request_duration_seconds histogram");
        text.ShouldContain("crm_http_request_duration_seconds_bucket{method=\"GET\",route=\"/admin/customers\",status_class=\"2xx\",le=\"+Inf\"}");
        text.ShouldContain("crm_http_request_duration_seconds_count{method=\"GET\",route=\"/admin/customers/{id}\",status_class=\"4xx\"}");
        text.ShouldContain("# TYPE crm_http_requests_in_flight gauge");
        text.ShouldContain("crm_build_info{");
        text.ShouldMatch(@"(?m)^npgsql_db_client_connection_count\{[^}]*db_client_connection_pool_name=""crm""[^}]*\} \d+");
        // Scale-out's state without Redis or a replica: -1 = not configured (README "Scaling out").
        text.ShouldMatch(@"(?m)^crm_shared_state_up -1$");
    }

    [Fact]
    public async Task EachRequestWritesOneStructuredLogLine()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/customers/987654");
        request.Headers.Add("X-Request-ID", "log-line-test");
        await app.As("agent", 31).SendAsync(request);

        var lines = app.Logs.Entries.Where(e => e.State.TryGetValue("RequestId", out var id) && (string?)id == "log-line-test").ToList();
        var line = lines.ShouldHaveSingleItem();
        line.State["Method"].ShouldBe("GET");
        line.State["Route"].ShouldBe("/admin/customers/{id}");
        line.State["Status"].ShouldBe(404);
        line.State["UserId"].ShouldBe(31L);
        line.State.Keys.ShouldContain("DurationMs");
    }
}

/// <summary>The database is unreachable: probes and API say so with 503, liveness stays up.</summary>
public class DatabaseDownTests(DatabaseDownTests.UnreachableDatabaseFactory app) : IClassFixture<DatabaseDownTests.UnreachableDatabaseFactory>
{
    public sealed class UnreachableDatabaseFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgres://crm:nope@127.0.0.1:1/crm",
        };
    }

    [Fact]
    public async Task ApiRequestsAnswerServiceUnavailableWithRetryAfter()
    {
        var response = await app.Admin.GetAsync("/admin/customers");
        await response.ShouldBeError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task ReadyIsNotReadyButHealthIsUp()
    {
        var ready = await (await app.CreateClient().GetAsync("/ready")).ShouldBeError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        ready.GetProperty("data").GetProperty("checks").Str("database").ShouldBe("unreachable");
        (await app.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>An unexpected failure answers 500 in the envelope, with nothing of the exception in it.</summary>
public class UnhandledErrorTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task AnUnexpectedDatabaseErrorIsAnOpaque500()
    {
        using (var db = app.OpenConnection())
        using (var sabotage = new Npgsql.NpgsqlCommand("ALTER TABLE customers RENAME COLUMN company TO company_name", db))
            sabotage.ExecuteNonQuery();

        var response = await app.Admin.GetAsync("/admin/customers");

        var error = await response.ShouldBeError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        var text = error.ToString();
        text.ShouldNotContain("company");
        text.ShouldNotContain("SELECT");
        text.ShouldNotContain("Exception");
        error.GetProperty("data").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        response.Headers.Contains("X-Request-ID").ShouldBeTrue();
    }
}

/// <summary>A database whose schema was left dirty is not ready.</summary>
public class SchemaBehindTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task ReadyReportsTheSchemaVersion()
    {
        (await app.CreateClient().GetAsync("/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var db = app.OpenConnection())
        using (var rewind = new Npgsql.NpgsqlCommand("UPDATE crm_schema_migrations SET dirty = true", db))
            rewind.ExecuteNonQuery();

        // /ready asks the database at most once a second (ReadinessCacheTests): the change shows within that.
        var client = app.CreateClient();
        var response = await client.GetAsync("/ready");
        for (var deadline = DateTime.UtcNow.AddSeconds(30); response.StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline; await Task.Delay(100))
            response = await client.GetAsync("/ready");
        var ready = await response.ShouldBeError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        ready.GetProperty("data").GetProperty("checks").Str("schema").ShouldStartWith("dirty");
    }
}
