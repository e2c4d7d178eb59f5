using System.Text.RegularExpressions;

namespace Crm.Api.Http;

/// <summary>
/// Collects field errors for one request body; <see cref="Result"/> is null when the body is valid.
/// Each check normalises what it accepts (trimmed strings, empty → null) so handlers store clean values.
/// The overloads taking an <see cref="Optional{T}"/> merge one member of a body into the stored value (contract
/// section 1): absent or <c>""</c> keeps it, <c>null</c> clears it (or is refused where a value is required), anything
/// else is checked and stored. Only what changes is checked, so a legacy value that breaks today's rules never blocks
/// an update of another member, nor its own echo in a Go-era body. On a create (<see cref="Creating"/>) the current
/// value is the default, and a required member without a default must be sent.
/// </summary>
public sealed partial class Validator(bool creating = false)
{
    public bool Creating => creating;

    readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IResult? Result => IsValid ? null : ApiError.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    public void Add(string field, string problem)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(problem);
    }

    /// <summary>Adds the errors of a nested body, each named by its path under <paramref name="prefix"/> (<c>contacts[1].email</c>).</summary>
    public void Add(string? prefix, Validator nested)
    {
        foreach (var (field, problems) in nested._errors)
            foreach (var problem in problems) Add(prefix is null ? field : $"{prefix}.{field}", problem);
    }

    /// <summary>A required string of 1..max characters after trimming.</summary>
    public string Required(string field, string? value, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) Add(field, "is required");
        else if (trimmed.Length > max) Add(field, $"must be at most {max} characters");
        return trimmed ?? "";
    }

    /// <summary>An optional string of at most max characters; blank becomes null.</summary>
    public string? Optional(string field, string? value, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > max) Add(field, $"must be at most {max} characters");
        return trimmed;
    }

    public string? Email(string field, string? value, bool required)
    {
        var email = required ? Required(field, value, 255) : Optional(field, value, 255);
        if (!string.IsNullOrEmpty(email) && !EmailPattern().IsMatch(email)) Add(field, "must be a valid email address");
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

    /// <summary>A required string member (no default: a create must send it); <paramref name="check"/> runs on a new value.</summary>
    public string Required(string field, Optional<string> sent, int max, string current, Func<string, string>? check = null)
    {
        if (!sent.Changes || sent.Value is null)
        {
            if (sent.Changes || (creating && current.Length == 0)) Add(field, "is required");
            return current;
        }
        var value = sent.Value.Trim();
        if (value == current) return current;
        var errors = _errors.Count;
        value = Required(field, value, max);
        return check is null || _errors.Count > errors ? value : check(value);
    }

    /// <summary>An optional string member: null clears it; <paramref name="check"/> runs on a new value.</summary>
    public string? Optional(string field, Optional<string?> sent, int max, string? current, Func<string, string?>? check = null)
    {
        if (!sent.Changes) return current;
        var value = sent.Value?.Trim();
        if (value == current) return current;
        var errors = _errors.Count;
        value = Optional(field, value, max);
        return check is null || value is null || _errors.Count > errors ? value : check(value);
    }

    public string RequiredEmail(string field, Optional<string> sent, string current) =>
        Required(field, sent, 255, current, value => Email(field, value, required: true)!);

    public string? Email(string field, Optional<string?> sent, string? current) =>
        Optional(field, sent, 255, current, value => Email(field, value, required: false));

    /// <summary>A required enum member; a create keeps the default when it is absent (none: it must be sent).</summary>
    public string OneOf(string field, Optional<string> sent, IReadOnlyCollection<string> allowed, string current) =>
        Required(field, sent, 100, current, value => OneOf(field, value, allowed)!);

    /// <summary>An optional enum member: null clears it.</summary>
    public string? OptionalOneOf(string field, Optional<string?> sent, IReadOnlyCollection<string> allowed, string? current) =>
        Optional(field, sent, 100, current, value => OneOf(field, value, allowed));

    public string? Color(string field, Optional<string?> sent, string? current) =>
        Optional(field, sent, 7, current, value => Color(field, value));

    /// <summary>A required reference to another record (no default: a create must send it).</summary>
    public long Id(string field, Optional<long?> sent, long current)
    {
        if (sent is { IsSet: true, IsBlank: false, Value: { } id }) return id == current ? current : Id(field, id)!.Value;
        if (sent.Changes || (creating && current == 0)) Add(field, "is required");
        return current;
    }

    /// <summary>An optional reference (a record or a user id): null clears it.</summary>
    public long? Id(string field, Optional<long?> sent, long? current) =>
        !sent.Changes || sent.Value == current ? current : Id(field, sent.Value);

    /// <summary>A member that holds a value whenever the record exists (a flag, a number): null is refused.</summary>
    public T Value<T>(string field, Optional<T?> sent, T current, Func<T, T>? check = null) where T : struct
    {
        if (!sent.Changes) return current;
        if (sent.Value is not { } value)
        {
            Add(field, "cannot be null");
            return current;
        }
        return value.Equals(current) || check is null ? value : check(value);
    }

    /// <summary>An optional value member (a date, a number): null clears it.</summary>
    public T? ValueOrNull<T>(Optional<T?> sent, T? current, Func<T, T>? check = null) where T : struct =>
        !sent.Changes ? current : sent.Value is { } value && !value.Equals(current) && check is not null ? check(value) : sent.Value;

    [GeneratedRegex(@"^[^@\s""<>(),;:\\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
