using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Crm.Api.Activities;
using Crm.Api.AuditLogs;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Crm.Api.Tags;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Bulk;

/// <summary>
/// <c>{"ids": [1, 2] | [{"id": 1, "version": "\"123\""}], "action": ..., "changes": {...}, "tag_ids": [...]}</c>.
/// (Bulk actions by <c>filter</c>, a job with <c>confirm_count</c> for deletes, are not built yet: the members are refused.)
/// </summary>
public sealed record BulkRequest(IReadOnlyList<BulkId>? Ids, string? Action, JsonObject? Changes, long[]? TagIds);

/// <summary>A record to act on, with the version (ETag) it was read at; a bare id in the request means no version check.</summary>
[JsonConverter(typeof(BulkIdConverter))]
public sealed record BulkId(long Id, string? Version = null);

/// <summary>Reads an id given as a bare number or as <c>{"id", "version"}</c>.</summary>
public sealed class BulkIdConverter : JsonConverter<BulkId>
{
    public override BulkId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) return new BulkId(reader.GetInt64());
        using var item = JsonDocument.ParseValue(ref reader);
        var root = item.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id) && id.TryGetInt64(out var value)
            && (!root.TryGetProperty("version", out var version) || version.ValueKind is JsonValueKind.String or JsonValueKind.Null))
            return new BulkId(value, root.TryGetProperty("version", out var tag) ? tag.GetString() : null);
        throw new JsonException("ids must hold ids or objects {id, version} with a string version");
    }

    public override void Write(Utf8JsonWriter writer, BulkId value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", value.Id);
        if (value.Version is not null) writer.WriteString("version", value.Version);
        writer.WriteEndObject();
    }
}

/// <summary>One record's outcome: the status and error code its single-record route would have answered.</summary>
public sealed record BulkItemResult(long Id, int Status, string? Code = null, string? Message = null);

public sealed record BulkResponse(IReadOnlyList<BulkItemResult> Results, int Succeeded, int Failed);

/// <summary>
/// POST /admin/{customers|deals|activities}/bulk by ids (contract section 9): each record goes through its single-record
/// route's own handler, one after another, each in its own transaction: checked (reach, If-Match from its
/// <c>version</c>), changed and audited exactly as that route would, and answered with that route's status and code.
/// A record that fails never stops the others.
/// </summary>
public static class BulkEndpoints
{
    public const int MaxIds = 1000;
    public static readonly string[] Actions = ["update", "delete", "restore", "add_tags", "remove_tags"];

    /// <summary>What one action does to one record, through the single-record handler; the permission that route needs.</summary>
    delegate Task<IResult> Handler(long id, HttpRequest request, BulkRequest body, object? changes, BulkContext context);

    sealed record BulkContext(CurrentUser User, CrmDb Db, AuditTrail Audit, TimeProvider Time, CancellationToken CancellationToken);

    sealed record Operation(string Permission, Handler Run);

    sealed record Resource(string Name, Type? Changes, IReadOnlyDictionary<string, Operation> Operations);

