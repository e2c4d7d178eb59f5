namespace Crm.Api.Deals;

public sealed record DealResponse(
    long Id, string Title, string? Description, long CustomerId, long? ContactId, string Stage, decimal Amount,
    string Currency, int Probability, DateTime? ExpectedCloseDate, DateTime? ActualCloseDate, long? OwnerId,
    string? LostReason, DateTime StageChangedAt, DateTime CreatedAt, DateTime UpdatedAt);

public static class DealMapping
{
    public static DealResponse ToResponse(this Deal d) =>
        new(d.Id, d.Title, d.Description, d.CustomerId, d.ContactId, d.Stage, d.Amount, d.Currency, d.Probability,
            d.ExpectedCloseDate, d.ActualCloseDate, d.OwnerId, d.LostReason, d.StageChangedAt, d.CreatedAt, d.UpdatedAt);
}
