using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Http;

namespace Crm.Api.Merges;

/// <summary>Body of a merge: the record to merge into the one in the path, and which of its fields win.</summary>
public sealed record MergeRequest(
    [property: Description("The duplicate to merge into the record in the path; it is soft-deleted, pointing at the survivor.")] long? SourceId,
    [property: Description("`{field: \"source\" | \"target\"}`: the fields whose value is taken from the source (`target`, the default, keeps the survivor's).")]
    Dictionary<string, string>? Prefer = null);

public sealed record UnmergeRequest([property: Description("A customer merged into the one in the path.")] long? SourceId);

/// <summary>The <c>data</c> of a 404 for a merged record, and of a 409 for merging one again: where its records went.</summary>
public sealed record MergedInto(long MergedIntoId);

/// <summary>The <c>data</c> of <c>409 MERGE_CONFLICT</c> on an unmerge: the copied fields changed since the merge.</summary>
public sealed record MergeConflict(IReadOnlyList<string> Fields);

/// <summary>What a customer merge moved to the survivor (ids), as <c>crm_customer_merges.moved</c> keeps it.</summary>
public sealed record CustomerMergeMoved(
    IReadOnlyList<long> Contacts, IReadOnlyList<long> Deals, IReadOnlyList<long> Activities, IReadOnlyList<long> Notes,
    IReadOnlyList<long> Attachments,
    [property: Description("Tags of the source the survivor did not have, now assigned to it (the source keeps its own).")] IReadOnlyList<long> Tags,
    [property: Description("Moved contacts that stopped being primary because the survivor has a primary contact.")] IReadOnlyList<long> UnprimariedContacts);

public sealed record ContactMergeMoved(IReadOnlyList<long> Deals, IReadOnlyList<long> Activities);

public sealed record CustomerMergeResponse(
    [property: Description("The merge's id.")] long Id, long SourceId, CustomerResponse Customer, CustomerMergeMoved Moved,
    [property: Description("The fields copied from the source: `{field: {old, new}}`, old being the survivor's value before.")] JsonObject Copied,
    DateTime MergedAt);

public sealed record CustomerUnmergeResponse(
    CustomerResponse Customer, CustomerResponse Source,
    [property: Description("The records moved back to the source (those the merge moved that are still on the survivor).")] CustomerMergeMoved MovedBack,
    [property: Description("The survivor's fields set back to their values before the merge.")] IReadOnlyList<string> RestoredFields);

public sealed record ContactMergeResponse(long Id, long SourceId, ContactResponse Contact, ContactMergeMoved Moved, JsonObject Copied, DateTime MergedAt);

/// <summary>
/// The fields a merge may copy from the source (<c>prefer</c>), by their API name. Values go through JSON for the merge
/// record (old and new), so that an unmerge compares and restores them exactly.
/// </summary>
public sealed class MergeFields<T>(params string[] names)
{
    readonly Dictionary<string, PropertyInfo> _properties = names.ToDictionary(n => n,
        n => typeof(T).GetProperty(string.Concat(n.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])))!);

    public IReadOnlyCollection<string> Names => _properties.Keys;

    /// <summary>The fields to take from the source, or the validation errors of <c>prefer</c>.</summary>
    public (List<string> Fields, Validator Errors) Read(Dictionary<string, string>? prefer)
    {
        var v = new Validator();
        var fields = new List<string>();
        foreach (var (field, side) in prefer ?? [])
        {
            if (!_properties.ContainsKey(field)) v.Add($"prefer.{field}", $"is not a field a merge can copy (one of: {string.Join(", ", Names)})");
            else if (side is not ("source" or "target")) v.Add($"prefer.{field}", "must be \"source\" or \"target\"");
            else if (side == "source") fields.Add(field);
        }
        return (fields, v);
    }

    public JsonNode? Get(T record, string field) => JsonSerializer.SerializeToNode(_properties[field].GetValue(record), _properties[field].PropertyType, JsonConfig.Options);

    public void Set(T record, string field, JsonNode? value) =>
        _properties[field].SetValue(record, value?.Deserialize(_properties[field].PropertyType, JsonConfig.Options));

    /// <summary>Copies <paramref name="fields"/> from source to target where they differ; the copies as <c>{field: {old, new}}</c>.</summary>
    public JsonObject Copy(T source, T target, IEnumerable<string> fields)
    {
        var copied = new JsonObject();
        foreach (var field in fields)
        {
            var (old, value) = (Get(target, field), Get(source, field));
            if (JsonNode.DeepEquals(old, value)) continue;
            Set(target, field, value);
            copied[field] = new JsonObject { ["old"] = old, ["new"] = value?.DeepClone() };
        }
        return copied;
    }
}
