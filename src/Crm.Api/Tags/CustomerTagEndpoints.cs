using Crm.Api.AuditLogs;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Tags;

/// <summary>
/// Tags on a customer. Every change locks the customer row first, so concurrent changes to one customer's tags run
/// one after another: assigning twice never duplicates, and the audit row's old/new sets are exact. Audit rows
/// (resource "customer", actions tag_assign/tag_unassign, changes {"tags": {old, new}}) are written only when the
/// set actually changed.
/// </summary>
public static class CustomerTagEndpoints
{
    public static RouteGroupBuilder MapCustomerTags(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/customers/{id}/tags").WithTags("Tags");
        group.MapPost("/{tag_id}", Assign).RequirePermission(Permission.TagsAssign).WithName("AssignCustomerTag")
            .WithSummary("Puts a tag on a customer; idempotent (200 also when it is already there)")
            .Produces<MessageResponse>();
        group.MapDelete("/{tag_id}", Unassign).RequirePermission(Permission.TagsAssign).WithName("UnassignCustomerTag")
            .WithSummary("Takes a tag off a customer; idempotent (200 also when it was not there)")
            .Produces<MessageResponse>();
        group.MapPut("", ReplaceSet).RequirePermission(Permission.TagsAssign).WithName("ReplaceCustomerTags")
            .WithSummary("Replaces the customer's tag set with tag_ids and returns the customer's tags; unknown or deleted ids are refused")
            .Produces<List<TagSummary>>();
        return group;
    }

    static IResult CustomerNotFound() => ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found");
    static IResult TagNotFound() => ApiError.NotFound("TAG_NOT_FOUND", "Tag not found");

    internal static async Task<IResult> Assign(long id, [FromRoute(Name = "tag_id")] long tagId, CurrentUser user, CrmDb db, AuditTrail audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(async () =>
        {
            if (await LockAsync(db, id, user, cancellationToken) is { } refusal) return refusal;
            if (!await db.Tags.AnyAsync(t => t.Id == tagId && t.DeletedAt == null, cancellationToken)) return TagNotFound();

            var old = await LiveTagIdsAsync(db, id, cancellationToken);
            if (!old.Contains(tagId))
            {
                db.CustomerTags.Add(new CustomerTag { CustomerId = id, TagId = tagId, CreatedAt = time.UtcNowMicroseconds() });
                audit.Record("customer", id, "tag_assign", new { tags = old }, new { tags = old.Append(tagId).Order() });
                await db.SaveChangesAsync(cancellationToken);
            }
            return MessageResponse.Ok("Tag assigned successfully");
        }, cancellationToken);
    }

    internal static async Task<IResult> Unassign(long id, [FromRoute(Name = "tag_id")] long tagId, CurrentUser user, CrmDb db, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(async () =>
        {
            if (await LockAsync(db, id, user, cancellationToken) is { } refusal) return refusal;
            if (!await db.Tags.AnyAsync(t => t.Id == tagId && t.DeletedAt == null, cancellationToken)) return TagNotFound();

            var old = await LiveTagIdsAsync(db, id, cancellationToken);
            if (old.Contains(tagId))
            {
                await db.CustomerTags.Where(ct => ct.CustomerId == id && ct.TagId == tagId).ExecuteDeleteAsync(cancellationToken);
                audit.Record("customer", id, "tag_unassign", new { tags = old }, new { tags = old.Where(t => t != tagId) });
                await db.SaveChangesAsync(cancellationToken);
            }
            return MessageResponse.Ok("Tag removed successfully");
        }, cancellationToken);
    }

    static async Task<IResult> ReplaceSet(long id, TagSetRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(async () =>
        {
            if (await LockAsync(db, id, user, cancellationToken) is { } refusal) return refusal;
            var (wanted, validation) = body.Read();
            if (validation.Result is { } invalid) return invalid;
            var live = await db.Tags.Where(t => wanted.Contains(t.Id) && t.DeletedAt == null).Select(t => t.Id).ToListAsync(cancellationToken);
            if (wanted.Except(live).Order().ToList() is { Count: > 0 } unknown)
                return ApiError.Validation("tag_ids", $"contains unknown or deleted tags: {string.Join(", ", unknown)}");

            var old = await LiveTagIdsAsync(db, id, cancellationToken);
            var kept = old.Intersect(wanted).ToList();
            var added = wanted.Except(old).Order().ToList();
            // Rows of deleted tags go too: they are invisible, and the new set is the whole truth.
            await db.CustomerTags.Where(ct => ct.CustomerId == id && !wanted.Contains(ct.TagId)).ExecuteDeleteAsync(cancellationToken);
            if (kept.Count < old.Count) audit.Record("customer", id, "tag_unassign", new { tags = old }, new { tags = kept });
            if (added.Count > 0)
            {
                var now = time.UtcNowMicroseconds();
                db.CustomerTags.AddRange(added.Select(tagId => new CustomerTag { CustomerId = id, TagId = tagId, CreatedAt = now }));
                audit.Record("customer", id, "tag_assign", new { tags = kept }, new { tags = kept.Concat(added).Order() });
            }
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(await CustomerEndpoints.TagsOfAsync(db, id, cancellationToken));
        }, cancellationToken);
    }

    /// <summary>Locks a live customer whose tags the caller may change; or the refusal (404 outside the read scope, else 403).</summary>
    static async Task<IResult?> LockAsync(CrmDb db, long customerId, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await CustomerLock.LockAsync(db, customerId, cancellationToken)
            || !await db.ReachesAsync<Customer>(user, Permission.CustomersRead, customerId, cancellationToken))
            return CustomerNotFound();
        return await db.ReachesAsync<Customer>(user, Permission.TagsAssign, customerId, cancellationToken) ? null : ApiError.Forbidden();
    }

    /// <summary>The ids of the live tags the customer carries, in ascending order.</summary>
    static Task<List<long>> LiveTagIdsAsync(CrmDb db, long customerId, CancellationToken cancellationToken) =>
        db.CustomerTags.Where(ct => ct.CustomerId == customerId && ct.Tag!.DeletedAt == null)
            .OrderBy(ct => ct.TagId).Select(ct => ct.TagId).ToListAsync(cancellationToken);
}
