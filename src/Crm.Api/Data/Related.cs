using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Deals;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Data;

/// <summary>
/// The records a response nests the way the Go original preloaded them (a deal's <c>customer</c>, an activity's
/// <c>customer</c>, <c>deal</c> and <c>contact</c>), loaded for a whole page at once: at most one query per kind, never
/// one per row. Soft-deleted records are shown with their <c>deleted_at</c>; records outside the caller's read scope are
/// left out (null), as they would be on their own routes.
/// </summary>
public sealed class Related
{
    readonly Dictionary<long, Customer> _customers;
    readonly Dictionary<long, Deal> _deals;
    readonly Dictionary<long, Contact> _contacts;

    Related(Dictionary<long, Customer> customers, Dictionary<long, Deal> deals, Dictionary<long, Contact> contacts) =>
        (_customers, _deals, _contacts) = (customers, deals, contacts);

    public static readonly Related None = new([], [], []);

    /// <summary>From records already read within the caller's reach (the customer page reads them in its one statement).</summary>
    public static Related Of(IEnumerable<Customer> customers, IEnumerable<Deal> deals) =>
        new(customers.ToDictionary(c => c.Id), deals.ToDictionary(d => d.Id), []);

    public static Task<Related> OfDealsAsync(CrmDb db, CurrentUser user, IEnumerable<Deal> deals, CancellationToken cancellationToken) =>
        LoadAsync(db, user, deals.Select(d => (long?)d.CustomerId), [], [], cancellationToken);

    /// <param name="known">A customer the caller already holds (the customer page's own), which is not read again.</param>
    public static Task<Related> OfActivitiesAsync(CrmDb db, CurrentUser user, IEnumerable<Activity> activities, bool withContacts,
        CancellationToken cancellationToken, Customer? known = null)
    {
        var list = activities as IReadOnlyCollection<Activity> ?? activities.ToList();
        return LoadAsync(db, user, list.Select(a => a.CustomerId), list.Select(a => a.DealId),
            withContacts ? list.Select(a => a.ContactId) : [], cancellationToken, known);
    }

    public static async Task<Related> LoadAsync(CrmDb db, CurrentUser user, IEnumerable<long?> customerIds, IEnumerable<long?> dealIds,
        IEnumerable<long?> contactIds, CancellationToken cancellationToken, Customer? known = null)
    {
        // Each kind is read within the caller's reach (the one reach rule): what they may not read stays null.
        var dealKeys = Keys(dealIds);
        var deals = dealKeys.Length == 0 ? []
            : await db.Deals.Within(db, user, Permission.DealsRead).AsNoTracking().Where(d => dealKeys.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, cancellationToken);
        var contactKeys = Keys(contactIds);
        var contacts = contactKeys.Length == 0 ? []
            : await db.Contacts.Within(db, user, Permission.ContactsRead).AsNoTracking().Where(c => contactKeys.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, cancellationToken);
        // The customers of the nested deals and contacts come in the same query: a nested record shows its own customer.
        var customerKeys = Keys(customerIds.Concat(deals.Values.Select(d => (long?)d.CustomerId)).Concat(contacts.Values.Select(c => (long?)c.CustomerId)))
            .Where(id => id != known?.Id).ToArray();
        var customers = customerKeys.Length == 0 ? []
            : await db.Customers.Within(db, user, Permission.CustomersRead).AsNoTracking().Where(c => customerKeys.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, cancellationToken);
        if (known is not null) customers[known.Id] = known;
        return new Related(customers, deals, contacts);
    }

    static long[] Keys(IEnumerable<long?> ids) => ids.OfType<long>().Distinct().ToArray();

    public CustomerSummary? Customer(long? id) => id is { } key && _customers.TryGetValue(key, out var c) ? c.ToSummary() : null;

    public DealResponse? Deal(long? id) => id is { } key && _deals.TryGetValue(key, out var d) ? d.ToResponse(Customer(d.CustomerId)) : null;

    public ContactResponse? Contact(long? id) =>
        id is { } key && _contacts.TryGetValue(key, out var c) ? c.ToResponse(Customer(c.CustomerId)) : null;
}
