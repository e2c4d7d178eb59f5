using System.Collections.Concurrent;
using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.Security;
using Npgsql;

namespace Crm.Api.Customers;

/// <summary>The customer record page in one statement, whatever the customer has (<see cref="SqlJson"/>).</summary>
public static class CustomerDetail
{
    public const int UpcomingActivities = 5, TimelineEvents = 10, RecentActivities = 5;

    /// <summary>
    /// What the page shows, as read. <c>UpcomingCount</c> is the Go original's <c>upcoming_activities_count</c>: scheduled
    /// and due after now. <c>RelatedDeals</c> and <c>RelatedCustomers</c> are what the activities nest (their deals, and
    /// those deals' customers when not this one).
    /// </summary>
    public sealed record Page(Customer Customer, List<TagSummary> Tags, CustomerCounts Counts, int UpcomingCount, List<Contact> Contacts,
        List<Deal> OpenDeals, List<Activity> Upcoming, List<Activity> Recent, List<Deal> RelatedDeals, List<Customer> RelatedCustomers,
        List<TimelineEvent> Timeline);

    /// <summary>
    /// The page of customer <paramref name="id"/>; null when it is gone or out of the caller's reach. Every related record
    /// goes through the reach rule too (<see cref="Reach.Sql"/>, the caller in <c>@reach</c>): on a customer the caller
    /// reaches, each of them is reached through that customer today, and the page stays right if the rule changes.
    /// </summary>
    public static Task<Page?> LoadAsync(CrmDb db, CurrentUser user, long id, DateTime now, CancellationToken cancellationToken)
    {
        var scopes = (user.ScopeOf(Permission.CustomersRead), user.ScopeOf(Permission.ContactsRead), user.ScopeOf(Permission.DealsRead),
            user.ScopeOf(Permission.ActivitiesRead), user.ScopeOf(Permission.NotesRead));
        var sql = Statements.GetOrAdd(scopes, Build);
        NpgsqlParameter[] parameters = sql.Contains("@reach")
            ? [new("id", id), new("now", now), new("reach", user.Id)]
            : [new("id", id), new("now", now)];
        return SqlJson.QueryAsync<Page>(db, sql, parameters, cancellationToken);
    }

    /// <summary>One text per combination of read scopes (a handful of roles), so that each is prepared once.</summary>
    static readonly ConcurrentDictionary<(Scope?, Scope?, Scope?, Scope?, Scope?), string> Statements = new();

