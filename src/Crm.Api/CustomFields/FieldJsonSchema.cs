using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Api.CustomFields;

/// <summary>
/// The JSON Schema (2020-12) of each entity's <c>custom_fields</c>, from its active definitions: what a create may send
/// (<c>required</c> lists the required fields; an update needs them only when it sends them). A client validates its
/// forms with it (clients/typescript: <c>customFieldSchemas</c>); the service validates with <see cref="FieldValues"/>.
/// </summary>
public static class FieldJsonSchema
{
    public static CustomFieldSchemasResponse Of(FieldSchema schema) =>
        new(For(schema, FieldEntity.Customers), For(schema, FieldEntity.Contacts), For(schema, FieldEntity.Deals), For(schema, FieldEntity.Activities));

    static JsonElement For(FieldSchema schema, string entity)
    {
        var fields = schema.ActiveOf(entity).ToList();
        var properties = new JsonObject();
        foreach (var field in fields) properties[field.Key] = Property(field);
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"custom_fields of {entity}",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. fields.Where(f => f.Required).Select(f => (JsonNode)JsonValue.Create(f.Key))]),
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(document);
    }

    static JsonObject Property(CustomField field)
    {
        var value = field.Type switch
        {
            FieldType.Text => Typed("string", new() { ["maxLength"] = FieldValues.MaxText }),
            FieldType.LongText => Typed("string", new() { ["maxLength"] = FieldValues.MaxLongText }),
            FieldType.Url => Typed("string", new() { ["format"] = "uri", ["maxLength"] = FieldValues.MaxUrl }),
            FieldType.Email => Typed("string", new() { ["format"] = "email", ["maxLength"] = 255 }),
            FieldType.Date => Typed("string", new() { ["format"] = "date" }),
            FieldType.DateTime => Typed("string", new() { ["format"] = "date-time" }),
            FieldType.Number => Typed("number", new() { ["minimum"] = -FieldValues.MaxNumber, ["maximum"] = FieldValues.MaxNumber }),
            FieldType.Currency => Typed("number", new() { ["minimum"] = -FieldValues.MaxCurrency, ["maximum"] = FieldValues.MaxCurrency, ["x-currency"] = field.Currency }),
            FieldType.Boolean => Typed("boolean", []),
            FieldType.User => Typed("integer", new() { ["minimum"] = 1 }),
            FieldType.Select => Typed("string", new() { ["enum"] = Values(field) }),
            FieldType.MultiSelect => Typed("array", new()
            {
                ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Values(field) }, ["uniqueItems"] = true,
            }),
            _ => throw new InvalidOperationException($"No schema for {field.Type}"),
        };
        value["title"] = field.Label;
        if (field.Description is not null) value["description"] = field.Description;
        value["x-type"] = field.Type;
        if (FieldType.HasOptions(field.Type))
            value["x-options"] = JsonSerializer.SerializeToNode(field.OptionList(), Http.JsonConfig.Options);
        // null clears a value, except a required one's.
        if (!field.Required)
        {
            value["type"] = new JsonArray(value["type"]!.GetValue<string>(), "null");
            if (value["enum"] is JsonArray options) options.Add(null);
        }
        return value;
    }

    static JsonObject Typed(string type, JsonObject rules)
    {
        rules["type"] = type;
        return rules;
    }

    static JsonArray Values(CustomField field) => new([.. field.OptionList().Select(o => (JsonNode)JsonValue.Create(o.Value))]);
}
