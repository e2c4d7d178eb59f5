using Crm.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Customers;

public static class CustomerLock
{
    /// <summary>
    /// Locks a live customer's row until the current transaction ends; false when the customer is gone. Changes to a customer's children that depend on each other (which contact
    /// is primary, the tag set) take this lock first, so concurrent requests run one after another instead of
    /// racing. <c>FOR NO KEY UPDATE</c> leaves the row's xmin (its ETag) alone and does not block foreign-key checks
    /// of unrelated inserts (deals, activities) that reference the customer.
    /// </summary>
    public static async Task<bool> LockAsync(CrmDb db, long customerId, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<long>($"""
            SELECT id AS "Value" FROM customers WHERE id = {customerId} AND deleted_at IS NULL FOR NO KEY UPDATE
            """).ToListAsync(cancellationToken);
        return rows.Count > 0;
    }
}
