using System.Text.RegularExpressions;
using Crm.Api.Http;

namespace Crm.Api.Deals;

public sealed record DealResponse(
    long Id, string Title, string? Description, long CustomerId, long? ContactId, string Stage, decimal Amount,
    string Currency, int Probability, DateTime? ExpectedCloseDate, DateTime? ActualCloseDate, long? OwnerId,
    string? LostReason, DateTime StageChangedAt, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record DealStageChangeResponse(long Id, long DealId, string? FromStage, string ToStage, long ChangedBy, DateTime ChangedAt);

/// <summary>
/// Body of POST and PUT. PUT replaces every editable member: absent ones become null or their default, except
/// <c>stage</c>, which stays where it is (moving a deal is a transition, never a side effect of omission).
/// </summary>
public sealed record DealRequest(
    string? Title, string? Description, long? CustomerId, long? ContactId, string? Stage, decimal? Amount, string? Currency,
    int? Probability, DateTime? ExpectedCloseDate, long? OwnerId, string? LostReason);

/// <summary>Body of PATCH: only these members, and only the ones sent are changed.</summary>
public sealed record DealPatch(Optional<string> Stage, Optional<string?> LostReason, Optional<int?> Probability);

public static partial class DealMapping
{
    public const decimal MaxAmount = 9_999_999_999_999.99m;

    public static DealResponse ToResponse(this Deal d) =>
        new(d.Id, d.Title, d.Description, d.CustomerId, d.ContactId, d.Stage, d.Amount, d.Currency, d.Probability,
            d.ExpectedCloseDate, d.ActualCloseDate, d.OwnerId, d.LostReason, d.StageChangedAt, d.CreatedAt, d.UpdatedAt);

    public static DealStageChangeResponse ToResponse(this DealStageChange h) =>
        new(h.Id, h.DealId, h.FromStage, h.ToStage, h.ChangedBy, h.ChangedAt);

    /// <summary>
    /// Validates the plain members of a POST/PUT body and copies them onto the deal. Related records (customer,
    /// contact), the owner rule and the stage transition are checked by the handler against the database.
    /// </summary>
    public static Validator ApplyTo(this DealRequest request, Deal deal)
    {
        var v = new Validator();
        deal.Title = v.Required("title", request.Title, 255);
        deal.Description = v.Optional("description", request.Description, 10_000);
        if (request.CustomerId is null) v.Add("customer_id", "is required");
        else deal.CustomerId = v.Id("customer_id", request.CustomerId)!.Value;
        deal.ContactId = v.Id("contact_id", request.ContactId);
        deal.Amount = Amount(v, request.Amount) ?? 0;
        deal.Currency = Currency(v, request.Currency) ?? "USD";
        v.Range("probability", request.Probability, 0, 100);
        deal.ExpectedCloseDate = request.ExpectedCloseDate;
        deal.OwnerId = v.Id("owner_id", request.OwnerId);
        deal.LostReason = v.Optional("lost_reason", request.LostReason, 500);
        return v;
    }

    /// <summary>Validates a PATCH; the stage and probability are applied by <see cref="DealStageTransitions"/>.</summary>
    public static Validator ApplyTo(this DealPatch patch, Deal deal)
    {
        var v = new Validator();
        if (patch.Stage.IsSet && string.IsNullOrWhiteSpace(patch.Stage.Value)) v.Add("stage", "cannot be null or empty");
        if (patch.LostReason.IsSet) deal.LostReason = v.Optional("lost_reason", patch.LostReason.Value, 500);
        if (patch.Probability.IsSet)
        {
            if (patch.Probability.Value is null) v.Add("probability", "cannot be null");
            else v.Range("probability", patch.Probability.Value, 0, 100);
        }
        return v;
    }

    public static bool IsEmpty(this DealPatch patch) => !patch.Stage.IsSet && !patch.LostReason.IsSet && !patch.Probability.IsSet;

    static decimal? Amount(Validator v, decimal? amount)
    {
        if (amount is not { } a) return null;
        if (a < 0) v.Add("amount", "must be 0 or greater");
        else if (a > MaxAmount) v.Add("amount", $"must be at most {MaxAmount}");
        // numeric(15,2) would round silently; money must be stored exactly as sent.
        else if (decimal.Round(a, 2) != a) v.Add("amount", "must have at most 2 decimals");
        return a;
    }

    static string? Currency(Validator v, string? currency)
    {
        if (currency is null) return null;
        if (!CurrencyPattern().IsMatch(currency)) v.Add("currency", "must be an ISO 4217 code of three upper-case letters, such as USD");
        return currency;
    }

    [GeneratedRegex(@"^[A-Z]{3}\z")]
    private static partial Regex CurrencyPattern();
}
