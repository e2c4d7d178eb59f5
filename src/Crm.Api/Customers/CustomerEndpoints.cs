using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Crm.Api.Tags;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Customers;

public static class CustomerEndpoints
{
    internal static readonly IReadOnlyList<ISortField<Customer>> SortFields =
    [
        SortField.Of<Customer, DateTime>("created_at", c => c.CreatedAt, c => c.Id),
        SortField.Of<Customer, DateTime>("updated_at", c => c.UpdatedAt, c => c.Id),
        SortField.Of<Customer, string>("name", c => c.Name, c => c.Id),
        SortField.Of<Customer, string>("email", c => c.Email, c => c.Id),
        SortField.Of<Customer, string>("status", c => c.Status, c => c.Id),
        SortField.Of<Customer, DateTime?>("next_follow_up_at", c => c.NextFollowUpAt, c => c.Id),
    ];

    static readonly QueryParameter[] ListFilters =
    [
        Query.AnyOf("status", CustomerStatus.All, "Only these statuses."),
        Query.Users("assigned_to", "Only customers assigned to these users."),
        Query.Ids("tags", "Only customers with these tags."),
        Query.OneOf("tag_match", ["any", "all"], "With `tags`: any of them (default) or all of them."),
        Query.Time("created_from", "Created at or after."),
        Query.Time("created_to", "Created at or before."),
        Query.Text("search", "Case-insensitive substring of name, email, company or phone."),
        Query.Flag("contacted", "Only contacted (or not contacted) customers."),
        Query.Flag("follow_up_due", "`true`: only customers whose next follow-up is at or before now."),
        Query.Flag("deleted", "`true`: only soft-deleted customers (admin and manager; others get 403)."),
        Query.Text("external_id", "Only the customer with this external_id."),
    ];

    /// <summary>The list's filters, which its export and bulk actions by filter take too.</summary>
    public static IReadOnlyList<QueryParameter> Filters => ListFilters;

    public static RouteGroupBuilder MapCustomers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/customers").WithTags("Customers");
        group.MapGet("", List).RequirePermission(Permission.CustomersRead).WithName("ListCustomers").WithSummary("Lists customers, filtered, sorted and paged")
            .ProducesList<CustomerResponse>([.. ListFilters, .. Query.Paging(SortFields, "created_at", defaultDescending: true)])
            .WithCustomFieldFilters(FieldEntity.Customers).MayFail(403, "INSUFFICIENT_PERMISSIONS");
        group.MapPost("", Create).RequirePermission(Permission.CustomersCreate).WithName("CreateCustomer")
            .WithSummary("Creates a customer, with its contacts and tags in the same transaction")
            .WithDescription("""
                `contacts` (each a contact body, as `POST /admin/customers/{id}/contacts` takes it) and `tag_ids` are created with the
                customer, all or nothing: a problem in any of them is a 400 naming its path (`contacts[1].email`, `tag_ids`) and nothing is
                stored. The contact marked `is_primary` (at most one), else the first, becomes the primary contact. Each record and each
                tag assignment is audited and emits its event, as the separate calls would. Contacts need `contacts:create`, tags
                `tags:assign`.
                """)
            .Produces<CustomerCreatedResponse>(201).MayFail(409, "EMAIL_EXISTS", "EXTERNAL_ID_EXISTS", "CONFLICT");
        group.MapGet("/{id}", Get).RequirePermission(Permission.CustomersRead).WithName("GetCustomer").WithSummary("A customer with its contacts, open deals, upcoming activities, recent timeline and counts")
            .Produces<CustomerDetailResponse>().WithQuery(Included.Parameter);
        group.MapPut("/{id}", UpdateAsync<CustomerUpdate>).RequirePermission(Permission.CustomersUpdate).WithName("ReplaceCustomer").WithSummary("Updates a customer")
            .Produces<CustomerResponse>().MayFail(409, "EMAIL_EXISTS", "EXTERNAL_ID_EXISTS", "CONFLICT");
        group.MapPatch("/{id}", UpdateAsync<CustomerPatch>).RequirePermission(Permission.CustomersUpdate).WithName("PatchCustomer").WithSummary("Changes a customer's status, assigned_to, contacted or next_follow_up_at")
            .Produces<CustomerResponse>();
        group.MapDelete("/{id}", Delete).RequirePermission(Permission.CustomersDelete).WithName("DeleteCustomer").WithSummary("Soft-deletes a customer with its contacts, deals, activities and notes")
            .Produces<MessageResponse>();
        group.MapPost("/{id}/restore", Restore).RequirePermission(Permission.CustomersDelete).WithName("RestoreCustomer").WithSummary("Restores a deleted customer and exactly what its delete removed")
            .Produces<CustomerResponse>().MayFail(409, "EMAIL_EXISTS", "EXTERNAL_ID_EXISTS", "MERGE_CONFLICT");
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found");

