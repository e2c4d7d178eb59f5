using Crm.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Customers;

/// <summary>
/// Soft-deleting a customer stamps its live contacts, deals, activities and notes with the same
/// <c>deleted_at</c>; restoring brings back exactly the rows carrying that stamp, so records deleted
/// on their own before (or after) stay deleted.
/// </summary>
public static class CustomerCascade
{
    public static async Task DeleteChildrenAsync(CrmDb db, long customerId, DateTime deletedAt, CancellationToken cancellationToken)
    {
        var deals = db.Deals.Where(d => d.CustomerId == customerId).Select(d => d.Id);
        await db.Activities.Where(a => a.DeletedAt == null && (a.CustomerId == customerId || deals.Contains(a.DealId!.Value)))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DeletedAt, deletedAt), cancellationToken);
        await db.Notes.Where(n => n.DeletedAt == null && (n.CustomerId == customerId || deals.Contains(n.DealId!.Value)))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.DeletedAt, deletedAt), cancellationToken);
        await db.Deals.Where(d => d.DeletedAt == null && d.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DeletedAt, deletedAt), cancellationToken);
        await db.Contacts.Where(c => c.DeletedAt == null && c.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, deletedAt), cancellationToken);
    }

    public static async Task RestoreChildrenAsync(CrmDb db, long customerId, DateTime deletedAt, CancellationToken cancellationToken)
    {
        var deals = db.Deals.Where(d => d.CustomerId == customerId).Select(d => d.Id);
        await db.Contacts.Where(c => c.DeletedAt == deletedAt && c.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, (DateTime?)null), cancellationToken);
        await db.Deals.Where(d => d.DeletedAt == deletedAt && d.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DeletedAt, (DateTime?)null), cancellationToken);
        await db.Activities.Where(a => a.DeletedAt == deletedAt && (a.CustomerId == customerId || deals.Contains(a.DealId!.Value)))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DeletedAt, (DateTime?)null), cancellationToken);
        await db.Notes.Where(n => n.DeletedAt == deletedAt && (n.CustomerId == customerId || deals.Contains(n.DealId!.Value)))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.DeletedAt, (DateTime?)null), cancellationToken);
    }
}
