using System.Text.RegularExpressions;

namespace Crm.Api.Http;

/// <summary>
/// Collects field errors for one request body; <see cref="Result"/> is null when the body is valid.
/// Each check normalises what it accepts (trimmed strings, empty → null) so handlers store clean values.
/// </summary>
public sealed partial class Validator
{
    readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IResult? Result => IsValid ? null : ApiError.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    public void Add(string field, string problem)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(problem);
    }

    /// <summary>A required string of 1..max characters after trimming.</summary>
    public string Required(string field, string? value, int max)
    {
        var trimmed = Clean(value);
        if (string.IsNullOrEmpty(trimmed)) Add(field, "is required");
        else if (trimmed.Length > max) Add(field, $"must be at most {max} characters");
        return trimmed ?? "";
    }

    /// <summary>An optional string of at most max characters; blank becomes null.</summary>
    public string? Optional(string field, string? value, int max)
    {
        var trimmed = Clean(value);
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > max) Add(field, $"must be at most {max} characters");
        return trimmed;
    }

    /// <summary>Trimmed, in Unicode normal form C (so that one text has one encoding, for uniqueness and search).</summary>
    static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is null || trimmed.IsNormalized() ? trimmed : trimmed.Normalize();
    }

    /// <summary>A name (of a person, company or tag): as <see cref="Required"/> or <see cref="Optional"/>, without hidden characters.</summary>
    public string? Name(string field, string? value, int max, bool required = true)
    {
        var name = required ? Required(field, value, max) : Optional(field, value, max);
        if (!string.IsNullOrEmpty(name) && TextRules.HasHiddenCharacters(name, allowJoiners: true))
            Add(field, "must not contain control, zero-width or bidirectional formatting characters");
        return name;
    }

    public string? Email(string field, string? value, bool required)
    {
        var email = required ? Required(field, value, 255) : Optional(field, value, 255);
        if (string.IsNullOrEmpty(email)) return email;
        if (!EmailPattern().IsMatch(email) || TextRules.HasHiddenCharacters(email, allowJoiners: false))
            Add(field, "must be a valid email address");
        else if (TextRules.IsMixedScript(email[..email.LastIndexOf('@')]))
            Add(field, "must not mix letters of different scripts before the @ (a look-alike of another address)");
        return email;
    }

    public string? OneOf(string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (value is null || allowed.Contains(value)) return value;
        Add(field, $"must be one of {string.Join(", ", allowed)}");
        return value;
    }

    public long? Id(string field, long? value)
    {
        if (value is <= 0) Add(field, "must be a positive integer id");
        return value;
    }

    public int? Range(string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max)) Add(field, $"must be between {min} and {max}");
        return value;
    }

    public string? Color(string field, string? value)
    {
        if (value is not null && !ColorPattern().IsMatch(value)) Add(field, "must be a colour in #RRGGBB form");
        return value;
    }

    [GeneratedRegex(@"^[^@\s""<>(),;:\\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\z")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}\z")]
    private static partial Regex ColorPattern();
}
