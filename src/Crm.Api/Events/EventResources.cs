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
/// <c>deleted_at</c>. It is serialised with the answers' own options (<paramref name="options"/>), so that it shows
/// exactly what a GET shows (a record's custom_fields: only its active fields).
/// </summary>
public static class EventResources
{
    static readonly Dictionary<string, Type> Entities = new()
    {
        ["customer"] = typeof(Customer), ["contact"] = typeof(Contact), ["deal"] = typeof(Deal), ["activity"] = typeof(Activity),
        ["note"] = typeof(Note), ["attachment"] = typeof(Attachment), ["import"] = typeof(Jobs.Job),
    };

    /// <summary>
    /// The data of an event whose resource the handler tracks and which needs nothing else from the database (a new
    /// customer has no tags yet; a stage change needs the stage's kind); null when it must be read.
    /// </summary>
    public static string? FromTracked(CrmDb db, EventDraft draft, JsonSerializerOptions options)
    {
        if (draft.Type == EventTypes.DealStageChanged || (draft.ResourceType == "customer" && draft.Type != "customer.created")) return null;
        var type = Entities[draft.ResourceType];
        var entry = db.ChangeTracker.Entries().FirstOrDefault(e => e.Entity.GetType() == type && Equals(e.Property("Id").CurrentValue, draft.ResourceId));
        return entry is null ? null : Json(entry.Entity, draft.OccurredAt, [], options);
    }

    /// <summary>The data of any event: from the tracked entity (its values are what was just saved) or the row.</summary>
    public static async Task<EventData> LoadAsync(CrmDb db, EventDraft draft, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var entity = await db.FindAsync(Entities[draft.ResourceType], [draft.ResourceId], cancellationToken)
            ?? throw new InvalidOperationException($"{draft.ResourceType} {draft.ResourceId} vanished inside its own transaction");
        switch (entity)
        {
            // A customer is created without tags (they are assigned afterwards, each with an event of its own).
            case Customer customer when draft.Type != "customer.created":
                return new(Json(customer, draft.OccurredAt, await CustomerEndpoints.TagsOfAsync(db, customer.Id, cancellationToken), options));
            case Deal deal:
                var kind = await db.PipelineStages.Where(s => s.Name == deal.Stage).Select(s => s.Kind).FirstOrDefaultAsync(cancellationToken);
                return new(Json(deal, draft.OccurredAt, [], options), kind);
            default:
                return new(Json(entity, draft.OccurredAt, [], options));
        }
    }

    static string Json(object entity, DateTime now, IReadOnlyList<TagSummary> tags, JsonSerializerOptions options) => entity switch
    {
        Customer c => JsonSerializer.Serialize(c.ToResponse(tags), options),
        Deal d => WithDeletedAt(d.ToResponse(), d.DeletedAt, options),
        Contact c => WithDeletedAt(c.ToResponse(), c.DeletedAt, options),
        Activity a => WithDeletedAt(a.ToResponse(now), a.DeletedAt, options),
        Note n => WithDeletedAt(n.ToResponse(), n.DeletedAt, options),
        Attachment a => WithDeletedAt(a.ToRecord(), a.DeletedAt, options),
        Jobs.Job j => JsonSerializer.Serialize(Jobs.JobMapping.ToResponse(j), options),
        _ => throw new InvalidOperationException($"No event data for {entity.GetType().Name}"),
    };

    /// <summary>A deleted resource's event says when: <c>deleted_at</c> is part of every event's data, live or not.</summary>
    static string WithDeletedAt(object response, DateTime? deletedAt, JsonSerializerOptions options)
    {
        var json = JsonSerializer.SerializeToNode(response, response.GetType(), options)!.AsObject();
        if (!json.ContainsKey("deleted_at")) json["deleted_at"] = JsonSerializer.SerializeToNode(deletedAt, options);
        return json.ToJsonString(options);
    }
}
