namespace Crm.Api.Contacts;

public sealed record ContactResponse(
    long Id, long CustomerId, string FirstName, string? LastName, string? Email, string? Phone, string? Position,
    bool IsPrimary, string? Notes, DateTime CreatedAt, DateTime UpdatedAt);

public static class ContactMapping
{
    public static ContactResponse ToResponse(this Contact c) =>
        new(c.Id, c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone, c.Position, c.IsPrimary, c.Notes, c.CreatedAt, c.UpdatedAt);
}
