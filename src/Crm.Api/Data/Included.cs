using Crm.Api.Activities;
using Crm.Api.Attachments;
using Crm.Api.Configuration;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.Notes;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Crm.Api.Tags;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Data;

/// <summary>
/// The related lists a record page asks for with <c>include=</c> (GET /admin/customers/{id} and /admin/deals/{id}), so that
/// the page is one call. Each is what the list route that serves it alone answers with <c>page_size=100</c>: its first
/// page, in that route's default order, with its bounded count, within the caller's reach (a route that would answer 404
/// because its record is out of reach gives an empty list). A member not asked for is null.
/// </summary>
public sealed record Included(
    ListResponse<ContactResponse>? Contacts, ListResponse<DealResponse>? Deals, ListResponse<ActivityResponse>? Activities,
    ListResponse<NoteResponse>? Notes, ListResponse<AttachmentResponse>? Attachments, ListResponse<TagResponse>? Tags)
{
    public const int PageSize = 100;

    public static readonly string[] Names = ["contacts", "deals", "activities", "notes", "attachments", "tags"];

    public static readonly QueryParameter Parameter = new("include",
        $"Comma-separated related lists to add under `included`, each the first {PageSize} rows of its own list route in that route's "
        + "default order, within the caller's reach (`total` says whether there are more): `contacts` (GET /admin/customers/{id}/contacts), "
        + "`deals` (GET /admin/deals?customer_id=), `activities` (GET /admin/activities?customer_id=, on a deal ?deal_id=), `notes` and "
        + "`attachments` (the record's own notes and attachments routes), `tags` (GET /admin/tags?ids= of the customer's tags). On a deal, "
        + "contacts, deals and tags are those of its customer.",
        "string", Values: Names, CommaList: true);

    /// <summary>The lists named by <c>include</c> (validated on <paramref name="query"/>); null when none are asked for.</summary>
    public static string[]? Read(QueryReader query) => query.Enums("include", Names);

    /// <summary>
    /// Loads the lists named in <paramref name="names"/> for the page of customer <paramref name="customerId"/> (shown as
    /// <paramref name="customer"/>, null when the caller does not reach it) or of deal <paramref name="dealId"/> on it.
    /// </summary>
    public static async Task<Included?> LoadAsync(HttpContext context, string[]? names, long customerId, CustomerSummary? customer, long? dealId,
        DateTime now, CancellationToken cancellationToken)
    {
        if (names is null) return null;
        var services = context.RequestServices;
        var db = services.GetRequiredService<CrmDb>();
        var user = context.Features.Get<CurrentUser>()!;
        var settings = services.GetRequiredService<CrmSettings>();
        var counts = services.GetRequiredService<ListCounts>();
        var page = $"{user.Id}:{user.RoleName}|include {(dealId is { } deal ? $"deal {deal}" : $"customer {customerId}")}";

        // Each list is read only when asked for: its rows are built on demand.
        async Task<ListResponse<TOut>?> ListAsync<T, TOut>(string name, Func<Task<IQueryable<T>>> rows, IReadOnlyList<ISortField<T>> fields,
            string sort, bool descending, Func<List<T>, Task<IReadOnlyList<TOut>>> map)
        {
            if (!names.Contains(name)) return null;
            var list = ListRequest<T>.FirstPage(fields, sort, descending, PageSize, $"{page} {name}", counts);
            return (ListResponse<TOut>)await list.ExecuteAsync(await rows(), settings.CountLimit, map, cancellationToken);
        }

        static Task<IQueryable<T>> Query<T>(IQueryable<T> rows) => Task.FromResult(rows);
        static Task<IReadOnlyList<TOut>> Map<T, TOut>(List<T> rows, Func<T, TOut> map) => Task.FromResult<IReadOnlyList<TOut>>(rows.Select(map).ToList());

        var contacts = await ListAsync("contacts",
            () => Query(db.Contacts.Within(db, user, Permission.ContactsRead).AsNoTracking().Where(c => c.CustomerId == customerId && c.DeletedAt == null)),
            ContactEndpoints.SortFields, "primary", false, rows => Map(rows, c => c.ToResponse(customer)));

        var deals = await ListAsync("deals",
            async () => (await db.Deals.Where(d => d.DeletedAt == null).WithinListAsync(db, user, Permission.DealsRead, cancellationToken))
                .Where(d => d.CustomerId == customerId).AsNoTracking(),
            DealSorting.Fields(db, new Dictionary<string, int>()), "created_at", true, DealEndpoints.ToResponses(db, user, cancellationToken));

        var activities = await ListAsync("activities", async () =>
            {
                var rows = db.Activities.Where(a => a.DeletedAt == null);
                rows = dealId is null ? rows.Where(a => a.CustomerId == customerId) : rows.Where(a => a.DealId == dealId);
                return (await rows.WithinListAsync(db, user, Permission.ActivitiesRead, cancellationToken)).AsNoTracking();
            },
            ActivitySorting.List, "due_date", false, ActivityEndpoints.ToResponses(db, user, now, cancellationToken));

        var notes = await ListAsync("notes", () =>
            {
                var rows = NoteEndpoints.LiveNotes(db).Within(db, user, Permission.NotesRead);
                return Query((dealId is null ? rows.Where(n => n.CustomerId == customerId) : rows.Where(n => n.DealId == dealId)).AsNoTracking());
            },
            NoteEndpoints.SortFields, "created_at", true, rows => Map(rows, n => n.ToResponse()));

        // An attachment is read with the permission of the record it is on (AttachmentParent.ReadPermission).
        var links = services.GetRequiredService<AttachmentLinks>();
        var attachments = await ListAsync("attachments", () => Query((dealId is null
                    ? db.Attachments.Within(db, user, Permission.CustomersRead).Where(a => a.CustomerId == customerId)
                    : db.Attachments.Within(db, user, Permission.DealsRead).Where(a => a.DealId == dealId))
                .Where(a => a.DeletedAt == null).AsNoTracking()),
            AttachmentEndpoints.SortFields, "created_at", true, rows => Map(rows, a => a.ToResponse(links, user.Id)));

        // A customer's tags are part of the customer: none when the caller does not reach it.
        var reached = customer is not null;
        var tags = await ListAsync("tags",
            () => Query(TagEndpoints.Rows(db, db.Tags.AsNoTracking()
                .Where(t => reached && db.CustomerTags.Any(ct => ct.CustomerId == customerId && ct.TagId == t.Id)))),
            TagEndpoints.SortFields, "name", false, rows => Map(rows, r => r.ToResponse()));

        return new Included(contacts, deals, activities, notes, attachments, tags);
    }
}
