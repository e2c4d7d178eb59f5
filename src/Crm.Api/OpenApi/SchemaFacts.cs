using Crm.Api.Activities;
using Crm.Api.AuditLogs;
using Crm.Api.Contacts;
using Crm.Api.Customers;
using Crm.Api.Deals;
using Crm.Api.Events;
using Crm.Api.Http;
using Crm.Api.Notes;
using Crm.Api.Operations;
using Crm.Api.PipelineStages;
using Crm.Api.Tags;
using Crm.Api.Webhooks;
using Microsoft.OpenApi;

namespace Crm.Api.OpenApi;

/// <summary>
/// The rules of each contract that live in code the schema exporter cannot read (the validators and the
/// allowed-value lists), written out for the document. The contract tests keep them honest: every example
/// is sent, and every response is checked against its schema.
/// </summary>
public static class SchemaFacts
{
    const string Color = "^#[0-9A-Fa-f]{6}$";
    static readonly DateTime NextWeek = new(2030, 1, 15, 9, 30, 0, DateTimeKind.Utc);

    static readonly Dictionary<Type, Action<OpenApiSchema>> Facts = new()
    {
        [typeof(CustomerRequest)] = s => s.Requires("name", "email").MaxLength(255, "name", "email", "company").MaxLength(50, "phone")
            .MaxLength(100, "role").MaxLength(10_000, "notes").Format("email", "email")
            .OneOf("status", CustomerStatus.All).OneOf("preferred_contact_method", ContactMethod.All)
            .Example(new CustomerRequest("Ada Lovelace", "ada@example.com", "+44 20 7946 0000", "Analytical Engines Ltd", "CTO",
                "prospect", 1, false, NextWeek, "email", false, "Met at the Difference Engine demo")),
        [typeof(CustomerPatch)] = s => s.Requires().OneOf("status", CustomerStatus.All).NotNull("status", "contacted")
            .Example(new { status = "active", contacted = true, next_follow_up_at = NextWeek }),
        [typeof(CustomerResponse)] = s => s.OneOf("status", CustomerStatus.All).OneOf("preferred_contact_method", ContactMethod.All).Format("email", "email"),
        [typeof(CustomerDetailResponse)] = s => s.OneOf("status", CustomerStatus.All).OneOf("preferred_contact_method", ContactMethod.All).Format("email", "email"),
        [typeof(TimelineEvent)] = s => s.OneOf("type", ["activity", "note", "stage_change"]),

        [typeof(ContactRequest)] = s => s.Requires("first_name").MaxLength(100, "first_name", "last_name", "position").MaxLength(50, "phone")
            .MaxLength(255, "email").MaxLength(10_000, "notes").Format("email", "email")
            .Example(new ContactRequest("Grace", "Hopper", "grace@example.com", "+1 555 0100", "Head of Procurement", true, "Prefers calls")),

        [typeof(PipelineStageRequest)] = s => s.Requires("name", "display_name", "order").MaxLength(100, "name", "display_name")
            .Pattern("name", "^[a-z0-9]+(_[a-z0-9]+)*$").Pattern("color", Color).Range("probability", "0", "100").Range("order", "0", null)
            .OneOf("kind", StageKind.All)
            .Example(new PipelineStageRequest("demo_scheduled", "Demo scheduled", 25, "#3B82F6", 40, StageKind.Open, true)),
        [typeof(PipelineStageResponse)] = s => s.OneOf("kind", StageKind.All),

        [typeof(DealRequest)] = s => s.Requires("title", "customer_id").MaxLength(255, "title").MaxLength(10_000, "description")
            .MaxLength(500, "lost_reason").Pattern("currency", "^[A-Z]{3}$").Range("amount", "0", "9999999999999.99").Range("probability", "0", "100")
            .Describe("stage", "An active pipeline stage name; the first open stage when absent.")
            .Example(new DealRequest("Analytical engine licence", "Three-year licence with support", 1, null, "proposal", 48000.00m, "EUR",
                60, NextWeek, 1, null)),
        [typeof(DealPatch)] = s => s.Requires().NotNull("stage", "probability").MaxLength(500, "lost_reason").Range("probability", "0", "100")
            .Example(new { stage = "negotiation", probability = 75 }),

        [typeof(ActivityRequest)] = s => s.Requires("type", "title").MaxLength(255, "title").MaxLength(10_000, "description", "outcome")
            .OneOf("type", ActivityType.All).OneOf("status", ActivityStatus.All).OneOf("priority", ActivityPriority.All)
            .Range("duration_minutes", "0", "100000")
            .Example(new ActivityRequest("call", "Discovery call", "Walk through the licence options", "scheduled", "high", 1, null, null,
                1, NextWeek, 30, null)),
        [typeof(ActivityPatch)] = s => s.Requires().OneOf("status", ActivityStatus.All).NotNull("status").MaxLength(10_000, "outcome")
            .Example(new { status = "completed", outcome = "Agreed to a pilot" }),
        [typeof(ActivityResponse)] = s => s.OneOf("type", ActivityType.All).OneOf("status", ActivityStatus.All).OneOf("priority", ActivityPriority.All),

        [typeof(NoteRequest)] = s => s.Requires("content").MaxLength(10_000, "content")
            .Example(new NoteRequest("Asked for a quote in EUR; decision expected next week.")),

        [typeof(TagRequest)] = s => s.Requires("name").MaxLength(100, "name").Pattern("color", Color)
            .Example(new TagRequest("VIP", "#F59E0B")),
        [typeof(TagSetRequest)] = s => s.Requires("tag_ids").Example(new TagSetRequest([1])),

        [typeof(MeUser)] = s => s.OneOf("role", ["admin", "manager", "agent"]),
        [typeof(AuditLogResponse)] = s => s.OneOf("user_role", ["admin", "manager", "agent"])
            .Replace("changes", new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "Changed fields: `{field: {\"old\": …, \"new\": …}}`.",
            }),
        [typeof(ReadinessResponse)] = s => s.OneOf("status", ["ready", "not_ready"]),

