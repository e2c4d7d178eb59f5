using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Notes;

/// <summary>
/// Notes on customers and deals. "Own" for reading follows the relations (the customer's assignee, the deal's owner)
/// and the author; editing and deleting a note is for its author, or for admins and managers.
/// </summary>
public static class NoteEndpoints
{
    static readonly IReadOnlyList<ISortField<Note>> SortFields =
    [
        SortField.Of<Note, DateTime>("created_at", n => n.CreatedAt, n => n.Id),
        SortField.Of<Note, DateTime>("updated_at", n => n.UpdatedAt, n => n.Id),
    ];

    const string ListSummary = "Newest first; sort_by created_at (default, desc) or updated_at";

    public static RouteGroupBuilder MapNotes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").WithTags("Notes");
        group.MapGet("/customers/{id}/notes", ListForCustomer).RequirePermission(Permission.NotesRead).WithName("ListCustomerNotes")
            .WithSummary($"A customer's notes, including the notes on its deals. {ListSummary}")
            .ProducesList<NoteResponse>(Query.Paging(SortFields, "created_at", defaultDescending: true));
        group.MapPost("/customers/{id}/notes", CreateForCustomer).RequirePermission(Permission.NotesCreate).WithName("CreateCustomerNote")
            .Produces<NoteResponse>(201);
        group.MapGet("/deals/{id}/notes", ListForDeal).RequirePermission(Permission.NotesRead).WithName("ListDealNotes")
            .WithSummary($"A deal's notes. {ListSummary}")
            .ProducesList<NoteResponse>(Query.Paging(SortFields, "created_at", defaultDescending: true));
        group.MapPost("/deals/{id}/notes", CreateForDeal).RequirePermission(Permission.NotesCreate).WithName("CreateDealNote")
            .WithSummary("Adds a note to a deal; it also carries the deal's customer_id, so it shows on the customer's timeline")
            .Produces<NoteResponse>(201);
        group.MapGet("/notes/{id}", Get).RequirePermission(Permission.NotesRead).WithName("GetNote")
            .Produces<NoteResponse>();
        group.MapPut("/notes/{id}", Replace).RequirePermission(Permission.NotesUpdate).WithName("ReplaceNote")
            .WithSummary("Edits a note's content; only its author, an admin or a manager may")
            .Produces<NoteResponse>();
        group.MapDelete("/notes/{id}", Delete).RequirePermission(Permission.NotesDelete).WithName("DeleteNote")
            .WithSummary("Soft-deletes a note; only its author, an admin or a manager may")
            .Produces<MessageResponse>();
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("NOTE_NOT_FOUND", "Note not found");
    static IResult CustomerNotFound() => ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found");
    static IResult DealNotFound() => ApiError.NotFound("DEAL_NOT_FOUND", "Deal not found");

    /// <summary>The users a note belongs to, for "own" scopes: its author, its customer's assignee, its deal's owner.</summary>
    sealed record Owners(long? Author, long? CustomerAssignee, long? DealOwner)
    {
        public bool ReachedBy(CurrentUser user, string permission) =>
            user.Reaches(permission, Author) || user.Reaches(permission, CustomerAssignee) || user.Reaches(permission, DealOwner);
    }

    static IQueryable<Note> LiveNotes(CrmDb db) =>
        db.Notes.Where(n => n.DeletedAt == null
            && (n.CustomerId == null || db.Customers.Any(c => c.Id == n.CustomerId && c.DeletedAt == null))
            && (n.DealId == null || db.Deals.Any(d => d.Id == n.DealId && d.DeletedAt == null)));

    static async Task<IResult> ListForCustomer(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<Note>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;

        var customer = await FindCustomerAsync(db, id, cancellationToken);
        if (customer is null || !user.Reaches(Permission.NotesRead, customer.AssignedTo)) return CustomerNotFound();

        return TypedResults.Ok(await ExecuteAsync(list, LiveNotes(db).Where(n => n.CustomerId == id), settings, cancellationToken));
    }

    static async Task<IResult> ListForDeal(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<Note>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;

        var deal = await FindDealAsync(db, id, cancellationToken);
        if (deal is null || !deal.ReachedBy(user, Permission.NotesRead)) return DealNotFound();

        return TypedResults.Ok(await ExecuteAsync(list, LiveNotes(db).Where(n => n.DealId == id), settings, cancellationToken));
    }

    static Task<object> ExecuteAsync(ListRequest<Note> list, IQueryable<Note> notes, CrmSettings settings, CancellationToken cancellationToken) =>
        list.ExecuteAsync<NoteResponse>(notes.AsNoTracking(), settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<NoteResponse>>(rows.Select(n => n.ToResponse()).ToList()), cancellationToken);

    static async Task<IResult> CreateForCustomer(long id, NoteRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var customer = await FindCustomerAsync(db, id, cancellationToken);
        if (customer is null || !user.Reaches(Permission.NotesRead, customer.AssignedTo)) return CustomerNotFound();
        if (!user.Reaches(Permission.NotesCreate, customer.AssignedTo)) return ApiError.Forbidden();

        return await CreateAsync(body, customerId: id, dealId: null, user, db, audit, time, cancellationToken);
    }

