using Crm.Api.Activities;
using Crm.Api.Attachments;
using Crm.Api.AuditLogs;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Deals;
using Crm.Api.Events;
using Crm.Api.Http;
using Crm.Api.Notes;
using Crm.Api.Operations;
using Crm.Api.PipelineStages;
using Crm.Api.Pipelines;
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

    /// <summary>A stored customer's email: an address, or what an erasure left (contract section 9).</summary>
    const string ErasedEmail = "An e-mail address, or `[erased]` once the customer's personal data is erased (POST /admin/customers/{id}/erase).";

    // The rules of each resource's members, shared by its POST body (which adds what is required) and its PUT body.
    static OpenApiSchema CustomerMembers(OpenApiSchema s) => s.MaxLength(255, "name", "email", "company", "external_id").MaxLength(50, "phone")
        .MaxLength(100, "role").MaxLength(10_000, "notes").Format("email", "email")
        .OneOf("status", CustomerStatus.All).OneOf("preferred_contact_method", ContactMethod.All).NotNull("contacted", "do_not_contact");

    static OpenApiSchema ContactMembers(OpenApiSchema s) => s.MaxLength(100, "first_name", "last_name", "position").MaxLength(50, "phone")
        .MaxLength(255, "email", "external_id").MaxLength(10_000, "notes").Format("email", "email").NotNull("is_primary");

    static OpenApiSchema StageMembers(OpenApiSchema s) => s.MaxLength(100, "name", "display_name")
        .Pattern("name", "^[a-z0-9]+(_[a-z0-9]+)*$").Pattern("color", Color).Range("probability", "0", "100").Range("order", "0", null)
        .OneOf("kind", StageKind.All).NotNull("order", "probability", "is_active", "pipeline_id")
        .Describe("pipeline_id", "The stage's pipeline (the default one when absent on create); a stage that deals use cannot move to another (409 STAGE_IN_USE).");

    static OpenApiSchema DealMembers(OpenApiSchema s) => s.MaxLength(255, "title", "external_id").MaxLength(10_000, "description")
        .MaxLength(500, "lost_reason").Pattern("currency", "^[A-Z]{3}$").Range("amount", "0", "9999999999999.99").Range("probability", "0", "100")
        .NotNull("customer_id", "amount", "probability", "pipeline_id")
        .Describe("pipeline_id", "Must be the pipeline of the deal's stage (else 400 INVALID_STAGE); with no stage on create, the deal starts in this pipeline's first open stage. Moving a deal to another pipeline is moving it to one of its stages.")
        .Describe("stage", "An active pipeline stage name; the first open stage when absent on create. Changing it is a stage transition.");

    static OpenApiSchema ActivityMembers(OpenApiSchema s) => s.MaxLength(255, "title", "external_id").MaxLength(10_000, "description", "outcome")
        .OneOf("type", ActivityType.All).OneOf("status", ActivityStatus.All).OneOf("priority", ActivityPriority.All)
        .Range("duration_minutes", "0", "100000").Range("duration", "0", "100000")
        .Deprecated("duration", "The Go original's name of `duration_minutes`; send either (both only with the same value).");

    static OpenApiSchema FieldMembers(OpenApiSchema s) => s.MaxLength(CustomFieldMapping.MaxLabel, "label")
        .MaxLength(CustomFieldMapping.MaxDescription, "description").OneOf("type", FieldType.All).Range("order", "0", null)
        .NotNull("required", "unique", "filterable", "order", "archived")
        .Describe("type", "A change is refused unless every stored value is valid, as it is, for the new type (e.g. text to select when all are options).")
        .Describe("filterable", "Builds (in the background, see index_state) the index that range filters, `_empty` and `sort_by=cf.<key>` need.")
        .Describe("unique", "No two live records hold the same value (409 CONFLICT naming custom_fields.<key>); not for boolean, multi_select, long_text.")
        .Describe("archived", "Hides the field (its values stay, unseen, until it is unarchived); only an archived field can be deleted.");

    static readonly Dictionary<Type, Action<OpenApiSchema>> Facts = new()
    {
        [typeof(CustomFieldRequest)] = s => FieldMembers(s).Requires("entity", "key", "label", "type").OneOf("entity", FieldEntity.All)
            .Pattern("key", "^[a-z][a-z0-9_]{0,39}$").Pattern("currency", "^[A-Z]{3}$")
            .Describe("key", "Immutable. A slug that does not end in _min, _max or _empty (the filters' suffixes).")
            .Describe("currency", "Required for (and only for) a currency field: the one currency of its amounts; immutable.")
            .Example(new
            {
                entity = "customers", key = "tier", label = "Tier", type = "select", filterable = true, order = 1,
                description = "Service level agreed in the contract",
                options = new[] { new FieldOption("gold", "Gold", "#F59E0B"), new FieldOption("silver", "Silver", "#9CA3AF") },
            }),
        [typeof(CustomFieldUpdate)] = s => FieldMembers(s).Requires().Example(new { label = "Service tier", archived = true }),
        [typeof(CustomFieldResponse)] = s => s.OneOf("entity", FieldEntity.All).OneOf("type", FieldType.All).OneOf("index_state", FieldIndexState.All)
            .Describe("index_state", "The field's indexes (filterable, unique): pending or building in the background, ready, or failed (index_error says why).")
            .Describe("purge_after", "A deleted field's values are purged after this (restore undoes the delete until then)."),
        [typeof(CustomFieldSchemasResponse)] = s => s
            .Replace("customers", EntitySchema("customers")).Replace("contacts", EntitySchema("contacts"))
            .Replace("deals", EntitySchema("deals")).Replace("activities", EntitySchema("activities")),
        [typeof(PipelineRequest)] = s => s.Requires("name").MaxLength(100, "name").Range("order", "0", null).NotNull("order", "is_default")
            .Example(new { name = "Renewals", order = 1, is_default = false }),
        [typeof(PipelineUpdate)] = s => s.Requires().MaxLength(100, "name").Range("order", "0", null).NotNull("order", "is_default")
            .Describe("is_default", "true makes this the default pipeline (the previous one stops being it); false is refused: there is always one.")
            .Example(new { name = "Renewals and upsells" }),
        [typeof(CustomerRequest)] = s => CustomerMembers(s).Requires("name", "email")
            .MaxItems(CustomerMapping.MaxContactsOnCreate, "contacts").MaxItems(TagMapping.MaxTagsPerCustomer, "tag_ids")
            .Describe("contacts", "Contacts created with the customer, each as POST /admin/customers/{id}/contacts takes it: the one marked "
                + "`is_primary` (at most one), else the first, becomes primary. A problem is named by its path: `contacts[1].email`.")
            .Describe("tag_ids", "Live tags put on the customer (each a tag assignment, audited and evented as POST /admin/customers/{id}/tags/{tag_id}).")
            .Example(new
            {
                name = "Ada Lovelace", email = "ada@example.com", phone = "+44 20 7946 0000", company = "Analytical Engines Ltd", role = "CTO",
                status = "prospect", assigned_to = 1, contacted = false, next_follow_up_at = NextWeek, preferred_contact_method = "email",
                do_not_contact = false, notes = "Met at the Difference Engine demo",
                contacts = new object[]
                {
                    new { first_name = "Grace", last_name = "Hopper", email = "grace@example.com", position = "Head of Procurement" },
                    new { first_name = "Alan", last_name = "Turing", phone = "+44 161 496 0000", is_primary = true },
                },
            }),
        [typeof(CustomerUpdate)] = s => CustomerMembers(s).Requires()
            .Example(new { name = "Ada King", phone = "", company = (string?)null }),
        [typeof(CustomerPatch)] = s => s.Requires().OneOf("status", CustomerStatus.All).NotNull("contacted")
            .Example(new { status = "active", contacted = true, next_follow_up_at = NextWeek }),
        [typeof(CustomerResponse)] = s => s.OneOf("status", CustomerStatus.All).OneOf("preferred_contact_method", ContactMethod.All).Describe("email", ErasedEmail)
            .Example(Examples.Customer),
        [typeof(CustomerCreatedResponse)] = s => s.OneOf("status", CustomerStatus.All).OneOf("preferred_contact_method", ContactMethod.All).Format("email", "email"),
        [typeof(CustomerDetailResponse)] = s => s.OneOf("status", CustomerStatus.All).OneOf("preferred_contact_method", ContactMethod.All).Describe("email", ErasedEmail),
        [typeof(Erasure.EraseRequest)] = s => s.Requires("confirm")
            .Describe("confirm", "The customer's email (case-insensitive), typed again: else 400 CONFIRMATION_REQUIRED and nothing changes.")
            .Example(new { confirm = "ada@example.com" }),
        [typeof(Bulk.BulkRequest)] = s => s.Requires("action").OneOf("action", Bulk.BulkEndpoints.Actions)
            .Replace("ids", new OpenApiSchema
            {
                Type = JsonSchemaType.Array, MinItems = 1, MaxItems = Bulk.BulkEndpoints.MaxIds,
                Description = "The records (or send filter): ids, or `{\"id\", \"version\"}` with the ETag each was read at (a stale one is that record's 412).",
                Items = new OpenApiSchema
                {
                    OneOf =
                    [
                        new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" },
                        new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object, Required = new SortedSet<string> { "id" },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["id"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" },
                                ["version"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                            },
                        },
                    ],
                },
            })
            .Describe("changes", "update: the members to set, as the record's PUT takes them.")
            .Describe("tag_ids", "add_tags, remove_tags (customers): the tags, each an existing tag.")
            .Describe("filter", "Instead of ids: the list's query parameters, its `cf.<key>` filters included (arrays for comma lists); every record they select is acted on by a job (202).")
            .Describe("confirm_count", "A delete by filter: the number of records it deletes (else 400 CONFIRMATION_REQUIRED with data.count).")
            .Example(new { ids = new object[] { 1, new { id = 2, version = "\"1234\"" } }, action = "update", changes = new { status = "active" } }),
        [typeof(TimelineEvent)] = s => s.OneOf("type", ["activity", "note", "stage_change"]),

        [typeof(ContactUpdate)] = s => ContactMembers(s).Requires().Example(new { position = "Chief Procurement Officer", phone = (string?)null }),
        [typeof(ContactRequest)] = s => ContactMembers(s).Requires("first_name")
            .Example(new
            {
                first_name = "Grace", last_name = "Hopper", email = "grace@example.com", phone = "+1 555 0100", position = "Head of Procurement",
                is_primary = true, notes = "Prefers calls",
            }),
        [typeof(ContactResponse)] = s => s.Example(Examples.Contact),

        [typeof(PipelineStageUpdate)] = s => StageMembers(s).Requires().Example(new { display_name = "Demo booked", probability = 45 }),
        [typeof(PipelineStageRequest)] = s => StageMembers(s).Requires("name", "display_name", "order")
            .Example(new
            {
                name = "demo_scheduled", display_name = "Demo scheduled", order = 25, color = "#3B82F6", probability = 40, kind = StageKind.Open,
                is_active = true,
            }),
        [typeof(PipelineStageResponse)] = s => s.OneOf("kind", StageKind.All).Example(Examples.Stage),

        [typeof(DealRequest)] = s => DealMembers(s).Requires("title", "customer_id")
            .Example(new
            {
                title = "Analytical engine licence", description = "Three-year licence with support", customer_id = 1, stage = "proposal",
                amount = 48000.00m, currency = "EUR", probability = 60, expected_close_date = NextWeek, owner_id = 1,
            }),
        [typeof(DealUpdate)] = s => DealMembers(s).Requires().Example(new { title = "Analytical engine licence (5 years)", amount = 72000.00m }),
        [typeof(DealPatch)] = s => s.Requires().NotNull("probability").MaxLength(500, "lost_reason").Range("probability", "0", "100")
            .Example(new { stage = "negotiation", probability = 75 }),

        [typeof(ActivityRequest)] = s => ActivityMembers(s).Requires("type", "title")
            .Example(new
            {
                type = "call", title = "Discovery call", description = "Walk through the licence options", status = "scheduled", priority = "high",
                customer_id = 1, assigned_to = 1, due_date = NextWeek, duration_minutes = 30,
            }),
        [typeof(ActivityUpdate)] = s => ActivityMembers(s).Requires().Example(new { title = "Discovery call (rescheduled)", due_date = NextWeek }),
        [typeof(ActivityPatch)] = s => s.Requires().OneOf("status", ActivityStatus.All).MaxLength(10_000, "outcome")
            .Example(new { status = "completed", outcome = "Agreed to a pilot" }),
        [typeof(ActivityResponse)] = s => s.OneOf("type", ActivityType.All).OneOf("status", ActivityStatus.All).OneOf("priority", ActivityPriority.All)
            .Example(Examples.Activity),
        [typeof(DealResponse)] = s => s.Example(Examples.Deal),
        [typeof(NoteResponse)] = s => s.Example(Examples.Note),
        [typeof(TagResponse)] = s => s.Example(Examples.Tag),
        [typeof(AttachmentResponse)] = s => s.Example(Examples.Attachment),

        [typeof(NoteUpdate)] = s => s.Requires().MaxLength(10_000, "content").Example(new { content = "Quote sent in EUR." }),
        [typeof(NoteRequest)] = s => s.Requires("content").MaxLength(10_000, "content")
            .Example(new { content = "Asked for a quote in EUR; decision expected next week." }),

        [typeof(TagUpdate)] = s => s.Requires().MaxLength(100, "name").Pattern("color", Color).Example(new { color = "#EF4444" }),
        [typeof(TagRequest)] = s => s.Requires("name").MaxLength(100, "name").Pattern("color", Color)
            .Example(new { name = "VIP", color = "#F59E0B" }),
        [typeof(TagSetRequest)] = s => s.Requires("tag_ids").Example(new TagSetRequest([1])),
        [typeof(Merges.MergeRequest)] = s => s.Requires("source_id").Example(new { source_id = 7, prefer = new { phone = "source" } }),
        [typeof(Merges.UnmergeRequest)] = s => s.Requires("source_id").Example(new { source_id = 7 }),

        [typeof(MeUser)] = s => s.OneOf("role", ["admin", "manager", "agent"]),
        [typeof(AuditLogResponse)] = s => s.OneOf("user_role", ["admin", "manager", "agent"])
            .Replace("changes", new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "The fields that changed, each with its value before and after (null: none, as on a create's `old`).",
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new SortedSet<string> { "new", "old" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["old"] = new OpenApiSchema(), ["new"] = new OpenApiSchema() },
                    AdditionalPropertiesAllowed = false,
                },
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
        [typeof(EventResource)] = s => s.Describe("type", "customer, contact, deal, activity, note, attachment or import (tag events: the customer; pings: the webhook)."),
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

    static OpenApiSchema EntitySchema(string entity) => new()
    {
        Type = JsonSchemaType.Object,
        AdditionalPropertiesAllowed = true,
        AdditionalProperties = new OpenApiSchema(),
        Description = $"A JSON Schema (2020-12) of the `custom_fields` object of {entity}: one property per active field (with `x-type` and, for select types, `x-options`), `required` on create.",
    };

    public static Action<OpenApiSchema>? For(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() is var generic
        && (generic == typeof(ListResponse<>) || generic == typeof(CursorListResponse<>))
        ? s => Paging(s, generic == typeof(ListResponse<>) ? "offset" : "cursor")
        : Facts.GetValueOrDefault(type);

    /// <summary>The member that tells the two list shapes apart (the responses' discriminator).</summary>
    static void Paging(OpenApiSchema schema, string kind)
    {
        schema.OneOf("paging", [kind]).NotNull("paging").Describe("paging", kind == "offset"
            ? "`offset`: a numbered page with a bounded count (this shape)."
            : "`cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape).");
        schema.Required?.Add("paging");
    }
}
