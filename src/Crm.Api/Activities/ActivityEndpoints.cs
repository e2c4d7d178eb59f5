using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.CustomFields;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Activities;

public static class ActivityEndpoints
{
    /// <summary>Values of the <c>status</c> filter: the stored statuses plus the computed <c>overdue</c>.</summary>
    static readonly string[] StatusFilters = [.. ActivityStatus.All, "overdue"];

    static readonly QueryParameter DueFrom = Query.Time("due_from", "Due at or after."), DueTo = Query.Time("due_to", "Due at or before.");

    static readonly QueryParameter[] ListFilters =
    [
        Query.AnyOf("type", ActivityType.All, "Only these types."),
        Query.AnyOf("status", StatusFilters, "Only these statuses; `overdue` means scheduled and due in the past."),
        Query.AnyOf("priority", ActivityPriority.All, "Only these priorities."),
        Query.Users("assigned_to", "Only activities assigned to these users."),
        Query.Ids("customer_id", "Only activities of these customers."),
        Query.Ids("deal_id", "Only activities of these deals."),
        Query.Text("search", "Case-insensitive substring of the title."),
        DueFrom,
        DueTo,
        Query.Alias("due_date_from", DueFrom),
        Query.Alias("due_date_to", DueTo),
        Query.Text("external_id", "Only the activity with this external_id."),
    ];

    static readonly QueryParameter Deleted = Query.Flag("deleted", "`true`: only soft-deleted activities (admin and manager; others get 403).");

    /// <summary>The list's filters, which its export and bulk actions by filter take too.</summary>
    public static IReadOnlyList<QueryParameter> Filters => [.. ListFilters, Deleted];

    public static RouteGroupBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/me/activities", Mine).WithTags("Activities")
            .RequirePermission(Permission.ActivitiesRead).WithName("ListMyActivities")
            .WithSummary("The caller's activities: scheduled by default, overdue first, then by due date")
            .ProducesList<ActivityResponse>([.. ListFilters, .. Query.Paging(ActivitySorting.Mine(DateTime.UnixEpoch), "due_date", defaultDescending: false)])
            .WithCustomFieldFilters(FieldEntity.Activities);

        var group = app.MapGroup("/admin/activities").WithTags("Activities");
        group.MapGet("", List).RequirePermission(Permission.ActivitiesRead).WithName("ListActivities").WithSummary("Lists activities, filtered, sorted and paged")
            .ProducesList<ActivityResponse>([.. Filters, .. Query.Paging(ActivitySorting.List, "due_date", defaultDescending: false)])
            .WithCustomFieldFilters(FieldEntity.Activities);
        group.MapPost("", Create).RequirePermission(Permission.ActivitiesCreate).WithName("CreateActivity").WithSummary("Creates an activity on a customer and/or a deal")
            .Produces<ActivityResponse>(201).MayFail(400, "MISSING_LINK").MayFail(409, "CONFLICT", "EXTERNAL_ID_EXISTS");
        group.MapGet("/{id}", Get).RequirePermission(Permission.ActivitiesRead).WithName("GetActivity").WithSummary("One activity")
            .Produces<ActivityDetailResponse>();
        group.MapPut("/{id}", UpdateAsync<ActivityUpdate>).RequirePermission(Permission.ActivitiesUpdate).WithName("ReplaceActivity").WithSummary("Updates an activity")
            .Produces<ActivityResponse>().MayFail(400, "MISSING_LINK").MayFail(409, "EXTERNAL_ID_EXISTS");
        group.MapPatch("/{id}", UpdateAsync<ActivityPatch>).RequirePermission(Permission.ActivitiesUpdate).WithName("PatchActivity").WithSummary("Changes an activity's status, outcome or due_date; completing sets completed_at")
            .Produces<ActivityResponse>();
        group.MapDelete("/{id}", Delete).RequirePermission(Permission.ActivitiesDelete).WithName("DeleteActivity").WithSummary("Soft-deletes an activity")
            .Produces<MessageResponse>();
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("ACTIVITY_NOT_FOUND", "Activity not found");

