using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Pipelines;

/// <summary>A pipeline: an ordered set of stages a deal moves through (contract section 11). One is the default.</summary>
public sealed class Pipeline
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
    public bool IsDefault { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
}

sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> builder)
    {
        builder.ToTable("crm_pipelines");
        builder.Property(p => p.Version).IsRowVersion();
    }
}
