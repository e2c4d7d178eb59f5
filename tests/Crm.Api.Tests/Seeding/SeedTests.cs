using System.Net;
using Crm.Api.Seeding;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Seeding;

/// <summary>The seed verb on real databases: the bulk generator's counts and determinism, and the idempotent demo.</summary>
public class SeedTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static readonly string[] Counted = ["customers", "contacts", "deals", "deal_stage_history", "activities", "notes", "customer_tags", "tags"];

    static async Task<int> Seed(string database, params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await SeedCommand.RunAsync(args, TestDatabase.ConnectionString(database), output, output);
        exitCode.ShouldBe(0, output.ToString());
        return exitCode;
    }

    static async Task<T> Scalar<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <paramref name="test"/> on a new migrated database, and drops it afterwards.</summary>
    static async Task InNewDatabase(Func<string, Task> test)
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            await test(database);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await TestDatabase.DropAsync(database);
        }
    }

    static async Task<Dictionary<string, long>> Counts(string database)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in Counted) counts[table] = await Scalar<long>(database, $"SELECT count(*) FROM {table}");
        return counts;
    }

    [Fact]
    public async Task BulkSeedWritesTheDocumentedShapeAndTheApiListsIt()
    {
        await Seed(app.DatabaseName, "--customers", "1000");

        var counts = await Counts(app.DatabaseName);
        counts["customers"].ShouldBe(1000);
        counts["contacts"].ShouldBe(2000);
        counts["deals"].ShouldBe(1500);
        counts["activities"].ShouldBe(5000);
        counts["notes"].ShouldBe(2000);
        counts["tags"].ShouldBe(Names.Tags.Length);
        counts["deal_stage_history"].ShouldBeInRange(1500, 3000);
        counts["customer_tags"].ShouldBeInRange(500, 2000);

        var list = await (await app.Admin.GetAsync("/admin/customers?page_size=100")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(1000);
        list.GetProperty("total_exact").GetBoolean().ShouldBeTrue();
        list.GetProperty("data").GetArrayLength().ShouldBe(100);
        var newest = list.GetProperty("data")[0].Id();
        var detail = await (await app.Admin.GetAsync($"/admin/customers/{newest}")).ShouldHave(HttpStatusCode.OK);
        detail.GetProperty("contacts").GetArrayLength().ShouldBe(2);
        detail.GetProperty("counts").GetProperty("activities").GetInt32().ShouldBe(5);
        var deals = await (await app.Admin.GetAsync("/admin/deals")).ShouldHave(HttpStatusCode.OK);
        deals.GetProperty("total").GetInt32().ShouldBe(1500);
        // The sequences were moved past the generated ids: the API creates the next customer without a conflict.
        (await app.Admin.PostJson("/admin/customers", new { name = "After Seed", email = "after.seed@example.com" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ARebuildSeedLeavesEveryIndexAsMigratedAndNoBookkeeping()
    {
        await InNewDatabase(async database =>
        {
            const string IndexesSql = "SELECT string_agg(indexdef, E'\\n' ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public'";
            var migrated = await Scalar<string>(database, IndexesSql);
            await Seed(database, "--customers", "300", "--rebuild-indexes", "always");

            (await Scalar<string>(database, IndexesSql)).ShouldBe(migrated);
            (await Scalar<bool>(database, "SELECT to_regclass('crm_seed_pending_indexes') IS NULL")).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task ARebuildSeedKeepsEveryConstraintAsMigrated()
    {
        await InNewDatabase(async database =>
        {
            // Primary keys that no foreign key depends on are dropped for the load and added back before the commit.
            const string ConstraintsSql = """
                SELECT string_agg(concat_ws(' ', conrelid::regclass, conname, pg_get_constraintdef(oid)), E'\n' ORDER BY conrelid::regclass::text, conname)
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                """;
            var migrated = await Scalar<string>(database, ConstraintsSql);
            await Seed(database, "--customers", "300", "--rebuild-indexes", "always");

            (await Scalar<string>(database, ConstraintsSql)).ShouldBe(migrated);
        });
    }

    [Fact]
    public async Task ARebuildSeedIntoEmptyTablesWritesItsRowsFrozen()
    {
        await InNewDatabase(async database =>
        {
            await Seed(database, "--customers", "300", "--rebuild-indexes", "always");

            // COPY FREEZE marks every page all-visible (the seed's ANALYZE counts them); plain COPY leaves that to VACUUM.
            foreach (var table in Counted.Where(t => t != "tags"))
                (await Scalar<bool>(database, $"SELECT relpages > 0 AND relallvisible = relpages FROM pg_class WHERE oid = '{table}'::regclass"))
                    .ShouldBeTrue(table);
            // The trigger that derives a deal's pipeline is dropped for the load: the rows carry it, and the trigger is back.
            (await Scalar<bool>(database, "SELECT bool_and(d.pipeline_id = s.pipeline_id) FROM deals d JOIN pipeline_stages s ON s.name = d.stage"))
                .ShouldBeTrue();
            (await Scalar<long>(database, "SELECT count(*) FROM pg_trigger WHERE tgname = 'deals_pipeline' AND tgenabled = 'O'")).ShouldBe(1);
        });
    }

    [Theory]
    [InlineData("never")]
    [InlineData("always")]
    public async Task EverySeededTableTakesNewRowsAfterASecondSeed(string rebuild)
    {
        await InNewDatabase(async database =>
        {
            await Seed(database, "--customers", "200", "--rebuild-indexes", rebuild);
            await Seed(database, "--customers", "100", "--seed", "9", "--rebuild-indexes", rebuild);

            (await Scalar<long>(database, "SELECT count(*) FROM activities")).ShouldBe(300 * Dataset.ActivitiesPerCustomer);
            // Every id the seeds wrote was reserved: the sequences hand out ids past them.
            foreach (var table in new[] { "customers", "contacts", "deals", "deal_stage_history", "activities", "notes" })
                (await Scalar<bool>(database, $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) > (SELECT max(id) FROM {table})"))
                    .ShouldBeTrue(table);
        });
    }

    [Fact]
    public async Task IndexesAnInterruptedSeedLeftPendingAreBuiltByTheNextSeed()
    {
        await InNewDatabase(async database =>
        {
            // What a seed killed after its data committed leaves: indexes dropped, and listed as pending.
            var definition = await Scalar<string>(database, "SELECT pg_get_indexdef('ix_customers_search'::regclass)");
            await Scalar<int>(database, $"""
                DROP INDEX ix_customers_search;
                CREATE TABLE crm_seed_pending_indexes (definition text PRIMARY KEY);
                INSERT INTO crm_seed_pending_indexes VALUES ('{definition}');
                SELECT 0
                """);

            await Seed(database, "--customers", "10");

            (await Scalar<string>(database, "SELECT pg_get_indexdef('ix_customers_search'::regclass)")).ShouldBe(definition);
            (await Scalar<bool>(database, "SELECT to_regclass('crm_seed_pending_indexes') IS NULL")).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task TheSameSizeAndSeedGiveTheSameRows()
    {
        var (first, second) = (await TestDatabase.CreateAsync(), await TestDatabase.CreateAsync());
        try
        {
            await Seed(first, "--customers", "300", "--seed", "7");
            await Seed(second, "--customers", "300", "--seed", "7");
            const string fingerprint = """
                SELECT md5(string_agg(concat_ws('|', c.id, c.name, c.email, c.company, c.status, c.assigned_to, c.created_at,
                    (SELECT string_agg(concat_ws('|', d.title, d.stage, d.amount), ';' ORDER BY d.id) FROM deals d WHERE d.customer_id = c.id)), ';' ORDER BY c.id))
                  FROM customers c
                """;
            (await Scalar<string>(second, fingerprint)).ShouldBe(await Scalar<string>(first, fingerprint));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await TestDatabase.DropAsync(first);
            await TestDatabase.DropAsync(second);
        }
    }

    [Fact]
    public async Task DemoSeedRunTwiceWritesOnce()
    {
        await InNewDatabase(async database =>
        {
            await Seed(database, "--demo");
            var once = await Counts(database);
            await Seed(database, "--demo");
            (await Counts(database)).ShouldBe(once);

            once["customers"].ShouldBe(SeedCommand.DemoCustomers);
            (await Scalar<long>(database, "SELECT count(DISTINCT stage) FROM deals"))
                .ShouldBe(await Scalar<long>(database, "SELECT count(*) FROM pipeline_stages"));
            (await Scalar<long>(database, "SELECT count(*) FROM activities WHERE status = 'scheduled' AND due_date < now()")).ShouldBeGreaterThan(0);
            (await Scalar<long>(database, "SELECT count(*) FROM activities WHERE due_date > now()")).ShouldBeGreaterThan(0);
            (await Scalar<long>(database, "SELECT count(*) FROM customers WHERE assigned_to NOT BETWEEN 1 AND 5")).ShouldBe(0);
            (await Scalar<long>(database, "SELECT count(DISTINCT assigned_to) FROM customers")).ShouldBe(5);
        });
    }

    [Theory]
    [InlineData]
    [InlineData("--customers", "0")]
    [InlineData("--customers", "many")]
    [InlineData("--demo", "--customers", "10")]
    [InlineData("--customers", "10", "--rebuild-indexes", "sometimes")]
    public async Task BadArgumentsAreRefusedWithUsage(params string[] args)
    {
        var errors = new StringWriter();
        (await SeedCommand.RunAsync(args, TestDatabase.ConnectionString(app.DatabaseName), TextWriter.Null, errors)).ShouldBe(2);
        errors.ToString().ShouldContain("usage: crm seed");
    }
}
