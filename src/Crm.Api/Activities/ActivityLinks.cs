using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Activities;

/// <summary>
/// Checks what an activity is linked to: at least a customer or a deal, every id live and within the caller's
/// read reach (an activity may be added to any customer or deal the caller can read; one outside the reach is named
/// as if it did not exist), the deal belonging to the customer and the contact to that customer. A deal alone also
/// links the deal's customer, so the activity shows on the customer's page.
/// </summary>
public static class ActivityLinks
{
    public static async Task<IResult?> ResolveAsync(Activity activity, CurrentUser user, CrmDb db, CancellationToken cancellationToken)
    {
        if (activity.CustomerId is null && activity.DealId is null)
            return ApiError.BadRequest("MISSING_LINK", "An activity must be linked to a customer or a deal: send customer_id or deal_id");

        var v = new Validator();
        if (activity.CustomerId is { } customerId)
        {
            if (!await db.Customers.Within(db, user, Permission.CustomersRead).AnyAsync(c => c.Id == customerId && c.DeletedAt == null, cancellationToken))
                v.Add("customer_id", "does not refer to an existing customer");
        }
        if (activity.DealId is { } dealId)
        {
            var deal = await db.Deals.Within(db, user, Permission.DealsRead).Where(d => d.Id == dealId && d.DeletedAt == null)
                .Select(d => new { d.CustomerId }).FirstOrDefaultAsync(cancellationToken);
            if (deal is null) v.Add("deal_id", "does not refer to an existing deal");
            else if (activity.CustomerId is null) activity.CustomerId = deal.CustomerId;
            else if (activity.CustomerId != deal.CustomerId) v.Add("deal_id", "belongs to another customer than customer_id");
        }
        if (activity.ContactId is { } contactId)
        {
            var linkedCustomer = activity.CustomerId;
            var belongs = await db.Contacts.AnyAsync(c => c.Id == contactId && c.DeletedAt == null && c.CustomerId == linkedCustomer,
                cancellationToken);
            if (!belongs) v.Add("contact_id", "does not refer to a contact of the activity's customer");
        }
        return v.Result;
    }
}