    static async Task<IResult> List(HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, TimeProvider time,
        CustomFieldCache fields, CancellationToken cancellationToken)
    {
        var schema = await fields.CurrentAsync(cancellationToken);
        var query = new QueryReader(request);
        var customers = Filter(query, user, db, time.GetUtcNow().UtcDateTime, schema);
        var list = ListRequest<Customer>.Read(query, settings.DefaultPageSize, SortFields.SortsWithCustomFields(query, schema, FieldEntity.Customers),
            "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;
        if (customers is null) return ApiError.Forbidden();

        var page = await list.ExecuteAsync<CustomerResponse>(customers, settings.CountLimit,
            async rows => await WithTagsAsync(db, rows, cancellationToken), cancellationToken);
        return TypedResults.Ok(page);
    }

    /// <summary>
    /// The customers the list's filters select within the caller's read reach (the list, its export and bulk actions by
    /// filter: one place); null when the caller may not see what was asked for (<c>deleted=true</c>). Problems are left on
    /// the reader.
    /// </summary>
    public static IQueryable<Customer>? Filter(QueryReader query, CurrentUser user, CrmDb db, DateTime now, FieldSchema schema)
    {
        var statuses = query.Enums("status", CustomerStatus.All);
        var assignedTo = query.Users("assigned_to", user);
        var tags = query.Ids("tags");
        var tagMatch = query.Enum("tag_match", ["any", "all"]) ?? "any";
        var createdFrom = query.Time("created_from");
        var createdTo = query.Time("created_to");
        var search = query.String("search");
        var contacted = query.Bool("contacted");
        var followUpDue = query.Bool("follow_up_due");
        var deleted = query.Bool("deleted") ?? false;
        var externalId = query.String("external_id", 255);
        var custom = query.CustomFieldFilters<Customer>(schema, FieldEntity.Customers, user);
        if (deleted && user.ScopeOf(Permission.CustomersDelete) is null) return null;

        var customers = deleted ? db.Customers.Where(c => c.DeletedAt != null) : db.Customers.Where(c => c.DeletedAt == null);
        customers = customers.Within(db, user, Permission.CustomersRead);
        // One value is filtered by equality, not "= ANY (array)": equality lets the planner walk (status|assigned_to,
        // created_at, id) in sort order and stop after one page.
        if (statuses is [var status]) customers = customers.Where(c => c.Status == status);
        else if (statuses is not null) customers = customers.Where(c => statuses.Contains(c.Status));
        if (assignedTo is { IncludeNone: false, Ids: [var owner] }) customers = customers.Where(c => c.AssignedTo == owner);
        else if (assignedTo is not null)
        {
            var ids = assignedTo.Ids;
            customers = assignedTo.IncludeNone
                ? customers.Where(c => c.AssignedTo == null || ids.Contains(c.AssignedTo.Value))
                : customers.Where(c => c.AssignedTo != null && ids.Contains(c.AssignedTo.Value));
        }
        if (tags is not null)
        {
            customers = tagMatch == "all"
                ? customers.Where(c => db.CustomerTags.Count(ct => ct.CustomerId == c.Id && tags.Contains(ct.TagId)) == tags.Length)
                : customers.Where(c => db.CustomerTags.Any(ct => ct.CustomerId == c.Id && tags.Contains(ct.TagId)));
        }
        if (createdFrom is not null) customers = customers.Where(c => c.CreatedAt >= createdFrom);
        if (createdTo is not null) customers = customers.Where(c => c.CreatedAt <= createdTo);
        if (search is not null) customers = customers.Matching(search);
        if (contacted is not null) customers = customers.Where(c => c.Contacted == contacted);
        if (followUpDue == true) customers = customers.Where(c => c.NextFollowUpAt <= now);
        if (externalId is not null) customers = customers.Where(c => c.ExternalId == externalId);
        return customers.WhereAll(custom).AsNoTracking();
    }

    internal static async Task<IResult> Create(CustomerRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CustomFieldCache fields, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        var customer = new Customer { Name = "", Email = "", CreatedAt = now, UpdatedAt = now };
        var schema = await fields.CurrentAsync(cancellationToken);
        var validation = body.ApplyTo(customer, ReadOnlyMembers.None, schema, creating: true);
        var contacts = body.NewContacts(validation, schema, now);
        var (tagIds, tagValidation) = body.TagIds is null ? ([], new Validator()) : new TagSetRequest(body.TagIds).Read();
        validation.Add(null, tagValidation);
        if (validation.Result is { } invalid) return invalid;
        if (!Ownership.MayAssign(user, customer.AssignedTo, current: null)) return ApiError.Forbidden();
        if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Customers, customer, "{}", cancellationToken) is { } taken) return taken;
        // Agents create records they own (contract section 3), so a caller whose scope is own reaches the new customer: the
        // permission alone decides whether they may add its contacts and tags.
        if (user.ScopeOf(Permission.RecordsReassign) is null) customer.AssignedTo = user.Id;
        if ((contacts.Count > 0 && user.ScopeOf(Permission.ContactsCreate) is null) || (tagIds.Length > 0 && user.ScopeOf(Permission.TagsAssign) is null))
            return ApiError.Forbidden();
        var tags = await db.Tags.Where(t => tagIds.Contains(t.Id) && t.DeletedAt == null).OrderBy(t => t.Name)
            .Select(t => new TagSummary(t.Id, t.Name, t.Color)).ToListAsync(cancellationToken);
        if (tagIds.Except(tags.Select(t => t.Id)).Order().ToList() is { Count: > 0 } unknown)
            return ApiError.Validation("tag_ids", $"contains unknown or deleted tags: {string.Join(", ", unknown)}");

