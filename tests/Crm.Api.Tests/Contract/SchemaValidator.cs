using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Crm.Api.Tests.Contract;

/// <summary>
/// Validates JSON against the subset of JSON Schema 2020-12 that our OpenAPI document uses: local $ref,
/// allOf/oneOf/anyOf (with a discriminator), type (with arrays for nullability), enum, properties/required/additionalProperties,
/// items, minItems/maxItems, minimum/maximum, minLength/maxLength, pattern and the formats date-time, email, int32 and int64.
/// A keyword outside that subset fails loudly, so the document cannot outgrow the validator unnoticed.
/// </summary>
public sealed partial class SchemaValidator(JsonNode document)
{
    static readonly HashSet<string> Known =
    [
        "$ref", "allOf", "oneOf", "anyOf", "type", "enum", "properties", "required", "additionalProperties", "items",
        "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "description", "examples", "default",
        "discriminator", "minItems", "maxItems",
    ];

    public List<string> Validate(JsonNode schema, JsonElement value, string path = "$")
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors;
    }

    JsonNode Resolve(string reference)
    {
        const string prefix = "#/components/schemas/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)) throw new NotSupportedException($"$ref {reference}");
        return document["components"]!["schemas"]![reference[prefix.Length..]] ?? throw new InvalidOperationException($"Missing {reference}");
    }

    void Check(JsonNode schemaNode, JsonElement value, string path, List<string> errors)
    {
        var schema = schemaNode.AsObject();
        foreach (var (keyword, _) in schema)
            if (!Known.Contains(keyword)) throw new NotSupportedException($"Schema keyword '{keyword}' at {path} is outside the validator's subset");

        if (schema["$ref"] is { } reference) Check(Resolve(reference.GetValue<string>()), value, path, errors);
        foreach (var part in schema["allOf"]?.AsArray() ?? []) Check(part!, value, path, errors);
        if (schema["oneOf"] is JsonArray oneOf)
        {
            var matches = oneOf.Count(s => Validate(s!, value, path).Count == 0);
            if (matches != 1) errors.Add($"{path}: matches {matches} of the oneOf alternatives, not exactly one");
        }
        // The discriminator names the alternative: it must be there, be mapped, and be the one alternative that matches.
        if (schema["discriminator"] is JsonObject discriminator)
        {
            var member = discriminator["propertyName"]!.GetValue<string>();
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(member, out var tag) || tag.ValueKind != JsonValueKind.String
                || discriminator["mapping"]?[tag.GetString()!] is not { } mapped)
                errors.Add($"{path}: the discriminator '{member}' is missing or not mapped");
            else Check(Resolve(mapped.GetValue<string>()), value, path, errors);
        }
        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(s => Validate(s!, value, path).Count == 0))
            errors.Add($"{path}: matches none of the anyOf alternatives");

        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Any(t => HasType(value, t)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", allowed)}");
                return;
            }
        }
        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, JsonNode.Parse(value.GetRawText()))))
            errors.Add($"{path}: {value.GetRawText()} is not one of {values.ToJsonString()}");

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                if (schema["minItems"]?.GetValue<int>() is { } fewest && value.GetArrayLength() < fewest) errors.Add($"{path}: fewer than {fewest} items");
                if (schema["maxItems"]?.GetValue<int>() is { } most && value.GetArrayLength() > most) errors.Add($"{path}: more than {most} items");
                if (schema["items"] is not { } items) break;
                var index = 0;
                foreach (var item in value.EnumerateArray()) Check(items, item, $"{path}[{index++}]", errors);
                break;
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value, path, errors);
                break;
        }
    }

    void CheckObject(JsonObject schema, JsonElement value, string path, List<string> errors)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var required in schema["required"]?.AsArray() ?? [])
            if (!value.TryGetProperty(required!.GetValue<string>(), out _)) errors.Add($"{path}: required member '{required}' is missing");
        foreach (var member in value.EnumerateObject())
        {
            if (properties?[member.Name] is { } property) Check(property, member.Value, $"{path}.{member.Name}", errors);
            else if (schema["additionalProperties"] is JsonValue flag && !flag.GetValue<bool>())
                errors.Add($"{path}: member '{member.Name}' is not in the schema");
            else if (schema["additionalProperties"] is JsonObject extra) Check(extra, member.Value, $"{path}.{member.Name}", errors);
        }
    }

    static void CheckString(JsonObject schema, string text, string path, List<string> errors)
    {
        if (schema["minLength"]?.GetValue<int>() is { } min && text.Length < min) errors.Add($"{path}: shorter than {min}");
        if (schema["maxLength"]?.GetValue<int>() is { } max && text.Length > max) errors.Add($"{path}: longer than {max}");
        if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern)) errors.Add($"{path}: does not match {pattern}");
        switch (schema["format"]?.GetValue<string>())
        {
            case "date-time" when !Rfc3339Utc().IsMatch(text):
                errors.Add($"{path}: '{text}' is not an RFC 3339 UTC timestamp");
                break;
            case "email" when !text.Contains('@'):
                errors.Add($"{path}: '{text}' is not an email address");
                break;
        }
    }

    static void CheckNumber(JsonObject schema, JsonElement value, string path, List<string> errors)
    {
        var number = value.GetDecimal();
        if (schema["minimum"] is { } min && number < min.GetValue<decimal>()) errors.Add($"{path}: below {min}");
        if (schema["maximum"] is { } max && number > max.GetValue<decimal>()) errors.Add($"{path}: above {max}");
        var format = schema["format"]?.GetValue<string>();
        if (format == "int32" && !value.TryGetInt32(out _)) errors.Add($"{path}: not an int32");
        if (format == "int64" && !value.TryGetInt64(out _)) errors.Add($"{path}: not an int64");
    }

    static bool HasType(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && decimal.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d),
        _ => throw new NotSupportedException($"type {type}"),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$")]
    private static partial Regex Rfc3339Utc();
}