        [typeof(EventMessage)] = s => s.OneOf("type", EventTypes.All)
            .Describe("id", "Unique and increasing; the `webhook-id` of its deliveries (receivers dedupe by it).")
            .Describe("sequence", "The resource's change counter: a receiver keeps the highest seen per resource and drops lower ones.")
            .Replace("data", new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The resource after the change, as its GET answers it (a deletion: as it was, with `deleted_at`); per type in `webhooks`.",
            })
            .Replace("changes", new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "Changed fields: `{field: {\"old\": …, \"new\": …}}`; null for reminders and pings.",
            }),
        [typeof(EventResource)] = s => s.Describe("type", "customer, contact, deal, activity, note or attachment (tag events: the customer; pings: the webhook)."),
        [typeof(WebhookRequest)] = s => s.Requires("url", "event_types").MaxLength(WebhookMapping.MaxUrlLength, "url")
            .MaxLength(WebhookMapping.MaxDescriptionLength, "description").Format("url", "uri")
            .Describe("event_types", "Event types, `resource.*` patterns or `*`.")
            .Example(new WebhookRequest("https://203.0.113.10/crm-events", ["deal.won", "customer.*"], true, "Billing: won deals and customer changes")),
        [typeof(WebhookUpdate)] = s => s.Requires().NotNull("url", "event_types", "enabled").MaxLength(WebhookMapping.MaxDescriptionLength, "description")
            .Example(new { description = "Billing (v2)", enabled = true }),
        [typeof(WebhookWithSecretResponse)] = s => s.Describe("secret", "`whsec_` + base64: the signing secret, shown this once. Store it now."),
        [typeof(WebhookDeliveryResponse)] = s => s.OneOf("status", DeliveryStatus.All)
            .Describe("last_response", "The first 1 KB of the last answer's body."),
    };

    public static Action<OpenApiSchema>? For(Type type) => Facts.GetValueOrDefault(type);
}
