using System.Text.Json.Nodes;
using Crm.Api.Events;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.Api.Webhooks;

/// <summary>
/// The document's <c>webhooks</c> section (OpenAPI 3.1): one entry per event type, the POST a subscribed endpoint
/// receives, with the Standard Webhooks headers and the envelope whose <c>data</c> is that type's resource schema.
/// </summary>
public sealed class WebhookDocs : IOpenApiDocumentTransformer
{
    /// <summary>The component schema of each resource's <c>data</c> (the response record of its GET).</summary>
    static readonly Dictionary<string, string> DataSchemas = new()
    {
        ["customer"] = "CustomerResponse", ["contact"] = "ContactResponse", ["deal"] = "DealResponse",
        ["activity"] = "ActivityResponse", ["note"] = "NoteResponse", ["attachment"] = "AttachmentResponse", ["tag"] = "CustomerResponse",
        ["import"] = "JobResponse",
    };

    static readonly Dictionary<string, string> Summaries = new()
    {
        ["deal.stage_changed"] = "A deal moved to another stage (followed by deal.won or deal.lost when it closed).",
        ["deal.won"] = "A deal entered a won stage.",
        ["deal.lost"] = "A deal entered a lost stage.",
        ["activity.completed"] = "An activity was marked completed.",
        ["activity.due"] = "A scheduled activity is due in REMINDER_LEAD_MINUTES (default 15); once per activity and due date.",
        ["activity.overdue"] = "A scheduled activity passed its due date; once per activity and due date.",
        ["tag.assigned"] = "A tag was put on a customer (data: the customer with its tags).",
        ["tag.unassigned"] = "A tag was taken off a customer (data: the customer with its tags).",
        ["import.completed"] = "An import job finished.",
        [EventTypes.WebhookTest] = "A test ping (POST /admin/webhooks/{id}/test); never in the feed.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Webhooks = new SortedDictionary<string, IOpenApiPathItem>(StringComparer.Ordinal);
        foreach (var type in EventTypes.All)
        {
            var resource = type[..type.IndexOf('.')];
            document.Webhooks[type] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Post] = new()
                    {
                        OperationId = "Webhook_" + type.Replace('.', '_'),
                        Summary = Summaries.GetValueOrDefault(type) ?? $"A {resource} was {type[(type.IndexOf('.') + 1)..]}.",
                        Description = """
                            Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
                            dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
                            HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
                            """,
                        Tags = new HashSet<OpenApiTagReference> { new("Webhooks", document) },
                        // The receiver authenticates the sender by the signature headers, not by a scheme of this API.
                        Security = [],
                        Parameters =
                        [
                            Header("webhook-id", "The event id: the same for every attempt of this delivery."),
                            Header("webhook-timestamp", "Unix seconds when this attempt was sent."),
                            Header("webhook-signature", "Space-separated `v1,<base64>` signatures."),
                        ],
                        RequestBody = new OpenApiRequestBody
                        {
                            Required = true,
                            Content = new Dictionary<string, OpenApiMediaType>
                            {
                                ["application/json"] = new OpenApiMediaType { Schema = Envelope(type, resource, document) },
                            },
                        },
                        Responses = new OpenApiResponses
                        {
                            ["200"] = new OpenApiResponse
                            {
                                Description = "Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff " +
                                              "(about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails.",
                            },
                        },
                    },
                },
            };
        }
        return Task.CompletedTask;
    }

    static OpenApiSchema Envelope(string type, string resource, OpenApiDocument document) => new()
    {
        AllOf =
        [
            new OpenApiSchemaReference(nameof(EventMessage), document),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = type },
                    ["data"] = Data(type, resource, document),
                },
            },
        ],
    };

    static IOpenApiSchema Data(string type, string resource, OpenApiDocument document)
    {
        if (DataSchemas.TryGetValue(resource, out var schema))
            return new OpenApiSchema
            {
                AllOf =
                [
                    new OpenApiSchemaReference(schema, document),
                    new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["deleted_at"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time" },
                        },
                    },
                ],
            };
        return type == EventTypes.WebhookTest
            ? new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "webhook_id", "url" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["webhook_id"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
                    ["url"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                },
                Examples = [new JsonObject { ["webhook_id"] = 1, ["url"] = "https://203.0.113.10/crm-events" }],
            }
            : new OpenApiSchema { Type = JsonSchemaType.Object, Description = "The job's summary." };
    }

    static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
