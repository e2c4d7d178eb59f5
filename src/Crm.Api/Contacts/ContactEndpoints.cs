using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Contacts;

/// <summary>
/// A customer's contacts. "Own" follows the customer (<see cref="Reach"/>): an agent reaches a contact when its customer is
/// assigned to them. Every write that can change which contact is primary locks the customer row first (see <see cref="ContactPrimary"/>).
/// </summary>
public static class ContactEndpoints
{
    internal static readonly IReadOnlyList<ISortField<Contact>> SortFields =
    [
        new ContactPrimary.PrimaryFirst(),
        SortField.Of<Contact, DateTime>("created_at", c => c.CreatedAt, c => c.Id),
        SortField.Of<Contact, DateTime>("updated_at", c => c.UpdatedAt, c => c.Id),
        SortField.Of<Contact, string>("first_name", c => c.FirstName, c => c.Id),
        SortField.Of<Contact, string?>("last_name", c => c.LastName, c => c.Id),
    ];

    static readonly QueryParameter ExternalIdFilter = Query.Text("external_id", "Only the contact with this external_id.");

    public static RouteGroupBuilder MapContacts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").WithTags("Contacts");
        group.MapGet("/customers/{id}/contacts", List).RequirePermission(Permission.ContactsRead).WithName("ListContacts")
            .WithSummary("A customer's contacts; sort_by primary (default: the primary contact first, then oldest first), created_at, updated_at, first_name, last_name")
            .ProducesList<ContactResponse>([ExternalIdFilter, .. Query.Paging(SortFields, "primary", defaultDescending: false)]).WithCustomFieldFilters(FieldEntity.Contacts);
        group.MapPost("/customers/{id}/contacts", Create).RequirePermission(Permission.ContactsCreate).WithName("CreateContact")
            .WithSummary("Adds a contact; a customer's first contact becomes primary, and a new primary un-primaries the previous one")
            .Produces<ContactResponse>(201).MayFail(409, "CONFLICT", "EXTERNAL_ID_EXISTS");
        group.MapGet("/contacts/{id}", Get).RequirePermission(Permission.ContactsRead).WithName("GetContact").WithSummary("One contact")
            .Produces<ContactResponse>();
        group.MapPut("/contacts/{id}", Replace).RequirePermission(Permission.ContactsUpdate).WithName("ReplaceContact")
            .WithSummary("Changes the members sent; is_primary=true un-primaries the customer's other contacts")
            .Produces<ContactResponse>().MayFail(409, "CONFLICT", "EXTERNAL_ID_EXISTS");
        group.MapDelete("/contacts/{id}", Delete).RequirePermission(Permission.ContactsDelete).WithName("DeleteContact")
            .WithSummary("Soft-deletes a contact; when it was the primary contact, the oldest remaining contact becomes primary")
            .Produces<MessageResponse>();
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("CONTACT_NOT_FOUND", "Contact not found");

    static IResult CustomerNotFound() => ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found");

