using Crm.Api.Data;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Crm.Api.Tests.Data;

/// <summary>migrations/000019 on a database that already holds deals: they land in the default pipeline, unchanged.</summary>
public class PipelineMigrationTests : EmptyDatabase
{
    [Fact]
    public async Task ExistingDealsLandInTheDefaultPipelineUnchanged()
    {
        var migrator = new Migrator(DataSource, "crm_schema_migrations", NullLogger.Instance);
        await migrator.UpAsync(Migrator.All.Count(m => m.Version < 18));
        await Execute("""
            INSERT INTO customers (id, name, email, created_at, updated_at) VALUES (1, 'Ada', 'ada@example.com', now(), now());
            INSERT INTO deals (title, customer_id, stage, amount, currency, probability, owner_id, lost_reason, actual_close_date, stage_changed_at,
                               created_at, updated_at, deleted_at)
            VALUES ('Open', 1, 'proposal', 10.50, 'EUR', 60, 3, NULL, NULL, now(), now(), now(), NULL),
                   ('Won', 1, 'closed_won', 99, 'USD', 100, 3, NULL, now(), now(), now(), now(), NULL),
                   ('Lost', 1, 'closed_lost', 0, 'USD', 0, NULL, 'Budget', now(), now(), now(), now(), NULL),
                   ('Deleted', 1, 'prospecting', 1, 'USD', 10, 3, NULL, NULL, now(), now(), now(), now());
            """);
        var before = await Rows("SELECT id, xmin::text, row_to_json(d)::text FROM deals d ORDER BY id");

        await migrator.UpAsync();

        // The same rows, value for value, not even rewritten (xmin), each in the default pipeline "Sales" (external_id: the
        // empty column 000020 adds).
        var after = await Rows("SELECT id, xmin::text, (row_to_json(d)::jsonb - 'pipeline_id' - 'custom_fields' - 'external_id')::json::text FROM deals d ORDER BY id");
        after.Select(r => (r.Id, r.Version)).ShouldBe(before.Select(r => (r.Id, r.Version)));
        after.Select(r => Normalised(r.Json)).ShouldBe(before.Select(r => Normalised(r.Json)));
        (await Rows("SELECT d.id, p.name, p.is_default::text FROM deals d JOIN crm_pipelines p ON p.id = d.pipeline_id ORDER BY d.id"))
            .ShouldAllBe(r => r.Version == "Sales" && r.Json == "true");
        (await Rows("SELECT s.id, p.name, s.name FROM pipeline_stages s JOIN crm_pipelines p ON p.id = s.pipeline_id ORDER BY s.id"))
            .Select(r => r.Version).Distinct().ShouldBe(["Sales"]);
        (await Rows("SELECT id, custom_fields::text, '' FROM deals ORDER BY id")).ShouldAllBe(r => r.Version == "{}");

        // And down again (past 18 and 19, and whatever came after them) leaves deals as they were.
        await migrator.DownAsync(Migrator.All.Count(m => m.Version >= 18));
        (await Rows("SELECT id, xmin::text, row_to_json(d)::text FROM deals d ORDER BY id")).Select(r => Normalised(r.Json))
            .ShouldBe(before.Select(r => Normalised(r.Json)));
    }

    static string Normalised(string json) => System.Text.Json.JsonSerializer.Serialize(
        System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateObject().OrderBy(p => p.Name).ToDictionary(p => p.Name, p => p.Value.GetRawText()));

    async Task Execute(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    async Task<List<(long Id, string Version, string Json)>> Rows(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string, string)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }
}
