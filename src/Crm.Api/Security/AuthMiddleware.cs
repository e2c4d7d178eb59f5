using Crm.Api.Configuration;
using Crm.Api.Http;

namespace Crm.Api.Security;

/// <summary>The permission an endpoint requires; every <c>/admin</c> endpoint must declare one.</summary>
public sealed record RequiredPermission(string Name);

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredPermission(permission));
}

/// <summary>
/// Authenticates every <c>/admin</c> request and checks the endpoint's permission before the endpoint
/// binds anything, so a caller without a valid token learns nothing about ids, queries or bodies.
/// Endpoints without a declared permission are denied: access is never granted by omission.
/// </summary>
public sealed class AuthMiddleware(RequestDelegate next, TokenVerifier verifier, AuthFailureLimit failures, CrmSettings settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/admin"))
        {
            await next(context);
            return;
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        if (failures.Exhausted(address))
        {
            await RateLimitRefusal.WriteAsync(context, settings, ((int)AuthFailureLimit.Window.TotalSeconds).ToString(),
                "Too many failed authentications from this address; retry in a minute");
            return;
        }
        await Authenticate(context);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized) failures.Record(address);
    }

    async Task Authenticate(HttpContext context)
    {
        string header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            await ApiError.WriteAsync(context, 401, "MISSING_TOKEN", "Authorization header is required");
            return;
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7 || header.AsSpan(7).Contains(' '))
        {
            await ApiError.WriteAsync(context, 401, "INVALID_TOKEN_FORMAT", "Authorization header must be in 'Bearer <token>' format");
            return;
        }

        var (user, failure) = await verifier.VerifyAsync(header[7..]);
        if (user is null)
        {
            await (failure switch
            {
                TokenFailure.Expired => ApiError.WriteAsync(context, 401, "TOKEN_EXPIRED", "The token has expired"),
                TokenFailure.NoCrmRole => Forbidden(context),
                _ => ApiError.WriteAsync(context, 401, "INVALID_TOKEN", "The token is not valid"),
            });
            return;
        }
        context.Features.Set(user);

        var endpoint = context.GetEndpoint();
        var required = endpoint?.Metadata.GetMetadata<RequiredPermission>();
        // Routing's own rejections (405, 415) are plain endpoints, not routes: they answer for themselves.
        if (endpoint is RouteEndpoint && (required is null || user.ScopeOf(required.Name) is null))
        {
            await Forbidden(context);
            return;
        }

        await next(context);
    }

    static Task Forbidden(HttpContext context) =>
        ApiError.WriteAsync(context, 403, "INSUFFICIENT_PERMISSIONS", "You do not have permission to perform this action");
}
