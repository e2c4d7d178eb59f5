using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Crm.Api.Activities;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Exports;

/// <summary>
/// GET /admin/{customers|contacts|deals|activities}/export (contract section 9): every row the list's filters select
/// within the caller's read scope (the list's own filter code), in the list's sort, as CSV or JSON Lines, with the
/// columns of the resource's response record and a <c>cf.&lt;key&gt;</c> column per active custom field of the entity.
/// One query whose rows stream from the server as they are written out (nothing is collected), in a read-only
/// transaction with a statement timeout of its own: an export may run for minutes where a request may not. Needs
/// <c>records:export</c>.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>An export's own statement timeout class: long enough for millions of rows (a list request's is the ordinary one).</summary>
    const string ExportTransaction = "SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = '30min'";
    const string Summary = "Streams every row the list's filters select (within the caller's read scope) as CSV or JSON Lines; needs records:export";

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").RequirePermission(Permission.RecordsExport);
        group.MapGet("/customers/export", Customers).WithTags("Customers").WithName("ExportCustomers").WithSummary(Summary)
            .ProducesDownload("text/csv", "application/x-ndjson")
            .WithQuery([.. CustomerEndpoints.Filters, .. Parameters(CustomerEndpoints.SortFields.Select(s => s.Name), "created_at", true, Columns<CustomerResponse>())])
            .WithCustomFieldFilters(FieldEntity.Customers);
        group.MapGet("/contacts/export", Contacts).WithTags("Contacts").WithName("ExportContacts").WithSummary(Summary)
            .ProducesDownload("text/csv", "application/x-ndjson")
            .WithQuery([.. ContactFilters, .. Parameters(ContactEndpoints.SortFields.Select(s => s.Name), "created_at", false, Columns<ContactResponse>())])
            .WithCustomFieldFilters(FieldEntity.Contacts);
        group.MapGet("/deals/export", Deals).WithTags("Deals").WithName("ExportDeals").WithSummary(Summary)
            .ProducesDownload("text/csv", "application/x-ndjson")
            .WithQuery([.. DealEndpoints.Filters, .. Parameters(DealSorting.Names, "created_at", true, Columns<DealResponse>())])
            .WithCustomFieldFilters(FieldEntity.Deals);
        group.MapGet("/activities/export", Activities).WithTags("Activities").WithName("ExportActivities").WithSummary(Summary)
            .ProducesDownload("text/csv", "application/x-ndjson")
            .WithQuery([.. ActivityEndpoints.Filters, .. Parameters(ActivitySorting.List.Select(s => s.Name), "due_date", false, Columns<ActivityResponse>())])
            .WithCustomFieldFilters(FieldEntity.Activities);
    }

    static readonly QueryParameter[] ContactFilters =
    [
        Query.Ids("customer_id", "Only contacts of these customers."),
        Query.Text("external_id", "Only the contact with this external_id."),
    ];

    /// <summary>A custom field's column (and sort field): <c>cf.</c> and its key.</summary>
    const string CustomFieldColumn = @"^cf\.[a-z][a-z0-9_]{0,39}$";

    static QueryParameter[] Parameters(IEnumerable<string> sorts, string defaultSort, bool descending, IReadOnlyList<Column> columns) =>
    [
        Query.Ids("ids", "Only the records with these ids (the rows selected on screen), as the list's `ids`."),
        Query.OneOf("format", ["csv", "jsonl"], "`csv` (default) or `jsonl` (JSON Lines: an object per line)."),
        // The custom field columns are data, not part of the document: named by their pattern, not listed.
        new("fields", $"The columns, comma-separated, in the order given (default: all of {string.Join(", ", columns.Select(c => c.Name))}, "
            + "then `cf.<key>` for each active custom field of the entity in the fields' order). A custom field column is `cf.<key>` "
            + "(GET /admin/custom-fields lists the keys; an unknown, archived or deleted key is 400 INVALID_QUERY): CSV writes its value as text "
            + "(multi_select values separated by `;`), JSON Lines as the typed value.", "string",
            Values: columns.Select(c => c.Name).ToArray(), CommaList: true, Pattern: CustomFieldColumn),
        new("sort_by", "Sort field, or `cf.<key>` of a filterable custom field; `id` is always the final tie-breaker.", "string", Values: sorts.ToArray(),
            Default: defaultSort, Pattern: CustomFieldColumn),
        new("sort_order", "Sort direction.", "string", Values: ["asc", "desc"], Default: descending ? "desc" : "asc"),
    ];

    static async Task<IResult> Customers(HttpRequest request, CurrentUser user, CrmDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var schema = await query.FieldSchemaAsync(cancellationToken);
        var rows = CustomerEndpoints.Filter(query, user, db, time.GetUtcNow().UtcDateTime, schema);
        var export = Export<Customer, CustomerResponse>.Read(query, schema, FieldEntity.Customers, CustomerEndpoints.SortFields, "created_at", true);
        if (query.Error is not null) return query.ErrorResult;
        if (rows is null) return ApiError.Forbidden();
        // Tags come with each row (a correlated subquery on the customer's key), so the stream never waits on another query.
        var withTags = export.Ordered(rows).Select(c => new
        {
            Customer = c,
            Tags = c.CustomerTags.Where(ct => ct.Tag!.DeletedAt == null).OrderBy(ct => ct.Tag!.Name)
                .Select(ct => new TagSummary(ct.Tag!.Id, ct.Tag.Name, ct.Tag.Color)).ToList(),
        });
        return export.Download("customers", time, db, withTags.AsAsyncEnumerable().Select(r => r.Customer.ToResponse(r.Tags)));
    }

    static async Task<IResult> Contacts(HttpRequest request, CurrentUser user, CrmDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var customers = query.Ids("customer_id");
        var externalId = query.String("external_id", 255);
        var schema = await query.FieldSchemaAsync(cancellationToken);
        var custom = query.CustomFieldFilters<Contact>(schema, FieldEntity.Contacts, user);
        var export = Export<Contact, ContactResponse>.Read(query, schema, FieldEntity.Contacts, ContactEndpoints.SortFields, "created_at", false);
        if (query.Error is not null) return query.ErrorResult;
        var rows = db.Contacts.Where(c => c.DeletedAt == null).Within(db, user, Permission.ContactsRead).AsNoTracking().WhereAll(custom);
        if (customers is not null) rows = rows.Where(c => customers.Contains(c.CustomerId));
        if (externalId is not null) rows = rows.Where(c => c.ExternalId == externalId);
        return export.Download("contacts", time, db, export.Ordered(rows).AsAsyncEnumerable().Select(c => c.ToResponse()));
    }

    static async Task<IResult> Deals(HttpRequest request, CurrentUser user, CrmDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var stages = await DealStages.LoadAsync(db, cancellationToken);
        var query = new QueryReader(request);
        var schema = await query.FieldSchemaAsync(cancellationToken);
        var rows = await DealEndpoints.FilterAsync(query, user, db, stages, schema, cancellationToken);
        var export = Export<Deal, DealResponse>.Read(query, schema, FieldEntity.Deals, DealSorting.Fields(stages.ToDictionary(s => s.Name, s => s.Order)), "created_at", true);
        if (query.Error is not null) return query.ErrorResult;
        if (rows is null) return ApiError.Forbidden();
        return export.Download("deals", time, db, export.Ordered(rows).AsAsyncEnumerable().Select(d => d.ToResponse()));
    }

    static async Task<IResult> Activities(HttpRequest request, CurrentUser user, CrmDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query = new QueryReader(request);
        var rows = await ActivityEndpoints.FilterAsync(query, user, db, now, cancellationToken);
        var export = Export<Activity, ActivityResponse>.Read(query, await query.FieldSchemaAsync(cancellationToken), FieldEntity.Activities,
            ActivitySorting.List, "due_date", false);
        if (query.Error is not null) return query.ErrorResult;
        if (rows is null) return ApiError.Forbidden();
        return export.Download("activities", time, db, export.Ordered(rows).AsAsyncEnumerable().Select(a => a.ToResponse(now)));
    }

    /// <summary>
    /// A column of an export and how a row gives its value: a member of the response record that holds a value (nested
    /// records are left out; tags are their names), or a custom field (<c>cf.&lt;key&gt;</c>), whose value is the stored JSON.
    /// </summary>
    public sealed record Column(string Name, Func<object, object?> Value);

    public static IReadOnlyList<Column> Columns<TResponse>() => typeof(TResponse).GetProperties()
        .Where(p => IsValue(p.PropertyType) || p.PropertyType == typeof(IReadOnlyList<TagSummary>))
        // duration is the deprecated Go name of duration_minutes: the file carries the one name.
        .Where(p => p.Name != nameof(ActivityResponse.Duration))
        .Select(p => new Column(JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), p.GetValue)).ToList();

    /// <summary>The response record's columns, then one per active custom field of the entity, in the fields' order (contract section 9).</summary>
    static IReadOnlyList<Column> Columns<TResponse>(FieldSchema schema, string entity)
    {
        var values = typeof(TResponse).GetProperty(nameof(CustomerResponse.CustomFields))!;
        return
        [
            .. Columns<TResponse>(),
            .. schema.ActiveOf(entity).Select(f => new Column(CustomFieldQuery.Prefix + f.Key,
                r => ((CustomFieldValues)values.GetValue(r)!).Values.TryGetValue(f.Key, out var stored) ? stored : null)),
        ];
    }

    static bool IsValue(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime);
    }

    /// <summary>One export request: its format, columns and sort.</summary>
    sealed class Export<T, TResponse> where T : class, IHasCustomFields
    {
        public required string Format { get; init; }
        public required IReadOnlyList<Column> Columns { get; init; }
        public required bool Descending { get; init; }
        public required ISortField<T> Sort { get; init; }
        public long[]? Ids { get; init; }

        /// <summary>The export's options; <c>sort_by</c> may name a filterable custom field, as in the list.</summary>
        public static Export<T, TResponse> Read(QueryReader query, FieldSchema schema, string entity, IReadOnlyList<ISortField<T>> listSorts,
            string defaultSort, bool defaultDescending)
        {
            var all = ExportEndpoints.Columns<TResponse>(schema, entity);
            var format = query.Enum("format", ["csv", "jsonl"]) ?? "csv";
            var names = query.Enums("fields", all.Select(c => c.Name).ToArray());
            var sorts = listSorts.SortsWithCustomFields(query, schema, entity);
            var sort = query.Enum("sort_by", sorts.Select(s => s.Name).ToArray()) ?? defaultSort;
            var order = query.Enum("sort_order", ["asc", "desc"]);
            return new Export<T, TResponse>
            {
                Format = format,
                Columns = names is null ? all : names.Select(n => all.First(c => c.Name == n)).ToList(),
                Descending = order is null ? defaultDescending : order == "desc",
                Sort = sorts.First(s => s.Name == sort),
                Ids = query.Ids("ids"),
            };
        }

        /// <summary>The filtered rows, only those of <c>ids</c> when sent, in the export's order.</summary>
        public IQueryable<T> Ordered(IQueryable<T> rows) => Sort.Order(Ids is null ? rows : rows.Where(ListRequest<T>.IdIn(Ids)), Descending);

        public IResult Download(string entity, TimeProvider time, CrmDb db, IAsyncEnumerable<TResponse> rows)
        {
            var name = $"{entity}-{time.GetUtcNow().UtcDateTime:yyyy-MM-dd}.{Format}";
            var streamed = InTransaction(db, rows);
            return Format == "csv"
                ? new CsvDownload(name, Columns.Select(c => c.Name).ToList(), streamed.Select(r => Columns.Select(c => Text(c.Value(r!))).ToArray()))
                : new JsonLinesDownload(name, streamed.Select(r => (object)Columns.ToDictionary(c => c.Name, c => Json(c.Value(r!)))));
        }
    }

    /// <summary>The rows, read in a read-only transaction under the export's own statement timeout.</summary>
    static async IAsyncEnumerable<T> InTransaction<T>(CrmDb db, IAsyncEnumerable<T> rows)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        await db.Database.ExecuteSqlRawAsync(ExportTransaction);
        await foreach (var row in rows) yield return row;
        await transaction.CommitAsync();
    }

    /// <summary>
    /// A value as a CSV cell: timestamps in RFC 3339 UTC as the API writes them, numbers invariant, null empty; a custom
    /// field's value in its text form, which an import reads back.
    /// </summary>
    static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonElement stored => FieldValues.ToText(stored),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IReadOnlyList<TagSummary> tags => string.Join(", ", tags.Select(t => t.Name)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    static object? Json(object? value) => value is IReadOnlyList<TagSummary> tags ? tags.Select(t => t.Name).ToList() : value;
}
