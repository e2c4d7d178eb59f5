using Crm.Api.Http;

namespace Crm.Api.Contacts;

public sealed record ContactResponse(
    long Id, long CustomerId, string FirstName, string? LastName, string? Email, string? Phone, string? Position,
    bool IsPrimary, string? Notes, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Body of POST and PUT: PUT replaces every editable member, absent ones become null (is_primary false).</summary>
public sealed record ContactRequest(
    string? FirstName, string? LastName, string? Email, string? Phone, string? Position, bool? IsPrimary, string? Notes);

public static class ContactMapping
{
    public static ContactResponse ToResponse(this Contact c) =>
        new(c.Id, c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone, c.Position, c.IsPrimary, c.Notes, c.CreatedAt, c.UpdatedAt);

    /// <summary>Validates the body and copies it onto the contact (all editable members: POST and PUT).</summary>
    public static Validator ApplyTo(this ContactRequest request, Contact contact)
    {
        var v = new Validator();
        contact.FirstName = v.Name("first_name", request.FirstName, 100)!;
        contact.LastName = v.Name("last_name", request.LastName, 100, required: false);
        contact.Email = v.Email("email", request.Email, required: false);
        contact.Phone = v.Optional("phone", request.Phone, 50);
        contact.Position = v.Optional("position", request.Position, 100);
        contact.IsPrimary = request.IsPrimary ?? false;
        contact.Notes = v.Optional("notes", request.Notes, 10_000);
        return v;
    }
}
