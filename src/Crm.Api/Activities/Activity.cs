using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Activities;

public sealed class Activity : Data.ISoftDeletable, CustomFields.IHasCustomFields
{
    public long Id { get; set; }
    public required string Type { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string Status { get; set; } = ActivityStatus.Scheduled;
    public string Priority { get; set; } = "normal";
    public long? CustomerId { get; set; }
    public long? DealId { get; set; }
    public long? ContactId { get; set; }
    public long? AssignedTo { get; set; }
    public DateTime? DueDate { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Outcome { get; set; }
    public string? ExternalId { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public uint Version { get; set; }
    public string CustomFields { get; set; } = "{}";
}

public static class ActivityStatus
{
    public const string Scheduled = "scheduled", Completed = "completed", Cancelled = "cancelled";
    public static readonly string[] All = [Scheduled, Completed, Cancelled];
}

sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.Property(a => a.Version).IsRowVersion();
        builder.Property(a => a.CustomFields).HasColumnType("jsonb");
    }
}