    static async Task<IResult> List(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, CustomFieldCache fields,
        CancellationToken cancellationToken)
    {
        var schema = await fields.CurrentAsync(cancellationToken);
        var query = new QueryReader(request);
        var externalId = query.String("external_id", 255);
        var custom = query.CustomFieldFilters<Contact>(schema, FieldEntity.Contacts, user);
        var list = ListRequest<Contact>.Read(query, settings.DefaultPageSize, SortFields.SortsWithCustomFields(query, schema, FieldEntity.Contacts),
            "primary", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;

        var customer = await db.Customers.Within(db, user, Permission.CustomersRead).AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        if (customer is null) return CustomerNotFound();

        var summary = customer.ToSummary();
        var contacts = db.Contacts.Within(db, user, Permission.ContactsRead).AsNoTracking().Where(c => c.CustomerId == id && c.DeletedAt == null)
            .WhereAll(custom);
        if (externalId is not null) contacts = contacts.Where(c => c.ExternalId == externalId);
        var page = await list.ExecuteAsync<ContactResponse>(contacts, settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<ContactResponse>>(rows.Select(c => c.ToResponse(summary)).ToList()), cancellationToken);
        return TypedResults.Ok(page);
    }

    internal static async Task<IResult> Create(long id, ContactRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CustomFieldCache fields, CancellationToken cancellationToken)
    {
        var schema = await fields.CurrentAsync(cancellationToken);
        return await db.InTransactionAsync(async () =>
        {
            if (!await CustomerLock.LockAsync(db, id, cancellationToken) || !await db.ReachesAsync<Customer>(user, Permission.CustomersRead, id, cancellationToken))
                return CustomerNotFound();
            // A new contact is reached through its customer: the caller must reach it under contacts:create.
            if (!await db.ReachesAsync<Customer>(user, Permission.ContactsCreate, id, cancellationToken)) return ApiError.Forbidden();

            var now = time.UtcNowMicroseconds();
            var contact = new Contact { CustomerId = id, FirstName = "", CreatedAt = now, UpdatedAt = now };
            var validation = body.ApplyTo(contact, ReadOnlyMembers.None, schema, creating: true);
            if (validation.Result is { } invalid) return invalid;
            if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Contacts, contact, "{}", cancellationToken) is { } taken) return taken;

            if (!await db.Contacts.AnyAsync(c => c.CustomerId == id && c.DeletedAt == null, cancellationToken))
                contact.IsPrimary = true;
            else if (contact.IsPrimary)
                await ContactPrimary.DemoteOthersAsync(db, audit, id, exceptId: 0, now, cancellationToken);

            db.Contacts.Add(contact);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("contact", contact.Id, "create", null, contact.ToResponse());
            await db.SaveChangesAsync(cancellationToken);
            return Preconditions.Created($"/admin/contacts/{contact.Id}", contact.ToResponse(await SummaryAsync(db, id, cancellationToken)), contact.Version);
        }, cancellationToken);
    }

    static async Task<IResult> Get(long id, HttpResponse response, CurrentUser user, CrmDb db, CancellationToken cancellationToken)
    {
        var row = await db.Contacts.Within(db, user, Permission.ContactsRead).AsNoTracking().Where(c => c.Id == id && c.DeletedAt == null)
            .Join(db.Customers.Where(cu => cu.DeletedAt == null), c => c.CustomerId, cu => cu.Id, (c, cu) => new { Contact = c, Customer = cu })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return await Merges.MergedRecords.ContactNotFoundAsync(db, user, id, cancellationToken);

        Preconditions.SetETag(response, row.Contact.Version);
        return TypedResults.Ok(row.Contact.ToResponse(row.Customer.ToSummary()));
    }

    internal static async Task<IResult> Replace(long id, ContactUpdate body, HttpRequest request, HttpResponse response, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CustomFieldCache fields, CancellationToken cancellationToken)
    {
        if (UpdateBody.Refusal(body) is { } unusable) return unusable;
        var schema = await fields.CurrentAsync(cancellationToken);
        var customerId = await CustomerOfAsync(db, id, cancellationToken);
        if (customerId is null) return NotFound();

        return await db.InTransactionAsync(async () =>
        {
            // The contact is read after the lock, so it reflects every change made by requests that ran before this one.
            var (contact, refusal) = await LockAndLoadAsync(db, id, customerId.Value, user, cancellationToken);
            if (contact is null) return refusal!;
            if (!await db.ReachesAsync<Contact>(user, Permission.ContactsUpdate, id, cancellationToken)) return ApiError.Forbidden();
            if (!Preconditions.Matches(request, contact.Version)) return Preconditions.Failed();

            var before = contact.ToResponse();
            var storedFields = contact.CustomFields;
            var validation = body.ApplyTo(contact, contact.ReadOnly(), schema);
            if (validation.Result is { } invalid) return invalid;
            if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Contacts, contact, storedFields, cancellationToken) is { } taken) return taken;

            if (db.Entry(contact).Properties.Any(p => p.IsModified))
            {
                var now = time.UtcNowMicroseconds();
                if (contact.IsPrimary && !before.IsPrimary)
                    await ContactPrimary.DemoteOthersAsync(db, audit, contact.CustomerId, contact.Id, now, cancellationToken);
                contact.UpdatedAt = now;
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("contact", contact.Id, "update", before, contact.ToResponse());
                await db.SaveChangesAsync(cancellationToken);
            }
            Preconditions.SetETag(response, contact.Version);
            return TypedResults.Ok(contact.ToResponse(await SummaryAsync(db, contact.CustomerId, cancellationToken)));
        }, cancellationToken);
    }

    internal static async Task<IResult> Delete(long id, HttpRequest request, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var customerId = await CustomerOfAsync(db, id, cancellationToken);
        if (customerId is null) return NotFound();

        return await db.InTransactionAsync(async () =>
        {
            var (contact, refusal) = await LockAndLoadAsync(db, id, customerId.Value, user, cancellationToken);
            if (contact is null) return refusal!;
            if (!Preconditions.Matches(request, contact.Version)) return Preconditions.Failed();

            var now = time.UtcNowMicroseconds();
            contact.DeletedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            if (contact.IsPrimary) await ContactPrimary.PromoteOldestAsync(db, audit, contact.CustomerId, now, cancellationToken);
            audit.Record("contact", id, "delete", new { deleted_at = (DateTime?)null }, new { deleted_at = now });
            await db.SaveChangesAsync(cancellationToken);
            return MessageResponse.Deleted("contact");
        }, cancellationToken);
    }

    static async Task<CustomerSummary?> SummaryAsync(CrmDb db, long customerId, CancellationToken cancellationToken) =>
        (await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken))?.ToSummary();

    static Task<long?> CustomerOfAsync(CrmDb db, long contactId, CancellationToken cancellationToken) =>
        db.Contacts.Where(c => c.Id == contactId && c.DeletedAt == null).Select(c => (long?)c.CustomerId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Locks the contact's customer and loads the live contact (tracked) within the caller's read scope; or the refusal.</summary>
    static async Task<(Contact?, IResult?)> LockAndLoadAsync(CrmDb db, long id, long customerId, CurrentUser user,
        CancellationToken cancellationToken)
    {
        var contact = await CustomerLock.LockAsync(db, customerId, cancellationToken)
            ? await db.Contacts.Within(db, user, Permission.ContactsRead)
                .FirstOrDefaultAsync(c => c.Id == id && c.CustomerId == customerId && c.DeletedAt == null, cancellationToken)
            : null;
        return contact is null ? (null, NotFound()) : (contact, null);
    }
}
