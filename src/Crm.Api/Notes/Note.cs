using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Notes;

public sealed class Note : Data.ISoftDeletable
{
    public long Id { get; set; }
    public required string Content { get; set; }
    public long? CustomerId { get; set; }
    public long? DealId { get; set; }
    /// <summary>Go-era notes only (migrations/000008): kept, shown, never set by the API.</summary>
    public long? ActivityId { get; set; }
    public long AuthorId { get; set; }
    public string? AuthorName { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public uint Version { get; set; }
}

sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.ToTable("notes");
        builder.Property(n => n.Version).IsRowVersion();
    }
}
