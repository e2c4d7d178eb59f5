using System.ComponentModel;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;

namespace Crm.Api.Activities;

/// <summary>
/// An activity, with the records the Go original preloaded: its <c>customer</c> and <c>deal</c> (null when not linked or
/// out of reach). <c>duration</c> is the Go original's name of <c>duration_minutes</c> (deprecated).
/// </summary>
public sealed record ActivityResponse(
    long Id, string Type, string Title, string? Description, string Status, string Priority, long? CustomerId,
    long? DealId, long? ContactId, long? AssignedTo, DateTime? DueDate, int? DurationMinutes, string? Outcome,
    DateTime? CompletedAt, bool IsOverdue, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, int? Duration,
    CustomFieldValues CustomFields, [property: Description(Preconditions.VersionDescription)] string Version,
    CustomerSummary? Customer, DealResponse? Deal, string? ExternalId);

/// <summary>One activity's record page: the activity with its customer, deal and contact.</summary>
public sealed record ActivityDetailResponse(
    long Id, string Type, string Title, string? Description, string Status, string Priority, long? CustomerId,
    long? DealId, long? ContactId, long? AssignedTo, DateTime? DueDate, int? DurationMinutes, string? Outcome,
    DateTime? CompletedAt, bool IsOverdue, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, int? Duration,
    CustomFieldValues CustomFields, [property: Description(Preconditions.VersionDescription)] string Version,
    CustomerSummary? Customer, DealResponse? Deal, ContactResponse? Contact, string? ExternalId);

/// <summary>Body of PATCH: only these members, and only the ones sent are changed.</summary>
public record ActivityPatch : UpdateBody
{
    public Optional<string> Status { get; init; }
    public Optional<string?> Outcome { get; init; }
    public Optional<DateTime?> DueDate { get; init; }
    public Optional<CustomFieldValues?> CustomFields { get; init; }
}

/// <summary>Body of PUT: every editable member, and only the ones sent are changed.</summary>
public record ActivityUpdate : ActivityPatch
{
    public Optional<string> Type { get; init; }
    public Optional<string> Title { get; init; }
    public Optional<string?> Description { get; init; }
    public Optional<string> Priority { get; init; }
    public Optional<long?> CustomerId { get; init; }
    public Optional<long?> DealId { get; init; }
    public Optional<long?> ContactId { get; init; }
    public Optional<long?> AssignedTo { get; init; }
    public Optional<int?> DurationMinutes { get; init; }
    /// <summary>The Go original's name of <c>duration_minutes</c>.</summary>
    public Optional<int?> Duration { get; init; }
    public Optional<string?> ExternalId { get; init; }
}

