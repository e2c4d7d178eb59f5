using System.Text.Json;
using Crm.Api.AuditLogs;
using Crm.Api.Data;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Contacts;

/// <summary>
/// The one-primary-contact rule. Callers hold the customer's row lock (<see cref="Customers.CustomerLock"/>), so
/// these read-then-write steps cannot interleave with another request on the same customer; the partial unique
/// index <c>ux_contacts_one_primary</c> stays the last line of defence.
/// </summary>
public static class ContactPrimary
{
    /// <summary>Un-primaries the customer's other live contacts, at once, with an audit row for each.</summary>
    public static async Task DemoteOthersAsync(CrmDb db, AuditTrail audit, long customerId, long exceptId, DateTime now,
        CancellationToken cancellationToken)
    {
        var primaries = await db.Contacts
            .Where(c => c.CustomerId == customerId && c.DeletedAt == null && c.IsPrimary && c.Id != exceptId)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        if (primaries.Count == 0) return;
        // Runs immediately (not at SaveChanges) so the old primary is gone before the new one is written.
        await db.Contacts.Where(c => primaries.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPrimary, false).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        foreach (var id in primaries) audit.Record("contact", id, "update", new { is_primary = true }, new { is_primary = false });
    }

    /// <summary>After the primary contact is deleted, the oldest remaining live contact becomes primary.</summary>
    public static async Task PromoteOldestAsync(CrmDb db, AuditTrail audit, long customerId, DateTime now, CancellationToken cancellationToken)
    {
        var next = await db.Contacts.Where(c => c.CustomerId == customerId && c.DeletedAt == null)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (next is null || next.IsPrimary) return;
        next.IsPrimary = true;
        next.UpdatedAt = now;
        audit.Record("contact", next.Id, "update", new { is_primary = false }, new { is_primary = true });
    }

    /// <summary>The default order of a customer's contacts: the primary first, then oldest first (id breaks ties).</summary>
    public sealed class PrimaryFirst : ISortField<Contact>
    {
        sealed record Key(bool IsPrimary, DateTime CreatedAt);

        public string Name => "primary";

        public IOrderedQueryable<Contact> Order(IQueryable<Contact> query, bool descending) => descending
            ? query.OrderBy(c => c.IsPrimary).ThenByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            : query.OrderByDescending(c => c.IsPrimary).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id);

        public object? ValueOf(Contact row) => new Key(row.IsPrimary, row.CreatedAt);

        public IQueryable<Contact> After(IQueryable<Contact> query, JsonElement value, long id, bool descending)
        {
            // A cursor whose value is not this shape was forged: JsonException answers 400, never 500.
            var key = value.ValueKind == JsonValueKind.Object ? value.Deserialize<Key>(JsonConfig.Options)! : throw new JsonException();
            var (primary, at) = (key.IsPrimary, key.CreatedAt);
            if (!descending)
                return primary
                    ? query.Where(c => !c.IsPrimary || c.CreatedAt > at || (c.CreatedAt == at && c.Id > id))
                    : query.Where(c => !c.IsPrimary && (c.CreatedAt > at || (c.CreatedAt == at && c.Id > id)));
            return primary
                ? query.Where(c => c.IsPrimary && (c.CreatedAt < at || (c.CreatedAt == at && c.Id < id)))
                : query.Where(c => c.IsPrimary || c.CreatedAt < at || (c.CreatedAt == at && c.Id < id));
        }
    }
}