        await db.InTransactionAsync(async () =>
        {
            db.Customers.Add(customer);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("customer", customer.Id, "create", null, customer.ToResponse([]));
            foreach (var contact in contacts) contact.CustomerId = customer.Id;
            db.Contacts.AddRange(contacts);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var contact in contacts) audit.Record("contact", contact.Id, "create", null, contact.ToResponse());
            // One assignment (and event) per tag, as POST /admin/customers/{id}/tags/{tag_id} records each.
            var assigned = new List<long>();
            foreach (var tagId in tagIds.Order())
            {
                db.CustomerTags.Add(new CustomerTag { CustomerId = customer.Id, TagId = tagId, CreatedAt = now });
                audit.Record("customer", customer.Id, "tag_assign", new { tags = assigned.ToList() }, new { tags = assigned.Append(tagId).ToList() });
                assigned.Add(tagId);
            }
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return Preconditions.Created($"/admin/customers/{customer.Id}", customer.ToCreated(tags, contacts), customer.Version);
    }

    static async Task<IResult> Get(long id, HttpRequest request, HttpResponse response, CurrentUser user, CrmDb db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var include = Included.Read(query);
        if (query.Error is not null) return query.ErrorResult;

        var now = time.GetUtcNow().UtcDateTime;
        var page = await CustomerDetail.LoadAsync(db, user, id, now, cancellationToken);
        if (page is null) return await Merges.MergedRecords.CustomerNotFoundAsync(db, user, id, cancellationToken);

        var included = await Included.LoadAsync(request.HttpContext, include, id, page.Customer.ToSummary(), dealId: null, now, cancellationToken);
        Preconditions.SetETag(response, page.Customer.Version);
        return TypedResults.Ok(page.ToResponse(now, included));
    }

