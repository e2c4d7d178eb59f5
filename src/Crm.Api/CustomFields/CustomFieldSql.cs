using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.CustomFields;

/// <summary>
/// The SQL functions of migrations/000018 that read one typed value out of <c>custom_fields</c>, mapped for LINQ.
/// Range filters, sorts and <c>_empty</c> use exactly these expressions, with the key as a literal
/// (<c>EF.Constant</c>), so the per-field expression indexes match them whatever plan PostgreSQL caches. The C#
/// bodies compute the same from a loaded row (a cursor's value).
/// </summary>
public static class CustomFieldSql
{
    public static string? Text(string doc, string key) => Read(doc, key) is { } v ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;

    public static decimal? Number(string doc, string key) => Read(doc, key) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    public static bool? Boolean(string doc, string key) => Read(doc, key) is { ValueKind: JsonValueKind.True or JsonValueKind.False } v ? v.GetBoolean() : null;

    public static DateOnly? Date(string doc, string key) =>
        Read(doc, key) is { ValueKind: JsonValueKind.String } v ? DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static DateTime? Timestamp(string doc, string key) =>
        Read(doc, key) is { ValueKind: JsonValueKind.String } v
            ? DateTimeOffset.Parse(v.GetString()!, CultureInfo.InvariantCulture).UtcDateTime : null;

    static JsonElement? Read(string doc, string key)
    {
        using var document = JsonDocument.Parse(doc);
        return document.RootElement.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;
    }

    public static void Register(ModelBuilder modelBuilder)
    {
        foreach (var (method, name) in new[] { (nameof(Text), "crm_cf_text"), (nameof(Number), "crm_cf_number"), (nameof(Boolean), "crm_cf_boolean"),
                     (nameof(Date), "crm_cf_date"), (nameof(Timestamp), "crm_cf_timestamp") })
        {
            var function = modelBuilder.HasDbFunction(typeof(CustomFieldSql).GetMethod(method)!).HasName(name);
            function.HasParameter("doc").HasStoreType("jsonb");
            function.HasParameter("key").HasStoreType("text");
        }
    }

    /// <summary>The function a field's values sort and compare by, and its SQL name (the expression indexes').</summary>
    public static (string Method, string Sql, Type Clr) Of(string type) => type switch
    {
        FieldType.Number or FieldType.Currency or FieldType.User => (nameof(Number), "crm_cf_number", typeof(decimal?)),
        FieldType.Boolean => (nameof(Boolean), "crm_cf_boolean", typeof(bool?)),
        FieldType.Date => (nameof(Date), "crm_cf_date", typeof(DateOnly?)),
        FieldType.DateTime => (nameof(Timestamp), "crm_cf_timestamp", typeof(DateTime?)),
        _ => (nameof(Text), "crm_cf_text", typeof(string)),
    };
}
