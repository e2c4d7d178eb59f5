using Microsoft.OpenApi;

namespace Crm.Api.CustomFields;

/// <summary>How the OpenAPI document describes custom field values: honestly typed, and pointing to the per-entity schema route.</summary>
public static class CustomFieldDocs
{
    const string Values = "Custom field values by key. Which keys exist and what each holds is data, not part of this document: " +
        "GET /admin/custom-fields/schema returns a JSON Schema per entity (its active fields; archived and deleted fields are hidden). " +
        "By type: text, long_text, select, url, email: string; date: string YYYY-MM-DD; datetime: string RFC 3339 (UTC on output); " +
        "number, currency (in the field's currency): number; user: integer (a CMS user id); boolean: boolean; multi_select: array of option values.";

    const string Body = " In a POST, PUT or PATCH body the keys sent are merged into the stored values: null clears a key, \"\" leaves it, " +
        "an unknown, archived or deleted key is 400 VALIDATION_FAILED naming custom_fields.<key>; a create needs every required field.";

    /// <summary>The schema of a record's <c>custom_fields</c> (a response member, or a body member when <paramref name="body"/>).</summary>
    public static void Describe(OpenApiSchema schema, bool body)
    {
        schema.Properties = null;
        schema.Required = null;
        schema.Items = null;
        schema.AnyOf = null;
        schema.OneOf = null;
        schema.Pattern = null;
        schema.Type = JsonSchemaType.Object;
        schema.Description = body ? Values + Body : Values;
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = new OpenApiSchema
        {
            AnyOf =
            [
                new OpenApiSchema { Type = JsonSchemaType.String },
                new OpenApiSchema { Type = JsonSchemaType.Number },
                new OpenApiSchema { Type = JsonSchemaType.Boolean },
                new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                // Only in a body: null clears the key. Stored values are never null.
                .. body ? [new OpenApiSchema { Type = JsonSchemaType.Null }] : Array.Empty<OpenApiSchema>(),
            ],
        };
    }

    /// <summary>The options of a select field: <c>[{value, label, color}]</c>.</summary>
    public static void DescribeOptions(OpenApiSchema schema, bool nullable)
    {
        schema.Properties = null;
        schema.Required = null;
        schema.Type = JsonSchemaType.Array | (nullable ? JsonSchemaType.Null : 0);
        schema.Description = "select and multi_select only: the allowed values (no comma or semicolon), each with a label and an optional #RRGGBB colour.";
        schema.Items = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new SortedSet<string> { "value", "label" },
            AdditionalPropertiesAllowed = false,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["value"] = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = CustomFieldMapping.MaxOptionValue, Pattern = "^[^,;]+$" },
                ["label"] = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = CustomFieldMapping.MaxLabel },
                ["color"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Pattern = "^#[0-9A-Fa-f]{6}$" },
            },
        };
    }
}
