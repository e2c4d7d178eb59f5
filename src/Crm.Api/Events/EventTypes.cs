using System.Text.Json;

namespace Crm.Api.Events;

/// <summary>
/// The event types of contract section 10, and which audit actions emit them. An audit action without a type here
/// (a pipeline stage edit, a tag's own create/update/delete, a seed marker) emits no event.
/// </summary>
public static class EventTypes
{
    public const string DealStageChanged = "deal.stage_changed", DealWon = "deal.won", DealLost = "deal.lost";
    public const string ActivityCompleted = "activity.completed", ActivityDue = "activity.due", ActivityOverdue = "activity.overdue";
    public const string WebhookTest = "webhook.test";

    /// <summary>Every type a subscriber can ask for, in the document's order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "customer.created", "customer.updated", "customer.deleted", "customer.restored", "customer.merged",
        "contact.created", "contact.updated", "contact.deleted", "contact.merged",
        "deal.created", "deal.updated", "deal.deleted", "deal.restored", DealStageChanged, DealWon, DealLost,
        "activity.created", "activity.updated", ActivityCompleted, "activity.deleted", ActivityDue, ActivityOverdue,
        "note.created", "note.updated", "note.deleted",
        "tag.assigned", "tag.unassigned",
        "attachment.created", "attachment.deleted",
        "import.completed",
        WebhookTest,
    ];

    static readonly HashSet<string> Known = [.. All];

    static readonly Dictionary<string, string> Verbs = new()
    {
        ["create"] = "created", ["update"] = "updated", ["delete"] = "deleted", ["restore"] = "restored", ["merge"] = "merged",
        ["complete"] = "completed",
    };

    /// <summary>The event type of an audit row, or null when it emits none.</summary>
    public static string? Of(string resourceType, string action, JsonDocument? changes) => action switch
    {
        "stage_change" when resourceType == "deal" => DealStageChanged,
        "tag_assign" => "tag.assigned",
        "tag_unassign" => "tag.unassigned",
        // An unmerge brings the merged customer back and gives the survivor its old fields (contract section 9).
        "unmerge" when resourceType == "customer" => changes is not null && changes.RootElement.TryGetProperty("deleted_at", out _)
            ? "customer.restored" : "customer.updated",
        // Completing is an update whose status became completed; it is the event subscribers wait for.
        "update" when resourceType == "activity" && NewValue(changes, "status") == "completed" => ActivityCompleted,
        // An erasure changes the record: receivers get its erased state and overwrite their copies.
        "erase" when Known.Contains($"{resourceType}.updated") => $"{resourceType}.updated",
        _ when Verbs.TryGetValue(action, out var verb) && Known.Contains($"{resourceType}.{verb}") => $"{resourceType}.{verb}",
        _ => null,
    };

    /// <summary>
    /// A subscription pattern: an exact type, <c>resource.*</c>, or <c>*</c> for everything. Patterns that can match
    /// no type are refused, so that a typo does not subscribe to nothing in silence.
    /// </summary>
    public static bool IsValidPattern(string pattern) =>
        pattern == "*" || Known.Contains(pattern) || (pattern.EndsWith(".*") && All.Any(t => t.StartsWith(pattern[..^1], StringComparison.Ordinal)));

    public static bool Matches(string type, IEnumerable<string> patterns) => patterns.Any(p => Matches(type, p));

    public static bool Matches(string type, string pattern) =>
        pattern == "*" || pattern == type || (pattern.EndsWith(".*") && type.StartsWith(pattern[..^1], StringComparison.Ordinal));

    static string? NewValue(JsonDocument? changes, string field) =>
        changes is not null && changes.RootElement.TryGetProperty(field, out var change)
            && change.TryGetProperty("new", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
