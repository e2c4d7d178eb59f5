using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction, committing only when it returns. Inside a
    /// transaction that is already open (an Idempotency-Key request) it joins it: the outer owner commits.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this CrmDb db, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The current time at PostgreSQL's precision (microseconds), so that values compare equal after a round trip.</summary>
    public static DateTime UtcNowMicroseconds(this TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
    }
}
