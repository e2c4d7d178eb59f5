namespace Crm.Api.Activities;

public sealed record ActivityResponse(
    long Id, string Type, string Title, string? Description, string Status, string Priority, long? CustomerId,
    long? DealId, long? ContactId, long? AssignedTo, DateTime? DueDate, int? DurationMinutes, string? Outcome,
    DateTime? CompletedAt, bool IsOverdue, DateTime CreatedAt, DateTime UpdatedAt);

public static class ActivityMapping
{
    /// <summary>Overdue is computed, never stored: scheduled and due before now.</summary>
    public static ActivityResponse ToResponse(this Activity a, DateTime now) =>
        new(a.Id, a.Type, a.Title, a.Description, a.Status, a.Priority, a.CustomerId, a.DealId, a.ContactId,
            a.AssignedTo, a.DueDate, a.DurationMinutes, a.Outcome, a.CompletedAt,
            a.Status == ActivityStatus.Scheduled && a.DueDate < now, a.CreatedAt, a.UpdatedAt);
}
