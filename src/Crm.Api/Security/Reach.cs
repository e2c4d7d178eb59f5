using System.Linq.Expressions;
using Crm.Api.Activities;
using Crm.Api.Attachments;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Notes;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Security;

/// <summary>
/// THE reach rule (contract section 3): which records are a user's "own". A customer assigned to them; a deal they
/// own, or of a customer of theirs; an activity assigned to them, or of a customer or deal of theirs; a contact of a
/// customer of theirs (contacts belong to customers, not deals); a note they wrote, or on a customer or deal of theirs; an
/// attachment on a customer, deal or activity of theirs. Legacy activities and notes linked to nothing are reached by
/// their assignee or author alone (and by every caller whose scope is all).
/// <para>
/// A caller whose scope for a permission is <see cref="Scope.Own"/> sees only these records: every list, count, detail
/// page, sub-collection and report filters with <see cref="Within{T}"/>, and a single record is checked with
/// <see cref="ReachesAsync{T}"/> (the same predicate on one row). A record outside the read reach answers 404 as if it
/// did not exist. The raw-SQL surfaces (timeline, overview) use <see cref="Sql"/>, the same rule written for
/// PostgreSQL; keep the two side by side.
/// </para>
/// Each "of theirs" is an EXISTS probe by primary key, so a filtered list walks its usual index and probes only the
/// rows it reads (<c>docs/performance.md</c>).
/// </summary>
public static class Reach
{
    /// <summary>The rows of <paramref name="query"/> the caller reaches under <paramref name="permission"/>: all, their own, or none.</summary>
    public static IQueryable<T> Within<T>(this IQueryable<T> query, CrmDb db, CurrentUser user, string permission) where T : class =>
        user.ScopeOf(permission) switch
        {
            Scope.All => query,
            Scope.Own => query.ReachedBy(db, user.Id),
            _ => query.Where(_ => false),
        };

    /// <summary>The rows of <paramref name="query"/> within the reach of user <paramref name="reach"/>; every row when null (see <see cref="SqlParameter"/>).</summary>
    public static IQueryable<T> ReachedBy<T>(this IQueryable<T> query, CrmDb db, long? reach) where T : class =>
        reach is { } me ? query.Where(Own<T>(db, me)) : query;

    /// <summary>Below this many records of their own a caller's big list is read from their records up (see <see cref="WithinListAsync{T}"/>).</summary>
    public const int FewRecords = 2_000;

    /// <summary>
    /// <see cref="Within{T}"/> for the big lists (deals, activities), in the form PostgreSQL runs fast for this caller.
    /// The predicate (an OR of EXISTS probes) has no index of its own: a page walks the list's sort index and probes each
    /// row, which is quick when the caller's records are common (9–20 ms at 1M customers for an agent with 2 % of the
    /// book) and reads the whole table when they are rare (1.5 s for deals, 21 s for activities at 1M for an agent with
    /// none). So a caller with few records of their own (assigned or owned rows, customers) gets the same rule as
    /// disjoint parts joined by UNION ALL, each starting from their rows through an index (3 ms for that agent).
    /// </summary>
    public static async Task<IQueryable<T>> WithinListAsync<T>(this IQueryable<T> query, CrmDb db, CurrentUser user, string permission,
        CancellationToken cancellationToken) where T : class
    {
        if (user.ScopeOf(permission) != Scope.Own) return query.Within(db, user, permission);
        var me = user.Id;
        var direct = typeof(T) == typeof(Deal)
            ? db.Deals.Where(d => d.DeletedAt == null && d.OwnerId == me).Select(d => d.Id)
            : db.Activities.Where(a => a.DeletedAt == null && a.AssignedTo == me).Select(a => a.Id);
        var many = await direct.Skip(FewRecords).AnyAsync(cancellationToken)
            || await CustomersOf(db, me).Select(c => c.Id).Skip(FewRecords).AnyAsync(cancellationToken);
        return many ? query.Where(Own<T>(db, me)) : query switch
        {
            IQueryable<Deal> deals => (IQueryable<T>)DealsInParts(deals, db, me),
            IQueryable<Activity> activities => (IQueryable<T>)ActivitiesInParts(activities, db, me),
            _ => throw new NotSupportedException($"No list in parts for {typeof(T).Name}"),
        };
    }

    /// <summary>Does the caller reach record <paramref name="id"/> (live or not) under <paramref name="permission"/>?</summary>
    public static async Task<bool> ReachesAsync<T>(this CrmDb db, CurrentUser user, string permission, long id,
        CancellationToken cancellationToken) where T : class => user.ScopeOf(permission) switch
        {
            Scope.All => true,
            Scope.Own => await db.Set<T>().Where(r => EF.Property<long>(r, "Id") == id).Where(Own<T>(db, user.Id)).AnyAsync(cancellationToken),
            _ => false,
        };

