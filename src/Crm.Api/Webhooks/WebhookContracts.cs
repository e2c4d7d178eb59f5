using System.ComponentModel;
using Crm.Api.Events;
using Crm.Api.Http;

namespace Crm.Api.Webhooks;

/// <summary>An endpoint. The secret is never part of it: it is shown once, by create and rotate-secret.</summary>
public sealed record WebhookResponse(
    long Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, string? Description, string? DisabledReason,
    DateTime? FailingSince, DateTime? PreviousSecretExpiresAt, DateTime CreatedAt, DateTime UpdatedAt,
    [property: Description(Preconditions.VersionDescription)] string Version);

/// <summary>The answer of create and rotate-secret: the endpoint and its new signing secret, shown this once.</summary>
public sealed record WebhookWithSecretResponse(
    long Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, string? Description, string? DisabledReason,
    DateTime? FailingSince, DateTime? PreviousSecretExpiresAt, DateTime CreatedAt, DateTime UpdatedAt,
    [property: Description(Preconditions.VersionDescription)] string Version, string Secret);

/// <summary>Body of POST: <c>url</c> and <c>event_types</c> (types or patterns such as <c>deal.*</c>) are required.</summary>
public sealed record WebhookRequest(string? Url, string[]? EventTypes, bool? Enabled, string? Description);

/// <summary>Body of PUT: only the members sent change. Enabling clears the reason of an automatic disable.</summary>
public sealed record WebhookUpdate(Optional<string> Url, Optional<string[]> EventTypes, Optional<bool> Enabled, Optional<string?> Description);

/// <summary>The answer of a delete, in the Go original's shape (contract section 1).</summary>

/// <summary>One delivery of an event to an endpoint, with its last attempt.</summary>
public sealed record WebhookDeliveryResponse(
    long Id, long WebhookId, long EventId, string EventType, string Status, int Attempts, DateTime? NextAttemptAt,
    DateTime? LastAttemptAt, int? LastStatus, string? LastError, int? LastDurationMs, string? LastResponse, DateTime CreatedAt);

public static class WebhookMapping
{
    public const int MaxUrlLength = 2048, MaxPatterns = 50, MaxDescriptionLength = 500;

    public static WebhookResponse ToResponse(this Webhook w) =>
        new(w.Id, w.Url, w.EventTypes, w.Enabled, w.Description, w.DisabledReason, w.FailingSince, w.PreviousSecretExpiresAt,
            w.CreatedAt, w.UpdatedAt, Preconditions.Version(w.Version));

    public static WebhookWithSecretResponse WithSecret(this Webhook w, string secret) =>
        new(w.Id, w.Url, w.EventTypes, w.Enabled, w.Description, w.DisabledReason, w.FailingSince, w.PreviousSecretExpiresAt,
            w.CreatedAt, w.UpdatedAt, Preconditions.Version(w.Version), secret);

    public static WebhookDeliveryResponse ToResponse(this WebhookDelivery d) =>
        new(d.Id, d.WebhookId, d.EventId, d.EventType, d.Status, d.Attempts, d.NextAttemptAt, d.LastAttemptAt, d.LastStatus,
            d.LastError, d.LastDurationMs, d.LastResponse, d.CreatedAt);

    /// <summary>An absolute http(s) URL without credentials; whether its host is safe is <see cref="UrlSafety"/>'s call.</summary>
    public static Uri? Url(this Validator v, string? value)
    {
        var text = v.Required("url", value, MaxUrlLength);
        if (text.Length == 0) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || url.Host.Length == 0)
            v.Add("url", "must be an absolute http(s) URL");
        else if (url.UserInfo.Length > 0) v.Add("url", "must not carry credentials (user:password@)");
        else if (url.Fragment.Length > 0) v.Add("url", "must not have a #fragment");
        else return url;
        return null;
    }

    public static string[] Patterns(this Validator v, string[]? patterns)
    {
        if (patterns is null || patterns.Length == 0) v.Add("event_types", "must list at least one event type or pattern");
        else if (patterns.Length > MaxPatterns) v.Add("event_types", $"must list at most {MaxPatterns} types or patterns");
        else if (Array.Find(patterns, p => p is null || !EventTypes.IsValidPattern(p)) is var unknown && (unknown is not null || patterns.Contains(null)))
            v.Add("event_types", $"has an unknown type or pattern \"{unknown}\" (types, resource.* or *)");
        else return [.. patterns.Distinct()];
        return [];
    }
}
