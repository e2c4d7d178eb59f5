using Crm.Api.AuditLogs;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Clears <c>deleted_at</c> and writes the audit row in one transaction (a live record stays as it is), after the
    /// record's If-Match. A record whose customer is deleted stays deleted: restoring the customer brings it back.
    /// </summary>
    public static async Task<IResult> RestoreAsync(this CrmDb db, ISoftDeletable record, string resourceType, HttpRequest request, uint version,
        long? customerId, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (!Preconditions.Matches(request, version)) return Preconditions.Failed();
        if (record.DeletedAt is not { } deletedAt) return MessageResponse.Ok($"The {resourceType} is not deleted");
        if (customerId is { } id && await db.Customers.AnyAsync(c => c.Id == id && c.DeletedAt != null, cancellationToken))
            return ApiError.Conflict("CUSTOMER_DELETED", $"The {resourceType}'s customer is deleted; restoring the customer brings its records back");
        await db.InTransactionAsync(async () =>
        {
            record.DeletedAt = null;
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(resourceType, record.Id, "restore", new { deleted_at = deletedAt }, new { deleted_at = (DateTime?)null });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return MessageResponse.Ok($"The {resourceType} is restored");
    }
}
