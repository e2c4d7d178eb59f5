using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Crm.Api.Http;
using Crm.Api.Operations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document at /openapi/v1.json and the docs page at /docs. The committed copy in
/// openapi/v1.json is the served document byte for byte (a test keeps them equal), so the document must not
/// depend on the request or the configuration.
/// </summary>
public static class ApiDocs
{
    public const string BearerScheme = "bearer";
    public const string ErrorSchema = "Error";
    public const string ValidationErrorsSchema = "ValidationErrors";

    /// <summary>
    /// What each group of operations is about (the docs page shows it above the group). A tag that an operation uses and this
    /// table lacks fails OpenApiDocumentTests.
    /// </summary>
    static readonly Dictionary<string, string> Tags = new()
    {
        ["Operations"] = "Probes and metrics for the platform; no token.",
        ["Identity"] = "Who the token belongs to, and what its role may do.",
        ["Customers"] = "The companies and people the business sells to; deleting one soft-deletes its contacts, deals, activities and notes.",
        ["Contacts"] = "The people at a customer; at most one is primary.",
        ["Pipeline stages"] = "The stages a deal moves through; kinds open, won and lost.",
        ["Deals"] = "Opportunities with a customer, moving through the pipeline stages; every stage change is recorded.",
        ["Activities"] = "Calls, emails, meetings, tasks and notes planned or done, on a customer and/or a deal.",
        ["Notes"] = "Free text on a customer or a deal, by its author.",
        ["Tags"] = "Labels put on customers.",
        ["Reports"] = "Figures over customers, deals and activities.",
        ["Audit logs"] = "Every change, by whom, when and from where (admins only).",
        ["Attachments"] = "Files on customers, deals and activities: metadata, upload, download.",
        ["Events"] = "The feed of every change, in commit order, for consumers that poll (admins only); the same events the webhooks push.",
        ["Imports"] = "CSV and JSON Lines files of customers, contacts, deals or activities, applied in the background as jobs (admins and managers).",
        ["Jobs"] = "Imports and bulk actions by filter running in the background: progress, cancelling, and the rows that failed as a CSV to fix.",
        ["Webhooks"] = "Endpoints that receive the events, signed as Standard Webhooks 1.0 says; deliveries, retries and secrets (admins only).",
        ["Custom fields"] = "Fields an admin adds to customers, contacts, deals and activities without a release: their definitions (everyone reads them, admins shape them) and the JSON Schema of each entity's `custom_fields`.",
        ["Duplicates and merges"] = "Customers and contacts that look alike (precomputed for customers), merging one into another in one transaction, and undoing a customer merge (admins and managers).",
        ["Pipelines"] = "Sets of stages a deal moves through (sales, renewals, partnerships…); one is the default, and a deal's pipeline is its stage's.",
    };

    public static IServiceCollection AddCrmOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.CreateSchemaReferenceId = SchemaReferenceId;
            options.AddSchemaTransformer<SchemaDocs>();
            options.AddOperationTransformer<OperationDocs>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Swagger UI on /docs, reading the served document; "Authorize" takes a bearer token. The token is kept in the page's
    /// localStorage (Swagger UI's persistAuthorization, its only store), so a reload or a second tab stays signed in; it
    /// leaves with "Logout" in the Authorize dialog or when it expires. Operations deep-link (/docs#/Customers/ListCustomers)
    /// and the filter box narrows them by tag.
    /// </summary>
    public static IApplicationBuilder UseDocsPage(this IApplicationBuilder app) =>
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.DocumentTitle = "CRM Service API";
            options.SwaggerEndpoint("/openapi/v1.json", "CRM Service v1");
            options.DisplayOperationId();
            options.EnableTryItOutByDefault();
            options.EnablePersistAuthorization();
            options.EnableDeepLinking();
            options.EnableFilter();
        });

    /// <summary>Component names: generic lists read <c>ListResponseOfCustomerResponse</c>; Optional&lt;T&gt; is inlined as T.</summary>
    static string? SchemaReferenceId(JsonTypeInfo info)
    {
        if (info.Type.IsGenericType && info.Type.GetGenericTypeDefinition() == typeof(Optional<>)) return null;
        return info.Type.IsGenericType && !info.Type.IsGenericTypeDefinition && info.Type.Namespace?.StartsWith("Crm.") == true
            ? SchemaId(info.Type)
            : OpenApiOptions.CreateDefaultSchemaReferenceId(info);
    }

    public static string? SchemaId(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`')] + "Of" + string.Join("And", type.GetGenericArguments().Select(SchemaId))
        : type.Name;

    static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CRM Service",
            Version = OperationsEndpoints.Version,
            Description = """
                The system of record for customers, contacts, deals, activities, notes, tags and the audit trail.
                Every `/admin/*` route needs `Authorization: Bearer <token>` (HS256, issued by the CMS). Errors are
                always `{"code", "message", "data"}`; each operation lists the codes it can answer. A `401` means the
                token is missing, malformed, invalid or expired: clear it and sign in again.
                """,
            Contact = new OpenApiContact { Name = "CRM Service team" },
            License = new OpenApiLicense { Name = "Proprietary: for the Platform Console and the CMS of this company", Identifier = "LicenseRef-Proprietary" },
        };
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name!).ToHashSet();
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal)
            .Select(name => new OpenApiTag { Name = name, Description = Tags.GetValueOrDefault(name) }));
        // Relative: the docs page and generated clients talk to whatever host served the document.
        document.Servers = [new OpenApiServer { Url = "/", Description = "This service" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An HS256 token issued by the CMS (locally: `crm token --role admin --user-id 1`).",
            },
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ErrorSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The one error shape of the API.",
            Required = new SortedSet<string> { "code", "message", "data" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable, machine-readable error code." },
                ["message"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Human-readable explanation." },
                ["data"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object | JsonSchemaType.Null,
                    Description = "Details, or null. A 400 says which: its field errors (ValidationErrors), or null.",
                },
            },
            Examples =
            [
                new JsonObject
            {
                ["code"] = "VALIDATION_FAILED",
                ["message"] = "email must be a valid email address",
                ["data"] = new JsonObject { ["errors"] = new JsonObject { ["email"] = new JsonArray("must be a valid email address") } },
            },
            ],
        };
        document.Components.Schemas[ValidationErrorsSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The `data` of a 400: each member (body member, query parameter or header) in error with its problems.",
            Required = new SortedSet<string> { "errors" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Examples = [new JsonObject { ["errors"] = new JsonObject { ["email"] = new JsonArray("must be a valid email address") } }],
        };
        document.Components.Headers = new SortedDictionary<string, IOpenApiHeader>(ResponseHeaders.Components(), StringComparer.Ordinal);
        // Audit changes are described as a plain object (SchemaFacts); the exporter's JsonElement stand-in is unused.
        document.Components.Schemas.Remove("JsonElement");
        // Sorted so that the committed copy does not churn with the order of registration.
        document.Components.Schemas = new SortedDictionary<string, IOpenApiSchema>(document.Components.Schemas, StringComparer.Ordinal);
    }
}
