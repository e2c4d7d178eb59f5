using System.ComponentModel;
using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;

namespace Crm.Api.Customers;

public sealed record TagSummary(long Id, string Name, string? Color);

public sealed record CustomerResponse(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    IReadOnlyList<TagSummary> Tags, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, CustomFieldValues CustomFields,
    [property: Description(Preconditions.VersionDescription)] string Version, string? ExternalId);

/// <summary>A customer as the Go original nested it in deals, activities and contacts: its own members, without tags.</summary>
public sealed record CustomerSummary(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, CustomFieldValues CustomFields, string? ExternalId);

public sealed record CustomerCounts(int Contacts, int OpenDeals, int Activities, int Notes, int Attachments);

/// <summary>One entry of a customer's timeline: an activity, a note or a deal's stage change.</summary>
public sealed record TimelineEvent(string Type, long Id, DateTime OccurredAt, string Summary, long? UserId, long? DealId);

/// <summary>
/// The customer record page, with the lists asked for in <c>included</c>. The four members before it are the Go original's
/// (<c>contacts_count</c>, <c>open_deals_count</c>, <c>upcoming_activities_count</c>: scheduled and due after now,
/// <c>recent_activities</c>: the latest five created).
/// </summary>
public sealed record CustomerDetailResponse(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    IReadOnlyList<TagSummary> Tags, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, CustomFieldValues CustomFields,
    [property: Description(Preconditions.VersionDescription)] string Version,
    IReadOnlyList<ContactResponse> Contacts, IReadOnlyList<DealResponse> OpenDeals,
    IReadOnlyList<ActivityResponse> UpcomingActivities, IReadOnlyList<TimelineEvent> RecentTimeline, CustomerCounts Counts,
    int ContactsCount, int OpenDealsCount, int UpcomingActivitiesCount, IReadOnlyList<ActivityResponse> RecentActivities,
    [property: Description("The lists asked for with `include` (see its parameter); null without it.")] Included? Included, string? ExternalId);

/// <summary>Body of PATCH: only these members, and only the ones sent are changed.</summary>
public record CustomerPatch : UpdateBody
{
    public Optional<string> Status { get; init; }
    public Optional<long?> AssignedTo { get; init; }
    public Optional<bool?> Contacted { get; init; }
    public Optional<DateTime?> NextFollowUpAt { get; init; }
    public Optional<CustomFieldValues?> CustomFields { get; init; }
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

/// <summary>
/// Body of POST: the members of PUT (name and email are required), and the customer's first contacts and tags, created
/// with it in one transaction.
/// </summary>
public sealed record CustomerRequest : CustomerUpdate
{
    /// <summary>Contact bodies; the one marked <c>is_primary</c> (else the first) becomes the primary contact.</summary>
    public IReadOnlyList<ContactRequest>? Contacts { get; init; }
    public long[]? TagIds { get; init; }
}

/// <summary>The answer of a create: the customer, with the contacts created with it (the primary first).</summary>
public sealed record CustomerCreatedResponse(
    long Id, string Name, string Email, string? Phone, string? Company, string? Role, string Status, long? AssignedTo,
    bool Contacted, DateTime? NextFollowUpAt, string? PreferredContactMethod, bool DoNotContact, string? Notes,
    IReadOnlyList<TagSummary> Tags, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, CustomFieldValues CustomFields,
    [property: Description(Preconditions.VersionDescription)] string Version, IReadOnlyList<ContactResponse> Contacts, string? ExternalId);

public static class CustomerMapping
{
    public static CustomerSummary ToSummary(this Customer c) =>
        new(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted, c.NextFollowUpAt,
            c.PreferredContactMethod, c.DoNotContact, c.Notes, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Values(), c.ExternalId);

    public static CustomerResponse ToResponse(this Customer c, IReadOnlyList<TagSummary> tags) =>
        new(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted, c.NextFollowUpAt,
            c.PreferredContactMethod, c.DoNotContact, c.Notes, tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Values(), Preconditions.Version(c.Version), c.ExternalId);

    public static CustomFieldValues Values(this Customer c) => CustomFieldValues.Stored(FieldEntity.Customers, c.CustomFields);

    public static CustomerCreatedResponse ToCreated(this Customer c, IReadOnlyList<TagSummary> tags, IEnumerable<Contact> contacts)
    {
        var summary = c.ToSummary();
        return new(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted, c.NextFollowUpAt,
            c.PreferredContactMethod, c.DoNotContact, c.Notes, tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Values(), Preconditions.Version(c.Version),
            contacts.OrderByDescending(x => x.IsPrimary).Select(x => x.ToResponse(summary)).ToList(), c.ExternalId);
    }

    public const int MaxContactsOnCreate = 100;

    /// <summary>
    /// The contacts a POST creates with the customer, validated (errors named <c>contacts[i].member</c>), with one primary:
    /// the one marked <c>is_primary</c>, else the first.
    /// </summary>
    public static List<Contact> NewContacts(this CustomerRequest body, Validator v, FieldSchema fields, DateTime now)
    {
        var contacts = new List<Contact>();
        if (body.Contacts is null) return contacts;
        if (body.Contacts.Count > MaxContactsOnCreate) v.Add("contacts", $"accepts at most {MaxContactsOnCreate} contacts");
        for (var i = 0; i < body.Contacts.Count && i < MaxContactsOnCreate; i++)
        {
            var contact = new Contact { FirstName = "", CreatedAt = now, UpdatedAt = now };
            if (body.Contacts[i] is not { } sent) v.Add($"contacts[{i}]", "must be a contact object");
            else v.Add($"contacts[{i}]", sent.ApplyTo(contact, ReadOnlyMembers.None, fields, creating: true));
            contacts.Add(contact);
        }
        var marked = contacts.Select((c, i) => (c, i)).Where(x => x.c.IsPrimary).Select(x => x.i).ToList();
        foreach (var extra in marked.Skip(1)) v.Add($"contacts[{extra}].is_primary", "only one contact can be primary");
        var primary = marked.FirstOrDefault();
        for (var i = 0; i < contacts.Count; i++) contacts[i].IsPrimary = i == primary;
        return contacts;
    }

    /// <summary>
    /// Validates the members a POST, PUT or PATCH sends and merges them into the customer; <paramref name="readOnly"/> judges
    /// the members the body type does not declare.
    /// </summary>
    public static Validator ApplyTo(this CustomerPatch body, Customer customer, ReadOnlyMembers readOnly, FieldSchema fields, bool creating = false)
    {
        var v = new Validator(creating);
        if (body is CustomerUpdate all)
        {
            customer.Name = v.RequiredName("name", all.Name, 255, customer.Name);
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
        customer.CustomFields = v.CustomFields(fields, FieldEntity.Customers, body.CustomFields, customer.CustomFields);
        readOnly.Check(body.Extra, v);
        return v;
    }

    /// <summary>What a GET of the customer (ours or the Go original's) shows beyond the editable members.</summary>
    public static ReadOnlyMembers ReadOnly(this Customer c, IEnumerable<long> tagIds) =>
        ReadOnlyMembers.Record(c.Id, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Version).Stored("tags", tagIds.ToList())
            .Views("contacts", "open_deals", "upcoming_activities", "recent_timeline", "counts",
                "contacts_count", "open_deals_count", "upcoming_activities_count", "recent_activities", "included");
}
