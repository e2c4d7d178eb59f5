using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Crm.Api.Http;

namespace Crm.Api.CustomFields;

/// <summary>A record with custom fields: its <c>custom_fields</c> column, as PostgreSQL's jsonb text.</summary>
public interface IHasCustomFields
{
    long Id { get; }
    string CustomFields { get; set; }
    DateTime? DeletedAt { get; }
}

/// <summary>
/// A record's <c>custom_fields</c>: in a response, its stored values; in a body, the values sent. A response shows
/// only the values of its entity's active fields: archived and deleted fields keep their values hidden. That rule is
/// applied where every answer passes, at serialisation, by the converter the service registers with the current
/// definitions (<see cref="CustomFieldsJson"/>); without one (audit diffs) every stored value is written.
/// </summary>
[JsonConverter(typeof(CustomFieldValuesConverter))]
public sealed class CustomFieldValues(string? entity, IReadOnlyDictionary<string, JsonElement> values)
{
    /// <summary>The entity whose fields these are; null in a request body.</summary>
    public string? Entity => entity;

    public IReadOnlyDictionary<string, JsonElement> Values => values;

    public static CustomFieldValues Stored(string entity, string json)
    {
        using var document = JsonDocument.Parse(json);
        return new(entity, document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
    }
}

/// <summary>Reads any JSON object; writes the values, or with a schema only those of active fields.</summary>
public class CustomFieldValuesConverter : JsonConverter<CustomFieldValues>
{
    protected virtual FieldSchema? Schema => null;

    public override CustomFieldValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("must be an object of custom field values by key (null as a value clears that field)");
        using var document = JsonDocument.ParseValue(ref reader);
        return new(null, document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
    }

    public override void Write(Utf8JsonWriter writer, CustomFieldValues value, JsonSerializerOptions options)
    {
        var schema = value.Entity is null ? null : Schema;
        writer.WriteStartObject();
        foreach (var (key, stored) in value.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (schema is not null && schema.Active(value.Entity!, key) is null) continue;
            writer.WritePropertyName(key);
            stored.WriteTo(writer);
        }
        writer.WriteEndObject();
    }
}

/// <summary>The service's converter: the definitions it filters by are the cache's current ones.</summary>
public sealed class CustomFieldsJson(CustomFieldCache cache) : CustomFieldValuesConverter
{
    protected override FieldSchema? Schema => cache.Snapshot;
}

/// <summary>How a POST, PUT or PATCH body's <c>custom_fields</c> is merged into a record's stored values.</summary>
public static class CustomFieldInput
{
    /// <summary>
    /// Merges the values sent key by key into <paramref name="stored"/>: a value is checked by its field's type
    /// (<see cref="FieldValues"/>), null clears the key, <c>""</c> leaves it, a value equal to the stored one is not
    /// checked again (an echoed GET never fails on it). Unknown, archived and deleted keys are refused. A create also
    /// needs every required field; an update checks required only on the keys sent. Returns the new stored JSON, or
    /// <paramref name="stored"/> itself when nothing changes (so the record is not modified).
    /// </summary>
    public static string CustomFields(this Validator v, FieldSchema schema, string entity, Optional<CustomFieldValues?> sent, string stored)
    {
        var values = JsonNode.Parse(stored)!.AsObject();
        var changed = false;
        if (sent.Changes && sent.Value is null) v.Add("custom_fields", "must be an object: send a key with null to clear that field");
        IReadOnlyDictionary<string, JsonElement> sentValues = sent.Changes ? sent.Value?.Values ?? new Dictionary<string, JsonElement>() : new Dictionary<string, JsonElement>();
        foreach (var (key, value) in sentValues)
        {
            var member = $"custom_fields.{key}";
            if (schema.Active(entity, key) is not { } field)
            {
                v.Add(member, schema.Unknown(entity, key));
                continue;
            }
            if (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())) continue;
            if (JsonNode.DeepEquals(values[key], JsonNode.Parse(value.GetRawText()))) continue;
            var checkedValue = FieldValues.FromJson(field, value);
            if (!checkedValue.IsValid) v.Add(member, checkedValue.Problem!);
            else if (checkedValue.Value is { } normalised)
            {
                if (JsonNode.DeepEquals(values[key], normalised)) continue;
                values[key] = normalised;
                changed = true;
            }
            else if (field.Required) v.Add(member, "is required");
            else changed |= values.Remove(key);
        }
        if (v.Creating)
            foreach (var field in schema.ActiveOf(entity).Where(f => f.Required && !values.ContainsKey(f.Key) && !Refused(sent, f.Key)))
                v.Add($"custom_fields.{field.Key}", "is required");
        return changed ? values.ToJsonString() : stored;
    }

    /// <summary>A key sent with a value that was refused already has its error.</summary>
    static bool Refused(Optional<CustomFieldValues?> sent, string key) =>
        sent.Value?.Values.TryGetValue(key, out var value) == true && !(value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));
}
