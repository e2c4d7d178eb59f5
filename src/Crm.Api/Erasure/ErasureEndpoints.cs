using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Jobs;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Erasure;

/// <summary>The body of an erasure: the customer's e-mail, typed again, so that no slip of an id erases someone else.</summary>
public sealed record EraseRequest(string? Confirm);

/// <summary>
/// <c>POST /admin/customers/:id/erase</c> (contract section 9, the right to be forgotten; admins only): queues the erasure
/// as a job (<see cref="EraseJob"/>) and answers 202 with it. A customer whose erasure is already queued, running or done
/// answers with that job again, so a retry never erases twice.
/// </summary>
public static class ErasureEndpoints
{
    public static void MapErasure(this IEndpointRouteBuilder app) =>
        app.MapPost("/admin/customers/{id}/erase", EraseAsync).RequirePermission(Permission.CustomersErase)
            .WithTags("Customers").WithName("EraseCustomer")
            .WithSummary("Erases the personal data of a customer and its contacts everywhere it is stored, as a job (irreversible)")
            .WithDescription("""
                `confirm` must be the customer's email (case-insensitive), else 400 CONFIRMATION_REQUIRED and nothing changes. The job
                (`kind: erase`, `Location: /admin/jobs/{id}`) replaces names, e-mails, phones, companies and the free text of the
                customer, its contacts, deals, activities, notes and attachments with `[erased]` (custom fields of text kinds are
                removed), in the live rows, the audit log's values, the event feed, webhook deliveries, import error rows and cached
                idempotent answers, and removes the attachments' bytes from the store. Ids, amounts, stages, statuses and dates stay
                for the reports. Each record gets an `erase` audit entry without personal data and a `*.updated` event with its
                erased state. Asking again for a customer whose erasure is queued, running or done answers with that job.
                """)
            .Produces<JobResponse>(202).MayFail(400, "CONFIRMATION_REQUIRED");

    static async Task<IResult> EraseAsync(long id, EraseRequest body, HttpContext http, CurrentUser user, CrmDb db, TimeProvider time,
        JobRunner runner, CancellationToken cancellationToken)
    {
        var confirm = body.Confirm?.Trim();
        if (string.IsNullOrEmpty(confirm)) return Unconfirmed();
        Job? job = null;
        var refusal = await db.InTransactionAsync(async () =>
        {
            // Locked until the job is queued: two requests for one customer queue one job.
            var email = await db.Database.SqlQuery<string>($"SELECT email AS \"Value\" FROM customers WHERE id = {id} FOR UPDATE")
                .ToListAsync(cancellationToken);
            if (email is not [var current]) return ApiError.NotFound("CUSTOMER_NOT_FOUND", "Customer not found");
            job = (await db.Jobs.FromSql($"""
                SELECT * FROM crm_jobs WHERE kind = 'erase' AND status NOT IN ('failed', 'cancelled') AND (params->>'customer_id')::bigint = {id}
                ORDER BY id DESC LIMIT 1
                """).AsNoTracking().ToListAsync(cancellationToken)).FirstOrDefault();
            if (job is not null) return null;
            if (!string.Equals(confirm, current, StringComparison.OrdinalIgnoreCase)) return Unconfirmed();

            job = new Job
            {
                Kind = JobKind.Erase, Entity = "customers", UserId = user.Id, UserRole = user.RoleName, UserName = user.Name, UserEmail = user.Email,
                Params = new JobParams { CustomerId = id }.ToJson(), TotalRows = 1, CreatedAt = time.UtcNowMicroseconds(),
            };
            db.Jobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }, cancellationToken);
        if (refusal is not null) return refusal;
        runner.Wake();
        return Imports.ImportEndpoints.Accepted(http, $"/admin/jobs/{job!.Id}", job);
    }

    static IResult Unconfirmed() => ApiError.Of(StatusCodes.Status400BadRequest, "CONFIRMATION_REQUIRED",
        "Erasure is irreversible: send the customer's email as confirm");
}
