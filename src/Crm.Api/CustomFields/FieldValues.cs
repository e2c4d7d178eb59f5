using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Api.Http;

namespace Crm.Api.CustomFields;

/// <summary>A value checked against its field: what to store (null: nothing, the key is cleared), or why not.</summary>
public readonly record struct FieldValue(JsonNode? Value, string? Problem)
{
    public bool IsValid => Problem is null;
    public static FieldValue Invalid(string problem) => new(null, problem);
}

/// <summary>
/// THE rules of custom field values, per type, in one place: how a value is checked and normalised from JSON (API
/// bodies), parsed from text (query filters, CSV cells: <c>cf.&lt;key&gt;</c> columns) and written back as text (exports).
/// Stored forms: text types as strings; number and currency as JSON numbers (currency: at most 2 decimals, the
/// currency is the definition's); date as <c>YYYY-MM-DD</c>; datetime as RFC 3339 in UTC with a Z; boolean as
/// true/false; select as the option's value; multi_select as an array of option values; user as a CMS user id.
/// </summary>
public static partial class FieldValues
{
    public const int MaxText = 255, MaxLongText = 10_000, MaxUrl = 2048;
    public const decimal MaxNumber = 999_999_999_999_999m, MaxCurrency = 9_999_999_999_999.99m;
    /// <summary>Separates the values of a multi_select in a text cell (option values may not contain it, nor a comma).</summary>
    public const char ListSeparator = ';';

    /// <summary>
    /// A value sent in a JSON body. Null, an empty array (multi_select) and a blank string mean "no value": the
    /// caller decides whether that clears the key or, for <c>""</c>, leaves it unchanged.
    /// </summary>
    public static FieldValue FromJson(CustomField field, JsonElement sent)
    {
        if (sent.ValueKind == JsonValueKind.Null) return new(null, null);
        switch (field.Type)
        {
            case FieldType.Number or FieldType.Currency:
                return sent.ValueKind == JsonValueKind.Number && sent.TryGetDecimal(out var number) ? Number(field, number)
                    : FieldValue.Invalid(field.Type == FieldType.Currency ? $"must be an amount in {field.Currency} (a number)" : "must be a number");
            case FieldType.User:
                return sent.ValueKind == JsonValueKind.Number && sent.TryGetInt64(out var user) ? User(user) : FieldValue.Invalid("must be a user id (a positive integer)");
            case FieldType.Boolean:
                return sent.ValueKind is JsonValueKind.True or JsonValueKind.False ? new(JsonValue.Create(sent.GetBoolean()), null)
                    : FieldValue.Invalid("must be true or false");
            case FieldType.MultiSelect:
                if (sent.ValueKind != JsonValueKind.Array || sent.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                    return FieldValue.Invalid("must be an array of option values");
                return Options(field, sent.EnumerateArray().Select(e => e.GetString()!).ToList());
            default:
                return sent.ValueKind == JsonValueKind.String ? FromString(field, sent.GetString()!) : FieldValue.Invalid(Expected(field));
        }
    }

    /// <summary>
    /// A value written as text: a query filter's value, or a CSV cell. Blank is "no value". multi_select lists its
    /// values separated by <see cref="ListSeparator"/>.
    /// </summary>
    public static FieldValue FromText(CustomField field, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return new(null, null);
        switch (field.Type)
        {
            case FieldType.Number or FieldType.Currency:
                return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? Number(field, number) : FieldValue.Invalid(field.Type == FieldType.Currency ? $"must be an amount in {field.Currency} (a number)" : "must be a number");
            case FieldType.User:
                return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var user) ? User(user)
                    : FieldValue.Invalid("must be a user id (a positive integer)");
            case FieldType.Boolean:
                return trimmed.ToLowerInvariant() switch
                {
                    "true" => new(JsonValue.Create(true), null),
                    "false" => new(JsonValue.Create(false), null),
                    _ => FieldValue.Invalid("must be true or false"),
                };
            case FieldType.MultiSelect:
                return Options(field, trimmed.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList());
            default:
                return FromString(field, trimmed);
        }
    }

    /// <summary>A stored value as text, the inverse of <see cref="FromText"/> (CSV exports).</summary>
    public static string ToText(JsonElement stored) => stored.ValueKind switch
    {
        JsonValueKind.String => stored.GetString()!,
        JsonValueKind.Number => stored.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(ListSeparator, stored.EnumerateArray().Select(ToText)),
        _ => "",
    };

