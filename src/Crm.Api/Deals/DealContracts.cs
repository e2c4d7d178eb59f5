using System.ComponentModel;
using System.Text.RegularExpressions;
using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Notes;

namespace Crm.Api.Deals;

/// <summary>A deal; <c>customer</c> is its customer, as the Go original preloaded it (null where it is out of reach).</summary>
public sealed record DealResponse(
    long Id, string Title, string? Description, long CustomerId, long? ContactId, string Stage, long PipelineId, decimal Amount,
    string Currency, int Probability, DateTime? ExpectedCloseDate, DateTime? ActualCloseDate, long? OwnerId,
    string? LostReason, DateTime StageChangedAt, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, CustomFieldValues CustomFields,
    [property: Description(Preconditions.VersionDescription)] string Version,
    CustomerSummary? Customer, string? ExternalId);

/// <summary>
/// The deal record page, as the Go original answered it: the deal with its customer, its contact, and its live
/// activities and notes (the latest <see cref="DealMapping.DetailItems"/> of each; the lists have all of them), and the lists
/// asked for in <c>included</c>.
/// </summary>
public sealed record DealDetailResponse(
    long Id, string Title, string? Description, long CustomerId, long? ContactId, string Stage, long PipelineId, decimal Amount,
    string Currency, int Probability, DateTime? ExpectedCloseDate, DateTime? ActualCloseDate, long? OwnerId,
    string? LostReason, DateTime StageChangedAt, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, CustomFieldValues CustomFields,
    [property: Description(Preconditions.VersionDescription)] string Version,
    CustomerSummary? Customer, ContactResponse? Contact, IReadOnlyList<ActivityResponse> Activities, IReadOnlyList<NoteResponse> Notes,
    [property: Description("The lists asked for with `include` (see its parameter); null without it.")] Included? Included, string? ExternalId);

public sealed record DealStageChangeResponse(long Id, long DealId, string? FromStage, string ToStage, long ChangedBy, DateTime ChangedAt);

/// <summary>Body of PATCH: only these members, and only the ones sent are changed.</summary>
public record DealPatch : UpdateBody
{
    public Optional<string> Stage { get; init; }
    public Optional<string?> LostReason { get; init; }
    public Optional<int?> Probability { get; init; }
    public Optional<CustomFieldValues?> CustomFields { get; init; }
}

/// <summary>
/// Body of PUT: every editable member, and only the ones sent are changed. A stage change is a transition
/// (<see cref="DealStageTransitions"/>); an absent probability stays, unless the stage changes.
/// </summary>
public record DealUpdate : DealPatch
{
    public Optional<string> Title { get; init; }
    public Optional<string?> Description { get; init; }
    public Optional<long?> CustomerId { get; init; }
    public Optional<long?> ContactId { get; init; }
    public Optional<decimal?> Amount { get; init; }
    public Optional<string> Currency { get; init; }
    public Optional<DateTime?> ExpectedCloseDate { get; init; }
    public Optional<long?> OwnerId { get; init; }
    public Optional<string?> ExternalId { get; init; }
    /// <summary>Must be the pipeline of the deal's (new) stage: a deal moves between pipelines by moving to a stage of the other one.</summary>
    public Optional<long?> PipelineId { get; init; }
}

/// <summary>Body of POST: the members of PUT; title and customer_id are required, the owner defaults to the caller.</summary>
public sealed record DealRequest : DealUpdate;

public static partial class DealMapping
{
    public const decimal MaxAmount = 9_999_999_999_999.99m;
    public const int DetailItems = 100;

    /// <summary>The deal alone (audit rows), or with its customer (responses).</summary>
    public static DealResponse ToResponse(this Deal d, CustomerSummary? customer = null) =>
        new(d.Id, d.Title, d.Description, d.CustomerId, d.ContactId, d.Stage, d.PipelineId, d.Amount, d.Currency, d.Probability,
            d.ExpectedCloseDate, d.ActualCloseDate, d.OwnerId, d.LostReason, d.StageChangedAt, d.CreatedAt, d.UpdatedAt, d.DeletedAt,
            CustomFieldValues.Stored(FieldEntity.Deals, d.CustomFields), Preconditions.Version(d.Version), customer, d.ExternalId);