    static async Task<IResult> List(HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, TimeProvider time,
        CustomFieldCache fields, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var schema = await fields.CurrentAsync(cancellationToken);
        var query = new QueryReader(request);
        var activities = await FilterAsync(query, user, db, now, cancellationToken);
        var list = ListRequest<Activity>.Read(query, settings.DefaultPageSize, ActivitySorting.List.SortsWithCustomFields(query, schema, FieldEntity.Activities),
            "due_date", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;
        if (activities is null) return ApiError.Forbidden();

        return TypedResults.Ok(await list.ExecuteAsync(activities, settings.CountLimit, ToResponses(db, user, now, cancellationToken), cancellationToken));
    }

    /// <summary>
    /// The activities the list's filters select within the caller's read reach (the list, its export and bulk actions by
    /// filter: one place); null when the caller may not see what was asked for (<c>deleted=true</c>). Problems are left on
    /// the reader.
    /// </summary>
    public static async Task<IQueryable<Activity>?> FilterAsync(QueryReader query, CurrentUser user, CrmDb db, DateTime now,
        CancellationToken cancellationToken)
    {
        var deleted = query.Bool("deleted") ?? false;
        if (deleted && user.ScopeOf(Permission.ActivitiesDelete) is null) return null;
        // Two literal conditions, not one comparison with the flag: the partial indexes (WHERE deleted_at IS NULL) need the literal.
        var rows = deleted ? db.Activities.Where(a => a.DeletedAt != null) : db.Activities.Where(a => a.DeletedAt == null);
        var activities = Filter(query, user, rows, now, defaultStatuses: null, await query.FieldSchemaAsync(cancellationToken));
        if (query.Error is not null) return activities;
        return (await activities.WithinListAsync(db, user, Permission.ActivitiesRead, cancellationToken)).AsNoTracking();
    }

    /// <summary>The caller's own work list: scheduled by default, overdue first, then by due date.</summary>
    static async Task<IResult> Mine(HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, TimeProvider time,
        CustomFieldCache fields, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var schema = await fields.CurrentAsync(cancellationToken);
        var query = new QueryReader(request);
        // No reach filter: everything assigned to the caller is within their reach by definition (contract section 3).
        var mine = db.Activities.Where(a => a.DeletedAt == null && a.AssignedTo == user.Id);
        var activities = Filter(query, user, mine, now, defaultStatuses: [ActivityStatus.Scheduled], schema);
        // With only scheduled work listed, "overdue first, then by due date" is plain due-date order (the overdue rows are
        // those due before now), which the (assigned_to, status, due_date, id) index returns in order: no sort of the
        // caller's whole backlog (measured 730 ms at p50 for 35,000 scheduled activities of one user at 1M customers).
        var onlyScheduled = query.String("status") is null or ActivityStatus.Scheduled;
        var list = ListRequest<Activity>.Read(query, settings.DefaultPageSize,
            (onlyScheduled ? ActivitySorting.List : ActivitySorting.Mine(now)).SortsWithCustomFields(query, schema, FieldEntity.Activities),
            "due_date", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;

        return TypedResults.Ok(await list.ExecuteAsync(activities.AsNoTracking(), settings.CountLimit, ToResponses(db, user, now, cancellationToken), cancellationToken));
    }

    /// <summary>The filters both lists share; problems are left on the reader.</summary>
    static IQueryable<Activity> Filter(QueryReader query, CurrentUser user, IQueryable<Activity> activities, DateTime now,
        string[]? defaultStatuses, FieldSchema schema)
    {
        var custom = query.CustomFieldFilters<Activity>(schema, FieldEntity.Activities, user);
        var types = query.Enums("type", ActivityType.All);
        var statuses = query.Enums("status", StatusFilters) ?? defaultStatuses;
        var priorities = query.Enums("priority", ActivityPriority.All);
        var assignedTo = query.Users("assigned_to", user);
        var customers = query.Ids("customer_id");
        var deals = query.Ids("deal_id");
        var search = query.String("search");
        var dueFrom = query.Time("due_from");
        var dueTo = query.Time("due_to");
        var externalId = query.String("external_id", 255);

        if (types is not null) activities = activities.Where(a => types.Contains(a.Type));
        if (statuses is [var status] && status != "overdue") activities = activities.Where(a => a.Status == status);
        else if (statuses is not null)
        {
            var stored = statuses.Where(s => s != "overdue").ToArray();
            var overdue = statuses.Contains("overdue");
            activities = activities.Where(a => stored.Contains(a.Status)
                || (overdue && a.Status == ActivityStatus.Scheduled && a.DueDate != null && a.DueDate < now));
        }
        if (priorities is not null) activities = activities.Where(a => priorities.Contains(a.Priority));
        if (assignedTo is not null)
        {
            var ids = assignedTo.Ids;
            activities = assignedTo.IncludeNone
                ? activities.Where(a => a.AssignedTo == null || ids.Contains(a.AssignedTo.Value))
                : activities.Where(a => a.AssignedTo != null && ids.Contains(a.AssignedTo.Value));
        }
        if (customers is not null) activities = activities.Where(a => a.CustomerId != null && customers.Contains(a.CustomerId.Value));
        if (deals is not null) activities = activities.Where(a => a.DealId != null && deals.Contains(a.DealId.Value));
        if (search is not null)
        {
            var pattern = Search.Contains(search);
            activities = activities.Where(a => EF.Functions.ILike(a.Title, EF.Constant(pattern), "\\"));
        }
        if (dueFrom is not null) activities = activities.Where(a => a.DueDate >= dueFrom);
        if (dueTo is not null) activities = activities.Where(a => a.DueDate <= dueTo);
        if (externalId is not null) activities = activities.Where(a => a.ExternalId == externalId);
        return activities.WhereAll(custom);
    }

    /// <summary>A page of activities with their customers and deals, loaded for the whole page at once.</summary>
    internal static Func<List<Activity>, Task<IReadOnlyList<ActivityResponse>>> ToResponses(CrmDb db, CurrentUser user, DateTime now,
        CancellationToken cancellationToken) => async rows =>
    {
        var related = await Related.OfActivitiesAsync(db, user, rows, withContacts: false, cancellationToken);
        return rows.Select(a => a.ToResponse(now, related)).ToList();
    };

    static async Task<ActivityResponse> WithRelatedAsync(Activity activity, CurrentUser user, CrmDb db, DateTime now,
        CancellationToken cancellationToken) =>
        activity.ToResponse(now, await Related.OfActivitiesAsync(db, user, [activity], withContacts: false, cancellationToken));

    internal static async Task<IResult> Create(ActivityRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CustomFieldCache fields, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        var activity = new Activity { Type = "", Title = "", CreatedAt = now, UpdatedAt = now };
        var schema = await fields.CurrentAsync(cancellationToken);
        var validation = body.ApplyTo(activity, ReadOnlyMembers.None, schema, creating: true);
        if (validation.Result is { } invalid) return invalid;
        if (!Ownership.MayAssign(user, activity.AssignedTo, current: null)) return ApiError.Forbidden();
        // The caller is the default assignee; agents always create activities assigned to themselves.
        if (activity.AssignedTo is null || user.ScopeOf(Permission.RecordsReassign) is null) activity.AssignedTo = user.Id;
        if (await ActivityLinks.ResolveAsync(activity, user, db, cancellationToken) is { } badLink) return badLink;
        if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Activities, activity, "{}", cancellationToken) is { } taken) return taken;
        activity.StampCompletion(ActivityStatus.Scheduled, now);

        await db.InTransactionAsync(async () =>
        {
            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("activity", activity.Id, "create", null, activity.ToResponse(now));
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return Preconditions.Created($"/admin/activities/{activity.Id}", await WithRelatedAsync(activity, user, db, now, cancellationToken), activity.Version);
    }

    static async Task<IResult> Get(long id, HttpResponse response, CurrentUser user, CrmDb db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.Within(db, user, Permission.ActivitiesRead).AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);
        if (activity is null) return NotFound();

        var related = await Related.OfActivitiesAsync(db, user, [activity], withContacts: true, cancellationToken);
        Preconditions.SetETag(response, activity.Version);
        return TypedResults.Ok(activity.ToDetail(time.GetUtcNow().UtcDateTime, related));
    }

    /// <summary>PUT (<typeparamref name="TBody"/> ActivityUpdate) and PATCH (ActivityPatch): the members sent are merged into the stored activity; an absent assignee stays the assignee.</summary>
    internal static async Task<IResult> UpdateAsync<TBody>(long id, TBody body, HttpRequest request, HttpResponse response, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CustomFieldCache fields, CancellationToken cancellationToken) where TBody : ActivityPatch
    {
        if (UpdateBody.Refusal(body) is { } unusable) return unusable;
        var (activity, refusal) = await LoadForUpdateAsync(id, request, user, db, cancellationToken);
        if (activity is null) return refusal!;

        var now = time.UtcNowMicroseconds();
        var before = activity.ToResponse(now);
        var storedFields = activity.CustomFields;
        var schema = await fields.CurrentAsync(cancellationToken);
        var validation = body.ApplyTo(activity, activity.ReadOnly(body, now), schema);
        if (validation.Result is { } invalid) return invalid;
        if (!Ownership.MayAssign(user, activity.AssignedTo, before.AssignedTo)) return ApiError.Forbidden();
        if ((activity.CustomerId, activity.DealId, activity.ContactId) != (before.CustomerId, before.DealId, before.ContactId)
            && await ActivityLinks.ResolveAsync(activity, user, db, cancellationToken) is { } badLink) return badLink;
        if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Activities, activity, storedFields, cancellationToken) is { } taken) return taken;
        activity.StampCompletion(before.Status, now);