    static readonly Resource Customers = new("customers", typeof(CustomerUpdate), new Dictionary<string, Operation>
    {
        ["update"] = new(Permission.CustomersUpdate, (id, r, _, changes, c) =>
            CustomerEndpoints.UpdateAsync(id, (CustomerUpdate)changes!, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["delete"] = new(Permission.CustomersDelete, (id, r, _, _, c) => CustomerEndpoints.Delete(id, r, c.User, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["restore"] = new(Permission.CustomersDelete, (id, r, _, _, c) =>
            CustomerEndpoints.Restore(id, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.CancellationToken)),
        ["add_tags"] = new(Permission.TagsAssign, (id, _, body, _, c) => EachTag(body, tag => CustomerTagEndpoints.Assign(id, tag, c.User, c.Db, c.Audit, c.Time, c.CancellationToken))),
        ["remove_tags"] = new(Permission.TagsAssign, (id, _, body, _, c) => EachTag(body, tag => CustomerTagEndpoints.Unassign(id, tag, c.User, c.Db, c.Audit, c.CancellationToken))),
    });

    static readonly Resource Deals = new("deals", typeof(DealUpdate), new Dictionary<string, Operation>
    {
        ["update"] = new(Permission.DealsUpdate, (id, r, _, changes, c) =>
            DealEndpoints.UpdateAsync(id, (DealUpdate)changes!, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["delete"] = new(Permission.DealsDelete, (id, r, _, _, c) => DealEndpoints.Delete(id, r, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["restore"] = new(Permission.DealsDelete, async (id, r, _, _, c) =>
            await c.Db.Deals.FirstOrDefaultAsync(d => d.Id == id, c.CancellationToken) is { } deal
                ? await c.Db.RestoreAsync(deal, "deal", r, deal.Version, deal.CustomerId, c.Audit, c.CancellationToken)
                : ApiError.NotFound("DEAL_NOT_FOUND", "Deal not found")),
    });

    static readonly Resource Activities = new("activities", typeof(ActivityUpdate), new Dictionary<string, Operation>
    {
        ["update"] = new(Permission.ActivitiesUpdate, (id, r, _, changes, c) =>
            ActivityEndpoints.UpdateAsync(id, (ActivityUpdate)changes!, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["delete"] = new(Permission.ActivitiesDelete, (id, r, _, _, c) => ActivityEndpoints.Delete(id, r, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["restore"] = new(Permission.ActivitiesDelete, async (id, r, _, _, c) =>
            await c.Db.Activities.FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken) is { } activity
                ? await c.Db.RestoreAsync(activity, "activity", r, activity.Version, activity.CustomerId, c.Audit, c.CancellationToken)
                : ApiError.NotFound("ACTIVITY_NOT_FOUND", "Activity not found")),
    });

    public static void MapBulk(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").RequirePermission(Permission.RecordsBulk);
        foreach (var (resource, tag) in new[] { (Customers, "Customers"), (Deals, "Deals"), (Activities, "Activities") })
            group.MapPost($"/{resource.Name}/bulk", (BulkRequest body, HttpContext http, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
                    CancellationToken cancellationToken) => RunAsync(resource, body, http, new BulkContext(user, db, audit, time, cancellationToken)))
                .WithTags(tag).WithName($"Bulk{tag}")
                .WithSummary($"Applies one action to up to {MaxIds} {resource.Name} by id, each exactly as its single-record route would; answers per id")
                .Produces<BulkResponse>().MayFail(400, "VALIDATION_FAILED").MayFail(403, "INSUFFICIENT_PERMISSIONS");
    }

    static async Task<IResult> RunAsync(Resource resource, BulkRequest body, HttpContext http, BulkContext context)
    {
        if (body.Action is not { } action || !resource.Operations.TryGetValue(action, out var operation))
            return ApiError.Validation("action", $"must be one of {string.Join(", ", Actions.Where(resource.Operations.ContainsKey))}");
        var (items, idsProblem) = ReadIds(body.Ids);
        if (idsProblem is not null) return ApiError.Validation("ids", idsProblem);
        object? changes = null;
        if (action == "update")
        {
            if (body.Changes is null) return ApiError.Validation("changes", "is required for update");
            // Read once, as the single route reads its body: a member of the wrong type is the request's 400.
            changes = body.Changes.Deserialize(resource.Changes!, JsonConfig.Options);
        }
        if (action is "add_tags" or "remove_tags")
        {
            // Checked once for all records, so that no record gets half of the tags.
            if (body.TagIds is not { Length: > 0 } tagIds) return ApiError.Validation("tag_ids", $"is required for {action}");
            var live = await context.Db.Tags.CountAsync(t => tagIds.Contains(t.Id) && t.DeletedAt == null, context.CancellationToken);
            if (live != tagIds.Distinct().Count()) return ApiError.Validation("tag_ids", "must name existing tags");
        }
        if (context.User.ScopeOf(operation.Permission) is null) return ApiError.Forbidden();

        var results = new List<BulkItemResult>(items!.Count);
        foreach (var (id, version) in items)
        {
            var request = new DefaultHttpContext { RequestServices = http.RequestServices }.Request;
            if (version is not null) request.Headers.IfMatch = version;
            try
            {
                results.Add(Interpret(id, await operation.Run(id, request, body, changes, context)));
            }
            catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or Npgsql.PostgresException
                                      && !ErrorHandlingMiddleware.IsDatabaseUnavailable(e))
            {
                // A constraint decided it (a duplicate e-mail, a record changed under it): this record fails as its route would.
                var (status, code, message, _) = ErrorHandlingMiddleware.Classify(e, conditional: version is not null);
                results.Add(new BulkItemResult(id, status, code, message));
            }
            finally
            {
                context.Db.ChangeTracker.Clear();
            }
        }
        var failed = results.Count(r => r.Status >= 400);
        return TypedResults.Ok(new BulkResponse(results, results.Count - failed, failed));
    }

    /// <summary>The ids with their versions as If-Match values (an ETag, quoted or not); or what is wrong with them.</summary>
    static (List<(long Id, string? Version)>?, string?) ReadIds(IReadOnlyList<BulkId>? ids)
    {
        if (ids is null) return (null, "is required: an array of ids or of {id, version}");
        if (ids.Count is 0 or > MaxIds) return (null, $"must hold 1 to {MaxIds} ids");
        if (ids.Any(i => i.Id <= 0)) return (null, "must hold positive integer ids");
        if (ids.Select(i => i.Id).Distinct().Count() != ids.Count) return (null, "must not repeat an id");
        return (ids.Select(i => (i.Id, i.Version is null or "" ? null : i.Version.StartsWith('"') ? i.Version : $"\"{i.Version}\"")).ToList(), null);
    }

    static async Task<IResult> EachTag(BulkRequest body, Func<long, Task<IResult>> run)
    {
        IResult result = TypedResults.Ok();
        foreach (var tag in body.TagIds!)
        {
            result = await run(tag);
            if (Status(result) >= 400) break;
        }
        return result;
    }

    static int Status(IResult result) => (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;

    static BulkItemResult Interpret(long id, IResult result) =>
        (result as IValueHttpResult)?.Value is ErrorBody error
            ? new BulkItemResult(id, Status(result), error.Code, error.Message)
            : new BulkItemResult(id, Status(result));
}
