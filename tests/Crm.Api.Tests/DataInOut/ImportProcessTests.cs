using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.DataInOut;

/// <summary>
/// The job runner as it runs in production: the published program, as real processes on one database and one file
/// store. A process killed with SIGKILL in the middle of a batch leaves nothing of that batch behind, and the next
/// process resumes the import from its last committed batch; two processes sharing the queue apply every batch once.
/// Exactly once is read from the database itself: one customer per row, one audit entry per record.
/// </summary>
public class ImportProcessTests : IAsyncLifetime
{
    const int LeaseSeconds = 3;
    string database = "";
    readonly string store = Path.Combine(Path.GetTempPath(), $"crm-import-store-{Guid.NewGuid():N}");

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(database);
        if (Directory.Exists(store)) Directory.Delete(store, recursive: true);
    }

    async Task<(ServiceProcess Process, HttpClient Client)> StartAsync()
    {
        var port = ServiceProcess.FreePort();
        var process = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = TestDatabase.Url(database),
            ["JWT_SECRET"] = Tokens.Secret,
            ["PORT"] = port.ToString(),
            ["ENVIRONMENT"] = "Production",
            ["SHUTDOWN_DELAY_SECONDS"] = "0",
            ["DB_MAX_POOL_SIZE"] = "10",
            ["STORAGE_LOCAL_PATH"] = store,
            ["JOB_LEASE_SECONDS"] = LeaseSeconds.ToString(),
        });
        await process.WaitUntilReadyAsync(port, TimeSpan.FromSeconds(120));
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("admin", 1));
        return (process, client);
    }

    NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString(database));
        connection.Open();
        return connection;
    }

    long Scalar(string sql, params object[] parameters)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return Convert.ToInt64(command.ExecuteScalar());
    }

    static string File(string tag, int rows, Func<int, string>? name = null)
    {
        var csv = new StringBuilder("name,email\n");
        for (var i = 1; i <= rows; i++) csv.Append(name?.Invoke(i) ?? $"Row {i}").Append(',').Append($"row{i}-{tag}@example.com\n");
        return csv.ToString();
    }

    /// <summary>Every row of the file is one live customer, and each record has exactly one audit entry of the job.</summary>
    void ShouldBeAppliedOnce(string tag, int rows, long jobId)
    {
        Scalar("SELECT count(*) FROM customers WHERE email LIKE $1", $"%-{tag}@example.com").ShouldBe(rows);
        Scalar("SELECT count(DISTINCT lower(email)) FROM customers WHERE email LIKE $1", $"%-{tag}@example.com").ShouldBe(rows);
        Scalar("SELECT count(*) FROM audit_logs WHERE request_id = $1 AND resource_type = 'customer'", jobId.ToString()).ShouldBe(rows);
        Scalar("SELECT count(DISTINCT resource_id) FROM audit_logs WHERE request_id = $1 AND resource_type = 'customer'", jobId.ToString()).ShouldBe(rows);
    }

    [Fact]
    public async Task AnImportKilledInTheMiddleOfABatchResumesInAnotherProcessAndAppliesEachRowOnce()
    {
        const int rows = 800;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (first, client) = await StartAsync();
        long jobId;
        await using (first)
        {
            // Row 700 (in the second batch of 500) updates a customer the test holds locked: the batch stops there with
            // 199 rows written and not committed, and the process dies in that state.
            var held = (await (await client.PostJson("/admin/customers", new { name = "Before", email = $"row700-{tag}@example.com" }))
                .ShouldHave(HttpStatusCode.Created)).Id();
            await using var locker = Open();
            await using var transaction = await locker.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand($"SELECT 1 FROM customers WHERE id = {held} FOR UPDATE", locker, transaction))
                await lockRow.ExecuteNonQueryAsync();

            var response = await client.PostImportAsync("customers", "upsert", File(tag, rows), options: new Dictionary<string, string> { ["match_on"] = "email" });
            jobId = (await response.ShouldHave(HttpStatusCode.Accepted)).Id();
            await Until(() => Scalar("SELECT checkpoint FROM crm_jobs WHERE id = $1", jobId) == 500
                && Scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0);
            Scalar("SELECT count(*) FROM customers WHERE email LIKE $1", $"%-{tag}@example.com").ShouldBe(501);

            first.KillHard();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
            await transaction.RollbackAsync();
        }

        var (second, survivor) = await StartAsync();
        await using (second)
        {
            // The dead process's lease runs out; the survivor takes the job from its checkpoint.
            var job = await survivor.WaitForJobAsync(jobId, TimeSpan.FromSeconds(180));
            job.Str("status").ShouldBe("completed");
            (job.Count("processed_rows"), job.Count("created"), job.Count("updated"), job.Count("failed")).ShouldBe((rows, rows - 1, 1, 0));
            ShouldBeAppliedOnce(tag, rows, jobId);
            Scalar("SELECT count(*) FROM customers WHERE email = $1 AND name = 'Row 700'", $"row700-{tag}@example.com").ShouldBe(1);
            Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories).ShouldBeEmpty("the file leaves the store when its job ends");
        }
    }

    [Fact]
    public async Task TwoProcessesSharingTheQueueApplyEveryBatchOnce()
    {
        const int rows = 600, files = 4;
        var (first, one) = await StartAsync();
        var (second, two) = await StartAsync();
        await using (first)
        await using (second)
        {
            var tags = Enumerable.Range(0, files).Select(_ => Guid.NewGuid().ToString("N")[..8]).ToList();
            var jobs = new List<long>();
            foreach (var (tag, i) in tags.Select((t, i) => (t, i)))
                jobs.Add((await (await (i % 2 == 0 ? one : two).PostImportAsync("customers", "create", File(tag, rows)))
                    .ShouldHave(HttpStatusCode.Accepted)).Id());

            foreach (var (tag, id) in tags.Zip(jobs))
            {
                var job = await one.WaitForJobAsync(id, TimeSpan.FromSeconds(240));
                (job.Str("status"), job.Count("processed_rows"), job.Count("created"), job.Count("failed")).ShouldBe(("completed", rows, rows, 0));
                ShouldBeAppliedOnce(tag, rows, id);
            }
        }
    }

    /// <summary>Polls a condition (bounded: a loaded machine gets two minutes).</summary>
    static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition never held");
            await Task.Delay(100);
        }
    }
}
