using System.Net;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Data;

/// <summary>A read that outlasts its statement timeout answers 503 QUERY_TIMEOUT and leaves nothing running.</summary>
public class StatementTimeoutTests(StatementTimeoutTests.ShortTimeoutFactory app) : IClassFixture<StatementTimeoutTests.ShortTimeoutFactory>
{
    public sealed class ShortTimeoutFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["QUERY_TIMEOUT_SECONDS"] = "1" };
    }

    [Fact]
    public async Task AReadBlockedPastItsTimeoutIsQueryTimeoutAndIsCancelled()
    {
        using var blocker = app.OpenConnection();
        using (var lockTable = new NpgsqlCommand("BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE", blocker)) lockTable.ExecuteNonQuery();

        var response = await app.Admin.GetAsync("/admin/customers");

        await response.ShouldBeError(HttpStatusCode.ServiceUnavailable, "QUERY_TIMEOUT");
        response.Headers.RetryAfter.ShouldNotBeNull();
        using var observer = app.OpenConnection();
        observer.SessionsWaitingOnLocks().ShouldBe(0, "the timed-out statement was cancelled on the server, not left waiting");

        using (var release = new NpgsqlCommand("ROLLBACK", blocker)) release.ExecuteNonQuery();
        (await app.Admin.GetAsync("/admin/customers")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
