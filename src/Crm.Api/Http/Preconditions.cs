namespace Crm.Api.Http;

/// <summary>Strong ETags from the row version (PostgreSQL xmin) and the If-Match check (RFC 9110 §13.1.1).</summary>
public static class Preconditions
{
    public static string ETag(uint version) => $"\"{version}\"";

    public static void SetETag(HttpResponse response, uint version) => response.Headers.ETag = ETag(version);

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