    /// <summary>PUT (<typeparamref name="TBody"/> CustomerUpdate) and PATCH (CustomerPatch): the members sent are merged into the stored customer; an absent owner stays the owner.</summary>
    internal static async Task<IResult> UpdateAsync<TBody>(long id, TBody body, HttpRequest request, HttpResponse response, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CustomFieldCache fields, CancellationToken cancellationToken) where TBody : CustomerPatch
    {
        if (UpdateBody.Refusal(body) is { } unusable) return unusable;
        var (customer, refusal) = await LoadForUpdateAsync(id, request, user, db, cancellationToken);
        if (customer is null) return refusal!;

        var tags = await TagsOfAsync(db, customer.Id, cancellationToken);
        var before = customer.ToResponse([]);
        var storedFields = customer.CustomFields;
        var schema = await fields.CurrentAsync(cancellationToken);
        var validation = body.ApplyTo(customer, customer.ReadOnly(tags.Select(t => t.Id)), schema);
        if (validation.Result is { } invalid) return invalid;
        if (!Ownership.MayAssign(user, customer.AssignedTo, before.AssignedTo)) return ApiError.Forbidden();
        if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Customers, customer, storedFields, cancellationToken) is { } taken) return taken;

        if (db.Entry(customer).Properties.Any(p => p.IsModified))
        {
            customer.UpdatedAt = time.UtcNowMicroseconds();
            await db.InTransactionAsync(async () =>
            {
                // The row version in the WHERE makes a concurrent change fail this save: 412 under If-Match, else ConcurrencyRetry reruns it.
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("customer", customer.Id, "update", before, customer.ToResponse([]));
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, customer.Version);
        return TypedResults.Ok(customer.ToResponse(tags));
    }

    internal static async Task<IResult> Delete(long id, HttpRequest request, CurrentUser user, CrmDb db, AuditTrail audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        if (customer is null) return NotFound();
        if (!Preconditions.Matches(request, customer.Version)) return Preconditions.Failed();

        await db.InTransactionAsync(async () =>
        {
            var deletedAt = time.UtcNowMicroseconds();
            customer.DeletedAt = deletedAt;
            await db.SaveChangesAsync(cancellationToken);
            await CustomerCascade.DeleteChildrenAsync(db, id, deletedAt, cancellationToken);
            audit.Record("customer", id, "delete", new { deleted_at = (DateTime?)null }, new { deleted_at = deletedAt });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return MessageResponse.Deleted("customer");
    }

    internal static async Task<IResult> Restore(long id, HttpRequest request, HttpResponse response, CurrentUser user, CrmDb db,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null) return NotFound();
        if (!Preconditions.Matches(request, customer.Version)) return Preconditions.Failed();
        // Its records are the survivor's now: only an unmerge brings a merged customer back with them.
        if (customer.MergedIntoId is { } survivor)
            return ApiError.Of(409, "MERGE_CONFLICT", $"The customer was merged into customer {survivor}: unmerge it there", new Merges.MergedInto(survivor));

        if (customer.DeletedAt is { } deletedAt)
        {
            // A live customer that took this email since answers 409 EMAIL_EXISTS (unique index).
            await db.InTransactionAsync(async () =>
            {
                customer.DeletedAt = null;
                await db.SaveChangesAsync(cancellationToken);
                await CustomerCascade.RestoreChildrenAsync(db, id, deletedAt, cancellationToken);
                audit.Record("customer", id, "restore", new { deleted_at = deletedAt }, new { deleted_at = (DateTime?)null });
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }

        Preconditions.SetETag(response, customer.Version);
        return TypedResults.Ok(customer.ToResponse(await TagsOfAsync(db, id, cancellationToken)));
    }

    /// <summary>Loads a live customer the caller may update, checking If-Match; or the refusal to send.</summary>
    static async Task<(Customer?, IResult?)> LoadForUpdateAsync(long id, HttpRequest request, CurrentUser user, CrmDb db,
        CancellationToken cancellationToken)
    {
        var customer = await db.Customers.Within(db, user, Permission.CustomersRead)
            .FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        if (customer is null) return (null, NotFound());
        if (!await db.ReachesAsync<Customer>(user, Permission.CustomersUpdate, id, cancellationToken)) return (null, ApiError.Forbidden());
        if (!Preconditions.Matches(request, customer.Version)) return (null, Preconditions.Failed());
        return (customer, null);
    }

    static async Task<IReadOnlyList<CustomerResponse>> WithTagsAsync(CrmDb db, List<Customer> customers, CancellationToken cancellationToken)
    {
        var ids = customers.Select(c => c.Id).ToList();
        var tags = await db.CustomerTags.Where(ct => ids.Contains(ct.CustomerId) && ct.Tag!.DeletedAt == null)
            .OrderBy(ct => ct.Tag!.Name)
            .Select(ct => new { ct.CustomerId, Tag = new TagSummary(ct.Tag!.Id, ct.Tag.Name, ct.Tag.Color) })
            .ToListAsync(cancellationToken);
        var byCustomer = tags.ToLookup(t => t.CustomerId, t => t.Tag);
        return customers.Select(c => c.ToResponse(byCustomer[c.Id].ToList())).ToList();
    }

    public static Task<List<TagSummary>> TagsOfAsync(CrmDb db, long customerId, CancellationToken cancellationToken) =>
        db.CustomerTags.Where(ct => ct.CustomerId == customerId && ct.Tag!.DeletedAt == null)
            .OrderBy(ct => ct.Tag!.Name)
            .Select(ct => new TagSummary(ct.Tag!.Id, ct.Tag.Name, ct.Tag.Color))
            .ToListAsync(cancellationToken);
}
