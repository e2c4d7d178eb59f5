namespace Crm.Api.Http;

/// <summary>
/// Every response: <c>X-Content-Type-Options: nosniff</c> (a browser never guesses a type we did not send); every JSON
/// response: <c>Cache-Control: no-store</c> (CRM records are personal data: no shared or browser cache keeps them).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (response.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true && headers.CacheControl.Count == 0)
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
