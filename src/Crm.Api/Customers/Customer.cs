using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Customers;

public sealed class Customer : CustomFields.IHasCustomFields
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
    public string? ExternalId { get; set; }
    /// <summary>The survivor this customer was merged into (it is then soft-deleted); null otherwise.</summary>
    public long? MergedIntoId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    /// <summary>PostgreSQL's xmin: the optimistic-concurrency token behind ETags.</summary>
    public uint Version { get; set; }
    public string CustomFields { get; set; } = "{}";

    public List<Tags.CustomerTag> CustomerTags { get; set; } = [];
}

public static class CustomerStatus
{
    public const string Lead = "lead";
    public static readonly string[] All = ["lead", "prospect", "active", "inactive", "churned"];
}

/// <summary>
/// The <c>search</c> filter: a case-insensitive substring of name, email, company or phone. It runs on
/// <c>customer_search_text</c> (migrations/000007), the four as one text with a line each, which one GIN index serves
/// together with the owner and the status. A term with a line break could match across two of them, so it is matched
/// field by field instead (without the index: nobody types one into a search box).
/// </summary>
public static class CustomerSearch
{
    /// <summary>Maps to the SQL function <c>customer_search_text</c>; not callable in C#.</summary>
    public static string Text(string name, string email, string? company, string? phone) =>
        throw new InvalidOperationException("customer_search_text runs in SQL only");

    public static IQueryable<Customer> Matching(this IQueryable<Customer> customers, string term)
    {
        var pattern = Http.Search.Contains(term);
        return term.Contains('\n')
            ? customers.Where(c => EF.Functions.ILike(c.Name, pattern, "\\") || EF.Functions.ILike(c.Email, pattern, "\\")
                || EF.Functions.ILike(c.Company!, pattern, "\\") || EF.Functions.ILike(c.Phone!, pattern, "\\"))
            : customers.Where(c => EF.Functions.ILike(Text(c.Name, c.Email, c.Company, c.Phone), EF.Constant(pattern), "\\"));
    }
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
        builder.Property(c => c.CustomFields).HasColumnType("jsonb");
    }
}
