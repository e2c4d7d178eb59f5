using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Data;
using Crm.Api.Events;
using Crm.Api.Http;
using Crm.Api.Security;

namespace Crm.Api.AuditLogs;

/// <summary>
/// Adds an audit row to the unit of work of the change it describes, so both commit or neither does.
/// <c>changes</c> holds only the fields that differ, as <c>{field: {old, new}}</c>; custom fields count one by one, as
/// <c>custom_fields.&lt;key&gt;</c> (a record's <c>custom_fields</c> object is never one change). A change whose action has an event
/// type (<see cref="EventTypes"/>) also emits that event through the outbox, so every write path that audits emits.
/// </summary>
public sealed class AuditTrail(CrmDb db, IHttpContextAccessor accessor, TimeProvider time)
{
    static readonly HashSet<string> Ignored = ["updated_at", "version"];

    public void Record(string resourceType, long resourceId, string action, object? before, object? after)
    {
        var context = accessor.HttpContext;
        var user = context?.Features.Get<CurrentUser>();
        var userAgent = context?.Request.Headers.UserAgent.ToString();
        var changes = Diff(before, after);
        var now = time.GetUtcNow().UtcDateTime;
        db.AuditLogs.Add(new AuditLog
        {
            ResourceType = resourceType,
            ResourceId = resourceId,
            Action = action,
            UserId = user?.Id ?? 0,
            UserName = user?.Name,
            UserRole = user?.RoleName,
            Changes = changes,
            RequestId = context?.TraceIdentifier,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = userAgent is { Length: > 500 } ? userAgent[..500] : userAgent,
            CreatedAt = now,
#if WITHOUT_EVENT_APPEND
            Event = null, // the baseline of make bench-events only (Crm.Api.csproj)
#else
            // Every audited change with an event type also emits that event, in the same transaction (OutboxInterceptor).
            Event = EventTypes.Of(resourceType, action, changes) is { } type
                ? new EventDraft
                {
                    Type = type,
                    ResourceType = resourceType,
                    ResourceId = resourceId,
                    OccurredAt = now,
                    ActorUserId = user?.Id ?? 0,
                    ActorRole = user?.RoleName ?? "system",
                    Changes = changes?.RootElement.GetRawText(),
                    RequestId = context?.TraceIdentifier,
                }
                : null,
#endif
        });
    }

    public static JsonDocument? Diff(object? before, object? after)
    {
        var old = Flatten(before is null ? new JsonObject() : JsonSerializer.SerializeToNode(before, JsonConfig.Options)!.AsObject());
        var current = Flatten(after is null ? new JsonObject() : JsonSerializer.SerializeToNode(after, JsonConfig.Options)!.AsObject());
        var changes = new JsonObject();
        foreach (var field in old.Select(p => p.Key).Union(current.Select(p => p.Key)).Where(f => !Ignored.Contains(f)))
        {
            var oldValue = old[field];
            var newValue = current[field];
            if (JsonNode.DeepEquals(oldValue, newValue)) continue;
            changes[field] = new JsonObject { ["old"] = oldValue?.DeepClone(), ["new"] = newValue?.DeepClone() };
        }
        return changes.Count == 0 ? null : JsonDocument.Parse(changes.ToJsonString());
    }

    static JsonObject Flatten(JsonObject record)
    {
        if (record["custom_fields"] is not JsonObject values) return record;
        record.Remove("custom_fields");
        foreach (var (key, value) in values.ToList())
        {
            values.Remove(key);
            record[$"custom_fields.{key}"] = value;
        }
        return record;
    }
}
