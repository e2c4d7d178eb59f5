using System.ComponentModel;
using Crm.Api.Configuration;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api.Merges;

/// <summary>Two records of a duplicate group that look alike, and why.</summary>
public sealed record DuplicatePair(
    [property: Description("The two record ids, the smaller first.")] IReadOnlyList<long> Ids,
    [property: Description("How alike they are, 0..1: 1 − ∏(1 − weight) over the reasons (email 0.95, phone 0.9, name_company its similarity).")] double Score,
    [property: Description("Of `email` (equal ignoring case; for customers also one's e-mail equal to a contact's of the other), `phone` (the same digits, at least 7), `name_company` (trigram similarity at or above DUPLICATE_THRESHOLD).")]
    IReadOnlyList<string> Reasons,
    [property: Description("The trigram similarity of name and company (contacts: of first and last name), when it is a reason.")] double? Similarity);

public sealed record CustomerDuplicateGroup(
    [property: Description("The group's id: its smallest customer id.")] long Id,
    [property: Description("The best score of its pairs.")] double Score, IReadOnlyList<string> Reasons,
    IReadOnlyList<CustomerSummary> Customers, IReadOnlyList<DuplicatePair> Pairs);

public sealed record ContactDuplicateGroup(
    [property: Description("The group's id: its smallest contact id.")] long Id, double Score, IReadOnlyList<string> Reasons,
    IReadOnlyList<ContactResponse> Contacts, IReadOnlyList<DuplicatePair> Pairs);

public static class MergeEndpoints
{
    static readonly QueryParameter[] Paging =
    [
        new("page", "Page number.", "integer", Format: "int32", Minimum: 1, Maximum: 1_000_000, Default: "1"),
        new("page_size", "Groups per page (DEFAULT_PAGE_SIZE when absent).", "integer", Format: "int32", Minimum: 1, Maximum: 100),
    ];

    public static void MapMerges(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").WithTags("Duplicates and merges");
        group.MapGet("/customers/duplicates", ListCustomerDuplicates).RequirePermission(Permission.RecordsMerge).WithName("ListCustomerDuplicates")
            .WithSummary("Groups of live customers that look alike, best score first (precomputed in the background)")
            .WithDescription("""
                Reads the candidates a background pass keeps (seconds behind the writes that matter: name, e-mail, phone, company,
                deletes, contacts' e-mails). Customers look alike when they share an e-mail ignoring case (a customer's own, or one
                of the other's contacts'), the digits of a phone (at least 7), or when their "name company" reach the trigram
                similarity DUPLICATE_THRESHOLD (default 0.8; names are compared among customers of the same name, or of the same
                company whose names start with the same two letters). A group is a connected set of such pairs.
                """)
            .ProducesList<CustomerDuplicateGroup>(Paging).MayFail(403, "INSUFFICIENT_PERMISSIONS");
        group.MapGet("/customers/{id}/contacts/duplicates", ListContactDuplicates).RequirePermission(Permission.RecordsMerge)
            .WithName("ListContactDuplicates").WithSummary("Groups of a customer's live contacts that look alike, best score first")
            .WithDescription("The same rules as customers' duplicates, within one customer: e-mail, phone digits, first and last name similarity.")
            .ProducesList<ContactDuplicateGroup>(Paging).MayFail(404, "CUSTOMER_NOT_FOUND");
        group.MapPost("/customers/{id}/merge", CustomerMerge.Merge).RequirePermission(Permission.RecordsMerge).WithName("MergeCustomer")
            .WithSummary("Merges a duplicate customer into this one, in one transaction")
            .WithDescription("""
                The source's live contacts, deals, activities, notes and attachments move to this customer (activities and notes of a
                moved deal follow it), it gains the source's tags, the fields named `source` in `prefer` are copied, and the source is
                soft-deleted with `merged_into_id` (its GET answers 404 naming this customer). Both are audited as `merge` and emit
                `customer.merged`. `If-Match` applies to this customer. A source already merged answers 409 MERGE_CONFLICT with its
                `merged_into_id`; two merges of one pair at once run one after the other.
                """)
            .Produces<CustomerMergeResponse>().MayFail(404, "CUSTOMER_NOT_FOUND").MayFail(409, "MERGE_CONFLICT", "EXTERNAL_ID_EXISTS")
            .MayFail(412, "PRECONDITION_FAILED");
        group.MapPost("/customers/{id}/unmerge", CustomerMerge.Unmerge).RequirePermission(Permission.RecordsMerge).WithName("UnmergeCustomer")
            .WithSummary("Undoes a merge into this customer: moves back exactly what moved, restores the copied fields and the source")
            .WithDescription("""
                Records added to this customer since the merge stay. A copied field changed since the merge answers 409 MERGE_CONFLICT
                naming the fields (`data.fields`), and nothing changes. Audited as `unmerge` on both; the source emits
                `customer.restored`, this customer `customer.updated`.
                """)
            .Produces<CustomerUnmergeResponse>().MayFail(404, "CUSTOMER_NOT_FOUND").MayFail(409, "MERGE_CONFLICT", "EMAIL_EXISTS", "EXTERNAL_ID_EXISTS")
            .MayFail(412, "PRECONDITION_FAILED");
        group.MapPost("/contacts/{id}/merge", ContactMerge.Merge).RequirePermission(Permission.RecordsMerge).WithName("MergeContact")
            .WithSummary("Merges a duplicate contact of the same customer into this one, in one transaction")
            .WithDescription("""
                Deals and activities naming the source as their contact name this contact; the fields named `source` in `prefer` are
                copied; a primary source makes this contact primary; the source is soft-deleted with `merged_into_id`. Audited as
                `merge` on both (`contact.merged`).
                """)
            .Produces<ContactMergeResponse>().MayFail(404, "CONTACT_NOT_FOUND").MayFail(409, "MERGE_CONFLICT", "EXTERNAL_ID_EXISTS")
            .MayFail(412, "PRECONDITION_FAILED");
    }

