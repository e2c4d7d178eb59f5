using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.PipelineStages;

public sealed class PipelineStage
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public int Order { get; set; }
    public string? Color { get; set; }
    public int Probability { get; set; }
    public string Kind { get; set; } = StageKind.Open;
    public bool IsActive { get; set; } = true;
    public long PipelineId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
}

public static class StageKind
{
    public const string Open = "open", Won = "won", Lost = "lost";
    public static readonly string[] All = [Open, Won, Lost];
}

sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> builder)
    {
        builder.ToTable("pipeline_stages");
        builder.Property(s => s.Version).IsRowVersion();
        // A unique index, not an alternate key: EF Core refuses to modify key members, and stages may be renamed.
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