    /// <summary>The predicate "user <paramref name="me"/> owns this record", for each kind of record.</summary>
    internal static Expression<Func<T, bool>> Own<T>(CrmDb db, long me)
    {
        // Each predicate reaches through the ones before it; EF Core inlines the captured queries as correlated EXISTS.
        // Only live records pass reach on: a soft-deleted customer stamps its deals and activities with it anyway, and
        // "live" lets PostgreSQL use the partial indexes (a hash of the caller's customers from ix_customers_assigned_to).
        Expression<Func<Customer, bool>> customer = c => c.AssignedTo == me;
        var customers = CustomersOf(db, me);
        Expression<Func<Deal, bool>> deal = d => d.OwnerId == me || customers.Any(c => c.Id == d.CustomerId);
        var deals = db.Deals.Where(d => d.DeletedAt == null).Where(deal);
        Expression<Func<Activity, bool>> activity = a => a.AssignedTo == me
            || customers.Any(c => c.Id == a.CustomerId) || deals.Any(d => d.Id == a.DealId);
        var activities = db.Activities.Where(a => a.DeletedAt == null).Where(activity);
        Expression<Func<Contact, bool>> contact = x => customers.Any(c => c.Id == x.CustomerId);
        Expression<Func<Note, bool>> note = n => n.AuthorId == me
            || customers.Any(c => c.Id == n.CustomerId) || deals.Any(d => d.Id == n.DealId);
        Expression<Func<Attachment, bool>> attachment = f => customers.Any(c => c.Id == f.CustomerId)
            || deals.Any(d => d.Id == f.DealId) || activities.Any(a => a.Id == f.ActivityId);

        LambdaExpression own = typeof(T) switch
        {
            var t when t == typeof(Customer) => customer,
            var t when t == typeof(Deal) => deal,
            var t when t == typeof(Activity) => activity,
            var t when t == typeof(Contact) => contact,
            var t when t == typeof(Note) => note,
            var t when t == typeof(Attachment) => attachment,
            _ => throw new NotSupportedException($"No reach rule for {typeof(T).Name}"),
        };
        return (Expression<Func<T, bool>>)own;
    }

    static IQueryable<Customer> CustomersOf(CrmDb db, long me) => db.Customers.Where(c => c.DeletedAt == null && c.AssignedTo == me);

    // Exactly Own<Deal>/Own<Activity>, as disjoint parts: each is a plain condition or a semi-join from the caller's own rows
    // and excludes the parts before it.
    internal static IQueryable<Deal> DealsInParts(IQueryable<Deal> deals, CrmDb db, long me)
    {
        var customers = CustomersOf(db, me);
        return deals.Where(d => d.OwnerId == me)
            .Concat(deals.Where(d => d.OwnerId != me && customers.Any(c => c.Id == d.CustomerId)));
    }

    internal static IQueryable<Activity> ActivitiesInParts(IQueryable<Activity> activities, CrmDb db, long me)
    {
        var customers = CustomersOf(db, me);
        var ownDeals = db.Deals.Where(d => d.DeletedAt == null && d.OwnerId == me);
        var dealsOfCustomers = db.Deals.Where(d => d.DeletedAt == null && customers.Any(c => c.Id == d.CustomerId));
        var others = activities.Where(a => a.AssignedTo != me);
        var notThroughCustomer = others.Where(a => !customers.Any(c => c.Id == a.CustomerId));
        return activities.Where(a => a.AssignedTo == me)
            .Concat(others.Where(a => customers.Any(c => c.Id == a.CustomerId)))
            .Concat(notThroughCustomer.Where(a => ownDeals.Any(d => d.Id == a.DealId)))
            .Concat(notThroughCustomer.Where(a => !ownDeals.Any(d => d.Id == a.DealId) && dealsOfCustomers.Any(d => d.Id == a.DealId)));
    }

    /// <summary>
    /// The same rule as SQL conditions on a row aliased <c>alias</c>, for the caller id in parameter <c>@reach</c>
    /// (NULL = every row). Parameters only: nothing from a request is spliced into the text.
    /// </summary>
    public static class Sql
    {
        static string OfCustomer(string customerId) =>
            $"EXISTS (SELECT 1 FROM customers rc WHERE rc.id = {customerId} AND rc.deleted_at IS NULL AND rc.assigned_to = @reach)";

        static string OfDeal(string dealId) =>
            $"EXISTS (SELECT 1 FROM deals rd WHERE rd.id = {dealId} AND rd.deleted_at IS NULL AND (rd.owner_id = @reach OR {OfCustomer("rd.customer_id")}))";

        public static string Customer(string alias) => $"(@reach::bigint IS NULL OR {alias}.assigned_to = @reach)";

        public static string Deal(string alias) =>
            $"(@reach::bigint IS NULL OR {alias}.owner_id = @reach OR {OfCustomer($"{alias}.customer_id")})";

        public static string Activity(string alias) =>
            $"(@reach::bigint IS NULL OR {alias}.assigned_to = @reach OR {OfCustomer($"{alias}.customer_id")} OR {OfDeal($"{alias}.deal_id")})";

        public static string Note(string alias) =>
            $"(@reach::bigint IS NULL OR {alias}.author_id = @reach OR {OfCustomer($"{alias}.customer_id")} OR {OfDeal($"{alias}.deal_id")})";

        public static string Contact(string alias) => $"(@reach::bigint IS NULL OR {OfCustomer($"{alias}.customer_id")})";

        public static string Attachment(string alias) =>
            $"(@reach::bigint IS NULL OR {OfCustomer($"{alias}.customer_id")} OR {OfDeal($"{alias}.deal_id")} OR {OfActivity($"{alias}.activity_id")})";

        static string OfActivity(string activityId) =>
            $"EXISTS (SELECT 1 FROM activities ra WHERE ra.id = {activityId} AND ra.deleted_at IS NULL AND {Activity("ra")})";
    }

    /// <summary>The value of <c>@reach</c> for the caller under <paramref name="permission"/>: their id when their scope is own.</summary>
    public static long? SqlParameter(CurrentUser user, string permission) => user.ScopeOf(permission) switch
    {
        Scope.All => null,
        Scope.Own => user.Id,
        _ => throw new InvalidOperationException($"{permission} is not granted: the endpoint's permission should have refused"),
    };
}