    static (int Page, int PageSize)? ReadPaging(QueryReader query, CrmSettings settings) =>
        (query.Int("page", 1, 1_000_000) ?? 1, query.Int("page_size", 1, 100) ?? settings.DefaultPageSize) is var paging && query.Error is null ? paging : null;

    static async Task<IResult> ListCustomerDuplicates(HttpRequest request, CurrentUser user, CrmDb db, NpgsqlDataSource dataSource, CrmSettings settings,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        if (ReadPaging(query, settings) is not var (page, pageSize)) return query.ErrorResult;

        var groups = new List<(long Id, double Score, string[] Reasons)>();
        long counted;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using (var read = new NpgsqlCommand("SELECT id, score, reasons FROM crm_customer_duplicate_groups ORDER BY score DESC, id LIMIT $1 OFFSET $2", connection))
            {
                read.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pageSize });
                read.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (long)(page - 1) * pageSize });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) groups.Add((reader.GetInt64(0), reader.GetFloat(1), reader.GetFieldValue<string[]>(2)));
            }
            // Counted up to COUNT_LIMIT, as every list (contract section 1).
            await using var count = new NpgsqlCommand("SELECT count(*) FROM (SELECT 1 FROM crm_customer_duplicate_groups LIMIT $1) x", connection);
            count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = settings.CountLimit + 1 });
            counted = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

            var ids = groups.Select(g => g.Id).ToArray();
            var members = new List<(long Customer, long Group)>();
            var pairs = new List<(long A, long B, string[] Reasons, double? Similarity, double Score)>();
            await using (var read = new NpgsqlCommand("SELECT customer_id, group_id FROM crm_customer_duplicate_members WHERE group_id = ANY ($1)", connection))
            {
                read.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) members.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
            var memberIds = members.Select(m => m.Customer).ToArray();
            await using (var read = new NpgsqlCommand("""
                SELECT a_id, b_id, reasons, similarity, score FROM crm_customer_duplicate_pairs WHERE a_id = ANY ($1) ORDER BY score DESC, a_id, b_id
                """, connection))
            {
                read.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = memberIds });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    pairs.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<string[]>(2), reader.IsDBNull(3) ? null : reader.GetFloat(3), reader.GetFloat(4)));
            }

            // Customers deleted or merged since the last refresh are left out until it catches up (seconds).
            var customers = await db.Customers.Within(db, user, Permission.CustomersRead).AsNoTracking()
                .Where(c => memberIds.Contains(c.Id) && c.DeletedAt == null).ToDictionaryAsync(c => c.Id, c => c.ToSummary(), cancellationToken);
            var groupOf = members.ToDictionary(m => m.Customer, m => m.Group);
            var data = groups.Select(g => new CustomerDuplicateGroup(g.Id, Round(g.Score), g.Reasons,
                    members.Where(m => m.Group == g.Id && customers.ContainsKey(m.Customer)).Select(m => customers[m.Customer]).OrderBy(c => c.Id).ToList(),
                    pairs.Where(p => groupOf[p.A] == g.Id && customers.ContainsKey(p.A) && customers.ContainsKey(p.B))
                        .Select(p => new DuplicatePair([p.A, p.B], Round(p.Score), p.Reasons, p.Similarity is { } s ? Round(s) : null)).ToList()))
                .ToList();
            return TypedResults.Ok(Page(data, counted, settings.CountLimit, page, pageSize));
        }
    }

    static async Task<IResult> ListContactDuplicates(long id, HttpRequest request, CurrentUser user, CrmDb db, NpgsqlDataSource dataSource,
        CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        if (ReadPaging(query, settings) is not var (page, pageSize)) return query.ErrorResult;
        var customer = await db.Customers.Within(db, user, Permission.CustomersRead).AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        if (customer is null) return await MergedRecords.CustomerNotFoundAsync(db, user, id, cancellationToken);

        // Computed when asked: a customer's contacts are few, and pairs never cross customers.
        var pairs = new List<(long A, long B, string[] Reasons, double? Similarity, double Score)>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var read = new NpgsqlCommand($"""
            SELECT a, b, array_remove(ARRAY[CASE WHEN email THEN 'email' END, CASE WHEN phone THEN 'phone' END,
                                            CASE WHEN similarity IS NOT NULL THEN 'name_company' END], NULL),
                   similarity, {Scoring.Sql("email", "phone", "similarity")}
              FROM (SELECT a.id AS a, b.id AS b, coalesce(lower(a.email) = lower(b.email), false) AS email,
                           coalesce(crm_phone_digits(a.phone) = crm_phone_digits(b.phone) AND length(crm_phone_digits(a.phone)) >= 7, false) AS phone,
                           nullif(greatest(similarity(lower(a.first_name || ' ' || coalesce(a.last_name, '')), lower(b.first_name || ' ' || coalesce(b.last_name, ''))), 0), 0) AS raw
                      FROM contacts a JOIN contacts b ON b.customer_id = a.customer_id AND b.id > a.id AND b.deleted_at IS NULL
                     WHERE a.customer_id = $1 AND a.deleted_at IS NULL) x,
                   LATERAL (SELECT CASE WHEN raw >= $2 THEN raw END AS similarity) s
             WHERE email OR phone OR similarity IS NOT NULL
            """, connection))
        {
            read.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            read.Parameters.Add(new NpgsqlParameter<double> { TypedValue = settings.DuplicateThreshold });
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                pairs.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<string[]>(2), reader.IsDBNull(3) ? null : reader.GetFloat(3), reader.GetFloat(4)));
        }

        var groupOf = Components.Of(pairs.Select(p => (p.A, p.B)));
        var contactIds = groupOf.Keys.ToArray();
        var summary = customer.ToSummary();
        var contacts = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ToResponse(summary), cancellationToken);
        var groups = pairs.GroupBy(p => groupOf[p.A]).Select(g => new ContactDuplicateGroup(g.Key, Round(g.Max(p => p.Score)),
                [.. new[] { "email", "phone", "name_company" }.Where(r => g.Any(p => p.Reasons.Contains(r)))],
                groupOf.Where(x => x.Value == g.Key).Select(x => contacts[x.Key]).OrderBy(c => c.Id).ToList(),
                g.OrderByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B)
                    .Select(p => new DuplicatePair([p.A, p.B], Round(p.Score), p.Reasons, p.Similarity is { } s ? Round(s) : null)).ToList()))
            .OrderByDescending(g => g.Score).ThenBy(g => g.Id).ToList();
        return TypedResults.Ok(Page(groups.Skip((page - 1) * pageSize).Take(pageSize).ToList(), groups.Count, settings.CountLimit, page, pageSize));
    }

    static ListResponse<T> Page<T>(IReadOnlyList<T> data, long counted, int countLimit, int page, int pageSize)
    {
        var total = (int)Math.Min(counted, countLimit);
        return new ListResponse<T>(data, total, counted <= countLimit, page, pageSize, (total + pageSize - 1) / pageSize);
    }

    static double Round(double value) => Math.Round(value, 3);
}
