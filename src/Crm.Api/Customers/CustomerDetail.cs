using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api.Customers;

/// <summary>The customer record page: the customer and its related lists, in seven queries whatever it has.</summary>
public static class CustomerDetail
{
    public const int UpcomingActivities = 5, TimelineEvents = 10, RecentActivities = 5;

    /// <remarks><c>UpcomingCount</c> is the Go original's <c>upcoming_activities_count</c>: scheduled and due after now.</remarks>
    public sealed record Head(Customer Customer, List<TagSummary> Tags, CustomerCounts Counts, int UpcomingCount);

    /// <summary>
    /// The customer with its live tags and the counts of its related records, in one query; null when it is gone or out
    /// of the caller's reach. Every related record on the page goes through the reach rule too: on a customer the
    /// caller reaches, each of them is reached through that customer today, and the page stays right if the rule changes.
    /// </summary>
    public static Task<Head?> LoadHeadAsync(CrmDb db, CurrentUser user, long id, DateTime now, CancellationToken cancellationToken)
    {
        var contacts = db.Contacts.Within(db, user, Permission.ContactsRead);
        var deals = db.Deals.Within(db, user, Permission.DealsRead);
        var activities = db.Activities.Within(db, user, Permission.ActivitiesRead);
        var notes = db.Notes.Within(db, user, Permission.NotesRead);
        var attachments = db.Attachments.Within(db, user, Permission.CustomersRead);
        return db.Customers.Within(db, user, Permission.CustomersRead).AsNoTracking()
            .Where(c => c.Id == id && c.DeletedAt == null)
            .Select(c => new Head(c,
                c.CustomerTags.Where(ct => ct.Tag!.DeletedAt == null).OrderBy(ct => ct.Tag!.Name)
                    .Select(ct => new TagSummary(ct.Tag!.Id, ct.Tag.Name, ct.Tag.Color)).ToList(),
                new CustomerCounts(
                    contacts.Count(x => x.CustomerId == id && x.DeletedAt == null),
                    deals.Count(d => d.CustomerId == id && d.DeletedAt == null
                        && db.PipelineStages.Any(s => s.Name == d.Stage && s.Kind == PipelineStages.StageKind.Open)),
                    activities.Count(a => a.CustomerId == id && a.DeletedAt == null),
                    notes.Count(n => n.CustomerId == id && n.DeletedAt == null),
                    attachments.Count(a => a.CustomerId == id && a.DeletedAt == null)),
                activities.Count(a => a.CustomerId == id && a.DeletedAt == null && a.Status == ActivityStatus.Scheduled && a.DueDate > now)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The customer's last events: its activities and notes (with those of its deals) and its deals' stage changes, each
    /// within the caller's reach (a stage change through its deal; <c>@reach</c>: see <see cref="Reach.Sql"/>).
    /// deal_id = ANY (ARRAY(...)) rather than IN (SELECT ...): the array is computed once, so each branch is a BitmapOr
    /// of two index scans; an OR with an IN-subquery cannot use an index and scans all activities and notes.
    /// </summary>
    static readonly string TimelineSql = $"""
            SELECT 'activity' AS "Type", a.id AS "Id", COALESCE(a.completed_at, a.created_at) AS "OccurredAt",
                   a.type || ': ' || a.title AS "Summary", a.assigned_to AS "UserId", a.deal_id AS "DealId"
              FROM activities a
             WHERE a.deleted_at IS NULL
               AND (a.customer_id = @id OR a.deal_id = ANY (ARRAY(SELECT d.id FROM deals d WHERE d.customer_id = @id)))
               AND {Reach.Sql.Activity("a")}
            UNION ALL
            SELECT 'note', n.id, n.created_at, left(n.content, 200), n.author_id, n.deal_id
              FROM notes n
             WHERE n.deleted_at IS NULL
               AND (n.customer_id = @id OR n.deal_id = ANY (ARRAY(SELECT d.id FROM deals d WHERE d.customer_id = @id)))
               AND {Reach.Sql.Note("n")}
            UNION ALL
            SELECT 'stage_change', h.id, h.changed_at,
                   d.title || ': ' || COALESCE(h.from_stage, '(new)') || ' → ' || h.to_stage, h.changed_by, d.id
              FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id
             WHERE d.customer_id = @id AND d.deleted_at IS NULL AND {Reach.Sql.Deal("d")}
            ORDER BY "OccurredAt" DESC, "Id" DESC
            LIMIT @limit
            """;

    public static async Task<CustomerDetailResponse> LoadAsync(CrmDb db, CurrentUser user, Head head, DateTime now, Included? included,
        CancellationToken cancellationToken)
    {
        var (c, tags, counts, upcomingCount) = head;
        var id = c.Id;
        var contacts = await db.Contacts.Within(db, user, Permission.ContactsRead).AsNoTracking()
            .Where(x => x.CustomerId == id && x.DeletedAt == null)
            .OrderByDescending(x => x.IsPrimary).ThenBy(x => x.CreatedAt).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);

        var openDeals = await db.Deals.Within(db, user, Permission.DealsRead).AsNoTracking()
            .Where(d => d.CustomerId == id && d.DeletedAt == null
                && db.PipelineStages.Any(s => s.Name == d.Stage && s.Kind == PipelineStages.StageKind.Open))
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);

        var upcoming = await db.Activities.Within(db, user, Permission.ActivitiesRead).AsNoTracking()
            .Where(a => a.CustomerId == id && a.DeletedAt == null && a.Status == ActivityStatus.Scheduled
                && (a.DueDate == null || a.DueDate >= now))
            .OrderBy(a => a.DueDate == null).ThenBy(a => a.DueDate).ThenBy(a => a.Id)
            .Take(UpcomingActivities)
            .ToListAsync(cancellationToken);

        // The Go original's recent activities: the latest created.
        var recent = await db.Activities.Within(db, user, Permission.ActivitiesRead).AsNoTracking()
            .Where(a => a.CustomerId == id && a.DeletedAt == null)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(RecentActivities)
            .ToListAsync(cancellationToken);
        var related = await Related.OfActivitiesAsync(db, user, [.. upcoming, .. recent], withContacts: false, cancellationToken, known: c);

        var timeline = await db.Database.SqlQueryRaw<TimelineEvent>(TimelineSql,
            new NpgsqlParameter("id", id), new NpgsqlParameter("limit", TimelineEvents),
            new NpgsqlParameter("reach", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)Reach.SqlParameter(user, Permission.ActivitiesRead) ?? DBNull.Value })
            .ToListAsync(cancellationToken);

        var summary = c.ToSummary();
        return new CustomerDetailResponse(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted,
            c.NextFollowUpAt, c.PreferredContactMethod, c.DoNotContact, c.Notes, tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Values(),
            Preconditions.Version(c.Version), contacts.Select(x => x.ToResponse(summary)).ToList(), openDeals.Select(d => d.ToResponse(summary)).ToList(),
            upcoming.Select(a => a.ToResponse(now, related)).ToList(), timeline, counts,
            counts.Contacts, counts.OpenDeals, upcomingCount, recent.Select(a => a.ToResponse(now, related)).ToList(),
            included, c.ExternalId);
    }
}
