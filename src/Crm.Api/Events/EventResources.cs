using System.Text.Json;
using Crm.Api.Activities;
using Crm.Api.Attachments;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.Notes;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Events;

/// <summary>An event's <c>data</c> as JSON; for a deal, also the kind of the stage it is in (deal.won / deal.lost).</summary>
public sealed record EventData(string Json, string? StageKind = null);

/// <summary>
/// An event's <c>data</c> is the resource as its API answers it (the same response record), read inside the writing
/// transaction after the change: the entity the handler tracks, else the row. A deleted resource reads with its
/// <c>deleted_at</c>.
/// </summary>
public static class EventResources
{
    public static async Task<EventData> LoadAsync(CrmDb db, string type, string resourceType, long id, DateTime now,
        CancellationToken cancellationToken)
    {
        switch (resourceType)
        {
            case "customer":
                var customer = await FindAsync<Customer>(db, id, cancellationToken);
                // A customer is created without tags (they are assigned afterwards, each with an event of its own): the
                // hottest write path is spared a query.
                var tags = type == "customer.created" ? [] : await CustomerEndpoints.TagsOfAsync(db, id, cancellationToken);
                return new(Outbox.Serialize(customer.ToResponse(tags)));
            case "deal":
                var deal = await FindAsync<Deal>(db, id, cancellationToken);
                var kind = await db.PipelineStages.Where(s => s.Name == deal.Stage).Select(s => s.Kind).FirstOrDefaultAsync(cancellationToken);
                return new(WithDeletedAt(deal.ToResponse(), deal.DeletedAt), kind);
            case "contact":
                var contact = await FindAsync<Contact>(db, id, cancellationToken);
                return new(WithDeletedAt(contact.ToResponse(), contact.DeletedAt));
            case "activity":
                var activity = await FindAsync<Activity>(db, id, cancellationToken);
                return new(WithDeletedAt(activity.ToResponse(now), activity.DeletedAt));
            case "note":
                var note = await FindAsync<Note>(db, id, cancellationToken);
                return new(WithDeletedAt(note.ToResponse(), note.DeletedAt));
            case "attachment":
                var attachment = await FindAsync<Attachment>(db, id, cancellationToken);
                return new(WithDeletedAt(attachment.ToResponse(), attachment.DeletedAt));
            default:
                throw new InvalidOperationException($"No event data for resource type {resourceType}");
        }
    }

    /// <summary>A deleted resource's event says when: <c>deleted_at</c> is part of every event's data, live or not.</summary>
    static string WithDeletedAt(object response, DateTime? deletedAt)
    {
        var json = JsonSerializer.SerializeToNode(response, response.GetType(), JsonConfig.Options)!.AsObject();
        if (!json.ContainsKey("deleted_at")) json["deleted_at"] = JsonSerializer.SerializeToNode(deletedAt, JsonConfig.Options);
        return json.ToJsonString(JsonConfig.Options);
    }

    /// <summary>The tracked entity (its values are what was just saved) or the row as this transaction sees it.</summary>
    static async Task<T> FindAsync<T>(CrmDb db, long id, CancellationToken cancellationToken) where T : class =>
        await db.Set<T>().FindAsync([id], cancellationToken)
        ?? throw new InvalidOperationException($"{typeof(T).Name} {id} vanished inside its own transaction");
}
