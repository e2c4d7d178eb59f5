using System.Globalization;

namespace Crm.Api.Http;

/// <summary>
/// Strong ETags from the row version (PostgreSQL xmin) and the If-Match check (RFC 9110 §13.1.1). A record's answers carry
/// the same version as a member, <c>version</c>: the ETag without its quotes, so a list row or a 201 is enough to send
/// If-Match later (contract section 5) without reading the record again.
/// </summary>
public static class Preconditions
{
    /// <summary>What the document says of every record's <c>version</c> member.</summary>
    public const string VersionDescription = "The record's version: the value its ETag carries, without the quotes. Send it back as "
        + "`If-Match: \"<version>\"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH "
        + "body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not.";

    public static string Version(uint version) => version.ToString(CultureInfo.InvariantCulture);

    public static string ETag(uint version) => $"\"{Version(version)}\"";

    public static void SetETag(HttpResponse response, uint version) => response.Headers.ETag = ETag(version);

    /// <summary>A 201 with the new record's Location and the ETag of its version.</summary>
    public static IResult Created<T>(string location, T body, uint version) => new CreatedWithETag<T>(location, body, version);

    sealed class CreatedWithETag<T>(string location, T body, uint version) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            SetETag(httpContext.Response, version);
            return TypedResults.Created(location, body).ExecuteAsync(httpContext);
        }
    }

    /// <summary>True when there is no If-Match, or it lists this version (or <c>*</c>). Weak tags never match.</summary>
    public static bool Matches(HttpRequest request, uint version)
    {
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0) return true;
        var current = ETag(version);
        return header.Split(',', StringSplitOptions.TrimEntries).Any(tag => tag == "*" || tag == current);
    }

    public static IResult Failed() =>
        ApiError.Of(StatusCodes.Status412PreconditionFailed, "PRECONDITION_FAILED",
            "The record has changed since you read it; reload it and retry");
}
