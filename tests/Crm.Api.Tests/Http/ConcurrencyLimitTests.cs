using System.Net;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Http;

/// <summary>
/// MAX_CONCURRENT_REQUESTS_PER_USER: one user's requests beyond it wait their turn, so that user cannot hold every
/// database connection; another user's requests go straight through meanwhile.
/// </summary>
public class ConcurrencyLimitTests(ConcurrencyLimitTests.TwoAtOnceFactory app) : IClassFixture<ConcurrencyLimitTests.TwoAtOnceFactory>
{
    public sealed class TwoAtOnceFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["MAX_CONCURRENT_REQUESTS_PER_USER"] = "2",
            ["QUERY_TIMEOUT_SECONDS"] = "120",
        };
    }

    [Fact]
    public async Task AUsersRequestsBeyondTheLimitWaitWhileAnotherUserIsServed()
    {
        var busy = app.As("agent", 31);
        var other = app.As("agent", 32);
        using var blocker = app.OpenConnection();
        using (var lockTable = new NpgsqlCommand("BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE", blocker)) lockTable.ExecuteNonQuery();

        // Six different searches: identical lists in flight together share one count, and would wait on the lock as one.
        var held = Enumerable.Range(0, 6).Select(i => busy.GetAsync($"/admin/customers?search=held{i}")).ToList();
        using var observer = app.OpenConnection();
        for (var deadline = DateTime.UtcNow.AddSeconds(60); observer.SessionsWaitingOnLocks() < 2 && DateTime.UtcNow < deadline;) await Task.Delay(50);
        // Let the queued four have every chance to start, if nothing held them back.
        for (var i = 0; i < 20; i++) { observer.SessionsWaitingOnLocks().ShouldBe(2, "only two of the user's six requests reach the database"); await Task.Delay(25); }

        (await other.GetAsync("/admin/pipeline-stages")).StatusCode.ShouldBe(HttpStatusCode.OK); // a table the lock leaves alone

        using (var release = new NpgsqlCommand("ROLLBACK", blocker)) release.ExecuteNonQuery();
        foreach (var response in await Task.WhenAll(held)) response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
