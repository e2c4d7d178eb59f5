using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.AuditLogs;

public sealed class AuditLog
{
    public long Id { get; set; }
    public required string ResourceType { get; set; }
    public long ResourceId { get; set; }
    public required string Action { get; set; }
    public long UserId { get; set; }
    public string? UserName { get; set; }
    public string? UserRole { get; set; }
    public JsonDocument? Changes { get; set; }
    /// <summary>The Go era's whole-record snapshots (migrations/000008); <c>changes</c> is derived from them on read.</summary>
    public JsonDocument? OldValues { get; set; }
    public JsonDocument? NewValues { get; set; }
    public string? RequestId { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The event this change emits, appended by the outbox in the same transaction (not a column).</summary>
    public Events.EventDraft? Event { get; set; }
}

sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable("audit_logs");
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.Property(a => a.OldValues).HasColumnType("jsonb");
        builder.Property(a => a.NewValues).HasColumnType("jsonb");
        builder.Ignore(a => a.Event);
    }
}
