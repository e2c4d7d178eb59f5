using System.Reflection;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Npgsql;

namespace Crm.Api.Operations;

/// <summary><c>checks</c> is the Go original's member; liveness checks only the process, never the database.</summary>
public sealed record HealthResponse(string Status, string Version, IReadOnlyDictionary<string, string> Checks);

public sealed record ReadinessResponse(string Status, IReadOnlyDictionary<string, string> Checks);

/// <summary>The caller; <c>is_active</c> is the Go original's member (a valid token's user is active).</summary>
public sealed record MeUser(long Id, string Sub, string? Email, string? Name, string Role, bool IsActive = true);

public sealed record MeResponse(MeUser User, IReadOnlyList<string> Permissions);

/// <summary>Probes, metrics and the caller's identity.</summary>
public static class OperationsEndpoints
{
    public static readonly string Version =
        typeof(OperationsEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    static readonly IReadOnlyDictionary<string, string> ProcessOnly = new Dictionary<string, string> { ["process"] = "ok" };

    public static void MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthResponse("ok", Version, ProcessOnly))).WithTags("Operations").WithName("Health")
            .WithSummary("Liveness: the process is up (never touches the database)");
        app.MapGet("/ready", Ready).WithTags("Operations").WithName("Ready")
            .WithSummary("Readiness: the database answers and the schema is at this build's version")
            .Produces<ReadinessResponse>().MayFail(503, "SERVICE_UNAVAILABLE");
        app.MapGet("/metrics", MetricsExport.Export).WithTags("Operations").WithName("Metrics")
            .WithSummary("Prometheus metrics (text exposition format)").Produces<string>(200, "text/plain");
        app.MapGet("/admin/me", Me).RequirePermission(Permission.Authenticated).WithTags("Identity").WithName("GetMe")
            .WithSummary("The caller and the permissions of its role").Produces<MeResponse>();
    }

    /// <summary>Ready when not shutting down, the database answers, and the schema is at this build's version.</summary>
    static async Task<IResult> Ready(ReadinessCheck readiness, IHostApplicationLifetime lifetime, Scaling.SharedState shared, IServiceProvider services)
    {
        var checks = new Dictionary<string, string>(await readiness.GetAsync());
        if (lifetime.ApplicationStopping.IsCancellationRequested) checks["shutdown"] = "stopping";
        var ready = checks.Values.All(v => v == "ok");
        // Redis and the replica are reported (from memory: no query) but never make the instance unready: it serves
        // without them (section 12).
        if (shared.Check is { } redis) checks["redis"] = redis;
        if (services.GetService<Scaling.ReadReplica>() is { } replica) checks["read_replica"] = replica.Check;
        if (ready) return TypedResults.Ok(new ReadinessResponse("ready", checks));
        return ApiError.Of(StatusCodes.Status503ServiceUnavailable, "SERVICE_UNAVAILABLE", "The service is not ready",
            new ReadinessResponse("not_ready", checks));
    }

    static IResult Me(CurrentUser user) =>
        TypedResults.Ok(new MeResponse(new MeUser(user.Id, user.Sub, user.Email, user.Name, user.RoleName),
            user.Permissions.Describe(user.Role)));
}
