using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.Api.OpenApi;

/// <summary>
/// Completes each operation from what the endpoint declares and what the middleware does to every request,
/// so that error responses are derived by one set of rules rather than written per route: authentication and
/// rate limiting on /admin, the permission table for 403, path ids for 400/404, bodies (JSON, or the multipart body
/// that an upload streams) for 400/413/415, If-Match for 412, Idempotency-Key on POST for 409/422, and the database
/// for 503.
/// </summary>
public sealed partial class OperationDocs : IOpenApiOperationTransformer
{
    /// <summary>The not-found code of a path id, by the collection segment in front of it.</summary>
    static readonly Dictionary<string, string> NotFoundCodes = new()
    {
        ["customers"] = "CUSTOMER_NOT_FOUND", ["contacts"] = "CONTACT_NOT_FOUND", ["deals"] = "DEAL_NOT_FOUND",
        ["activities"] = "ACTIVITY_NOT_FOUND", ["notes"] = "NOTE_NOT_FOUND", ["tags"] = "TAG_NOT_FOUND",
        ["pipeline-stages"] = "STAGE_NOT_FOUND", ["audit-logs"] = "NOT_FOUND", ["attachments"] = "ATTACHMENT_NOT_FOUND",
        ["webhooks"] = "WEBHOOK_NOT_FOUND", ["jobs"] = "JOB_NOT_FOUND", ["imports"] = "JOB_NOT_FOUND",
        ["custom-fields"] = "FIELD_NOT_FOUND", ["pipelines"] = "PIPELINE_NOT_FOUND",
    };

