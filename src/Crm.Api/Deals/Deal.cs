using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Deals;

public sealed class Deal : Data.ISoftDeletable, CustomFields.IHasCustomFields
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public long CustomerId { get; set; }
    public long? ContactId { get; set; }
    public required string Stage { get; set; }
    /// <summary>The stage's pipeline, derived by the database (trigger deals_pipeline): read-only here.</summary>
    public long PipelineId { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public int Probability { get; set; }
    public DateTime? ExpectedCloseDate { get; set; }
    public DateTime? ActualCloseDate { get; set; }
    public long? OwnerId { get; set; }
    public string? LostReason { get; set; }
    public string? ExternalId { get; set; }
    public DateTime StageChangedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public uint Version { get; set; }
    public string CustomFields { get; set; } = "{}";
}

public sealed class DealStageChange
{
    public long Id { get; set; }
    public long DealId { get; set; }
    public string? FromStage { get; set; }
    public required string ToStage { get; set; }
    public long ChangedBy { get; set; }
    public DateTime ChangedAt { get; set; }
}

sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("deals");
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.Amount).HasPrecision(15, 2);
        builder.Property(d => d.PipelineId).ValueGeneratedOnAddOrUpdate();
        builder.Property(d => d.CustomFields).HasColumnType("jsonb");
    }
}

sealed class DealStageChangeConfiguration : IEntityTypeConfiguration<DealStageChange>
{
    public void Configure(EntityTypeBuilder<DealStageChange> builder) => builder.ToTable("deal_stage_history");
}