    public static DealDetailResponse ToDetail(this Deal d, Related related, IReadOnlyList<ActivityResponse> activities,
        IReadOnlyList<NoteResponse> notes, Included? included) =>
        new(d.Id, d.Title, d.Description, d.CustomerId, d.ContactId, d.Stage, d.PipelineId, d.Amount, d.Currency, d.Probability,
            d.ExpectedCloseDate, d.ActualCloseDate, d.OwnerId, d.LostReason, d.StageChangedAt, d.CreatedAt, d.UpdatedAt, d.DeletedAt,
            CustomFieldValues.Stored(FieldEntity.Deals, d.CustomFields), Preconditions.Version(d.Version), related.Customer(d.CustomerId),
            related.Contact(d.ContactId), activities, notes, included, d.ExternalId);

    public static DealStageChangeResponse ToResponse(this DealStageChange h) =>
        new(h.Id, h.DealId, h.FromStage, h.ToStage, h.ChangedBy, h.ChangedAt);

    /// <summary>
    /// Validates the plain members a POST, PUT or PATCH sends and merges them into the deal. Related records (customer,
    /// contact), the owner rule and the stage transition (<see cref="RequestedStage"/>, <see cref="RequestedProbability"/>)
    /// are checked by the handler against the database.
    /// </summary>
    public static Validator ApplyTo(this DealPatch body, Deal deal, ReadOnlyMembers readOnly, FieldSchema fields, bool creating = false)
    {
        var v = new Validator(creating);
        if (body is DealUpdate all)
        {
            deal.Title = v.Required("title", all.Title, 255, deal.Title);
            deal.Description = v.Optional("description", all.Description, 10_000, deal.Description);
            deal.CustomerId = v.Id("customer_id", all.CustomerId, deal.CustomerId);
            deal.ContactId = v.Id("contact_id", all.ContactId, deal.ContactId);
            deal.Amount = v.Value("amount", all.Amount, deal.Amount, amount => Amount(v, amount));
            deal.Currency = v.Required("currency", all.Currency, 255, deal.Currency, currency => Currency(v, currency));
            deal.ExpectedCloseDate = v.ValueOrNull(all.ExpectedCloseDate, deal.ExpectedCloseDate);
            deal.OwnerId = v.Id("owner_id", all.OwnerId, deal.OwnerId);
            deal.ExternalId = v.Optional("external_id", all.ExternalId, 255, deal.ExternalId);
        }
        if (body.Stage is { Changes: true, Value: null }) v.Add("stage", "cannot be null");
        deal.LostReason = v.Optional("lost_reason", body.LostReason, 500, deal.LostReason);
        v.Value("probability", body.Probability, deal.Probability, probability => v.Range("probability", probability, 0, 100)!.Value);
        deal.CustomFields = v.CustomFields(fields, FieldEntity.Deals, body.CustomFields, deal.CustomFields);
        readOnly.Check(body.Extra, v);
        return v;
    }

    /// <summary>The stage the body asks for, or null to stay put.</summary>
    public static string? RequestedStage(this DealPatch body) => body.Stage.Changes ? body.Stage.Value?.Trim() : null;

    /// <summary>The probability the body asks for, or null to keep it (or take the new stage's).</summary>
    public static int? RequestedProbability(this DealPatch body) => body.Probability.Changes ? body.Probability.Value : null;

    /// <summary>The pipeline the body names, or null when it names none.</summary>
    public static long? RequestedPipeline(this DealPatch body) => body is DealUpdate { PipelineId: { Changes: true, Value: { } id } } ? id : null;

    /// <summary>What a GET of the deal (ours or the Go original's) shows beyond the editable members.</summary>
    public static ReadOnlyMembers ReadOnly(this Deal d, DealPatch body) =>
        ReadOnlyMembers.Record(d.Id, d.CreatedAt, d.UpdatedAt, d.DeletedAt, d.Version)
            .Stored("actual_close_date", d.ActualCloseDate).Stored("stage_changed_at", d.StageChangedAt)
            .Nested("customer", d.CustomerId, (body as DealUpdate)?.CustomerId.Value)
            .Nested("contact", d.ContactId, (body as DealUpdate)?.ContactId.Value)
            .Views("activities", "notes", "included");

    static decimal Amount(Validator v, decimal a)
    {
        if (a < 0) v.Add("amount", "must be 0 or greater");
        else if (a > MaxAmount) v.Add("amount", $"must be at most {MaxAmount}");
        // numeric(15,2) would round silently; money must be stored exactly as sent.
        else if (decimal.Round(a, 2) != a) v.Add("amount", "must have at most 2 decimals");
        return a;
    }

    static string Currency(Validator v, string currency)
    {
        if (!CurrencyPattern().IsMatch(currency)) v.Add("currency", "must be an ISO 4217 code of three upper-case letters, such as USD");
        return currency;
    }

    [GeneratedRegex(@"^[A-Z]{3}\z")]
    private static partial Regex CurrencyPattern();
}
