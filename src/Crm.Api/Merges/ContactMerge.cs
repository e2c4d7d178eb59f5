using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.AuditLogs;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Merges;

/// <summary>
/// Merging a duplicate contact into another contact of the same customer (contract section 9, "the same pair of routes"
/// as customers: duplicates and merge; the contract gives contacts no unmerge). Deals and activities that named the
/// source as their contact name the survivor; a primary source hands "primary" to the survivor; the source is
/// soft-deleted with <c>merged_into_id</c>; <c>crm_contact_merges</c> records it; both are audited (<c>contact.merged</c>).
/// </summary>
public static class ContactMerge
{
    public static readonly MergeFields<Contact> Fields = new("first_name", "last_name", "email", "phone", "position", "notes", "external_id");

    public static async Task<IResult> Merge(long id, MergeRequest body, HttpRequest request, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var (copy, v) = Fields.Read(body.Prefer);
        if (body.SourceId is not { } sourceId) v.Add("source_id", "is required");
        else if (sourceId <= 0) v.Add("source_id", "must be a positive id");
        else if (sourceId == id) v.Add("source_id", "must be another contact than the one merged into");
        if (v.Result is { } invalid) return invalid;
        var source = body.SourceId!.Value;

        return await db.InTransactionAsync(async () =>
        {
            await db.Database.SqlQuery<long>($"""SELECT id AS "Value" FROM contacts WHERE id IN ({id}, {source}) ORDER BY id FOR UPDATE""")
                .ToListAsync(cancellationToken);
            var live = db.Contacts.Where(c => db.Customers.Any(cu => cu.Id == c.CustomerId && cu.DeletedAt == null));
            var target = await live.Within(db, user, Permission.ContactsRead).FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
            if (target is null) return await MergedRecords.ContactNotFoundAsync(db, user, id, cancellationToken);
            if (!await db.ReachesAsync<Contact>(user, Permission.ContactsUpdate, id, cancellationToken)) return ApiError.Forbidden();
            if (!Preconditions.Matches(request, target.Version)) return Preconditions.Failed();
            var duplicate = await live.Within(db, user, Permission.ContactsRead).FirstOrDefaultAsync(c => c.Id == source, cancellationToken);
            if (duplicate is null) return ApiError.Validation("source_id", "is not a contact");
            if (duplicate.MergedIntoId is { } into)
                return ApiError.Of(409, "MERGE_CONFLICT", $"Contact {source} is already merged into contact {into}", new MergedInto(into));
            if (duplicate.DeletedAt is not null) return ApiError.Validation("source_id", "is a deleted contact");
            if (duplicate.CustomerId != target.CustomerId) return ApiError.Validation("source_id", "must be a contact of the same customer");

            var now = time.UtcNowMicroseconds();
            var becomesPrimary = duplicate.IsPrimary && !target.IsPrimary;
            duplicate.DeletedAt = now;
            duplicate.MergedIntoId = id;
            duplicate.IsPrimary = false;
            await db.SaveChangesAsync(cancellationToken);
            var copied = Fields.Copy(duplicate, target, copy);
            if (becomesPrimary)
            {
                target.IsPrimary = true;
                copied["is_primary"] = new JsonObject { ["old"] = false, ["new"] = true };
            }
            target.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            var moved = new ContactMergeMoved(
                await CustomerMerge.IdsAsync(db, $"""UPDATE deals SET contact_id = {id}, updated_at = {now} WHERE contact_id = {source} AND deleted_at IS NULL RETURNING id AS "Value" """, cancellationToken),
                await CustomerMerge.IdsAsync(db, $"""UPDATE activities SET contact_id = {id}, updated_at = {now} WHERE contact_id = {source} AND deleted_at IS NULL RETURNING id AS "Value" """, cancellationToken));

            var movedJson = JsonSerializer.Serialize(moved, JsonConfig.Options);
            var mergeId = await db.Database.SqlQuery<long>($"""
                INSERT INTO crm_contact_merges (target_id, source_id, moved, copied, source_deleted_at, merged_by, merged_at)
                VALUES ({id}, {source}, {movedJson}::jsonb, {copied.ToJsonString()}::jsonb, {now}, {user.Id}, {now})
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
            var before = new JsonObject { ["merged_from"] = null };
            var after = new JsonObject { ["merged_from"] = source, ["moved"] = JsonNode.Parse(movedJson) };
            foreach (var (field, change) in copied)
            {
                before[field] = change!["old"]?.DeepClone();
                after[field] = change["new"]?.DeepClone();
            }
            audit.Record("contact", id, "merge", before, after);
            audit.Record("contact", source, "merge", new { deleted_at = (DateTime?)null, merged_into_id = (long?)null, is_primary = becomesPrimary },
                new { deleted_at = now, merged_into_id = id, is_primary = false });
            await db.SaveChangesAsync(cancellationToken);

            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == target.CustomerId, cancellationToken);
            return TypedResults.Ok(new ContactMergeResponse(mergeId[0], source, target.ToResponse(customer.ToSummary()), moved, copied, now));
        }, cancellationToken);
    }
}

/// <summary>
/// The 404 of a merged record names its survivor (<c>data: {"merged_into_id": N}</c>, following a chain of merges to the
/// live one), when the caller may read that survivor; anything else is the plain 404.
/// </summary>
public static class MergedRecords
{
    const int MaxHops = 20;

    public static async Task<IResult> CustomerNotFoundAsync(CrmDb db, CurrentUser user, long id, CancellationToken cancellationToken)
    {
        var survivor = await SurvivorAsync(id, next => db.Customers.Where(c => c.Id == next && c.DeletedAt != null).Select(c => c.MergedIntoId)
            .FirstOrDefaultAsync(cancellationToken));
        return survivor is { } found
               && await db.Customers.Within(db, user, Permission.CustomersRead).AnyAsync(c => c.Id == found && c.DeletedAt == null, cancellationToken)
            ? ApiError.Of(404, "CUSTOMER_NOT_FOUND", $"Customer not found: it was merged into customer {found}", new MergedInto(found))
            : CustomerMerge.NotFound();
    }

    public static async Task<IResult> ContactNotFoundAsync(CrmDb db, CurrentUser user, long id, CancellationToken cancellationToken)
    {
        var survivor = await SurvivorAsync(id, next => db.Contacts.Where(c => c.Id == next && c.DeletedAt != null).Select(c => c.MergedIntoId)
            .FirstOrDefaultAsync(cancellationToken));
        return survivor is { } found && await db.Contacts.Within(db, user, Permission.ContactsRead)
                   .AnyAsync(c => c.Id == found && c.DeletedAt == null && db.Customers.Any(cu => cu.Id == c.CustomerId && cu.DeletedAt == null), cancellationToken)
            ? ApiError.Of(404, "CONTACT_NOT_FOUND", $"Contact not found: it was merged into contact {found}", new MergedInto(found))
            : ApiError.NotFound("CONTACT_NOT_FOUND", "Contact not found");
    }

    static async Task<long?> SurvivorAsync(long id, Func<long, Task<long?>> mergedInto)
    {
        long? survivor = null;
        for (var hop = 0; hop < MaxHops && await mergedInto(survivor ?? id) is { } next; hop++) survivor = next;
        return survivor;
    }
}
