using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Tags;

public sealed class Tag : Data.ISoftDeletable
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? Color { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public uint Version { get; set; }
}

public sealed class CustomerTag
{
    public long CustomerId { get; set; }
    public long TagId { get; set; }
    public Tag? Tag { get; set; }
    public DateTime CreatedAt { get; set; }
}

sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("tags");
        builder.Property(t => t.Version).IsRowVersion();
    }
}

sealed class CustomerTagConfiguration : IEntityTypeConfiguration<CustomerTag>
{
    public void Configure(EntityTypeBuilder<CustomerTag> builder)
    {
        builder.ToTable("customer_tags");
        builder.HasKey(ct => new { ct.CustomerId, ct.TagId });
        builder.HasOne(ct => ct.Tag).WithMany().HasForeignKey(ct => ct.TagId);
        builder.HasOne<Customers.Customer>().WithMany(c => c.CustomerTags).HasForeignKey(ct => ct.CustomerId);
    }
}
