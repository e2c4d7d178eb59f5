namespace Crm.Api.Data.Adoption;

/// <summary>
/// The <c>--resolve policy=value</c> choices given to <c>check</c> and <c>up</c> (repeatable, or comma-separated), each
/// settling one kind of decision in the adoption table. Unknown policies and values are usage errors.
/// </summary>
public sealed class Policies
{
    /// <summary>Named in the adoption table but waiting for a feature: accepted nowhere until it exists.</summary>
    static readonly Dictionary<string, string> NotYet = new() { ["email-case=merge-into-newest"] = "merging customers does not exist yet (issue 14)" };

    readonly Dictionary<string, string> _chosen;

    Policies(Dictionary<string, string> chosen) => _chosen = chosen;

    public static readonly Policies None = new([]);

    public IReadOnlyDictionary<string, string> Chosen() => _chosen;

    public string? Chosen(string policy) => _chosen.GetValueOrDefault(policy);

    /// <summary>Every policy and its values, from the rules themselves.</summary>
    public static IReadOnlyDictionary<string, string[]> Available { get; } = LegacyRules.All
        .Where(r => r.Policy is not null)
        .GroupBy(r => r.Policy!)
        .ToDictionary(g => g.Key, g => g.SelectMany(r => r.Options!.Keys).Distinct().ToArray());

    public static Policies Parse(IEnumerable<string> values)
    {
        var chosen = new Dictionary<string, string>();
        foreach (var item in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (NotYet.TryGetValue(item, out var reason)) throw new ArgumentException($"--resolve {item} is not available: {reason}");
            var parts = item.Split('=', 2);
            if (parts.Length != 2 || !Available.TryGetValue(parts[0], out var options) || !options.Contains(parts[1]))
                throw new ArgumentException($"unknown --resolve \"{item}\"; the policies are " +
                    string.Join(", ", Available.Select(p => $"{p.Key}={string.Join("|", p.Value)}")));
            if (chosen.TryGetValue(parts[0], out var earlier) && earlier != parts[1])
                throw new ArgumentException($"--resolve {parts[0]} is given twice ({earlier}, {parts[1]})");
            chosen[parts[0]] = parts[1];
        }
        return new Policies(chosen);
    }
}