    /// <summary>Whether a stored value is, unchanged, a valid value of <paramref name="field"/> (type and option changes).</summary>
    public static bool Fits(CustomField field, JsonElement stored) =>
        FromJson(field, stored) is { IsValid: true, Value: { } value } && JsonNode.DeepEquals(value, JsonNode.Parse(stored.GetRawText()));

    static FieldValue FromString(CustomField field, string raw)
    {
        var value = raw.Trim();
        if (value.Length == 0) return new(null, null);
        if (value.Contains('\0')) return FieldValue.Invalid("must not contain the NUL character");
        switch (field.Type)
        {
            case FieldType.Text:
                return value.Length <= MaxText ? Text(value) : FieldValue.Invalid($"must be at most {MaxText} characters");
            case FieldType.LongText:
                return value.Length <= MaxLongText ? Text(value) : FieldValue.Invalid($"must be at most {MaxLongText} characters");
            case FieldType.Url:
                return value.Length <= MaxUrl && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
                    ? Text(value) : FieldValue.Invalid("must be an absolute http or https URL");
            case FieldType.Email:
                var check = new Validator();
                check.Email("email", value, required: true);
                return check.IsValid ? Text(value) : FieldValue.Invalid("must be a valid email address");
            case FieldType.Select:
                return Options(field, [value]) is { IsValid: false } bad ? bad : Text(value);
            case FieldType.Date:
                return DatePattern().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? Text(value) : FieldValue.Invalid("must be a date such as 2026-01-31");
            case FieldType.DateTime:
                if (!TimestampPattern().IsMatch(value)
                    || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                    return FieldValue.Invalid("must be an RFC 3339 timestamp such as 2026-01-31T12:00:00Z");
                return Text(Timestamp(time.UtcDateTime));
            default:
                return FieldValue.Invalid(Expected(field));
        }
    }

    /// <summary>A datetime as stored and shown: UTC, microseconds at most, with a Z (the API's own timestamp form).</summary>
    public static string Timestamp(DateTime utc) =>
        new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);

    static FieldValue Text(string value) => new(JsonValue.Create(value), null);

    static FieldValue Number(CustomField field, decimal number)
    {
        if (field.Type == FieldType.Currency)
        {
            if (Math.Abs(number) > MaxCurrency) return FieldValue.Invalid($"must be at most {MaxCurrency} in absolute value");
            if (decimal.Round(number, 2) != number) return FieldValue.Invalid("must have at most 2 decimals");
        }
        else if (Math.Abs(number) > MaxNumber) return FieldValue.Invalid($"must be at most {MaxNumber} in absolute value");
        else if (decimal.Round(number, 10) != number) return FieldValue.Invalid("must have at most 10 decimals");
        // 1.50 and 1.5 are one value: stored without trailing zeros.
        return new(JsonValue.Create(number / 1.000000000000000000000000000000000m), null);
    }

    static FieldValue User(long id) => id > 0 ? new(JsonValue.Create(id), null) : FieldValue.Invalid("must be a user id (a positive integer)");

    static FieldValue Options(CustomField field, List<string> values)
    {
        var allowed = field.OptionList().Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        if (values.FirstOrDefault(v => !allowed.Contains(v)) is { } unknown)
            return FieldValue.Invalid($"must be one of the options {string.Join(", ", allowed.Order(StringComparer.Ordinal))} ({unknown} is not)");
        if (field.Type == FieldType.Select) return Text(values[0]);
        if (values.Count != values.Distinct(StringComparer.Ordinal).Count()) return FieldValue.Invalid("must not repeat an option");
        return values.Count == 0 ? new(null, null) : new(new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]), null);
    }

    static string Expected(CustomField field) => field.Type switch
    {
        FieldType.Select => "must be one of the field's option values (a string)",
        FieldType.Date => "must be a date such as 2026-01-31",
        FieldType.DateTime => "must be an RFC 3339 timestamp such as 2026-01-31T12:00:00Z",
        FieldType.Url => "must be an absolute http or https URL",
        FieldType.Email => "must be a valid email address",
        _ => "must be a string",
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex TimestampPattern();
}
