using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.AuditLogs;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Merges;

/// <summary>
/// Merging a duplicate customer into a survivor, and undoing it (contract section 9), each in one transaction that first
/// locks both rows in id order: two merges of the same pair (or a merge and an unmerge) run one after the other, and the
/// second sees what the first did. Every child that points at a customer moves (contacts, deals, activities, notes and
/// attachments by their <c>customer_id</c>; activities and notes linked only to a moved deal follow it), the survivor
/// gains the source's tags, the chosen fields are copied, the source is soft-deleted with <c>merged_into_id</c>, and
/// <c>crm_customer_merges</c> records exactly that for the unmerge. Both customers are audited (<c>merge</c>), which emits
/// <c>customer.merged</c> for each through the audit trail's outbox.
/// </summary>
public static class CustomerMerge
{
    public static readonly MergeFields<Customer> Fields = new("name", "email", "phone", "company", "role", "status", "assigned_to",
        "contacted", "next_follow_up_at", "preferred_contact_method", "do_not_contact", "notes", "external_id");

    internal static IResult NotFound() => ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found");

    public static async Task<IResult> Merge(long id, MergeRequest body, HttpRequest request, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var (copy, v) = Fields.Read(body.Prefer);
        var sourceId = SourceId(body.SourceId, id, v);
        if (v.Result is { } invalid) return invalid;

        return await db.InTransactionAsync(async () =>
        {
            await LockAsync(db, id, sourceId, cancellationToken);
            var (target, refusal) = await LoadTargetAsync(db, user, request, id, cancellationToken);
            if (target is null) return refusal!;
            var source = await db.Customers.Within(db, user, Permission.CustomersRead).FirstOrDefaultAsync(c => c.Id == sourceId, cancellationToken);
            if (source is null) return ApiError.Validation("source_id", "is not a customer");
            if (source.MergedIntoId is { } into)
                return ApiError.Of(409, "MERGE_CONFLICT", $"Customer {sourceId} is already merged into customer {into}", new MergedInto(into));
            if (source.DeletedAt is not null) return ApiError.Validation("source_id", "is a deleted customer: restore it before merging it");
            if (!await db.ReachesAsync<Customer>(user, Permission.CustomersUpdate, sourceId, cancellationToken)) return ApiError.Forbidden();

            var now = time.UtcNowMicroseconds();
            // The source goes first: its e-mail and external_id, unique among live customers, are free for the survivor to take.
            source.DeletedAt = now;
            source.MergedIntoId = id;
            await db.SaveChangesAsync(cancellationToken);
            var moved = await MoveChildrenAsync(db, sourceId, id, now, cancellationToken);
            var copied = Fields.Copy(source, target, copy);
            target.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);

            var mergeId = await db.Database.SqlQuery<long>($"""
                INSERT INTO crm_customer_merges (target_id, source_id, moved, copied, source_deleted_at, merged_by, merged_at)
                VALUES ({id}, {sourceId}, {Json(moved)}::jsonb, {copied.ToJsonString()}::jsonb, {now}, {user.Id}, {now})
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
            audit.Record("customer", id, "merge", Sides(copied, "old", ("merged_from", null)),
                Sides(copied, "new", ("merged_from", sourceId), ("moved", JsonSerializer.SerializeToNode(moved, JsonConfig.Options))));
            audit.Record("customer", sourceId, "merge", new { deleted_at = (DateTime?)null, merged_into_id = (long?)null },
                new { deleted_at = now, merged_into_id = id });
            await db.SaveChangesAsync(cancellationToken);

            return TypedResults.Ok(new CustomerMergeResponse(mergeId[0], sourceId, target.ToResponse(await CustomerEndpoints.TagsOfAsync(db, id, cancellationToken)),
                moved, copied, now));
        }, cancellationToken);
    }

    public static async Task<IResult> Unmerge(long id, UnmergeRequest body, HttpRequest request, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var sourceId = SourceId(body.SourceId, id, v);
        if (v.Result is { } invalid) return invalid;

        return await db.InTransactionAsync(async () =>
        {
            await LockAsync(db, id, sourceId, cancellationToken);
            var (target, refusal) = await LoadTargetAsync(db, user, request, id, cancellationToken);
            if (target is null) return refusal!;
            var merge = (await db.Database.SqlQuery<MergeRow>($"""
                SELECT id AS "Id", moved::text AS "Moved", copied::text AS "Copied", source_deleted_at AS "SourceDeletedAt"
                  FROM crm_customer_merges WHERE target_id = {id} AND source_id = {sourceId} AND unmerged_at IS NULL
                """).ToListAsync(cancellationToken)).FirstOrDefault();
            if (merge is null) return ApiError.Validation("source_id", $"is not a customer merged into customer {id}");
            var source = await db.Customers.SingleAsync(c => c.Id == sourceId, cancellationToken);

            var copied = JsonNode.Parse(merge.Copied)!.AsObject();
            var changed = copied.Where(f => !JsonNode.DeepEquals(Fields.Get(target, f.Key), f.Value!["new"])).Select(f => f.Key).ToList();
            if (changed.Count > 0)
                return ApiError.Of(409, "MERGE_CONFLICT",
                    $"Changed on customer {id} since the merge, so the unmerge cannot restore them: {string.Join(", ", changed)}", new MergeConflict(changed));

            var now = time.UtcNowMicroseconds();
            // The survivor gives back the fields it took first: the source's e-mail may be among them.
            foreach (var (field, change) in copied) Fields.Set(target, field, change!["old"]);
            target.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            source.DeletedAt = null;
            source.MergedIntoId = null;
            source.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            var back = await MoveBackAsync(db, JsonSerializer.Deserialize<CustomerMergeMoved>(merge.Moved, JsonConfig.Options)!, id, sourceId, cancellationToken);
            await db.Database.ExecuteSqlAsync($"UPDATE crm_customer_merges SET unmerged_at = {now}, unmerged_by = {user.Id} WHERE id = {merge.Id}",
                cancellationToken);

            audit.Record("customer", id, "unmerge", Sides(copied, "new", ("merged_from", sourceId)), Sides(copied, "old", ("merged_from", null)));
            audit.Record("customer", sourceId, "unmerge", new { deleted_at = merge.SourceDeletedAt, merged_into_id = id },
                new { deleted_at = (DateTime?)null, merged_into_id = (long?)null });
            await db.SaveChangesAsync(cancellationToken);

            return TypedResults.Ok(new CustomerUnmergeResponse(
                target.ToResponse(await CustomerEndpoints.TagsOfAsync(db, id, cancellationToken)),
                source.ToResponse(await CustomerEndpoints.TagsOfAsync(db, sourceId, cancellationToken)), back, [.. copied.Select(f => f.Key)]));
        }, cancellationToken);
    }

    sealed record MergeRow(long Id, string Moved, string Copied, DateTime SourceDeletedAt);

    static long SourceId(long? sent, long target, Validator v)
    {
        if (sent is not { } id) v.Add("source_id", "is required");
        else if (id <= 0) v.Add("source_id", "must be a positive id");
        else if (id == target) v.Add("source_id", "must be another customer than the one merged into");
        return sent ?? 0;
    }

    /// <summary>Both rows, in id order (no deadlock between two requests on the same pair), until the transaction ends.</summary>
    static Task LockAsync(CrmDb db, long a, long b, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"""SELECT id AS "Value" FROM customers WHERE id IN ({a}, {b}) ORDER BY id FOR UPDATE""").ToListAsync(cancellationToken);

    /// <summary>The live survivor the caller may update, after If-Match; or the refusal (a merged one's 404 names its survivor).</summary>
    static async Task<(Customer?, IResult?)> LoadTargetAsync(CrmDb db, CurrentUser user, HttpRequest request, long id, CancellationToken cancellationToken)
    {
        var target = await db.Customers.Within(db, user, Permission.CustomersRead).FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        if (target is null) return (null, await MergedRecords.CustomerNotFoundAsync(db, user, id, cancellationToken));
        if (!await db.ReachesAsync<Customer>(user, Permission.CustomersUpdate, id, cancellationToken)) return (null, ApiError.Forbidden());
        if (!Preconditions.Matches(request, target.Version)) return (null, Preconditions.Failed());
        return (target, null);
    }

    static async Task<CustomerMergeMoved> MoveChildrenAsync(CrmDb db, long from, long to, DateTime now, CancellationToken cancellationToken)
    {
        // The survivor keeps its primary contact; the source's stops being primary (and becomes primary again on unmerge).
        var unprimaried = await IdsAsync(db, $"""
            UPDATE contacts SET is_primary = false WHERE customer_id = {from} AND deleted_at IS NULL AND is_primary
               AND EXISTS (SELECT 1 FROM contacts WHERE customer_id = {to} AND deleted_at IS NULL AND is_primary) RETURNING id AS "Value"
            """, cancellationToken);
        return new CustomerMergeMoved(
            Contacts: await IdsAsync(db, $"""UPDATE contacts SET customer_id = {to}, updated_at = {now} WHERE customer_id = {from} AND deleted_at IS NULL RETURNING id AS "Value" """, cancellationToken),
            Deals: await IdsAsync(db, $"""UPDATE deals SET customer_id = {to}, updated_at = {now} WHERE customer_id = {from} AND deleted_at IS NULL RETURNING id AS "Value" """, cancellationToken),
            Activities: await IdsAsync(db, $"""UPDATE activities SET customer_id = {to}, updated_at = {now} WHERE customer_id = {from} AND deleted_at IS NULL RETURNING id AS "Value" """, cancellationToken),
            Notes: await IdsAsync(db, $"""UPDATE notes SET customer_id = {to}, updated_at = {now} WHERE customer_id = {from} AND deleted_at IS NULL RETURNING id AS "Value" """, cancellationToken),
            Attachments: await IdsAsync(db, $"""UPDATE attachments SET customer_id = {to} WHERE customer_id = {from} AND deleted_at IS NULL RETURNING id AS "Value" """, cancellationToken),
            Tags: await IdsAsync(db, $"""
                INSERT INTO customer_tags (customer_id, tag_id, created_at)
                SELECT {to}, ct.tag_id, {now} FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id AND t.deleted_at IS NULL
                 WHERE ct.customer_id = {from} ON CONFLICT DO NOTHING RETURNING tag_id AS "Value"
                """, cancellationToken),
            UnprimariedContacts: unprimaried);
    }

    /// <summary>Moves back what the merge moved and is still on the survivor (records added to it since stay).</summary>
    static async Task<CustomerMergeMoved> MoveBackAsync(CrmDb db, CustomerMergeMoved moved, long from, long to, CancellationToken cancellationToken)
    {
        var contacts = moved.Contacts.ToArray();
        var back = new CustomerMergeMoved(
            Contacts: await IdsAsync(db, $"""UPDATE contacts SET customer_id = {to} WHERE id = ANY ({contacts}) AND customer_id = {from} RETURNING id AS "Value" """, cancellationToken),
            Deals: await IdsAsync(db, $"""UPDATE deals SET customer_id = {to} WHERE id = ANY ({moved.Deals.ToArray()}) AND customer_id = {from} RETURNING id AS "Value" """, cancellationToken),
            Activities: await IdsAsync(db, $"""UPDATE activities SET customer_id = {to} WHERE id = ANY ({moved.Activities.ToArray()}) AND customer_id = {from} RETURNING id AS "Value" """, cancellationToken),
            Notes: await IdsAsync(db, $"""UPDATE notes SET customer_id = {to} WHERE id = ANY ({moved.Notes.ToArray()}) AND customer_id = {from} RETURNING id AS "Value" """, cancellationToken),
            Attachments: await IdsAsync(db, $"""UPDATE attachments SET customer_id = {to} WHERE id = ANY ({moved.Attachments.ToArray()}) AND customer_id = {from} RETURNING id AS "Value" """, cancellationToken),
            Tags: await IdsAsync(db, $"""DELETE FROM customer_tags WHERE customer_id = {from} AND tag_id = ANY ({moved.Tags.ToArray()}) RETURNING tag_id AS "Value" """, cancellationToken),
            UnprimariedContacts: await IdsAsync(db, $"""
                UPDATE contacts SET is_primary = true WHERE id = ANY ({moved.UnprimariedContacts.ToArray()}) AND customer_id = {to} AND deleted_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM contacts WHERE customer_id = {to} AND deleted_at IS NULL AND is_primary) RETURNING id AS "Value"
                """, cancellationToken));
        return back;
    }

    /// <summary>The ids a moving statement returns (<c>RETURNING id AS "Value"</c>), in order.</summary>
    internal static async Task<IReadOnlyList<long>> IdsAsync(CrmDb db, FormattableString sql, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<long>(sql).ToListAsync(cancellationToken)).Order().ToList();

    static string Json(object value) => JsonSerializer.Serialize(value, JsonConfig.Options);

    /// <summary>One side of an audit row's changes: each copied field's old or new value, and the merge's own members.</summary>
    static JsonObject Sides(JsonObject copied, string side, params (string Member, object? Value)[] extra)
    {
        var record = new JsonObject();
        foreach (var (field, change) in copied) record[field] = change![side]?.DeepClone();
        foreach (var (member, value) in extra) record[member] = value is JsonNode node ? node.DeepClone() : JsonSerializer.SerializeToNode(value, JsonConfig.Options);
        return record;
    }
}