        if (db.Entry(activity).Properties.Any(p => p.IsModified))
        {
            activity.UpdatedAt = now;
            await db.InTransactionAsync(async () =>
            {
                // The row version in the WHERE makes a concurrent change fail this save: 412 under If-Match, else ConcurrencyRetry reruns it.
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("activity", activity.Id, "update", before, activity.ToResponse(now));
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, activity.Version);
        return TypedResults.Ok(await WithRelatedAsync(activity, user, db, now, cancellationToken));
    }

    internal static async Task<IResult> Delete(long id, HttpRequest request, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);
        if (activity is null) return NotFound();
        if (!Preconditions.Matches(request, activity.Version)) return Preconditions.Failed();

        return await db.SoftDeleteAsync(activity, "activity", audit, time, cancellationToken);
    }

    /// <summary>Loads a live activity the caller may update, checking If-Match; or the refusal to send.</summary>
    static async Task<(Activity?, IResult?)> LoadForUpdateAsync(long id, HttpRequest request, CurrentUser user, CrmDb db,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.Within(db, user, Permission.ActivitiesRead)
            .FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);
        if (activity is null) return (null, NotFound());
        if (!await db.ReachesAsync<Activity>(user, Permission.ActivitiesUpdate, id, cancellationToken)) return (null, ApiError.Forbidden());
        if (!Preconditions.Matches(request, activity.Version)) return (null, Preconditions.Failed());
        return (activity, null);
    }
}
