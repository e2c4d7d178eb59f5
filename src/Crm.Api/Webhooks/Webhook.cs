using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Webhooks;

public sealed class Webhook
{
    public long Id { get; set; }
    public required string Url { get; set; }
    public string? Description { get; set; }
    public required string[] EventTypes { get; set; }
    public bool Enabled { get; set; } = true;
    public string? DisabledReason { get; set; }
    /// <summary>Encrypted with WEBHOOK_SECRET_KEY (<see cref="WebhookSecrets"/>); never leaves the service after creation.</summary>
    public required byte[] Secret { get; set; }
    public byte[]? PreviousSecret { get; set; }
    public DateTime? PreviousSecretExpiresAt { get; set; }
    public DateTime? FailingSince { get; set; }
    public long CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>PostgreSQL's xmin: the ETag, checked against If-Match.</summary>
    public uint Version { get; set; }
}

public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public long WebhookId { get; set; }
    public long EventId { get; set; }
    public required string EventType { get; set; }
    public required string ResourceType { get; set; }
    public long ResourceId { get; set; }
    public string Status { get; set; } = DeliveryStatus.Pending;
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
    public int? LastDurationMs { get; set; }
    public string? LastResponse { get; set; }
    public string? Payload { get; set; }
    public DateTime CreatedAt { get; set; }
}

public static class DeliveryStatus
{
    public const string Pending = "pending", Succeeded = "succeeded", Failed = "failed";
    public static readonly string[] All = [Pending, Succeeded, Failed];
}

sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("crm_webhooks");
        builder.Property(w => w.Version).IsRowVersion();
    }
}

sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("crm_webhook_deliveries");
        builder.Property(d => d.Payload).HasColumnType("json");
    }
}
