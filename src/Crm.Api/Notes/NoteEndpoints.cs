using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Notes;

/// <summary>
/// Notes on customers and deals. Reading follows the reach rule (<see cref="Reach"/>: the author, or through the customer
/// or deal); a note may be added to any customer or deal the caller can read; editing and deleting a note is for its
/// author, or for admins and managers (contract section 3, "edit / delete a note: own notes").
/// </summary>
public static class NoteEndpoints
{
    internal static readonly IReadOnlyList<ISortField<Note>> SortFields =
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
        group.MapPost("/customers/{id}/notes", CreateForCustomer).RequirePermission(Permission.NotesCreate).WithName("CreateCustomerNote").WithSummary("Adds a note to a customer")
            .Produces<NoteResponse>(201);
        group.MapGet("/deals/{id}/notes", ListForDeal).RequirePermission(Permission.NotesRead).WithName("ListDealNotes")
            .WithSummary($"A deal's notes. {ListSummary}")
            .ProducesList<NoteResponse>(Query.Paging(SortFields, "created_at", defaultDescending: true));
        group.MapPost("/deals/{id}/notes", CreateForDeal).RequirePermission(Permission.NotesCreate).WithName("CreateDealNote")
            .WithSummary("Adds a note to a deal; it also carries the deal's customer_id, so it shows on the customer's timeline")
            .Produces<NoteResponse>(201);
        group.MapGet("/notes/{id}", Get).RequirePermission(Permission.NotesRead).WithName("GetNote").WithSummary("One note")
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

    /// <summary>May the caller edit (or delete) this note under <paramref name="permission"/>? "Own" notes are the ones they wrote.</summary>
    static bool MayEdit(CurrentUser user, string permission, Note note) => user.ScopeOf(permission) switch
    {
        Scope.All => true,
        Scope.Own => note.AuthorId == user.Id,
        _ => false,
    };

    internal static IQueryable<Note> LiveNotes(CrmDb db) =>
        db.Notes.Where(n => n.DeletedAt == null
            && (n.CustomerId == null || db.Customers.Any(c => c.Id == n.CustomerId && c.DeletedAt == null))
            && (n.DealId == null || db.Deals.Any(d => d.Id == n.DealId && d.DeletedAt == null)));

    static async Task<IResult> ListForCustomer(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<Note>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;

        if (!await ReadableCustomerAsync(db, user, id, cancellationToken)) return CustomerNotFound();

        var notes = LiveNotes(db).Within(db, user, Permission.NotesRead).Where(n => n.CustomerId == id);
        return TypedResults.Ok(await ExecuteAsync(list, notes, settings, cancellationToken));
    }

    static async Task<IResult> ListForDeal(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<Note>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;

        if (await CustomerOfReadableDealAsync(db, user, id, cancellationToken) is null) return DealNotFound();

        var notes = LiveNotes(db).Within(db, user, Permission.NotesRead).Where(n => n.DealId == id);
        return TypedResults.Ok(await ExecuteAsync(list, notes, settings, cancellationToken));
    }

    static Task<object> ExecuteAsync(ListRequest<Note> list, IQueryable<Note> notes, CrmSettings settings, CancellationToken cancellationToken) =>
        list.ExecuteAsync<NoteResponse>(notes.AsNoTracking(), settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<NoteResponse>>(rows.Select(n => n.ToResponse()).ToList()), cancellationToken);

    static async Task<IResult> CreateForCustomer(long id, NoteRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!await ReadableCustomerAsync(db, user, id, cancellationToken)) return CustomerNotFound();

        return await CreateAsync(body, customerId: id, dealId: null, user, db, audit, time, cancellationToken);
    }

    static async Task<IResult> CreateForDeal(long id, NoteRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await CustomerOfReadableDealAsync(db, user, id, cancellationToken) is not { } customerId) return DealNotFound();

        return await CreateAsync(body, customerId, dealId: id, user, db, audit, time, cancellationToken);
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
        return Preconditions.Created($"/admin/notes/{note.Id}", note.ToResponse(), note.Version);
    }

    static async Task<IResult> Get(long id, HttpResponse response, CurrentUser user, CrmDb db, CancellationToken cancellationToken)
    {
        var note = await LiveNotes(db).Within(db, user, Permission.NotesRead).AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (note is null) return NotFound();

        Preconditions.SetETag(response, note.Version);
        return TypedResults.Ok(note.ToResponse());
    }

    static async Task<IResult> Replace(long id, NoteUpdate body, HttpRequest request, HttpResponse response, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.SendsNothing()) return UpdateBody.NoUpdates();
        var note = await LiveNotes(db).Within(db, user, Permission.NotesRead).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (note is null) return NotFound();
        if (!MayEdit(user, Permission.NotesUpdate, note)) return ApiError.Forbidden();
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
        var note = await LiveNotes(db).Within(db, user, Permission.NotesRead).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (note is null) return NotFound();
        if (!MayEdit(user, Permission.NotesDelete, note)) return ApiError.Forbidden();
        if (!Preconditions.Matches(request, note.Version)) return Preconditions.Failed();

        return await db.SoftDeleteAsync(note, "note", audit, time, cancellationToken);
    }

    static Task<bool> ReadableCustomerAsync(CrmDb db, CurrentUser user, long id, CancellationToken cancellationToken) =>
        db.Customers.Within(db, user, Permission.CustomersRead).AnyAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);

    /// <summary>The customer of a live deal of a live customer that the caller can read; null when there is none.</summary>
    static Task<long?> CustomerOfReadableDealAsync(CrmDb db, CurrentUser user, long id, CancellationToken cancellationToken) =>
        db.Deals.Within(db, user, Permission.DealsRead)
            .Where(d => d.Id == id && d.DeletedAt == null && db.Customers.Any(c => c.Id == d.CustomerId && c.DeletedAt == null))
            .Select(d => (long?)d.CustomerId).FirstOrDefaultAsync(cancellationToken);
}
