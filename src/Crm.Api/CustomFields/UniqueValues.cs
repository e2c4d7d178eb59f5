using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Api.Data;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.CustomFields;

/// <summary>
/// <c>unique</c> custom fields: no two live records of the entity hold the same value. The unique expression index
/// (<c>cf&lt;id&gt;_unique_&lt;key&gt;</c>, built in the background) decides races; until it is built, and for a clear answer
/// before the write, a containment query (GIN) checks first. Both answer <c>409 CONFLICT</c> naming
/// <c>custom_fields.&lt;key&gt;</c>.
/// </summary>
public static partial class UniqueValues
{
    public static string IndexName(CustomField field) => $"cf{field.Id}_unique_{field.Key}";

    /// <summary>The conflict of a unique field whose new value another live record holds, or null.</summary>
    public static async Task<IResult?> ConflictAsync<T>(CrmDb db, FieldSchema schema, string entity, T record, string before,
        CancellationToken cancellationToken) where T : class, IHasCustomFields
    {
        if (record.CustomFields == before) return null;
        var after = JsonNode.Parse(record.CustomFields)!.AsObject();
        var old = JsonNode.Parse(before)!.AsObject();
        foreach (var field in schema.ActiveOf(entity).Where(f => f.Unique))
        {
            if (after[field.Key] is not { } value || JsonNode.DeepEquals(value, old[field.Key])) continue;
            var document = new JsonObject { [field.Key] = value.DeepClone() }.ToJsonString();
            var id = record.Id;
            if (await db.Set<T>().Where(CustomFieldQuery.Holding<T>(document)).Where(r => r.DeletedAt == null && r.Id != id).AnyAsync(cancellationToken))
                return Conflict(field.Key, entity);
        }
        return null;
    }

    public static IResult Conflict(string key, string entity) =>
        ApiError.Of(StatusCodes.Status409Conflict, "CONFLICT", $"custom_fields.{key} is already used by another of the {entity}",
            new ValidationErrors(new Dictionary<string, string[]> { [$"custom_fields.{key}"] = [$"is already used by another of the {entity}"] }));

    /// <summary>The key whose unique index a violation names, for the error handler.</summary>
    public static string? KeyOf(string? constraint) => constraint is not null && IndexPattern().Match(constraint) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^cf\d+_unique_([a-z][a-z0-9_]*)$")]
    private static partial Regex IndexPattern();
}
