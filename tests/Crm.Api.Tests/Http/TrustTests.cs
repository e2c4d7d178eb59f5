using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

public class IdempotencyTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static HttpRequestMessage Create(string key, string email) => new(HttpMethod.Post, "/admin/customers")
    {
        Content = new StringContent($"{{\"name\":\"Idem\",\"email\":\"{email}\"}}", System.Text.Encoding.UTF8, "application/json"),
        Headers = { { "Idempotency-Key", key } },
    };

    long Count(string email)
    {
        using var db = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM customers WHERE email = '{email}'", db);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task ARepeatedPostReturnsTheIdenticalResponseAndCreatesOneRow()
    {
        var first = await app.Admin.SendAsync(Create("key-1", "idem1@example.com"));
        var second = await app.Admin.SendAsync(Create("key-1", "idem1@example.com"));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        second.Headers.Location.ShouldBe(first.Headers.Location);
        second.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        Count("idem1@example.com").ShouldBe(1);
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIsRefused()
    {
        (await app.Admin.SendAsync(Create("key-2", "idem2@example.com"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await app.Admin.SendAsync(Create("key-2", "other2@example.com"))).ShouldBeError(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        Count("other2@example.com").ShouldBe(0);
    }

    [Fact]
    public async Task KeysBelongToTheirUser()
    {
        (await app.As("manager", 2).SendAsync(Create("shared-key", "idem3@example.com"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await app.As("manager", 3).SendAsync(Create("shared-key", "idem3@example.com"))).ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");
    }

    [Fact]
    public async Task ConcurrentRepeatsCreateOneRowAndNoneFails()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.Admin.SendAsync(Create("key-4", "idem4@example.com"))));

        Count("idem4@example.com").ShouldBe(1);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        foreach (var busy in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            await busy.ShouldBeError(HttpStatusCode.Conflict, "IDEMPOTENCY_KEY_IN_USE");
    }

    [Fact]
    public async Task AFailedRequestDoesNotConsumeTheKey()
    {
        await app.Admin.PostJson("/admin/customers", new { name = "Taken", email = "idem5@example.com" });
        await (await app.Admin.SendAsync(Create("key-5", "idem5@example.com"))).ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");

        using (var db = app.OpenConnection())
        using (var free = new Npgsql.NpgsqlCommand("UPDATE customers SET email = 'moved5@example.com' WHERE email = 'idem5@example.com'", db))
            free.ExecuteNonQuery();
        (await app.Admin.SendAsync(Create("key-5", "idem5@example.com"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AnOverlongKeyIsRefused()
    {
        await (await app.Admin.SendAsync(Create(new string('k', 256), "idem6@example.com"))).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Count("idem6@example.com").ShouldBe(0);
    }
}

public class RateLimitTests(RateLimitTests.FivePerMinute app) : IClassFixture<RateLimitTests.FivePerMinute>
{
    public sealed class FivePerMinute : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["RATE_LIMIT_PER_MINUTE"] = "5" };
    }

    [Fact]
    public async Task AUserOverTheLimitIsRateLimitedAndOthersAreNot()
    {
        var client = app.As("agent", 50);
        for (var i = 0; i < 5; i++)
        {
            var ok = await client.GetAsync("/admin/me");
            ok.StatusCode.ShouldBe(HttpStatusCode.OK);
            ok.Headers.GetValues("RateLimit-Limit").Single().ShouldBe("5");
            ok.Headers.GetValues("RateLimit-Remaining").Single().ShouldBe((4 - i).ToString());
        }

        var limited = await client.GetAsync("/admin/me");
        await limited.ShouldBeError(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);

        (await app.As("agent", 51).GetAsync("/admin/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public class AuditLogReadTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task AdminsReadAndFilterTheAuditTrail()
    {
        var created = await (await app.As("manager", 8, "Mo").PostJson("/admin/customers", new { name = "Audited", email = "read-audit@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        await app.Admin.PatchJson($"/admin/customers/{created.Id()}", new { status = "active" });

        var list = await (await app.Admin.GetAsync($"/admin/audit-logs?resource_type=customer&resource_id={created.Id()}&sort_order=asc"))
            .ShouldHave(HttpStatusCode.OK);
        var rows = list.GetProperty("data").EnumerateArray().ToList();
        rows.Select(r => r.Str("action")).ShouldBe(["create", "update"]);
        rows[0].GetProperty("user_id").GetInt64().ShouldBe(8);
        rows[0].Str("user_name").ShouldBe("Mo");
        rows[1].GetProperty("changes").GetProperty("status").Str("new").ShouldBe("active");

        var byUser = await (await app.Admin.GetAsync("/admin/audit-logs?user_id=8&action=create")).ShouldHave(HttpStatusCode.OK);
        byUser.GetProperty("total").GetInt32().ShouldBe(1);

        var one = await (await app.Admin.GetAsync($"/admin/audit-logs/{rows[1].Id()}")).ShouldHave(HttpStatusCode.OK);
        one.Str("action").ShouldBe("update");
        await (await app.Admin.GetAsync("/admin/audit-logs/999999")).ShouldBeError(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task OnlyAdminsReadTheAuditTrail(string role)
    {
        await (await app.As(role, 9).GetAsync("/admin/audit-logs")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }
}
