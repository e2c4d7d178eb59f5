using System.Text.Json;
using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Events;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Webhooks;

/// <summary>Webhook endpoints, their secrets and their delivery log (contract section 10; admin only).</summary>
public static class WebhookEndpoints
{
    static readonly IReadOnlyList<ISortField<Webhook>> SortFields = [SortField.Of<Webhook, DateTime>("created_at", w => w.CreatedAt, w => w.Id)];

    static readonly IReadOnlyList<ISortField<WebhookDelivery>> DeliverySorts =
        [SortField.Of<WebhookDelivery, DateTime>("created_at", d => d.CreatedAt, d => d.Id)];

    /// <summary>How long the previous secret keeps signing after a rotation, so receivers can switch without a gap.</summary>
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    public static void MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/webhooks").WithTags("Webhooks").RequirePermission(Permission.WebhooksManage);
        group.MapGet("", List).WithName("ListWebhooks").WithSummary("Lists the webhook endpoints").ProducesList<WebhookResponse>(Query.Paging(SortFields, "created_at", defaultDescending: true));
        group.MapPost("", Create).WithName("CreateWebhook").WithSummary("Adds a webhook endpoint; its signing secret is in this answer only").Produces<WebhookWithSecretResponse>(201)
            .MayFail(400, "UNSAFE_URL").MayFail(503, "SERVICE_UNAVAILABLE");
        group.MapGet("/{id}", Get).WithName("GetWebhook").WithSummary("One webhook endpoint (without its secret)").Produces<WebhookResponse>();
        group.MapPut("/{id}", Update).WithName("UpdateWebhook").WithSummary("Changes the members sent (url, event_types, enabled, description)").Produces<WebhookResponse>().MayFail(400, "UNSAFE_URL", "NO_UPDATES");
        group.MapDelete("/{id}", Delete).WithName("DeleteWebhook").WithSummary("Deletes a webhook endpoint and its pending deliveries").Produces<MessageResponse>();
        group.MapPost("/{id}/rotate-secret", RotateSecret).WithName("RotateWebhookSecret").WithSummary("A new signing secret; the old one keeps signing beside it for 24 h").Produces<WebhookWithSecretResponse>()
            .MayFail(503, "SERVICE_UNAVAILABLE");
        group.MapPost("/{id}/test", Test).WithName("TestWebhook").WithSummary("Sends a webhook.test event to the endpoint now").Produces<WebhookDeliveryResponse>().MayFail(503, "SERVICE_UNAVAILABLE");
        group.MapGet("/{id}/deliveries", Deliveries).WithName("ListWebhookDeliveries").WithSummary("The endpoint's deliveries: status, attempts, last answer, next attempt").ProducesList<WebhookDeliveryResponse>([
            Query.AnyOf("status", DeliveryStatus.All, "Only deliveries in these states."),
            .. Query.Paging(DeliverySorts, "created_at", defaultDescending: true)]);
        group.MapPost("/{id}/deliveries/{delivery_id}/retry", Retry).WithName("RetryWebhookDelivery").WithSummary("Schedules a delivery's next attempt now")
            .Produces<WebhookDeliveryResponse>().MayFail(409, "CONFLICT").MayFail(404, "NOT_FOUND");
    }

    static IResult NotFound() => ApiError.NotFound("WEBHOOK_NOT_FOUND", "Webhook not found");

    static IResult NotConfigured() => ApiError.Of(StatusCodes.Status503ServiceUnavailable, "SERVICE_UNAVAILABLE",
        "Webhooks are not configured on this server: WEBHOOK_SECRET_KEY is not set");

    static IResult Unsafe(UnsafeUrlException e) => ApiError.Of(StatusCodes.Status400BadRequest, "UNSAFE_URL", $"url is refused: {e.Message}",
        new ValidationErrors(new Dictionary<string, string[]> { ["url"] = [e.Message] }));

    static async Task<IResult> List(HttpRequest request, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<Webhook>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;
        return TypedResults.Ok(await list.ExecuteAsync<WebhookResponse>(db.Set<Webhook>().AsNoTracking(), settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<WebhookResponse>>(rows.Select(w => w.ToResponse()).ToList()), cancellationToken));
    }

    static async Task<IResult> Create(WebhookRequest body, CurrentUser user, CrmDb db, AuditTrail audit, WebhookSecrets secrets,
        UrlSafety safety, TimeProvider time, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var url = v.Url(body.Url);
        var patterns = v.Patterns(body.EventTypes);
        var description = v.Optional("description", body.Description, WebhookMapping.MaxDescriptionLength);
        if (v.Result is { } invalid) return invalid;
        if (!secrets.Configured) return NotConfigured();
        try { await safety.CheckAsync(url!, cancellationToken); }
        catch (UnsafeUrlException e) { return Unsafe(e); }

        var secret = WebhookSecrets.Generate();
        var now = time.UtcNowMicroseconds();
        var webhook = new Webhook
        {
            Url = url!.AbsoluteUri, EventTypes = patterns, Enabled = body.Enabled ?? true, Description = description,
            Secret = secrets.Encrypt(secret), CreatedBy = user.Id, CreatedAt = now, UpdatedAt = now,
        };
        await db.InTransactionAsync(async () =>
        {
            db.Add(webhook);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("webhook", webhook.Id, "create", null, webhook.ToResponse());
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return Preconditions.Created($"/admin/webhooks/{webhook.Id}", webhook.WithSecret(secret), webhook.Version);
    }

    static async Task<IResult> Get(long id, HttpResponse response, CrmDb db, CancellationToken cancellationToken)
    {
        var webhook = await db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null) return NotFound();
        Preconditions.SetETag(response, webhook.Version);
        return TypedResults.Ok(webhook.ToResponse());
    }

    static async Task<IResult> Update(long id, WebhookUpdate body, HttpRequest request, HttpResponse response, CrmDb db, AuditTrail audit,
        UrlSafety safety, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body is { Url.IsSet: false, EventTypes.IsSet: false, Enabled.IsSet: false, Description.IsSet: false })
            return ApiError.BadRequest("NO_UPDATES", "The request changes nothing; send at least one of url, event_types, enabled, description");
        var webhook = await db.Set<Webhook>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null) return NotFound();
        if (!Preconditions.Matches(request, webhook.Version)) return Preconditions.Failed();

        var before = webhook.ToResponse();
        var v = new Validator();
        var url = body.Url.IsSet ? v.Url(body.Url.Value) : null;
        if (body.EventTypes.IsSet) webhook.EventTypes = v.Patterns(body.EventTypes.Value);
        if (body.Description.IsSet) webhook.Description = v.Optional("description", body.Description.Value, WebhookMapping.MaxDescriptionLength);
        if (body.Enabled.IsSet && body.Enabled.Value != webhook.Enabled)
        {
            webhook.Enabled = body.Enabled.Value;
            // A fresh start: three more days before an automatic disable, and the old reason no longer applies.
            webhook.DisabledReason = null;
            webhook.FailingSince = null;
        }
        if (v.Result is { } invalid) return invalid;
        if (url is not null)
        {
            try { await safety.CheckAsync(url, cancellationToken); }
            catch (UnsafeUrlException e) { return Unsafe(e); }
            webhook.Url = url.AbsoluteUri;
        }

        if (db.Entry(webhook).Properties.Any(p => p.IsModified))
        {
            webhook.UpdatedAt = time.UtcNowMicroseconds();
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("webhook", id, "update", before, webhook.ToResponse());
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, webhook.Version);
        return TypedResults.Ok(webhook.ToResponse());
    }

    static async Task<IResult> Delete(long id, HttpRequest request, CrmDb db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var webhook = await db.Set<Webhook>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null) return NotFound();
        if (!Preconditions.Matches(request, webhook.Version)) return Preconditions.Failed();
        await db.InTransactionAsync(async () =>
        {
            // Its deliveries go with it (ON DELETE CASCADE): nothing more is sent to a deleted endpoint.
            db.Remove(webhook);
            audit.Record("webhook", id, "delete", webhook.ToResponse(), null);
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return TypedResults.Ok(new MessageResponse("Webhook deleted successfully"));
    }

    /// <summary>A new secret signs from now on; the old one signs too (both signatures sent) for 24 hours.</summary>
    static async Task<IResult> RotateSecret(long id, CrmDb db, AuditTrail audit, WebhookSecrets secrets, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!secrets.Configured) return NotConfigured();
        var webhook = await db.Set<Webhook>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null) return NotFound();

        var secret = WebhookSecrets.Generate();
        var now = time.UtcNowMicroseconds();
        var before = new { previous_secret_expires_at = webhook.PreviousSecretExpiresAt };
        webhook.PreviousSecret = webhook.Secret;
        webhook.PreviousSecretExpiresAt = now + RotationOverlap;
        webhook.Secret = secrets.Encrypt(secret);
        webhook.UpdatedAt = now;
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("webhook", id, "rotate_secret", before, new { previous_secret_expires_at = webhook.PreviousSecretExpiresAt });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return TypedResults.Ok(webhook.WithSecret(secret));
    }

    /// <summary>
    /// Sends a <c>webhook.test</c> event now, in the request, and answers with the delivery as it stands. It is a delivery
    /// like any other: logged, and retried with backoff when it fails. It goes out even to a disabled endpoint.
    /// </summary>
    static async Task<IResult> Test(long id, HttpContext context, CurrentUser user, CrmDb db, WebhookSecrets secrets,
        WebhookDispatcher dispatcher, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!secrets.Configured) return NotConfigured();
        var webhook = await db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null) return NotFound();

        var now = time.UtcNowMicroseconds();
        // The id comes from the events' sequence, so webhook-id stays unique across pings and events.
        var eventId = await db.Database.SqlQuery<long>($"SELECT nextval('crm_events_id_seq') AS \"Value\"").SingleAsync(cancellationToken);
        var data = JsonSerializer.SerializeToElement(new { webhook_id = id, url = webhook.Url }, JsonConfig.Options);
        var message = new EventMessage(eventId, EventTypes.WebhookTest, now, new EventActor(user.Id, user.RoleName),
            new EventResource("webhook", id), 0, data, null, context.TraceIdentifier);
        var delivery = new WebhookDelivery
        {
            WebhookId = id, EventId = eventId, EventType = EventTypes.WebhookTest, ResourceType = "webhook", ResourceId = id,
            NextAttemptAt = now, LockedUntil = now + WebhookDispatcher.Lease, CreatedAt = now,
            Payload = JsonSerializer.Serialize(message, JsonConfig.Options),
        };
        db.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);

        await dispatcher.AttemptAsync(new ClaimedDelivery(delivery.Id, id, eventId, 0, webhook.Url, delivery.Payload, webhook.Secret,
            webhook.PreviousSecret, webhook.PreviousSecretExpiresAt), cancellationToken);
        await db.Entry(delivery).ReloadAsync(cancellationToken);
        return TypedResults.Ok(delivery.ToResponse());
    }

    static async Task<IResult> Deliveries(long id, HttpRequest request, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var statuses = query.Enums("status", DeliveryStatus.All);
        var list = ListRequest<WebhookDelivery>.Read(query, settings.DefaultPageSize, DeliverySorts, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;
        if (!await db.Set<Webhook>().AnyAsync(w => w.Id == id, cancellationToken)) return NotFound();

        var deliveries = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.WebhookId == id);
        if (statuses is not null) deliveries = deliveries.Where(d => statuses.Contains(d.Status));
        return TypedResults.Ok(await list.ExecuteAsync<WebhookDeliveryResponse>(deliveries, settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<WebhookDeliveryResponse>>(rows.Select(d => d.ToResponse()).ToList()), cancellationToken));
    }

    /// <summary>Queues the delivery for one more attempt now, whatever its state; one in flight right now is a 409.</summary>
    static async Task<IResult> Retry(long id, [FromRoute(Name = "delivery_id")] long deliveryId, CrmDb db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!await db.Set<Webhook>().AnyAsync(w => w.Id == id, cancellationToken)) return NotFound();
        var now = time.UtcNowMicroseconds();
        var updated = await db.Set<WebhookDelivery>()
            .Where(d => d.Id == deliveryId && d.WebhookId == id && (d.LockedUntil == null || d.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.NextAttemptAt, now), cancellationToken);
        var delivery = await db.Set<WebhookDelivery>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId && d.WebhookId == id, cancellationToken);
        if (delivery is null) return ApiError.NotFound("NOT_FOUND", "Delivery not found");
        if (updated == 0) return ApiError.Conflict("CONFLICT", "The delivery is being attempted right now");
        return TypedResults.Ok(delivery.ToResponse());
    }
}
