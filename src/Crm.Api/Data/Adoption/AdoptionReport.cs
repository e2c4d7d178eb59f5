using System.Text;
using System.Text.Json;

namespace Crm.Api.Data.Adoption;

/// <summary>One legacy row that breaks a rule: where it is, what it holds, and what <c>up</c> does with it.</summary>
public sealed record Finding(string Table, long Id, string Rule, string Column, string? Value, string Class, string Action, string? NewValue);

/// <summary>A rule with the rows it found (<see cref="Count"/>) and what <c>up</c> does with them under the given policies.</summary>
public sealed record RuleSummary(string Rule, string Table, string Column, string Class, string Description, string? Policy, string Action, int Count);

/// <summary>
/// What <c>crm migrate check</c> prints (as text, or with <c>--json</c> as this record in snake_case): the schema found,
/// every rule-breaking row and its fate, what blocks <c>up</c>, and the migrations <c>up</c> would apply.
/// </summary>
public sealed record AdoptionReport(
    string Schema, long? Version, long Latest, string Detail, bool CanProceed, IReadOnlyDictionary<string, string> Policies,
    IReadOnlyList<string> Blockers, IReadOnlyList<RuleSummary> Rules, IReadOnlyList<Finding> Findings,
    IReadOnlyList<long> PendingMigrations, IReadOnlyList<string> CmsTables)
{
    /// <summary>How many rows of each rule the text form lists; <c>--json</c> lists every one.</summary>
    const int RowsPerRule = 20;

    public const string NeedsDecision = "needs --resolve";

    public string ToJson() => JsonSerializer.Serialize(this, Http.JsonConfig.Options);

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine($"schema: {Schema}{(Version is { } v ? $" (version {v})" : "")}: {Detail}");
        if (CmsTables.Count > 0) text.AppendLine($"CMS tables, left untouched: {string.Join(", ", CmsTables)}");
        if (Policies.Count > 0) text.AppendLine($"policies: {string.Join(", ", Policies.Select(p => $"{p.Key}={p.Value}"))}");

        foreach (var (cls, heading) in new[]
                 {
                     ("auto", "normalised by up (each changed cell audited as migrate_normalize)"),
                     ("decision", "needing a decision (--resolve; each changed cell audited as migrate_resolve)"),
                     ("report", "kept as they are (listed only)"),
                 })
        {
            var rules = Rules.Where(r => r.Class == cls && r.Count > 0).ToList();
            if (rules.Count == 0) continue;
            text.AppendLine().AppendLine($"{rules.Sum(r => r.Count)} row(s) {heading}:");
            foreach (var rule in rules)
            {
                text.AppendLine($"  {rule.Rule} {rule.Table}.{rule.Column}: {rule.Count} row(s), {rule.Description}");
                text.AppendLine($"    up will: {rule.Action}");
                var fixes = rule.Class != "report" && !rule.Action.StartsWith(NeedsDecision, StringComparison.Ordinal);
                var rows = Findings.Where(f => f.Rule == rule.Rule && f.Table == rule.Table && f.Column == rule.Column).ToList();
                foreach (var row in rows.Take(RowsPerRule))
                    text.AppendLine($"    {row.Table} {row.Id}: {Show(row.Value)}{(fixes ? $" -> {Show(row.NewValue)}" : "")}");
                if (rows.Count > RowsPerRule) text.AppendLine($"    … and {rows.Count - RowsPerRule} more (--json lists every row)");
            }
        }

        if (PendingMigrations.Count > 0) text.AppendLine().AppendLine($"migrations up will apply: {string.Join(", ", PendingMigrations)} (latest {Latest})");
        if (Blockers.Count > 0)
        {
            text.AppendLine().AppendLine("up refuses until these are settled:");
            foreach (var blocker in Blockers) text.AppendLine($"  - {blocker}");
        }
        text.AppendLine().Append(CanProceed ? "result: up can proceed" : "result: up would refuse and change nothing");
        return text.ToString();

        static string Show(string? value) => value is null ? "NULL" : $"\"{(value.Length > 80 ? value[..80] + "…" : value).Replace("\"", "\\\"")}\"";
    }
}
