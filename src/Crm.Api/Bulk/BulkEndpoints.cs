using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Crm.Api.Activities;
using Crm.Api.AuditLogs;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.Jobs;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Crm.Api.Tags;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Bulk;

/// <summary>
/// <c>{"ids": [1, 2] | [{"id": 1, "version": "\"123\""}], "action": ..., "changes": {...}, "tag_ids": [...]}</c>.
/// Or <c>"filter": {the list's query parameters}</c> instead of ids: a job; a delete by filter needs <c>confirm_count</c>.
/// </summary>
public sealed record BulkRequest(IReadOnlyList<BulkId>? Ids, string? Action, JsonObject? Changes, long[]? TagIds,
    Dictionary<string, JsonElement>? Filter = null, long? ConfirmCount = null);

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
    internal delegate Task<IResult> Handler(long id, HttpRequest request, BulkRequest body, object? changes, BulkContext context);

    internal sealed record BulkContext(CurrentUser User, CrmDb Db, AuditTrail Audit, TimeProvider Time, CustomFieldCache Fields, CancellationToken CancellationToken);

    internal sealed record Operation(string Permission, Handler Run);

    /// <summary>The ids the list's filters select (null: the caller may not list them, e.g. deleted=true as an agent).</summary>
    internal delegate Task<IQueryable<long>?> Selection(QueryReader query, CurrentUser user, CrmDb db, DateTime now, CancellationToken cancellationToken);

    internal sealed record Resource(string Name, Type? Changes, IReadOnlyList<QueryParameter> Filters, Selection Select,
        IReadOnlyDictionary<string, Operation> Operations);

    internal static Resource Of(string name) => name switch { "customers" => Customers, "deals" => Deals, _ => Activities };

    static readonly Resource Customers = new("customers", typeof(CustomerUpdate), CustomerEndpoints.Filters,
        async (query, user, db, now, cancellationToken) => CustomerEndpoints.Filter(query, user, db, now, await query.FieldSchemaAsync(cancellationToken))?.Select(c => c.Id), new Dictionary<string, Operation>
    {
        ["update"] = new(Permission.CustomersUpdate, (id, r, _, changes, c) =>
            CustomerEndpoints.UpdateAsync(id, (CustomerUpdate)changes!, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.Time, c.Fields, c.CancellationToken)),
        ["delete"] = new(Permission.CustomersDelete, (id, r, _, _, c) => CustomerEndpoints.Delete(id, r, c.User, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["restore"] = new(Permission.CustomersDelete, (id, r, _, _, c) =>
            CustomerEndpoints.Restore(id, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.CancellationToken)),
        ["add_tags"] = new(Permission.TagsAssign, (id, _, body, _, c) => EachTag(body, tag => CustomerTagEndpoints.Assign(id, tag, c.User, c.Db, c.Audit, c.Time, c.CancellationToken))),
        ["remove_tags"] = new(Permission.TagsAssign, (id, _, body, _, c) => EachTag(body, tag => CustomerTagEndpoints.Unassign(id, tag, c.User, c.Db, c.Audit, c.CancellationToken))),
    });

    static readonly Resource Deals = new("deals", typeof(DealUpdate), DealEndpoints.Filters,
        async (query, user, db, _, cancellationToken) =>
            (await DealEndpoints.FilterAsync(query, user, db, await DealStages.LoadAsync(db, cancellationToken),
                await query.FieldSchemaAsync(cancellationToken), cancellationToken))?.Select(d => d.Id),
        new Dictionary<string, Operation>
    {
        ["update"] = new(Permission.DealsUpdate, (id, r, _, changes, c) =>
            DealEndpoints.UpdateAsync(id, (DealUpdate)changes!, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.Time, c.Fields, c.CancellationToken)),
        ["delete"] = new(Permission.DealsDelete, (id, r, _, _, c) => DealEndpoints.Delete(id, r, c.Db, c.Audit, c.Time, c.CancellationToken)),
        ["restore"] = new(Permission.DealsDelete, async (id, r, _, _, c) =>
            await c.Db.Deals.FirstOrDefaultAsync(d => d.Id == id, c.CancellationToken) is { } deal
                ? await c.Db.RestoreAsync(deal, "deal", r, deal.Version, deal.CustomerId, c.Audit, c.CancellationToken)
                : ApiError.NotFound("DEAL_NOT_FOUND", "Deal not found")),
    });

    static readonly Resource Activities = new("activities", typeof(ActivityUpdate), ActivityEndpoints.Filters,
        async (query, user, db, now, cancellationToken) => (await ActivityEndpoints.FilterAsync(query, user, db, now, cancellationToken))?.Select(a => a.Id),
        new Dictionary<string, Operation>
    {
        ["update"] = new(Permission.ActivitiesUpdate, (id, r, _, changes, c) =>
            ActivityEndpoints.UpdateAsync(id, (ActivityUpdate)changes!, r, r.HttpContext.Response, c.User, c.Db, c.Audit, c.Time, c.Fields, c.CancellationToken)),
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
                    CustomFieldCache fields, JobRunner runner, CancellationToken cancellationToken) =>
                    body.Filter is null && body.ConfirmCount is null
                        ? RunAsync(resource, body, http, new BulkContext(user, db, audit, time, fields, cancellationToken))
                        : QueueAsync(resource, body, http, new BulkContext(user, db, audit, time, fields, cancellationToken), runner))
                .WithTags(tag).WithName($"Bulk{tag}")
                .WithSummary($"Applies one action to up to {MaxIds} {resource.Name} by id, each exactly as its single-record route would, answering per id (200); "
                    + "or to every record a filter selects, as a job (202). Agents act by id only, on their own records")
                .Produces<BulkResponse>().Produces<JobResponse>(202).MayFail(400, "VALIDATION_FAILED", "INVALID_QUERY", "CONFIRMATION_REQUIRED")
                .MayFail(403, "INSUFFICIENT_PERMISSIONS");
    }

    static async Task<IResult> RunAsync(Resource resource, BulkRequest body, HttpContext http, BulkContext context)
    {
        var (operation, changes, refusal) = await ReadActionAsync(resource, body, context);
        if (refusal is not null) return refusal;
        var (items, idsProblem) = ReadIds(body.Ids);
        if (idsProblem is not null) return ApiError.Validation("ids", idsProblem);

        // One transaction with a savepoint per record, not a transaction per record: each record still succeeds or fails
        // alone, as its route would, and the request waits for the disk once. 1,000 commits were nearly all of a 1,000-id
        // update's 54 s on the loaded machine (make bench-data; CPU 2 s of it).
        var results = await context.Db.InTransactionAsync(async () =>
        {
            var done = new List<BulkItemResult>(items!.Count);
            foreach (var (id, version) in items)
                done.Add(await ApplyAsync(operation!, id, version, body, changes, http.RequestServices, context));
            return done;
        }, context.CancellationToken);
        var failed = results.Count(r => r.Status >= 400);
        return TypedResults.Ok(new BulkResponse(results, results.Count - failed, failed));
    }

    /// <summary>The action, its changes read as the single route reads its body, and the permission of that route; or the refusal.</summary>
    internal static async Task<(Operation?, object?, IResult?)> ReadActionAsync(Resource resource, BulkRequest body, BulkContext context)
    {
        if (body.Action is not { } action || !resource.Operations.TryGetValue(action, out var operation))
            return (null, null, ApiError.Validation("action", $"must be one of {string.Join(", ", Actions.Where(resource.Operations.ContainsKey))}"));
        object? changes = null;
        if (action == "update")
        {
            if (body.Changes is null) return (null, null, ApiError.Validation("changes", "is required for update"));
            // Read once, as the single route reads its body: a member of the wrong type is the request's 400.
            changes = body.Changes.Deserialize(resource.Changes!, JsonConfig.Options);
        }
        if (action is "add_tags" or "remove_tags")
        {
            // Checked once for all records, so that no record gets half of the tags.
            if (body.TagIds is not { Length: > 0 } tagIds) return (null, null, ApiError.Validation("tag_ids", $"is required for {action}"));
            var live = await context.Db.Tags.CountAsync(t => tagIds.Contains(t.Id) && t.DeletedAt == null, context.CancellationToken);
            if (live != tagIds.Distinct().Count()) return (null, null, ApiError.Validation("tag_ids", "must name existing tags"));
        }
        if (context.User.ScopeOf(operation.Permission) is null) return (null, null, ApiError.Forbidden());
        return (operation, changes, null);
    }

    /// <summary>
    /// A bulk action by filter: the filter is checked as the list checks its query (same parameters, same read scope), a
    /// delete must confirm the count it would delete, and the work is queued as a job (<see cref="BulkJob"/>).
    /// </summary>
    static async Task<IResult> QueueAsync(Resource resource, BulkRequest body, HttpContext http, BulkContext context, JobRunner runner)
    {
        // Contract section 3: by filter is for admins and managers; agents act in bulk by ids only.
        if (context.User.ScopeOf(Permission.RecordsBulk) is not Scope.All) return ApiError.Forbidden();
        if (body.Ids is not null) return ApiError.Validation("ids", "cannot be sent with filter: send one of them");
        if (body.Filter is null) return ApiError.Validation("filter", "is required with confirm_count");
        var (_, _, refusal) = await ReadActionAsync(resource, body, context);
        if (refusal is not null) return refusal;
        var (filter, filterProblem) = FilterQuery(resource, body.Filter);
        if (filterProblem is not null) return filterProblem;
        var (ids, selectionProblem) = await SelectAsync(resource, filter!, http.RequestServices, context);
        if (selectionProblem is not null) return selectionProblem;

        var count = await ids!.CountAsync(context.CancellationToken);
        if (body.Action == "delete" && (filter!.Count == 0 || body.ConfirmCount != count))
            return ApiError.Of(StatusCodes.Status400BadRequest, "CONFIRMATION_REQUIRED",
                filter!.Count == 0 ? "A delete by filter needs a non-empty filter" : $"This deletes {count} records: send confirm_count = {count}",
                new { count });

        var user = context.User;
        var job = new Job
        {
            Kind = JobKind.Bulk, Entity = resource.Name, UserId = user.Id, UserRole = user.RoleName, UserName = user.Name, UserEmail = user.Email,
            Params = new JobParams
            {
                Action = body.Action, Changes = body.Changes is null ? null : JsonSerializer.SerializeToElement(body.Changes), TagIds = body.TagIds,
                Filter = filter,
            }.ToJson(),
            TotalRows = count, CreatedAt = context.Time.UtcNowMicroseconds(),
        };
        context.Db.Jobs.Add(job);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        runner.Wake();
        return Imports.ImportEndpoints.Accepted(http, $"/admin/jobs/{job.Id}", job);
    }

    /// <summary>The filter as the list's query string: only the list's parameters and cf.* filters; arrays become comma lists.</summary>
    static (Dictionary<string, string>?, IResult?) FilterQuery(Resource resource, Dictionary<string, JsonElement> filter)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in filter)
        {
            // cf.<key>: the list's custom field filters, whose keys the list's own filter code checks.
            if (resource.Filters.All(f => f.Name != name) && !name.StartsWith(CustomFieldQuery.Prefix, StringComparison.Ordinal)) return (null, ApiError.InvalidQuery(name, $"is not a filter of the {resource.Name} list"));
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number) =>
                    string.Join(',', value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                _ => null,
            };
            if (text is null) return (null, ApiError.InvalidQuery(name, "must be a string, a number, a boolean or an array of them"));
            query[name] = text;
        }
        return (query, null);
    }

    /// <summary>The ids a filter selects for this user, read by the list's own filter code.</summary>
    internal static async Task<(IQueryable<long>?, IResult?)> SelectAsync(Resource resource, Dictionary<string, string> filter, IServiceProvider services,
        BulkContext context)
    {
        var request = new DefaultHttpContext { RequestServices = services }.Request;
        request.QueryString = QueryString.Create(filter!);
        var query = new QueryReader(request);
        var ids = await resource.Select(query, context.User, context.Db, context.Time.GetUtcNow().UtcDateTime, context.CancellationToken);
        if (query.Error is not null) return (null, query.ErrorResult);
        return ids is null ? (null, ApiError.Forbidden()) : (ids, null);
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

    /// <summary>
    /// One record through the action's handler, as the route would answer it; a database refusal is that record's alone.
    /// It runs inside the transaction of its request or of its job's batch, in a savepoint of its own, so that a record
    /// that fails leaves nothing behind and the others go on.
    /// </summary>
    internal static async Task<BulkItemResult> ApplyAsync(Operation operation, long id, string? version, BulkRequest body, object? changes,
        IServiceProvider services, BulkContext context)
    {
        var request = new DefaultHttpContext { RequestServices = services }.Request;
        if (version is not null) request.Headers.IfMatch = version;
        var transaction = context.Db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A bulk record runs inside its request's or its job's transaction");
        await transaction.CreateSavepointAsync("record", context.CancellationToken);
        BulkItemResult result;
        try
        {
            result = Interpret(id, await operation.Run(id, request, body, changes, context));
        }
        catch (Exception e) when (e is DbUpdateException or Npgsql.PostgresException && !ErrorHandlingMiddleware.IsDatabaseUnavailable(e))
        {
            // A constraint decided it (a duplicate e-mail, a record changed under it): this record fails as its route would.
            var (status, code, message, _) = ErrorHandlingMiddleware.Classify(e, conditional: version is not null);
            result = new BulkItemResult(id, status, code, message);
        }
        finally
        {
            context.Db.ChangeTracker.Clear();
        }
        if (result.Status < 400) await transaction.ReleaseSavepointAsync("record", context.CancellationToken);
        else await transaction.RollbackToSavepointAsync("record", context.CancellationToken);
        return result;
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
