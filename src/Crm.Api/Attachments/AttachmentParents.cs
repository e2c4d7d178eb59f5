using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Attachments;

public enum ParentKind { Customer, Deal, Activity }

/// <summary>
/// The record an attachment hangs on decides who may touch it (contract section 3: attachments are "own" through
/// their record, <see cref="Reach"/>). Reading needs the record's read permission and reach; uploading and deleting need
/// its update permission and reach. A record outside the caller's read reach answers 404, as if it did not exist.
/// </summary>
public sealed record AttachmentParent(ParentKind Kind, long Id)
{
    public string ReadPermission => Kind switch
    {
        ParentKind.Customer => Permission.CustomersRead,
        ParentKind.Deal => Permission.DealsRead,
        _ => Permission.ActivitiesRead,
    };

    public string UpdatePermission => Kind switch
    {
        ParentKind.Customer => Permission.CustomersUpdate,
        ParentKind.Deal => Permission.DealsUpdate,
        _ => Permission.ActivitiesUpdate,
    };

    public Task<bool> ReadableByAsync(CrmDb db, CurrentUser user, CancellationToken cancellationToken) =>
        ReachedAsync(db, user, ReadPermission, cancellationToken);

    public Task<bool> WritableByAsync(CrmDb db, CurrentUser user, CancellationToken cancellationToken) =>
        ReachedAsync(db, user, UpdatePermission, cancellationToken);

    Task<bool> ReachedAsync(CrmDb db, CurrentUser user, string permission, CancellationToken cancellationToken) => Kind switch
    {
        ParentKind.Customer => db.ReachesAsync<Customers.Customer>(user, permission, Id, cancellationToken),
        ParentKind.Deal => db.ReachesAsync<Deals.Deal>(user, permission, Id, cancellationToken),
        _ => db.ReachesAsync<Activities.Activity>(user, permission, Id, cancellationToken),
    };

    public static IResult NotFound(ParentKind kind) => kind switch
    {
        ParentKind.Customer => ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found"),
        ParentKind.Deal => ApiError.NotFound("DEAL_NOT_FOUND", "Deal not found"),
        _ => ApiError.NotFound("ACTIVITY_NOT_FOUND", "Activity not found"),
    };

    /// <summary>
    /// The live record, or null. Soft-deleting a customer stamps its deals and activities too, so "live" here is all an
    /// attachment needs to be visible.
    /// </summary>
    public static async Task<AttachmentParent?> FindAsync(CrmDb db, ParentKind kind, long id, CancellationToken cancellationToken)
    {
        var live = kind switch
        {
            ParentKind.Customer => await db.Customers.AnyAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken),
            ParentKind.Deal => await db.Deals.AnyAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken),
            _ => await db.Activities.AnyAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken),
        };
        return live ? new AttachmentParent(kind, id) : null;
    }

    /// <summary>The parent of an attachment row.</summary>
    public static Task<AttachmentParent?> OfAsync(CrmDb db, Attachment attachment, CancellationToken cancellationToken) =>
        attachment switch
        {
            { CustomerId: { } customerId } => FindAsync(db, ParentKind.Customer, customerId, cancellationToken),
            { DealId: { } dealId } => FindAsync(db, ParentKind.Deal, dealId, cancellationToken),
            _ => FindAsync(db, ParentKind.Activity, attachment.ActivityId!.Value, cancellationToken),
        };
}
