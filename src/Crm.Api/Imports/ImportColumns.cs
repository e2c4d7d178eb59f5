using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Deals;
using Crm.Api.Http;

namespace Crm.Api.Imports;

/// <summary>
/// The columns an import of one entity understands, taken from the resource's own API records so they cannot drift: the
/// members its PUT body accepts (and their types), the references to related records by e-mail or external_id
/// (<c>customer_email</c>, <c>deal_external_id</c>, …), and the read-only members of its responses, which an exported
/// file carries and the importer leaves out (<c>id</c>, <c>created_at</c>, <c>tags</c>, …), as it does the columns an
/// errors file adds. <c>cf.&lt;key&gt;</c> columns go to <c>custom_fields</c>: one per active custom field of the entity.
/// </summary>
public sealed partial class ImportColumns
{
    public const string CustomFieldPrefix = "cf.";
    public static readonly string[] ErrorColumns = ["row_number", "error_code", "error_field", "error_message"];
    public static readonly string[] Entities = ["customers", "contacts", "deals", "activities"];

    public string Entity { get; }
    /// <summary>The PUT body's members and the type of each value.</summary>
    public IReadOnlyDictionary<string, Type> Fields { get; }
    public IReadOnlySet<string> References { get; }
    readonly HashSet<string> _ignored;

    ImportColumns(string entity, Type body, Type response, string[] references)
    {
        Entity = entity;
        Fields = body.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>))
            .ToDictionary(p => Name(p), p => Nullable.GetUnderlyingType(p.PropertyType.GetGenericArguments()[0]) ?? p.PropertyType.GetGenericArguments()[0]);
        References = references.ToHashSet();
        _ignored = [.. response.GetProperties().Select(Name).Where(n => !Fields.ContainsKey(n) && !References.Contains(n)), .. ErrorColumns];
    }

    static string Name(PropertyInfo property) => JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);

    static readonly Dictionary<string, ImportColumns> All = new()
    {
        ["customers"] = new("customers", typeof(CustomerUpdate), typeof(CustomerResponse), []),
        // A contact belongs to its customer: customer_id (or its e-mail or external_id) picks it, as the path does in the API.
        ["contacts"] = new("contacts", typeof(ContactUpdate), typeof(ContactResponse), ["customer_id", "customer_email", "customer_external_id"]),
        ["deals"] = new("deals", typeof(DealUpdate), typeof(DealResponse), ["customer_email", "customer_external_id", "contact_email", "contact_external_id"]),
        ["activities"] = new("activities", typeof(ActivityUpdate), typeof(ActivityResponse),
            ["customer_email", "customer_external_id", "deal_external_id", "contact_email", "contact_external_id"]),
    };

    public static ImportColumns For(string entity) => All[entity];

    /// <summary>A header as the default mapping reads it: case and spaces do not matter ("First Name" is first_name).</summary>
    public static string Normalize(string header) => Spaces().Replace(header.Trim().ToLowerInvariant(), "_");

    /// <summary>Why an import of this entity cannot write <paramref name="field"/> (a custom field: unless active in <paramref name="schema"/>); null when it can.</summary>
    public string? Unknown(string field, FieldSchema schema) =>
        IsCustomField(field) ? schema.Active(Entity, KeyOf(field)) is null ? schema.Unknown(Entity, KeyOf(field)) : null
        : Fields.ContainsKey(field) || References.Contains(field) ? null : $"is not a field of {Entity}";

    public static bool IsCustomField(string field) => field.StartsWith(CustomFieldPrefix, StringComparison.Ordinal) && field.Length > CustomFieldPrefix.Length;

    /// <summary>The key of a <c>cf.&lt;key&gt;</c> field.</summary>
    public static string KeyOf(string customField) => customField[CustomFieldPrefix.Length..];

    /// <summary>
    /// Where a file column goes: a field, a custom field or a reference, null to leave it out (mapped to null, or
    /// read-only), or a problem for a column the entity does not have.
    /// </summary>
    public (string? Field, string? Problem) Target(string column, IReadOnlyDictionary<string, string?>? mapping, FieldSchema schema)
    {
        if (mapping is not null && mapping.TryGetValue(column, out var mapped))
            return string.IsNullOrWhiteSpace(mapped) ? (null, null)
                : Unknown(mapped, schema) is { } problem ? (null, $"maps to {mapped}, which {problem}") : (mapped, null);
        var name = Normalize(column);
        if (Unknown(name, schema) is not { } unknown) return (name, null);
        if (IsCustomField(name)) return (null, unknown);
        return _ignored.Contains(name) ? (null, null) : (null, $"{unknown}: map it to one, or to null to leave it out");
    }

    /// <summary>
    /// The JSON value a cell gives a field, as a request body would carry it: a text cell becomes the field's type (a
    /// flag, a number); a JSON value is taken as it is. Null when the cell clears the field.
    /// </summary>
    public (JsonNode? Value, string? Problem) Convert(string field, JsonNode? cell)
    {
        if (cell is not JsonValue value || !value.TryGetValue<string>(out var text) || !Fields.TryGetValue(field, out var type)) return (cell, null);
        text = text.Trim();
        if (type == typeof(bool))
            return text.ToLowerInvariant() switch
            {
                "true" or "1" or "yes" => (JsonValue.Create(true), null),
                "false" or "0" or "no" => (JsonValue.Create(false), null),
                _ => (null, "must be true or false"),
            };
        if (type == typeof(long) || type == typeof(int))
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? (JsonValue.Create(number), null) : (null, "must be an integer");
        if (type == typeof(decimal))
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                ? (JsonValue.Create(amount), null) : (null, "must be a number such as 1234.50");
        return (JsonValue.Create(text), null);
    }

    /// <summary>
    /// A custom field's cell, as a request body would carry it: text (a CSV cell) read by the field's type, as a query
    /// filter's value is (<see cref="FieldValues.FromText"/>); a JSON value (JSON Lines) as it is. Either way the resource's
    /// own validation of <c>custom_fields</c> then checks it. Null clears the key.
    /// </summary>
    public static (JsonNode? Value, string? Problem) Convert(CustomField field, JsonNode? cell, bool text)
    {
        if (!text || cell is null) return (cell, null);
        var value = FieldValues.FromText(field, cell.GetValue<string>());
        return (value.Value, value.Problem);
    }

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex Spaces();
}