/// <summary>Body of POST: the members of PUT; type and title are required, the assignee defaults to the caller.</summary>
public sealed record ActivityRequest : ActivityUpdate;

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
    /// <summary>The activity alone (audit rows), or with the records <paramref name="related"/> holds (responses).</summary>
    public static ActivityResponse ToResponse(this Activity a, DateTime now, Related? related = null) =>
        new(a.Id, a.Type, a.Title, a.Description, a.Status, a.Priority, a.CustomerId, a.DealId, a.ContactId,
            a.AssignedTo, a.DueDate, a.DurationMinutes, a.Outcome, a.CompletedAt, IsOverdue(a, now), a.CreatedAt, a.UpdatedAt,
            a.DeletedAt, a.DurationMinutes, a.Values(), Preconditions.Version(a.Version), related?.Customer(a.CustomerId), related?.Deal(a.DealId), a.ExternalId);

    static CustomFieldValues Values(this Activity a) => CustomFieldValues.Stored(FieldEntity.Activities, a.CustomFields);

    public static ActivityDetailResponse ToDetail(this Activity a, DateTime now, Related related) =>
        new(a.Id, a.Type, a.Title, a.Description, a.Status, a.Priority, a.CustomerId, a.DealId, a.ContactId,
            a.AssignedTo, a.DueDate, a.DurationMinutes, a.Outcome, a.CompletedAt, IsOverdue(a, now), a.CreatedAt, a.UpdatedAt,
            a.DeletedAt, a.DurationMinutes, a.Values(), Preconditions.Version(a.Version), related.Customer(a.CustomerId), related.Deal(a.DealId),
            related.Contact(a.ContactId), a.ExternalId);

    /// <summary>Overdue is computed, never stored: scheduled and due before now.</summary>
    static bool IsOverdue(Activity a, DateTime now) => a.Status == ActivityStatus.Scheduled && a.DueDate < now;

    /// <summary>Validates the members a POST, PUT or PATCH sends and merges them into the activity.</summary>
    public static Validator ApplyTo(this ActivityPatch body, Activity activity, ReadOnlyMembers readOnly, FieldSchema fields, bool creating = false)
    {
        var v = new Validator(creating);
        if (body is ActivityUpdate all)
        {
            activity.Type = v.OneOf("type", all.Type, ActivityType.All, activity.Type);
            activity.Title = v.Required("title", all.Title, 255, activity.Title);
            activity.Description = v.Optional("description", all.Description, 10_000, activity.Description);
            activity.Priority = v.OneOf("priority", all.Priority, ActivityPriority.All, activity.Priority);
            activity.CustomerId = v.Id("customer_id", all.CustomerId, activity.CustomerId);
            activity.DealId = v.Id("deal_id", all.DealId, activity.DealId);
            activity.ContactId = v.Id("contact_id", all.ContactId, activity.ContactId);
            activity.AssignedTo = v.Id("assigned_to", all.AssignedTo, activity.AssignedTo);
            activity.ExternalId = v.Optional("external_id", all.ExternalId, 255, activity.ExternalId);
            // duration (the Go name) and duration_minutes are one member: either may be sent, both only if they agree.
            var (field, minutes) = all.DurationMinutes.IsSet ? ("duration_minutes", all.DurationMinutes) : ("duration", all.Duration);
            if (all.Duration.Changes && all.DurationMinutes.Changes && all.Duration.Value != all.DurationMinutes.Value)
                v.Add("duration", "is the old name of duration_minutes: send one of them, or both with the same value");
            activity.DurationMinutes = v.ValueOrNull(minutes, activity.DurationMinutes, m => v.Range(field, m, 0, 100_000)!.Value);
        }
        activity.Status = v.OneOf("status", body.Status, ActivityStatus.All, activity.Status);
        activity.Outcome = v.Optional("outcome", body.Outcome, 10_000, activity.Outcome);
        activity.DueDate = v.ValueOrNull(body.DueDate, activity.DueDate);
        activity.CustomFields = v.CustomFields(fields, FieldEntity.Activities, body.CustomFields, activity.CustomFields);
        readOnly.Check(body.Extra, v);
        return v;
    }

    /// <summary>What a GET of the activity (ours or the Go original's) shows beyond the editable members.</summary>
    public static ReadOnlyMembers ReadOnly(this Activity a, ActivityPatch body, DateTime now)
    {
        var all = body as ActivityUpdate;
        return ReadOnlyMembers.Record(a.Id, a.CreatedAt, a.UpdatedAt, a.DeletedAt, a.Version).Stored("completed_at", a.CompletedAt)
            .Nested("customer", a.CustomerId, all?.CustomerId.Value).Nested("deal", a.DealId, all?.DealId.Value)
            .Nested("contact", a.ContactId, all?.ContactId.Value).Stored("is_overdue", IsOverdue(a, now));
    }

    /// <summary>Completing stamps <c>completed_at</c>; staying completed keeps it; any other status clears it.</summary>
    public static void StampCompletion(this Activity activity, string previousStatus, DateTime now) =>
        activity.CompletedAt = activity.Status != ActivityStatus.Completed ? null
            : previousStatus == ActivityStatus.Completed ? activity.CompletedAt ?? now : now;
}
