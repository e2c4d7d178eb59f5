using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Crm.Api.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.Api.OpenApi;

/// <summary>
/// What the JSON schema exporter cannot see in our contracts: timestamps written by our own converter,
/// <see cref="Optional{T}"/> PATCH members (absent, null or a value), and the request rules that live in the
/// validators (which members are required, enums, formats). <see cref="SchemaFacts"/> holds the latter.
/// </summary>
public sealed class SchemaDocs : IOpenApiSchemaTransformer
{
    static readonly NullabilityInfoContext Nullability = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // Members are fixed from their containing type, after its members were exported. A type met as a member of another (MeUser
        // in MeResponse) arrives with that member's JsonPropertyInfo: it is the same type's schema, and gets the same fixes.
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object) return Task.CompletedTask;
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (schema.Properties is null || !schema.Properties.TryGetValue(property.Name, out var found) || found is not OpenApiSchema member) continue;
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
            {
                // Optional<T> is T on the wire, and may be absent; null is allowed where T is nullable.
                var inner = type.GetGenericArguments()[0];
                var nullable = Nullable.GetUnderlyingType(inner) is not null
                    || (property.AttributeProvider is ParameterInfo or PropertyInfo
                        && NullabilityOf(property.AttributeProvider) is [{ ReadState: NullabilityState.Nullable }]);
                if (inner == typeof(CustomFields.CustomFieldValues)) CustomFields.CustomFieldDocs.Describe(member, body: true);
                else if (inner == typeof(CustomFields.FieldOption[])) CustomFields.CustomFieldDocs.DescribeOptions(member, nullable);
                else Describe(member, Nullable.GetUnderlyingType(inner) ?? inner, nullable);
                schema.Required?.Remove(property.Name);
            }
            else if (type == typeof(CustomFields.CustomFieldValues))
            {
                // Written by its own converter, so the exporter could not see that it is an object of typed values.
                CustomFields.CustomFieldDocs.Describe(member, body: false);
            }
            else if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(DateTime))
            {
                // Our converter writes these, so the exporter could not tell they are RFC 3339 strings.
                Describe(member, typeof(DateTime), Nullable.GetUnderlyingType(type) is not null);
            }
        }
        SchemaFacts.For(context.JsonTypeInfo.Type)?.Invoke(schema);
        return Task.CompletedTask;
    }

    static NullabilityInfo[] NullabilityOf(ICustomAttributeProvider member) => member switch
    {
        PropertyInfo property => Nullability.Create(property).GenericTypeArguments,
        ParameterInfo parameter => Nullability.Create(parameter).GenericTypeArguments,
        _ => [],
    };

    /// <summary>Writes the schema of a scalar CLR type in place (used where the exporter had no converter to look at).</summary>
    static void Describe(OpenApiSchema schema, Type type, bool nullable)
    {
        schema.Properties = null;
        schema.Required = null;
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        schema.Pattern = null;
        (schema.Type, schema.Format) = type switch
        {
            _ when type == typeof(string) => (JsonSchemaType.String, null),
            _ when type == typeof(bool) => (JsonSchemaType.Boolean, null),
            _ when type == typeof(int) => (JsonSchemaType.Integer, "int32"),
            _ when type == typeof(long) => (JsonSchemaType.Integer, "int64"),
            _ when type == typeof(decimal) => (JsonSchemaType.Number, "double"),
            _ when type == typeof(DateTime) => (JsonSchemaType.String, "date-time"),
            _ when type == typeof(string[]) => (JsonSchemaType.Array, null),
            _ => throw new NotSupportedException($"No schema for Optional<{type.Name}>; add it here"),
        };
        if (type == typeof(string[])) schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        if (nullable) schema.Type |= JsonSchemaType.Null;
    }
}

/// <summary>Chainable edits of an object schema's members, for <see cref="SchemaFacts"/>.</summary>
public static class SchemaEdits
{
    static OpenApiSchema Member(OpenApiSchema schema, string name) =>
        schema.Properties?.TryGetValue(name, out var member) == true && member is OpenApiSchema concrete
            ? concrete
            : throw new InvalidOperationException($"The schema has no inline member '{name}' to describe");

    /// <summary>Requests: only these members are required (the exporter marks every constructor parameter).</summary>
    public static OpenApiSchema Requires(this OpenApiSchema schema, params string[] members)
    {
        schema.Required = new SortedSet<string>(members, StringComparer.Ordinal);
        // Required means present and not null: the validators refuse both (strings must not be blank either).
        foreach (var member in members)
        {
            var m = Member(schema, member);
            m.Type &= ~JsonSchemaType.Null;
            if (m.Type == JsonSchemaType.String) m.MinLength = 1;
        }
        return schema;
    }

    public static OpenApiSchema OneOf(this OpenApiSchema schema, string member, IEnumerable<string> values)
    {
        var m = Member(schema, member);
        m.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        // A nullable enum must list null too, or null would fail the enum.
        if (m.Type?.HasFlag(JsonSchemaType.Null) == true) m.Enum.Add(null!);
        return schema;
    }

    public static OpenApiSchema Format(this OpenApiSchema schema, string member, string format)
    {
        Member(schema, member).Format = format;
        return schema;
    }

    public static OpenApiSchema Pattern(this OpenApiSchema schema, string member, string pattern)
    {
        Member(schema, member).Pattern = pattern;
        return schema;
    }

    public static OpenApiSchema MaxLength(this OpenApiSchema schema, int max, params string[] members)
    {
        foreach (var member in members) Member(schema, member).MaxLength = max;
        return schema;
    }

    public static OpenApiSchema MaxItems(this OpenApiSchema schema, int max, params string[] members)
    {
        foreach (var member in members) Member(schema, member).MaxItems = max;
        return schema;
    }

    public static OpenApiSchema Range(this OpenApiSchema schema, string member, string? minimum, string? maximum)
    {
        var m = Member(schema, member);
        m.Minimum = minimum;
        m.Maximum = maximum;
        return schema;
    }

    /// <summary>Members the validator refuses to set to null, though their CLR type could hold it.</summary>
    public static OpenApiSchema NotNull(this OpenApiSchema schema, params string[] members)
    {
        foreach (var member in members)
        {
            var m = Member(schema, member);
            m.Type &= ~JsonSchemaType.Null;
            m.Enum?.Remove(null!);
        }
        return schema;
    }

    public static OpenApiSchema Replace(this OpenApiSchema schema, string member, OpenApiSchema replacement)
    {
        Member(schema, member);
        schema.Properties![member] = replacement;
        return schema;
    }

    /// <summary>A member kept for the Go original's clients (its old name): accepted and answered, but not for new code.</summary>
    public static OpenApiSchema Deprecated(this OpenApiSchema schema, string member, string description)
    {
        var m = Member(schema, member);
        m.Deprecated = true;
        m.Description = description;
        return schema;
    }

    public static OpenApiSchema Describe(this OpenApiSchema schema, string member, string description)
    {
        Member(schema, member).Description = description;
        return schema;
    }

    static readonly JsonSerializerOptions ExampleOptions = new(JsonConfig.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>An example written as the JSON it stands for (responses: every member, nulls included).</summary>
    public static OpenApiSchema Example(this OpenApiSchema schema, string json)
    {
        schema.Examples = [JsonNode.Parse(json)!];
        return schema;
    }

    /// <summary>An example body (the docs page pre-fills it; the contract tests send it).</summary>
    public static OpenApiSchema Example(this OpenApiSchema schema, object example)
    {
        schema.Examples = [JsonSerializer.SerializeToNode(example, ExampleOptions)!];
        return schema;
    }
}
