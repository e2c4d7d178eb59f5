using Crm.Api.AuditLogs;
using Crm.Api.Http;

namespace Crm.Api.Data;

/// <summary>A record that is deleted by stamping <c>deleted_at</c>, so it can be restored and audited.</summary>
public interface ISoftDeletable
{
    long Id { get; }
    DateTime? DeletedAt { get; set; }
}

public static class SoftDelete
{
    /// <summary>Stamps <c>deleted_at</c> and writes the audit row in one transaction; answers 200 with the Go original's message.</summary>
    public static async Task<IResult> SoftDeleteAsync(this CrmDb db, ISoftDeletable record, string resourceType, AuditTrail audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        await db.InTransactionAsync(async () =>
        {
            var deletedAt = time.UtcNowMicroseconds();
            record.DeletedAt = deletedAt;
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(resourceType, record.Id, "delete", new { deleted_at = (DateTime?)null }, new { deleted_at = deletedAt });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return MessageResponse.Deleted(resourceType);
    }
}
