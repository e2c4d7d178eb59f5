using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Contacts;

public sealed class Contact : CustomFields.IHasCustomFields
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public required string FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Position { get; set; }
    public bool IsPrimary { get; set; }
    public string? Notes { get; set; }
    public string? ExternalId { get; set; }
    /// <summary>The survivor this contact was merged into (it is then soft-deleted); null otherwise.</summary>
    public long? MergedIntoId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public uint Version { get; set; }
    public string CustomFields { get; set; } = "{}";
}

sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.Property(c => c.Version).IsRowVersion();
        builder.Property(c => c.CustomFields).HasColumnType("jsonb");
    }
}
