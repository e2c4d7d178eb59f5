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
            Scope.Own => query.Where(Own<T>(db, user.Id)),
            _ => query.Where(_ => false),
        };

    /// <summary>The rows of <paramref name="query"/> within the reach of user <paramref name="reach"/>; every row when null (see <see cref="SqlParameter"/>).</summary>
    public static IQueryable<T> ReachedBy<T>(this IQueryable<T> query, CrmDb db, long? reach) where T : class =>
        reach is { } me ? query.Where(Own<T>(db, me)) : query;

    /// <summary>Does the caller reach record <paramref name="id"/> (live or not) under <paramref name="permission"/>?</summary>
    public static async Task<bool> ReachesAsync<T>(this CrmDb db, CurrentUser user, string permission, long id,
        CancellationToken cancellationToken) where T : class => user.ScopeOf(permission) switch
        {
            Scope.All => true,
            Scope.Own => await db.Set<T>().Where(r => EF.Property<long>(r, "Id") == id).Where(Own<T>(db, user.Id)).AnyAsync(cancellationToken),
            _ => false,
        };

    /// <summary>The predicate "user <paramref name="me"/> owns this record", for each kind of record.</summary>
    static Expression<Func<T, bool>> Own<T>(CrmDb db, long me)
    {
        // Each predicate reaches through the ones before it; EF Core inlines the captured queries as correlated EXISTS.
        Expression<Func<Customer, bool>> customer = c => c.AssignedTo == me;
        var customers = db.Customers.Where(customer);
        Expression<Func<Deal, bool>> deal = d => d.OwnerId == me || customers.Any(c => c.Id == d.CustomerId);
        var deals = db.Deals.Where(deal);
        Expression<Func<Activity, bool>> activity = a => a.AssignedTo == me
            || customers.Any(c => c.Id == a.CustomerId) || deals.Any(d => d.Id == a.DealId);
        var activities = db.Activities.Where(activity);
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

    /// <summary>
    /// The same rule as SQL conditions on a row aliased <c>alias</c>, for the caller id in parameter <c>@reach</c>
    /// (NULL = every row). Parameters only: nothing from a request is spliced into the text.
    /// </summary>
    public static class Sql
    {
        static string OfCustomer(string customerId) =>
            $"EXISTS (SELECT 1 FROM customers rc WHERE rc.id = {customerId} AND rc.assigned_to = @reach)";

        static string OfDeal(string dealId) =>
            $"EXISTS (SELECT 1 FROM deals rd WHERE rd.id = {dealId} AND (rd.owner_id = @reach OR {OfCustomer("rd.customer_id")}))";

        public static string Customer(string alias) => $"(@reach::bigint IS NULL OR {alias}.assigned_to = @reach)";

        public static string Deal(string alias) =>
            $"(@reach::bigint IS NULL OR {alias}.owner_id = @reach OR {OfCustomer($"{alias}.customer_id")})";

        public static string Activity(string alias) =>
            $"(@reach::bigint IS NULL OR {alias}.assigned_to = @reach OR {OfCustomer($"{alias}.customer_id")} OR {OfDeal($"{alias}.deal_id")})";

        public static string Note(string alias) =>
            $"(@reach::bigint IS NULL OR {alias}.author_id = @reach OR {OfCustomer($"{alias}.customer_id")} OR {OfDeal($"{alias}.deal_id")})";
    }

    /// <summary>The value of <c>@reach</c> for the caller under <paramref name="permission"/>: their id when their scope is own.</summary>
    public static long? SqlParameter(CurrentUser user, string permission) => user.ScopeOf(permission) switch
    {
        Scope.All => null,
        Scope.Own => user.Id,
        _ => throw new InvalidOperationException($"{permission} is not granted: the endpoint's permission should have refused"),
    };
}
