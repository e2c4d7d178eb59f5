using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.Deals;
using Crm.Api.Http;

namespace Crm.Api.Customers;

public sealed record TagSummary(long Id, string Name, string? Color);

public sealed record CustomerResponse(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    IReadOnlyList<TagSummary> Tags, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, string? ExternalId);

/// <summary>A customer as the Go original nested it in deals, activities and contacts: its own members, without tags.</summary>
public sealed record CustomerSummary(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, string? ExternalId);

public sealed record CustomerCounts(int Contacts, int OpenDeals, int Activities, int Notes, int Attachments);

/// <summary>One entry of a customer's timeline: an activity, a note or a deal's stage change.</summary>
public sealed record TimelineEvent(string Type, long Id, DateTime OccurredAt, string Summary, long? UserId, long? DealId);

/// <summary>
/// The customer record page. The last four members are the Go original's (<c>contacts_count</c>, <c>open_deals_count</c>,
/// <c>upcoming_activities_count</c>: scheduled and due after now, <c>recent_activities</c>: the latest five created).
/// </summary>
public sealed record CustomerDetailResponse(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    IReadOnlyList<TagSummary> Tags, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt,
    IReadOnlyList<ContactResponse> Contacts, IReadOnlyList<DealResponse> OpenDeals,
    IReadOnlyList<ActivityResponse> UpcomingActivities, IReadOnlyList<TimelineEvent> RecentTimeline, CustomerCounts Counts,
    int ContactsCount, int OpenDealsCount, int UpcomingActivitiesCount, IReadOnlyList<ActivityResponse> RecentActivities, string? ExternalId);

/// <summary>Body of PATCH: only these members, and only the ones sent are changed.</summary>
public record CustomerPatch : UpdateBody
{
    public Optional<string> Status { get; init; }
    public Optional<long?> AssignedTo { get; init; }
    public Optional<bool?> Contacted { get; init; }
    public Optional<DateTime?> NextFollowUpAt { get; init; }
}

/// <summary>Body of PUT: every editable member, and only the ones sent are changed.</summary>
public record CustomerUpdate : CustomerPatch
{
    public Optional<string> Name { get; init; }
    public Optional<string> Email { get; init; }
    public Optional<string?> Phone { get; init; }
    public Optional<string?> Company { get; init; }
    public Optional<string?> Role { get; init; }
    public Optional<string?> PreferredContactMethod { get; init; }
    public Optional<bool?> DoNotContact { get; init; }
    public Optional<string?> Notes { get; init; }
    public Optional<string?> ExternalId { get; init; }
}

/// <summary>Body of POST: the members of PUT; name and email are required.</summary>
public sealed record CustomerRequest : CustomerUpdate;

public static class CustomerMapping
{
    public static CustomerSummary ToSummary(this Customer c) =>
        new(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted, c.NextFollowUpAt,
            c.PreferredContactMethod, c.DoNotContact, c.Notes, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.ExternalId);

    public static CustomerResponse ToResponse(this Customer c, IReadOnlyList<TagSummary> tags) =>
        new(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted, c.NextFollowUpAt,
            c.PreferredContactMethod, c.DoNotContact, c.Notes, tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.ExternalId);

    /// <summary>
    /// Validates the members a POST, PUT or PATCH sends and merges them into the customer; <paramref name="readOnly"/> judges
    /// the members the body type does not declare.
    /// </summary>
    public static Validator ApplyTo(this CustomerPatch body, Customer customer, ReadOnlyMembers readOnly, bool creating = false)
    {
        var v = new Validator(creating);
        if (body is CustomerUpdate all)
        {
            customer.Name = v.Required("name", all.Name, 255, customer.Name);
            customer.Email = v.RequiredEmail("email", all.Email, customer.Email);
            customer.Phone = v.Optional("phone", all.Phone, 50, customer.Phone);
            customer.Company = v.Optional("company", all.Company, 255, customer.Company);
            customer.Role = v.Optional("role", all.Role, 100, customer.Role);
            customer.PreferredContactMethod = v.OptionalOneOf("preferred_contact_method", all.PreferredContactMethod, ContactMethod.All,
                customer.PreferredContactMethod);
            customer.DoNotContact = v.Value("do_not_contact", all.DoNotContact, customer.DoNotContact);
            customer.Notes = v.Optional("notes", all.Notes, 10_000, customer.Notes);
            customer.ExternalId = v.Optional("external_id", all.ExternalId, 255, customer.ExternalId);
        }
        customer.Status = v.OneOf("status", body.Status, CustomerStatus.All, customer.Status);
        customer.AssignedTo = v.Id("assigned_to", body.AssignedTo, customer.AssignedTo);
        customer.Contacted = v.Value("contacted", body.Contacted, customer.Contacted);
        customer.NextFollowUpAt = v.ValueOrNull(body.NextFollowUpAt, customer.NextFollowUpAt);
        readOnly.Check(body.Extra, v);
        return v;
    }

    /// <summary>What a GET of the customer (ours or the Go original's) shows beyond the editable members.</summary>
    public static ReadOnlyMembers ReadOnly(this Customer c, IEnumerable<long> tagIds) =>
        ReadOnlyMembers.Record(c.Id, c.CreatedAt, c.UpdatedAt, c.DeletedAt).Stored("tags", tagIds.ToList())
            .Views("contacts", "open_deals", "upcoming_activities", "recent_timeline", "counts",
                "contacts_count", "open_deals_count", "upcoming_activities_count", "recent_activities");
}
