using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.Deals;
using Crm.Api.Http;

namespace Crm.Api.Customers;

public sealed record TagSummary(long Id, string Name, string? Color);

public sealed record CustomerResponse(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    IReadOnlyList<TagSummary> Tags, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt);

public sealed record CustomerCounts(int Contacts, int OpenDeals, int Activities, int Notes, int Attachments);

/// <summary>One entry of a customer's timeline: an activity, a note or a deal's stage change.</summary>
public sealed record TimelineEvent(string Type, long Id, DateTime OccurredAt, string Summary, long? UserId, long? DealId);

public sealed record CustomerDetailResponse(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    IReadOnlyList<TagSummary> Tags, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt,
    IReadOnlyList<ContactResponse> Contacts, IReadOnlyList<DealResponse> OpenDeals,
    IReadOnlyList<ActivityResponse> UpcomingActivities, IReadOnlyList<TimelineEvent> RecentTimeline, CustomerCounts Counts);

/// <summary>Body of POST and PUT: PUT replaces every editable member, absent ones become null (or their default).</summary>
public sealed record CustomerRequest(
    string? Name, string? Email, string? Phone, string? Company, string? Role, string? Status, long? AssignedTo,
    bool? Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool? DoNotContact, string? Notes);

/// <summary>Body of PATCH: only these members, and only the ones sent are changed.</summary>
public sealed record CustomerPatch(
    Optional<string> Status, Optional<long?> AssignedTo, Optional<bool?> Contacted, Optional<DateTime?> NextFollowUpAt);

public static class CustomerMapping
{
    public static CustomerResponse ToResponse(this Customer c, IReadOnlyList<TagSummary> tags) =>
        new(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted, c.NextFollowUpAt,
            c.PreferredContactMethod, c.DoNotContact, c.Notes, tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt);

    /// <summary>Validates the body and copies it onto the customer (all editable members: POST and PUT).</summary>
    public static Validator ApplyTo(this CustomerRequest request, Customer customer)
    {
        var v = new Validator();
        customer.Name = v.Name("name", request.Name, 255)!;
        customer.Email = v.Email("email", request.Email, required: true)!;
        customer.Phone = v.Optional("phone", request.Phone, 50);
        customer.Company = v.Optional("company", request.Company, 255);
        customer.Role = v.Optional("role", request.Role, 100);
        customer.Status = v.OneOf("status", request.Status, CustomerStatus.All) ?? CustomerStatus.Lead;
        customer.AssignedTo = v.Id("assigned_to", request.AssignedTo);
        customer.Contacted = request.Contacted ?? false;
        customer.NextFollowUpAt = request.NextFollowUpAt;
        customer.PreferredContactMethod = v.OneOf("preferred_contact_method", request.PreferredContactMethod, ContactMethod.All);
        customer.DoNotContact = request.DoNotContact ?? false;
        customer.Notes = v.Optional("notes", request.Notes, 10_000);
        return v;
    }

    /// <summary>Validates a PATCH and applies the members it sends.</summary>
    public static Validator ApplyTo(this CustomerPatch patch, Customer customer)
    {
        var v = new Validator();
        if (patch.Status.IsSet)
        {
            if (patch.Status.Value is null) v.Add("status", "cannot be null");
            else customer.Status = v.OneOf("status", patch.Status.Value, CustomerStatus.All)!;
        }
        if (patch.AssignedTo.IsSet) customer.AssignedTo = v.Id("assigned_to", patch.AssignedTo.Value);
        if (patch.Contacted.IsSet)
        {
            if (patch.Contacted.Value is null) v.Add("contacted", "cannot be null");
            else customer.Contacted = patch.Contacted.Value.Value;
        }
        if (patch.NextFollowUpAt.IsSet) customer.NextFollowUpAt = patch.NextFollowUpAt.Value;
        return v;
    }

    public static bool IsEmpty(this CustomerPatch patch) =>
        !patch.Status.IsSet && !patch.AssignedTo.IsSet && !patch.Contacted.IsSet && !patch.NextFollowUpAt.IsSet;
}