    static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "The request is malformed: a path id, query parameter or body member is invalid.",
        [401] = "The bearer token is missing, malformed, invalid or expired.",
        [403] = "The token is valid but its role (or the lack of a CRM role) does not allow this.",
        [404] = "The addressed record does not exist (or is outside the caller's read scope).",
        [409] = "The change conflicts with the current state.",
        [410] = "The cursor is older than the retention: what followed it is gone.",
        [412] = "If-Match names a version that is no longer current; nothing changed.",
        [413] = "The request body is larger than MAX_BODY_BYTES.",
        [415] = "The request body is not application/json.",
        [422] = "The Idempotency-Key was used before with a different request.",
        [429] = "The caller exceeded RATE_LIMIT_PER_MINUTE or MAX_CONCURRENT_REQUESTS_PER_USER, or its address AUTH_FAILURES_PER_MINUTE; see Retry-After.",
        [500] = "An unexpected error; the body has no details.",
        [503] = "The database is unavailable, or a statement ran past its timeout (QUERY_TIMEOUT); retry after Retry-After seconds.",
    };

    /// <summary>An upload's body is multipart/form-data limited by ATTACHMENT_MAX_BYTES, not JSON limited by MAX_BODY_BYTES.</summary>
    static readonly Dictionary<int, string> UploadDescriptions = new()
    {
        [413] = "The file is larger than ATTACHMENT_MAX_BYTES.",
        [415] = "The request body is not multipart/form-data.",
    };

    // The document must not depend on configuration: both settings of AGENT_READ_SCOPE are described, and 403 depends
    // only on who lacks a permission, which that setting does not change.
    static readonly PermissionTable Permissions = new(agentReadScopeOwn: false), OwnReads = new(agentReadScopeOwn: true);

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var path = "/" + description.RelativePath!.TrimEnd('/');
        var isAdmin = path.StartsWith("/admin/", StringComparison.Ordinal);
        var errors = new SortedDictionary<int, SortedSet<string>>();
        void Add(int status, params string[] codes)
        {
            if (!errors.TryGetValue(status, out var set)) errors[status] = set = new(StringComparer.Ordinal);
            set.UnionWith(codes);
        }

        operation.Responses ??= new OpenApiResponses();
        Add(500, "INTERNAL_ERROR");
        // What the endpoint says of itself (WithDescription) comes first; who may call it and HEAD follow for every route.
        var paragraphs = new List<string>();
        if (!string.IsNullOrWhiteSpace(operation.Description)) paragraphs.Add(operation.Description.Trim());
        if (!isAdmin)
        {
            paragraphs.Add("No token needed.");
            // Public: an explicit empty list, or a client would apply the document's bearer scheme here too.
            operation.Security = [];
        }
        else
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocs.BearerScheme, context.Document)] = [] }];
            Add(401, "MISSING_TOKEN", "INVALID_TOKEN_FORMAT", "INVALID_TOKEN", "TOKEN_EXPIRED");
            Add(429, "RATE_LIMITED");
            Add(503, "SERVICE_UNAVAILABLE");
            // A statement past its request class's timeout (Data/StatementTimeouts.cs), contract section 2.
            Add(503, "QUERY_TIMEOUT");
            var permission = metadata.OfType<RequiredPermission>().LastOrDefault()?.Name;
            paragraphs.Add(permission == Permission.Authenticated
                ? "Any valid token."
                : $"Needs the `{permission}` permission ({string.Join(", ", Enum.GetValues<Role>().Select(r => $"{r.ToString().ToLowerInvariant()}: {Describe(Permissions.ScopeOf(r, permission!), OwnReads.ScopeOf(r, permission!))}"))}).");
            // Every route answers 403 to a valid CMS token without a CRM role; a role without the permission gets it too, and
            // so does an own-scope role writing someone else's record.
            Add(403, "INSUFFICIENT_PERMISSIONS");
            if (method != "GET") Add(409, "CONFLICT");
            // Read-your-writes across instances (contract section 12); a malformed value is a 400 VALIDATION_FAILED.
            AddHeader(operation, Scaling.ReadYourWritesMiddleware.Header,
                "With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers.");
            Add(400, "VALIDATION_FAILED");
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter.In == ParameterLocation.Path) parameter.Description ??= "A record id (positive integer).";
        foreach (Match id in PathId().Matches(path))
        {
            Add(400, "INVALID_ID");
            Add(404, NotFoundCodes[id.Groups["collection"].Value]);
        }
        // A query parameter the route does not declare is refused on every route (Http/UnknownQueryParameters).
        Add(400, "INVALID_QUERY");
        if (metadata.OfType<QueryParameters>().LastOrDefault() is { } query)
        {
            operation.Parameters ??= [];
            foreach (var parameter in query.Items) operation.Parameters.Add(parameter.ToOpenApi());
        }
        var upload = metadata.OfType<MultipartFile>().LastOrDefault();
        if (upload is not null) operation.RequestBody = MultipartBody(upload);
        if (operation.RequestBody is not null)
        {
            // A streamed upload has no JSON to be malformed; a missing or unreadable file part is VALIDATION_FAILED.
            if (upload is null) Add(400, "INVALID_JSON");
            Add(400, "VALIDATION_FAILED");
            Add(413, "PAYLOAD_TOO_LARGE");
            Add(415, "UNSUPPORTED_MEDIA_TYPE");
            if (operation.RequestBody is OpenApiRequestBody body) body.Required = true;
        }
        if (method is "PATCH" or "PUT") Add(400, "NO_UPDATES");
        if (isAdmin && method != "GET" && SingleRecord().IsMatch(path))
        {
            Add(412, "PRECONDITION_FAILED");
            AddHeader(operation, "If-Match", "The ETag of the version read: the change applies only if it is still current.");
        }
        if (isAdmin && method == "POST")
        {
            Add(400, "VALIDATION_FAILED");
            Add(409, "IDEMPOTENCY_KEY_IN_USE");
            Add(422, "IDEMPOTENCY_KEY_REUSED");
            AddHeader(operation, "Idempotency-Key", "Up to 255 printable characters: a repeat within 24 h replays the first response.");
        }
        foreach (var extra in metadata.OfType<ExtraErrors>()) Add(extra.Status, [.. extra.Codes]);

        var file = metadata.OfType<FileDownload>().LastOrDefault();
        if (file is not null) DescribeFile(operation);
        var download = metadata.OfType<Download>().LastOrDefault();
        if (download is not null)
            operation.Responses!["200"] = new OpenApiResponse
            {
                Content = download.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
            };
        if (method == "GET") paragraphs.Add("`HEAD` answers the same status and headers, without a body.");
        operation.Description = string.Join("\n\n", paragraphs);

        if (metadata.OfType<ListOf>().LastOrDefault() is { } list) await DescribeListAsync(operation, context, list.Item, cancellationToken);
        DescribeSuccess(operation, method, isAdmin);
        foreach (var (status, codes) in errors)
            operation.Responses[status.ToString()] = ErrorResponse(status, codes,
                upload is not null && UploadDescriptions.TryGetValue(status, out var own) ? own : Descriptions[status], context.Document!);
        ResponseHeaders.Describe(operation, method, path, context.Document!, file is not null, download is not null);
    }

    static string Describe(Security.Scope? scope, Security.Scope? withOwnReads) => scope switch
    {
        _ when scope != withOwnReads => "all records, own with AGENT_READ_SCOPE=own",
        Security.Scope.All => "all records",
        Security.Scope.Own => "own records",
        _ => "no",
    };

    static void AddHeader(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name, In = ParameterLocation.Header, Required = false, Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
        });
    }

    /// <summary>The 200 of a list is one of two shapes: an offset page with a bounded count, or a cursor page.</summary>
    static async Task DescribeListAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, Type item, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var offset = typeof(ListResponse<>).MakeGenericType(item);
        var cursor = typeof(CursorListResponse<>).MakeGenericType(item);
        var offsetId = ApiDocs.SchemaId(offset)!;
        var cursorId = ApiDocs.SchemaId(cursor)!;
        if (document.Components?.Schemas?.ContainsKey(cursorId) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(cursor, null, cancellationToken);
            // The exporter inlines the items here; refer to the item's component like the offset page does.
            ((OpenApiSchema)schema.Properties!["data"]).Items = new OpenApiSchemaReference(ApiDocs.SchemaId(item)!, document);
            document.AddComponent(cursorId, schema);
        }
        var content = operation.Responses!["200"].Content!["application/json"];
        content.Schema = new OpenApiSchema
        {
            OneOf = [new OpenApiSchemaReference(offsetId, document), new OpenApiSchemaReference(cursorId, document)],
            Discriminator = new OpenApiDiscriminator
            {
                PropertyName = "paging",
                Mapping = new Dictionary<string, OpenApiSchemaReference>
                {
                    ["offset"] = new(offsetId, document),
                    ["cursor"] = new(cursorId, document),
                },
            },
        };
    }

    static void DescribeSuccess(OpenApiOperation operation, string method, bool isAdmin)
    {
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse concrete) continue;
            concrete.Description = status switch
            {
                "201" => "Created; Location names the new record.",
                "202" => "Accepted: the work runs as a job in the background; Location names it.",
                "204" => "Done; no body.",
                "304" => concrete.Description,
                _ when concrete.Content?.ContainsKey("*/*") == true => "The file's bytes, with the type recorded for the file.",
                _ => method == "GET" ? "OK" : "OK; the record as it is now.",
            };
        }
    }

    /// <summary>
    /// A file's bytes: served with the type recorded for the file (any type; those a browser would run as a page are served as
    /// application/octet-stream), and 304 when If-None-Match names the file's ETag.
    /// </summary>
    static void DescribeFile(OpenApiOperation operation)
    {
        var bytes = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        operation.Responses!["200"] = new OpenApiResponse
        {
            Content = new Dictionary<string, OpenApiMediaType> { [Attachments.ContentTypes.OctetStream] = bytes, ["*/*"] = bytes },
        };
        operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: If-None-Match names this file's ETag; no body." };
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match", In = ParameterLocation.Header, Required = false,
            Description = "An ETag of this file received earlier: 304 when it is still the file's.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
        });
    }

    /// <summary>
    /// What the upload handler reads: a multipart/form-data body whose part named <paramref name="part"/> carries the file,
    /// with a filename. Other parts are skipped.
    /// </summary>
    static OpenApiRequestBody MultipartBody(MultipartFile upload)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            [upload.Part] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "binary",
                Description = upload.Description ?? "The file's bytes, at most ATTACHMENT_MAX_BYTES, in a part with a filename (the name recorded).",
                Examples = upload.Example is null ? null : [JsonValue.Create(upload.Example)],
            },
        };
        foreach (var (name, schema) in upload.Fields ?? new Dictionary<string, OpenApiSchema>()) properties[name] = schema;
        return new()
        {
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string>([upload.Part, .. upload.RequiredFields ?? []]),
                        Properties = properties,
                    },
                },
            },
        };
    }

    static OpenApiResponse ErrorResponse(int status, IEnumerable<string> codes, string description, OpenApiDocument document)
    {
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        AllOf =
                        [
                            new OpenApiSchemaReference(ApiDocs.ErrorSchema, document),
                            new OpenApiSchema
                            {
                                Properties = ErrorMembers(status, codes, document),
                            },
                        ],
                    },
                },
            },
        };
        return response;
    }

    /// <summary>The codes of this response; a 400 says what its data holds: the members in error, or null.</summary>
    static Dictionary<string, IOpenApiSchema> ErrorMembers(int status, IEnumerable<string> codes, OpenApiDocument document)
    {
        var members = new Dictionary<string, IOpenApiSchema>
        {
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = codes.Select(c => (JsonNode)JsonValue.Create(c)).ToList() },
        };
        if (status == 400)
        {
            List<IOpenApiSchema> data = [new OpenApiSchemaReference(ApiDocs.ValidationErrorsSchema, document), new OpenApiSchema { Type = JsonSchemaType.Null }];
            // A delete by filter names the count it would delete, for the confirmation.
            if (codes.Contains("CONFIRMATION_REQUIRED"))
                data.Add(new OpenApiSchema
                {
                    Type = JsonSchemaType.Object, Required = new HashSet<string> { "count" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["count"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" } },
                });
            members["data"] = new OpenApiSchema { AnyOf = data };
        }
        return members;
    }

    [GeneratedRegex(@"/(?<collection>[a-z-]+)/\{(id|tag_id)\}")]
    private static partial Regex PathId();

    /// <summary>A write addressed to one record, which checks If-Match against its ETag.</summary>
    [GeneratedRegex(@"^/admin/[a-z-]+/\{id\}(/restore)?\z")]
    internal static partial Regex SingleRecord();
}
