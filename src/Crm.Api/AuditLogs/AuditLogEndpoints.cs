using System.Text.Json;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.AuditLogs;

public sealed record AuditLogResponse(
    long Id, string ResourceType, long ResourceId, string Action, long UserId, string? UserName, string? UserRole,
    JsonElement? Changes, string? RequestId, string? IpAddress, string? UserAgent, DateTime CreatedAt);

/// <summary>The audit trail, read-only, for admins (contract section 4, "Audit logs").</summary>
public static class AuditLogEndpoints
{
    static readonly IReadOnlyList<ISortField<AuditLog>> SortFields =
        [SortField.Of<AuditLog, DateTime>("created_at", a => a.CreatedAt, a => a.Id)];

    public static void MapAuditLogs(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/audit-logs").WithTags("Audit logs").RequirePermission(Permission.AuditLogsRead);
        group.MapGet("", List).WithName("ListAuditLogs").WithSummary("Lists audit entries, newest first").ProducesList<AuditLogResponse>([
            Query.Text("resource_type", "Only entries about this resource type (customer, deal, …)."),
            Query.Ids("resource_id", "Only entries about these records."),
            Query.Ids("user_id", "Only entries written by these users."),
            Query.Text("action", "Only this action (create, update, delete, restore, stage_change, tag_assign, tag_unassign, migrate_normalize, migrate_resolve, …)."),
            Query.Time("from", "Written at or after."),
            Query.Time("to", "Written at or before."),
            .. Query.Paging(SortFields, "created_at", defaultDescending: true)]);
        group.MapGet("/{id}", Get).WithName("GetAuditLog").WithSummary("One audit entry").Produces<AuditLogResponse>();
    }

    /// <summary>A Go-era row has no <c>changes</c> but whole-record snapshots: its changes are the members that differ between them.</summary>
    static AuditLogResponse ToResponse(AuditLog a) =>
        new(a.Id, a.ResourceType, a.ResourceId, a.Action, a.UserId, a.UserName, a.UserRole,
            a.Changes?.RootElement ?? AuditTrail.Diff(a.OldValues?.RootElement, a.NewValues?.RootElement)?.RootElement,
            a.RequestId, a.IpAddress, a.UserAgent, a.CreatedAt);

    static async Task<IResult> List(HttpRequest request, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var resourceType = query.String("resource_type", 50);
        var resourceIds = query.Ids("resource_id");
        var userIds = query.Ids("user_id");
        var action = query.String("action", 50);
        var from = query.Time("from");
        var to = query.Time("to");
        var list = ListRequest<AuditLog>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;

        var logs = db.AuditLogs.AsNoTracking();
        if (resourceType is not null) logs = logs.Where(a => a.ResourceType == resourceType);
        if (resourceIds is not null) logs = logs.Where(a => resourceIds.Contains(a.ResourceId));
        if (userIds is not null) logs = logs.Where(a => userIds.Contains(a.UserId));
        if (action is not null) logs = logs.Where(a => a.Action == action);
        if (from is not null) logs = logs.Where(a => a.CreatedAt >= from);
        if (to is not null) logs = logs.Where(a => a.CreatedAt <= to);

        return TypedResults.Ok(await list.ExecuteAsync(logs, settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<AuditLogResponse>>(rows.Select(ToResponse).ToList()), cancellationToken));
    }

    static async Task<IResult> Get(long id, CrmDb db, CancellationToken cancellationToken) =>
        await db.AuditLogs.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } log
            ? TypedResults.Ok(ToResponse(log))
            : ApiError.NotFound("NOT_FOUND", "Audit log entry not found");
}
