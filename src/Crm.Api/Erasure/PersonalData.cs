using System.Text.Json.Nodes;

namespace Crm.Api.Erasure;

/// <summary>
/// What of a stored JSON document (an audit row's values, an event's data and changes, a job's cells) is personal data of
/// an erased customer: every string under a member that holds a person's data (<see cref="Fields"/>, at any depth: an
/// audit change <c>{"email": {"old", "new"}}</c> or the <c>contacts</c> of a customer's data), and any string anywhere
/// that contains one of the erased values (an e-mail quoted in a message, a name in a bulk filter).
/// </summary>
public sealed class PersonalData(IEnumerable<string> values)
{
    public const string Erased = "[erased]";

    /// <summary>
    /// The members that hold names, e-mails, phones, companies and free text in the records of a customer (customers,
    /// contacts, deals, activities, notes, attachments). Ids, amounts, stages, statuses and dates are not among them.
    /// </summary>
    static readonly HashSet<string> Fields =
    [
        "name", "email", "phone", "company", "role", "notes", "first_name", "last_name", "position", "content", "title", "description",
        "outcome", "lost_reason", "file_name", "custom_fields",
    ];

    /// <summary>Erased values shorter than this are left to the members' rule: "Li" would match half the strings of a document.</summary>
    const int ShortestValue = 3;

    readonly string[] _values = [.. values.Where(v => v.Trim().Length >= ShortestValue && v != Erased).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    public bool IsEmpty => _values.Length == 0;

    public bool Contains(string? text) => text is not null && _values.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The document with its personal strings erased; null when nothing changed. <paramref name="ofTheCustomer"/>: the
    /// document describes one of the erased records, so its personal members go whatever they hold; otherwise only strings
    /// containing an erased value do.
    /// </summary>
    public string? Scrub(string? json, bool ofTheCustomer)
    {
        if (json is null) return null;
        var root = JsonNode.Parse(json);
        if (root is JsonValue value) return Erases(value, erasing: false) ? Quote(Erased) : null;
        return ScrubChildren(root, ofTheCustomer, erasing: false) ? root!.ToJsonString() : null;
    }

    /// <summary><paramref name="erasing"/>: the node is inside a personal member, so every string in it goes.</summary>
    bool ScrubChildren(JsonNode? node, bool byMembers, bool erasing)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, child) in members.ToList())
                {
                    var inside = erasing || (byMembers && (Fields.Contains(name) || name.StartsWith("custom_fields.", StringComparison.Ordinal)));
                    if (child is JsonValue leaf)
                    {
                        if (!Erases(leaf, inside)) continue;
                        members[name] = Erased;
                        changed = true;
                    }
                    else changed |= ScrubChildren(child, byMembers, inside);
                }
                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonValue leaf)
                    {
                        if (!Erases(leaf, erasing)) continue;
                        items[i] = Erased;
                        changed = true;
                    }
                    else changed |= ScrubChildren(items[i], byMembers, erasing);
                }
                break;
        }
        return changed;
    }

    bool Erases(JsonValue leaf, bool erasing) => leaf.TryGetValue<string>(out var text) && text != Erased && (erasing || Contains(text));

    static string Quote(string text) => JsonValue.Create(text).ToJsonString();
}
