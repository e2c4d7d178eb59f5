using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Crm.Api.Tests.Performance;

/// <summary>One node of a PostgreSQL plan, with the nodes above it (to know whether a Limit bounds it).</summary>
public sealed record PlanNode(string NodeType, string? Relation, string? Index, string? IndexCond, string? Filter, IReadOnlyList<string> Ancestors)
{
    public override string ToString() =>
        $"{NodeType}{(Relation is null ? "" : $" on {Relation}")}{(Index is null ? "" : $" using {Index}")}{(IndexCond is null ? "" : $" cond {IndexCond}")}{(Filter is null ? "" : $" filter {Filter}")}";
}

/// <summary>EXPLAIN (FORMAT JSON) of captured statements, flattened into nodes.</summary>
public static class QueryPlans
{
    public static async Task<List<PlanNode>> ExplainAsync(NpgsqlConnection connection, CapturedSql statement)
    {
        await using var command = new NpgsqlCommand($"EXPLAIN (FORMAT JSON) {statement.Text}", connection);
        foreach (var parameter in statement.Parameters) command.Parameters.Add(parameter.Clone());
        return Nodes((string)(await command.ExecuteScalarAsync())!);
    }

    /// <summary>
    /// The plan PostgreSQL keeps for the statement once it is prepared (the service prepares statements it reuses) and
    /// it has chosen a generic plan: one made without the parameters' values. PostgreSQL 15 has no EXPLAIN (GENERIC_PLAN),
    /// so the statement is prepared with positional parameters of inferred types and explained with the generic plan forced.
    /// </summary>
    public static async Task<List<PlanNode>> ExplainGenericAsync(NpgsqlConnection connection, CapturedSql statement)
    {
        var names = statement.Parameters.Select(p => p.ParameterName.TrimStart('@')).ToList();
        var text = Regex.Replace(statement.Text, @"@(\w+)", m => names.IndexOf(m.Groups[1].Value) is var i and >= 0 ? $"${i + 1}" : m.Value);
        var nulls = string.Join(", ", names.Select(_ => "NULL"));
        await using var command = new NpgsqlCommand($"""
            PREPARE crm_generic AS {text};
            SET plan_cache_mode = force_generic_plan;
            EXPLAIN (FORMAT JSON) EXECUTE crm_generic{(names.Count > 0 ? $"({nulls})" : "")};
            RESET plan_cache_mode;
            DEALLOCATE crm_generic;
            """, connection);
        return Nodes((string)(await command.ExecuteScalarAsync())!);
    }

    static List<PlanNode> Nodes(string json)
    {
        using var document = JsonDocument.Parse(json);
        var nodes = new List<PlanNode>();
        Walk(document.RootElement[0].GetProperty("Plan"), [], nodes);
        return nodes;
    }

    static void Walk(JsonElement plan, List<string> ancestors, List<PlanNode> nodes)
    {
        string? Text(string name) => plan.TryGetProperty(name, out var value) ? value.GetString() : null;
        var type = Text("Node Type")!;
        nodes.Add(new PlanNode(type, Text("Relation Name"), Text("Index Name"), Text("Index Cond"), Text("Filter"), ancestors.ToList()));
        if (!plan.TryGetProperty("Plans", out var children)) return;
        List<string> below = [.. ancestors, type];
        foreach (var child in children.EnumerateArray()) Walk(child, below, nodes);
    }
}
