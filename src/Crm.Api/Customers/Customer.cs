using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Customers;

public sealed class Customer
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public string? Company { get; set; }
    public string? Role { get; set; }
    public string Status { get; set; } = CustomerStatus.Lead;
    public long? AssignedTo { get; set; }
    public bool Contacted { get; set; }
    public DateTime? NextFollowUpAt { get; set; }
    public string? PreferredContactMethod { get; set; }
    public bool DoNotContact { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    /// <summary>PostgreSQL's xmin: the optimistic-concurrency token behind ETags.</summary>
    public uint Version { get; set; }

    public List<Tags.CustomerTag> CustomerTags { get; set; } = [];
}

public static class CustomerStatus
{
    public const string Lead = "lead";
    public static readonly string[] All = ["lead", "prospect", "active", "inactive", "churned"];
}

public static class ContactMethod
{
    public static readonly string[] All = ["email", "phone", "sms", "whatsapp", "none"];
}

sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.Property(c => c.Version).IsRowVersion();
    }
}
