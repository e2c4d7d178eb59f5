using System.Text.Json;

namespace Crm.Api.Http;

/// <summary>
/// PostgreSQL text cannot hold NUL, and JSON can (<c>\u0000</c>). A JSON body with a NUL in any string is refused here,
/// naming the member, before any handler or SQL sees it - whatever the handler does with the string (validated, kept
/// as written, looked up). Only a body that contains the escape is parsed twice; the others are only scanned.
/// </summary>
public sealed class NulGuardMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.HasJsonContentType() && request.ContentLength is not 0)
        {
            request.EnableBuffering();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            request.Body.Position = 0;
            var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (body.Span.IndexOf("\\u0000"u8) >= 0 && MemberWithNul(body) is { } member)
            {
                const string problem = "must not contain the NUL character (\\u0000)";
                await ApiError.WriteAsync(context, 400, "VALIDATION_FAILED", $"{member} {problem}",
                    new ValidationErrors(new Dictionary<string, string[]> { [member] = [problem] }));
                return;
            }
        }
        await next(context);
    }

    /// <summary>The member whose name or string value holds a NUL, or null (also for a body that is not JSON: that is
    /// for the endpoint to refuse).</summary>
    static string? MemberWithNul(ReadOnlyMemory<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body.Span);
            var member = "body";
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    member = reader.GetString()!;
                    if (member.Contains('\0')) return member.Replace("\0", "\\u0000");
                }
                else if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && reader.GetString()!.Contains('\0')) return member;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException) { }
        return null;
    }
}
