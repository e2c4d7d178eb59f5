using Microsoft.OpenApi;

namespace Crm.Api.OpenApi;

/// <summary>
/// The response headers that the middleware and the handlers set, declared once as components and attached to each
/// response by the rule that sets them, so that a route added later is described like every other. Required means the
/// header is on every such response; the others appear when their condition holds (a replay, a limiter that ran).
/// </summary>
public static class ResponseHeaders
{
    public const string RequestId = "X-Request-ID", ETag = "ETag", Location = "Location", RetryAfter = "Retry-After",
        Limit = "RateLimit-Limit", Remaining = "RateLimit-Remaining", Reset = "RateLimit-Reset", Replayed = "Idempotent-Replayed",
        ContentDisposition = "Content-Disposition", Consistency = Scaling.ReadYourWritesMiddleware.Header;

    static OpenApiHeader Header(string description, bool required, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Required = required, Schema = new OpenApiSchema { Type = type } };

    /// <summary>The components, added to the document once. Required means: on every response that declares it.</summary>
    public static Dictionary<string, IOpenApiHeader> Components() => new()
    {
        [RequestId] = Header("The request's id: the caller's own if it sent a sane one, else a new one. Quote it when reporting a problem.", true),
        [ETag] = Header("The strong entity tag of the version returned; send it back in If-Match to change exactly that version.", true),
        [Location] = Header("The path of the created record (on a 202: of the job doing the work).", true),
        [RetryAfter] = Header("Seconds to wait before retrying.", true, JsonSchemaType.Integer),
        [Limit] = Header("Requests allowed per minute for the caller (RATE_LIMIT_PER_MINUTE, per instance). On every answer to a caller "
            + "whose token was accepted, except a 403 decided from the token alone.", false, JsonSchemaType.Integer),
        [Remaining] = Header("Requests left in the current minute (see RateLimit-Limit for when it is sent).", false, JsonSchemaType.Integer),
        [Reset] = Header("Seconds until the caller's window resets.", true, JsonSchemaType.Integer),
        [Replayed] = Header("`true` when this is the stored answer to an earlier request with the same Idempotency-Key.", false),
        [Consistency] = Header("With a read replica (DATABASE_READ_URL): the caller's latest commit position (this request's write, if it "
            + "wrote); send it back as X-CRM-Consistency so that the next read sees it on any instance.", false),
        [ContentDisposition] = Header("`attachment`, with the file's name (RFC 6266: `filename` in ASCII and `filename*` in UTF-8).", true),
    };

    public static void Describe(OpenApiOperation operation, string method, string path, OpenApiDocument document, bool file, bool download = false)
    {
        var isAdmin = path.StartsWith("/admin/", StringComparison.Ordinal);
        // A record with a version answers its ETag when read, when created and when that one record changes (audit entries
        // never change; every 201 of /admin is a record).
        var versioned = isAdmin && OperationDocs.SingleRecord().IsMatch(path) && method is "GET" or "PUT" or "PATCH" or "POST"
            && !path.StartsWith("/admin/audit-logs/", StringComparison.Ordinal)
            // A job changes on its own while it runs; nobody changes it by version.
            && !path.StartsWith("/admin/jobs/", StringComparison.Ordinal) && !path.StartsWith("/admin/imports/", StringComparison.Ordinal);
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse concrete) continue;
            var headers = concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            void Add(string name) => headers[name] = new OpenApiHeaderReference(name, document);

            Add(RequestId);
            // The limiter counts a caller whose token was accepted: never on a 401.
            if (isAdmin && status != "401")
            {
                Add(Limit);
                Add(Remaining);
                Add(Consistency);
            }
            if (status == "429") Add(Reset);
            if (status is "429" or "503") Add(RetryAfter);
            if (status is "201" or "202") Add(Location);
            if ((status == "200" && (versioned || file)) || (status == "201" && isAdmin) || status == "304") Add(ETag);
            if ((file || download) && status == "200") Add(ContentDisposition);
            // Every stored answer (anything below 500 that got past the key's own checks) can be replayed.
            if (isAdmin && method == "POST" && status is not ("401" or "422" or "429" or "500" or "503")) Add(Replayed);
        }
    }
}