    static async Task<IResult> CreateForDeal(long id, NoteRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var deal = await FindDealAsync(db, id, cancellationToken);
        if (deal is null || !deal.ReachedBy(user, Permission.NotesRead)) return DealNotFound();
        if (!deal.ReachedBy(user, Permission.NotesCreate)) return ApiError.Forbidden();

        return await CreateAsync(body, deal.CustomerId, dealId: id, user, db, audit, time, cancellationToken);
    }

    static async Task<IResult> CreateAsync(NoteRequest body, long customerId, long? dealId, CurrentUser user, CrmDb db, AuditTrail audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        var note = new Note
        {
            Content = "", CustomerId = customerId, DealId = dealId, AuthorId = user.Id,
            AuthorName = user.Name is { Length: > 255 } name ? name[..255] : user.Name, CreatedAt = now, UpdatedAt = now,
        };
        var validation = body.ApplyTo(note, ReadOnlyMembers.None, creating: true);
        if (validation.Result is { } invalid) return invalid;

        await db.InTransactionAsync(async () =>
        {
            db.Notes.Add(note);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("note", note.Id, "create", null, note.ToResponse());
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return TypedResults.Created($"/admin/notes/{note.Id}", note.ToResponse());
    }

    static async Task<IResult> Get(long id, HttpResponse response, CurrentUser user, CrmDb db, CancellationToken cancellationToken)
    {
        var (note, owners) = await FindAsync(db, id, cancellationToken);
        if (note is null || !owners!.ReachedBy(user, Permission.NotesRead)) return NotFound();

        Preconditions.SetETag(response, note.Version);
        return TypedResults.Ok(note.ToResponse());
    }

    static async Task<IResult> Replace(long id, NoteUpdate body, HttpRequest request, HttpResponse response, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.SendsNothing()) return UpdateBody.NoUpdates();
        var (note, owners) = await FindAsync(db, id, cancellationToken);
        if (note is null || !owners!.ReachedBy(user, Permission.NotesRead)) return NotFound();
        if (!user.Reaches(Permission.NotesUpdate, note.AuthorId)) return ApiError.Forbidden();
        if (!Preconditions.Matches(request, note.Version)) return Preconditions.Failed();

        var before = note.ToResponse();
        var validation = body.ApplyTo(note, note.ReadOnly());
        if (validation.Result is { } invalid) return invalid;

        if (db.Entry(note).Properties.Any(p => p.IsModified))
        {
            note.UpdatedAt = time.UtcNowMicroseconds();
            await db.InTransactionAsync(async () =>
            {
                // The row version in the WHERE makes a concurrent edit fail this save: 412 under If-Match, else ConcurrencyRetry reruns it.
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("note", note.Id, "update", before, note.ToResponse());
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, note.Version);
        return TypedResults.Ok(note.ToResponse());
    }

    static async Task<IResult> Delete(long id, HttpRequest request, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (note, owners) = await FindAsync(db, id, cancellationToken);
        if (note is null || !owners!.ReachedBy(user, Permission.NotesRead)) return NotFound();
        if (!user.Reaches(Permission.NotesDelete, note.AuthorId)) return ApiError.Forbidden();
        if (!Preconditions.Matches(request, note.Version)) return Preconditions.Failed();

        return await db.SoftDeleteAsync(note, "note", audit, time, cancellationToken);
    }

    /// <summary>A live note (tracked) whose customer and deal are live, with the users it belongs to.</summary>
    static async Task<(Note?, Owners?)> FindAsync(CrmDb db, long id, CancellationToken cancellationToken)
    {
        var row = await LiveNotes(db).Where(n => n.Id == id)
            .Select(n => new
            {
                Note = n,
                CustomerAssignee = db.Customers.Where(c => c.Id == n.CustomerId).Select(c => c.AssignedTo).FirstOrDefault(),
                DealOwner = db.Deals.Where(d => d.Id == n.DealId).Select(d => d.OwnerId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? (null, null) : (row.Note, new Owners(row.Note.AuthorId, row.CustomerAssignee, row.DealOwner));
    }

    sealed record CustomerOwner(long? AssignedTo);

    static Task<CustomerOwner?> FindCustomerAsync(CrmDb db, long id, CancellationToken cancellationToken) =>
        db.Customers.Where(c => c.Id == id && c.DeletedAt == null).Select(c => new CustomerOwner(c.AssignedTo)).FirstOrDefaultAsync(cancellationToken);

    sealed record DealOwners(long CustomerId, long? DealOwner, long? CustomerAssignee)
    {
        public bool ReachedBy(CurrentUser user, string permission) =>
            user.Reaches(permission, DealOwner) || user.Reaches(permission, CustomerAssignee);
    }

    /// <summary>A live deal of a live customer, with the users it belongs to.</summary>
    static Task<DealOwners?> FindDealAsync(CrmDb db, long id, CancellationToken cancellationToken) =>
        db.Deals.Where(d => d.Id == id && d.DeletedAt == null)
            .Join(db.Customers.Where(c => c.DeletedAt == null), d => d.CustomerId, c => c.Id,
                (d, c) => new DealOwners(d.CustomerId, d.OwnerId, c.AssignedTo))
            .FirstOrDefaultAsync(cancellationToken);
}
