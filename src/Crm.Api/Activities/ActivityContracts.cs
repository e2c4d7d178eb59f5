using Crm.Api.Http;

namespace Crm.Api.Activities;

public sealed record ActivityResponse(
    long Id, string Type, string Title, string? Description, string Status, string Priority, long? CustomerId,
    long? DealId, long? ContactId, long? AssignedTo, DateTime? DueDate, int? DurationMinutes, string? Outcome,
    DateTime? CompletedAt, bool IsOverdue, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Body of POST and PUT: PUT replaces every editable member, absent ones become null (or their default).</summary>
public sealed record ActivityRequest(
    string? Type, string? Title, string? Description, string? Status, string? Priority, long? CustomerId, long? DealId,
    long? ContactId, long? AssignedTo, DateTime? DueDate, int? DurationMinutes, string? Outcome);

/// <summary>Body of PATCH: only these members, and only the ones sent are changed.</summary>
public sealed record ActivityPatch(Optional<string> Status, Optional<string?> Outcome, Optional<DateTime?> DueDate);

public static class ActivityType
{
    public static readonly string[] All = ["call", "email", "meeting", "task", "note"];
}

public static class ActivityPriority
{
    public const string Normal = "normal";
    /// <summary>In rank order: sorting by priority follows this order, not the alphabet.</summary>
    public static readonly string[] All = ["low", Normal, "high", "urgent"];
}

public static class ActivityMapping
{
    /// <summary>Overdue is computed, never stored: scheduled and due before now.</summary>
    public static ActivityResponse ToResponse(this Activity a, DateTime now) =>
        new(a.Id, a.Type, a.Title, a.Description, a.Status, a.Priority, a.CustomerId, a.DealId, a.ContactId,
            a.AssignedTo, a.DueDate, a.DurationMinutes, a.Outcome, a.CompletedAt,
            a.Status == ActivityStatus.Scheduled && a.DueDate < now, a.CreatedAt, a.UpdatedAt);

    /// <summary>Validates the body and copies it onto the activity (all editable members: POST and PUT).</summary>
    public static Validator ApplyTo(this ActivityRequest request, Activity activity)
    {
        var v = new Validator();
        var type = v.Required("type", request.Type, 20);
        activity.Type = type.Length == 0 ? type : v.OneOf("type", type, ActivityType.All)!;
        activity.Title = v.Required("title", request.Title, 255);
        activity.Description = v.Optional("description", request.Description, 10_000);
        activity.Status = v.OneOf("status", request.Status, ActivityStatus.All) ?? ActivityStatus.Scheduled;
        activity.Priority = v.OneOf("priority", request.Priority, ActivityPriority.All) ?? ActivityPriority.Normal;
        activity.CustomerId = v.Id("customer_id", request.CustomerId);
        activity.DealId = v.Id("deal_id", request.DealId);
        activity.ContactId = v.Id("contact_id", request.ContactId);
        activity.AssignedTo = v.Id("assigned_to", request.AssignedTo);
        activity.DueDate = request.DueDate;
        activity.DurationMinutes = v.Range("duration_minutes", request.DurationMinutes, 0, 100_000);
        activity.Outcome = v.Optional("outcome", request.Outcome, 10_000);
        return v;
    }

    /// <summary>Validates a PATCH and applies the members it sends.</summary>
    public static Validator ApplyTo(this ActivityPatch patch, Activity activity)
    {
        var v = new Validator();
        if (patch.Status.IsSet)
        {
            if (patch.Status.Value is null) v.Add("status", "cannot be null");
            else activity.Status = v.OneOf("status", patch.Status.Value, ActivityStatus.All)!;
        }
        if (patch.Outcome.IsSet) activity.Outcome = v.Optional("outcome", patch.Outcome.Value, 10_000);
        if (patch.DueDate.IsSet) activity.DueDate = patch.DueDate.Value;
        return v;
    }

    public static bool IsEmpty(this ActivityPatch patch) => !patch.Status.IsSet && !patch.Outcome.IsSet && !patch.DueDate.IsSet;

    /// <summary>Completing stamps <c>completed_at</c>; staying completed keeps it; any other status clears it.</summary>
    public static void StampCompletion(this Activity activity, string previousStatus, DateTime now) =>
        activity.CompletedAt = activity.Status != ActivityStatus.Completed ? null
            : previousStatus == ActivityStatus.Completed ? activity.CompletedAt ?? now : now;
}