    static string Build((Scope? Customers, Scope? Contacts, Scope? Deals, Scope? Activities, Scope? Notes) scopes)
    {
        static string Within(Scope? scope, string own) => scope switch { Scope.All => "TRUE", Scope.Own => own, _ => "FALSE" };
        var customer = Within(scopes.Customers, Reach.Sql.Customer("c"));
        string Contact(string a) => Within(scopes.Contacts, Reach.Sql.Contact(a));
        string Deal(string a) => Within(scopes.Deals, Reach.Sql.Deal(a));
        string Activity(string a) => Within(scopes.Activities, Reach.Sql.Activity(a));
        string Note(string a) => Within(scopes.Notes, Reach.Sql.Note(a));
        // Attachments are read with customers:read, as the attachment routes are.
        string Attachment(string a) => Within(scopes.Customers, Reach.Sql.Attachment(a));
        const string openStage = "EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.name = d.stage AND s.kind = 'open')";
        const string upcoming = "a.customer_id = @id AND a.deleted_at IS NULL AND a.status = 'scheduled'";

        // The activities on the page, with the deals they nest: the deal ids of both lists of five.
        var activities = $"""
            SELECT a.deal_id FROM (SELECT a.deal_id FROM activities a WHERE {upcoming} AND (a.due_date IS NULL OR a.due_date >= @now)
                                     AND {Activity("a")} ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT {UpcomingActivities}) a
            UNION SELECT a.deal_id FROM (SELECT a.deal_id FROM activities a WHERE a.customer_id = @id AND a.deleted_at IS NULL AND {Activity("a")}
                                     ORDER BY a.created_at DESC, a.id DESC LIMIT {RecentActivities}) a
            """;
        // deal_id = ANY (ARRAY(...)) rather than IN (SELECT ...): the array is computed once, so each branch of the
        // timeline is a BitmapOr of two index scans; an OR with an IN-subquery cannot use an index.
        const string dealsOfCustomer = "ARRAY(SELECT d.id FROM deals d WHERE d.customer_id = @id)";
        var timeline = $"""
            (SELECT 'activity' AS type, a.id, COALESCE(a.completed_at, a.created_at) AS occurred_at,
                    a.type || ': ' || a.title AS summary, a.assigned_to AS user_id, a.deal_id
               FROM activities a
              WHERE a.deleted_at IS NULL AND (a.customer_id = @id OR a.deal_id = ANY ({dealsOfCustomer})) AND {Activity("a")}
             UNION ALL
             SELECT 'note', n.id, n.created_at, left(n.content, 200), n.author_id, n.deal_id
               FROM notes n
              WHERE n.deleted_at IS NULL AND (n.customer_id = @id OR n.deal_id = ANY ({dealsOfCustomer})) AND {Note("n")}
             UNION ALL
             SELECT 'stage_change', h.id, h.changed_at,
                    d.title || ': ' || COALESCE(h.from_stage, '(new)') || ' → ' || h.to_stage, h.changed_by, d.id
               FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id
              WHERE d.customer_id = @id AND d.deleted_at IS NULL AND {Deal("d")}) t
            """;
        return $"""
            SELECT jsonb_build_object(
              'customer', {SqlJson.Row("c")},
              'tags', {SqlJson.Array("jsonb_build_object('id', t.id, 'name', t.name, 'color', t.color)",
                  "customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = @id AND t.deleted_at IS NULL", "t.name, t.id")},
              'counts', jsonb_build_object(
                'contacts', (SELECT count(*) FROM contacts x WHERE x.customer_id = @id AND x.deleted_at IS NULL AND {Contact("x")}),
                'open_deals', (SELECT count(*) FROM deals d WHERE d.customer_id = @id AND d.deleted_at IS NULL AND {openStage} AND {Deal("d")}),
                'activities', (SELECT count(*) FROM activities a WHERE a.customer_id = @id AND a.deleted_at IS NULL AND {Activity("a")}),
                'notes', (SELECT count(*) FROM notes n WHERE n.customer_id = @id AND n.deleted_at IS NULL AND {Note("n")}),
                'attachments', (SELECT count(*) FROM attachments f WHERE f.customer_id = @id AND f.deleted_at IS NULL AND {Attachment("f")})),
              'upcoming_count', (SELECT count(*) FROM activities a WHERE {upcoming} AND a.due_date > @now AND {Activity("a")}),
              'contacts', {SqlJson.Array(SqlJson.Row("x"), $"contacts x WHERE x.customer_id = @id AND x.deleted_at IS NULL AND {Contact("x")}",
                  "x.is_primary DESC, x.created_at, x.id")},
              'open_deals', {SqlJson.Array(SqlJson.Row("d"), $"deals d WHERE d.customer_id = @id AND d.deleted_at IS NULL AND {openStage} AND {Deal("d")}",
                  "d.created_at DESC, d.id DESC")},
              'upcoming', {SqlJson.Array(SqlJson.Row("a"), $"activities a WHERE {upcoming} AND (a.due_date IS NULL OR a.due_date >= @now) AND {Activity("a")}",
                  "a.due_date IS NULL, a.due_date, a.id", UpcomingActivities)},
              'recent', {SqlJson.Array(SqlJson.Row("a"), $"activities a WHERE a.customer_id = @id AND a.deleted_at IS NULL AND {Activity("a")}",
                  "a.created_at DESC, a.id DESC", RecentActivities)},
              'related_deals', {SqlJson.Array(SqlJson.Row("d"), $"deals d WHERE d.id IN ({activities}) AND {Deal("d")}", "d.id")},
              'related_customers', {SqlJson.Array(SqlJson.Row("r"), $"""
                  customers r WHERE r.id <> @id AND r.id IN (SELECT d.customer_id FROM deals d WHERE d.id IN ({activities}) AND {Deal("d")})
                    AND {Within(scopes.Customers, Reach.Sql.Customer("r"))}
                  """, "r.id")},
              'timeline', {SqlJson.Array("to_jsonb(t)", timeline, "t.occurred_at DESC, t.id DESC", TimelineEvents)}
            ) AS doc
            FROM customers c
            WHERE c.id = @id AND c.deleted_at IS NULL AND {customer}
            """;
    }

    public static CustomerDetailResponse ToResponse(this Page page, DateTime now, Included? included)
    {
        var c = page.Customer;
        var related = Related.Of([c, .. page.RelatedCustomers], page.RelatedDeals);
        var summary = c.ToSummary();
        return new CustomerDetailResponse(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Role, c.Status, c.AssignedTo, c.Contacted,
            c.NextFollowUpAt, c.PreferredContactMethod, c.DoNotContact, c.Notes, page.Tags, c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Values(),
            Preconditions.Version(c.Version), page.Contacts.Select(x => x.ToResponse(summary)).ToList(),
            page.OpenDeals.Select(d => d.ToResponse(summary)).ToList(), page.Upcoming.Select(a => a.ToResponse(now, related)).ToList(),
            page.Timeline, page.Counts, page.Counts.Contacts, page.Counts.OpenDeals, page.UpcomingCount,
            page.Recent.Select(a => a.ToResponse(now, related)).ToList(), included, c.ExternalId);
    }
}
