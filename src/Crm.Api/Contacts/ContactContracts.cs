using System.ComponentModel;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Http;

namespace Crm.Api.Contacts;

/// <summary>A contact; <c>customer</c> is its customer, as the Go original nested it (null where it is out of reach).</summary>
public sealed record ContactResponse(
    long Id, long CustomerId, string FirstName, string? LastName, string? Email, string? Phone, string? Position,
    bool IsPrimary, string? Notes, DateTime CreatedAt, DateTime UpdatedAt, DateTime? DeletedAt, CustomFieldValues CustomFields,
    [property: Description(Preconditions.VersionDescription)] string Version,
    CustomerSummary? Customer, string? ExternalId);

/// <summary>Body of PUT: only the members sent are changed.</summary>
public record ContactUpdate : UpdateBody
{
    public Optional<string> FirstName { get; init; }
    public Optional<string?> LastName { get; init; }
    public Optional<string?> Email { get; init; }
    public Optional<string?> Phone { get; init; }
    public Optional<string?> Position { get; init; }
    public Optional<bool?> IsPrimary { get; init; }
    public Optional<string?> Notes { get; init; }
    public Optional<string?> ExternalId { get; init; }
    public Optional<CustomFieldValues?> CustomFields { get; init; }
}

/// <summary>Body of POST: the members of PUT; first_name is required.</summary>
public sealed record ContactRequest : ContactUpdate;

public static class ContactMapping
{
    /// <summary>The contact alone (audit rows), or with its customer (responses).</summary>
    public static ContactResponse ToResponse(this Contact c, CustomerSummary? customer = null) =>
        new(c.Id, c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone, c.Position, c.IsPrimary, c.Notes, c.CreatedAt, c.UpdatedAt,
            c.DeletedAt, CustomFieldValues.Stored(FieldEntity.Contacts, c.CustomFields), Preconditions.Version(c.Version), customer, c.ExternalId);

    /// <summary>Validates the members a POST or PUT sends and merges them into the contact.</summary>
    public static Validator ApplyTo(this ContactUpdate body, Contact contact, ReadOnlyMembers readOnly, FieldSchema fields, bool creating = false)
    {
        var v = new Validator(creating);
        contact.FirstName = v.RequiredName("first_name", body.FirstName, 100, contact.FirstName);
        contact.LastName = v.OptionalName("last_name", body.LastName, 100, contact.LastName);
        contact.Email = v.Email("email", body.Email, contact.Email);
        contact.Phone = v.Optional("phone", body.Phone, 50, contact.Phone);
        contact.Position = v.Optional("position", body.Position, 100, contact.Position);
        contact.IsPrimary = v.Value("is_primary", body.IsPrimary, contact.IsPrimary);
        contact.Notes = v.Optional("notes", body.Notes, 10_000, contact.Notes);
        contact.ExternalId = v.Optional("external_id", body.ExternalId, 255, contact.ExternalId);
        contact.CustomFields = v.CustomFields(fields, FieldEntity.Contacts, body.CustomFields, contact.CustomFields);
        readOnly.Check(body.Extra, v);
        return v;
    }

    public static ReadOnlyMembers ReadOnly(this Contact c) =>
        ReadOnlyMembers.Record(c.Id, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Version).Stored("customer_id", c.CustomerId).Nested("customer", c.CustomerId);
}
