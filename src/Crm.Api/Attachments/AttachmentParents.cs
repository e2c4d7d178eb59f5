using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Attachments;

public enum ParentKind { Customer, Deal, Activity }

/// <summary>
/// The record an attachment hangs on decides who may touch it (contract section 3: attachments are "own" through
/// their record). Reading needs the record's read permission and reach; uploading and deleting need its update
/// permission and reach. A record outside the caller's read reach answers 404, as if it did not exist.
/// </summary>
public sealed record AttachmentParent(ParentKind Kind, long Id, long? Owner)
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

    public bool ReadableBy(CurrentUser user) => user.Reaches(ReadPermission, Owner);

    public bool WritableBy(CurrentUser user) => user.Reaches(UpdatePermission, Owner);

    public static IResult NotFound(ParentKind kind) => kind switch
    {
        ParentKind.Customer => ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found"),
        ParentKind.Deal => ApiError.NotFound("DEAL_NOT_FOUND", "Deal not found"),
        _ => ApiError.NotFound("ACTIVITY_NOT_FOUND", "Activity not found"),
    };

    /// <summary>
    /// The live record with its owner (customer assignee, deal owner, activity assignee), or null. Soft-deleting a
    /// customer stamps its deals and activities too, so "live" here is all an attachment needs to be visible.
    /// </summary>
    public static async Task<AttachmentParent?> FindAsync(CrmDb db, ParentKind kind, long id, CancellationToken cancellationToken)
    {
        var owners = kind switch
        {
            ParentKind.Customer => db.Customers.Where(c => c.Id == id && c.DeletedAt == null).Select(c => new OwnerRow(c.AssignedTo)),
            ParentKind.Deal => db.Deals.Where(d => d.Id == id && d.DeletedAt == null).Select(d => new OwnerRow(d.OwnerId)),
            _ => db.Activities.Where(a => a.Id == id && a.DeletedAt == null).Select(a => new OwnerRow(a.AssignedTo)),
        };
        var owner = await owners.FirstOrDefaultAsync(cancellationToken);
        return owner is null ? null : new AttachmentParent(kind, id, owner.Id);
    }

    /// <summary>The parent of an attachment row.</summary>
    public static Task<AttachmentParent?> OfAsync(CrmDb db, Attachment attachment, CancellationToken cancellationToken) =>
        attachment switch
        {
            { CustomerId: { } customerId } => FindAsync(db, ParentKind.Customer, customerId, cancellationToken),
            { DealId: { } dealId } => FindAsync(db, ParentKind.Deal, dealId, cancellationToken),
            _ => FindAsync(db, ParentKind.Activity, attachment.ActivityId!.Value, cancellationToken),
        };

    sealed record OwnerRow(long? Id);
}
