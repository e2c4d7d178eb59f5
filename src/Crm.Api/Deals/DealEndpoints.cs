using Crm.Api.Activities;
using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.CustomFields;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Notes;
using Crm.Api.OpenApi;
using Crm.Api.PipelineStages;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Deals;

public static class DealEndpoints
{
    static readonly IReadOnlyList<ISortField<DealStageChange>> HistorySortFields =
        [SortField.Of<DealStageChange, DateTime>("changed_at", h => h.ChangedAt, h => h.Id)];

    static readonly QueryParameter[] ListFilters =
    [
        Query.Names("stage", "Only deals in these stages (stage names)."),
        Query.AnyOf("status", StageKind.All, "Only deals whose stage is of these kinds."),
        Query.Users("owner_id", "Only deals owned by these users."),
        Query.Ids("customer_id", "Only deals of these customers."),
        Query.Ids("pipeline_id", "Only deals in these pipelines (in their stages)."),
        Query.Text("search", "Case-insensitive substring of the title."),
        Query.Number("amount_min", "Amount at least."),
        Query.Number("amount_max", "Amount at most."),
        Query.Time("expected_close_from", "Expected to close at or after."),
        Query.Time("expected_close_to", "Expected to close at or before."),
        Query.Time("created_from", "Created at or after."),
        Query.Time("created_to", "Created at or before."),
        Query.Text("external_id", "Only the deal with this external_id."),
        Query.Flag("deleted", "`true`: only soft-deleted deals (admin and manager; others get 403)."),
    ];

    /// <summary>The list's filters, which its export and bulk actions by filter take too.</summary>
    public static IReadOnlyList<QueryParameter> Filters => ListFilters;

    public static RouteGroupBuilder MapDeals(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/deals").WithTags("Deals");
        group.MapGet("", List).RequirePermission(Permission.DealsRead).WithName("ListDeals").WithSummary("Lists deals, filtered, sorted and paged")
            .ProducesList<DealResponse>([.. ListFilters, .. Query.Paging(DealSorting.Names, "created_at", defaultDescending: true)])
            .WithCustomFieldFilters(FieldEntity.Deals);
        group.MapPost("", Create).RequirePermission(Permission.DealsCreate).WithName("CreateDeal").WithSummary("Creates a deal, in the first open stage unless a stage is given")
            .Produces<DealResponse>(201).MayFail(400, "INVALID_STAGE", "INVALID_TRANSITION").MayFail(409, "CONFLICT", "EXTERNAL_ID_EXISTS");
        group.MapGet("/{id}", Get).RequirePermission(Permission.DealsRead).WithName("GetDeal").WithSummary("One deal")
            .Produces<DealDetailResponse>().WithQuery(Included.Parameter);
        group.MapPut("/{id}", UpdateAsync<DealUpdate>).RequirePermission(Permission.DealsUpdate).WithName("ReplaceDeal")
            .WithSummary("Changes the members sent; a stage change follows the transition rules, an absent probability stays unless the stage changes")
            .Produces<DealResponse>().MayFail(400, "INVALID_STAGE", "INVALID_TRANSITION").MayFail(409, "CONFLICT", "EXTERNAL_ID_EXISTS");
        group.MapPatch("/{id}", UpdateAsync<DealPatch>).RequirePermission(Permission.DealsUpdate).WithName("PatchDeal")
            .WithSummary("Changes stage, lost_reason, probability and/or custom_fields, following the stage transition rules")
            .Produces<DealResponse>().MayFail(400, "INVALID_STAGE", "INVALID_TRANSITION").MayFail(409, "CONFLICT");
        group.MapDelete("/{id}", Delete).RequirePermission(Permission.DealsDelete).WithName("DeleteDeal").WithSummary("Soft-deletes a deal")
            .Produces<MessageResponse>();
        group.MapGet("/{id}/stage-history", StageHistory).RequirePermission(Permission.DealsRead).WithName("ListDealStageHistory")
            .WithSummary("The deal's stage changes, oldest first, starting with its creation (from_stage null)")
            .ProducesList<DealStageChangeResponse>(Query.Paging(HistorySortFields, "changed_at", defaultDescending: false));
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("DEAL_NOT_FOUND", "Deal not found");

    static async Task<IResult> List(HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, CustomFieldCache fields,
        CancellationToken cancellationToken)
    {
        var stages = await DealStages.LoadAsync(db, cancellationToken);
        var schema = await fields.CurrentAsync(cancellationToken);
        var query = new QueryReader(request);
        var deals = await FilterAsync(query, user, db, stages, schema, cancellationToken);
        var list = ListRequest<Deal>.Read(query, settings.DefaultPageSize,
            DealSorting.Fields(stages.ToDictionary(s => s.Name, s => s.Order)).SortsWithCustomFields(query, schema, FieldEntity.Deals),
            "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;
        if (deals is null) return ApiError.Forbidden();

        return TypedResults.Ok(await list.ExecuteAsync(deals, settings.CountLimit, ToResponses(db, user, cancellationToken), cancellationToken));
    }

    /// <summary>
    /// The deals the list's filters select within the caller's read reach (the list, its export and bulk actions by filter:
    /// one place); null when the caller may not see what was asked for (<c>deleted=true</c>). Problems are left on the reader.
    /// </summary>
    public static async Task<IQueryable<Deal>?> FilterAsync(QueryReader query, CurrentUser user, CrmDb db, IReadOnlyList<DealStages.Stage> stages,
        FieldSchema schema, CancellationToken cancellationToken)
    {
        // Stage names are data, not an enum in code: the filter checks against the stages that exist.
        var stageNames = query.Enums("stage", stages.Select(s => s.Name).ToArray());
        var statuses = query.Enums("status", StageKind.All);
        var owners = query.Users("owner_id", user);
        var customers = query.Ids("customer_id");
        var pipelines = query.Ids("pipeline_id");
        var search = query.String("search");
        var amountMin = query.Decimal("amount_min");
        var amountMax = query.Decimal("amount_max");
        var closeFrom = query.Time("expected_close_from");
        var closeTo = query.Time("expected_close_to");
        var createdFrom = query.Time("created_from");
        var createdTo = query.Time("created_to");
        var externalId = query.String("external_id", 255);
        var custom = query.CustomFieldFilters<Deal>(schema, FieldEntity.Deals, user);
        var deleted = query.Bool("deleted") ?? false;
        if (deleted && user.ScopeOf(Permission.DealsDelete) is null) return null;
        if (query.Error is not null) return db.Deals.Where(_ => false);

        var deals = deleted ? db.Deals.Where(d => d.DeletedAt != null) : db.Deals.Where(d => d.DeletedAt == null);
        deals = await deals.WithinListAsync(db, user, Permission.DealsRead, cancellationToken);
        if (stageNames is not null) deals = deals.Where(d => stageNames.Contains(d.Stage));
        if (statuses is not null)
        {
            var inStatus = stages.Where(s => statuses.Contains(s.Kind)).Select(s => s.Name).ToArray();
            deals = deals.Where(d => inStatus.Contains(d.Stage));
        }
        // By the pipeline's stage names, as status is: the stage indexes serve it.
        if (pipelines is not null)
        {
            var inPipelines = stages.Where(s => pipelines.Contains(s.PipelineId)).Select(s => s.Name).ToArray();
            deals = deals.Where(d => inPipelines.Contains(d.Stage));
        }
        if (owners is not null)
        {
            var ids = owners.Ids;
            deals = owners.IncludeNone
                ? deals.Where(d => d.OwnerId == null || ids.Contains(d.OwnerId.Value))
                : deals.Where(d => d.OwnerId != null && ids.Contains(d.OwnerId.Value));
        }
        if (customers is not null) deals = deals.Where(d => customers.Contains(d.CustomerId));
        if (search is not null)
        {
            var pattern = Search.Contains(search);
            deals = deals.Where(d => EF.Functions.ILike(d.Title, EF.Constant(pattern), "\\"));
        }
        if (amountMin is not null) deals = deals.Where(d => d.Amount >= amountMin);
        if (amountMax is not null) deals = deals.Where(d => d.Amount <= amountMax);
        if (closeFrom is not null) deals = deals.Where(d => d.ExpectedCloseDate >= closeFrom);
        if (closeTo is not null) deals = deals.Where(d => d.ExpectedCloseDate <= closeTo);
        if (createdFrom is not null) deals = deals.Where(d => d.CreatedAt >= createdFrom);
        if (createdTo is not null) deals = deals.Where(d => d.CreatedAt <= createdTo);
        if (externalId is not null) deals = deals.Where(d => d.ExternalId == externalId);
        return deals.WhereAll(custom).AsNoTracking();
    }

    /// <summary>A page of deals with their customers, loaded for the whole page at once.</summary>
    internal static Func<List<Deal>, Task<IReadOnlyList<DealResponse>>> ToResponses(CrmDb db, CurrentUser user, CancellationToken cancellationToken) =>
        async rows =>
        {
            var related = await Related.OfDealsAsync(db, user, rows, cancellationToken);
            return rows.Select(d => d.ToResponse(related.Customer(d.CustomerId))).ToList();
        };

    internal static async Task<IResult> Create(DealRequest body, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CustomFieldCache fields, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        var deal = new Deal { Title = "", Stage = "", CreatedAt = now, UpdatedAt = now, StageChangedAt = now, OwnerId = user.Id };
        var schema = await fields.CurrentAsync(cancellationToken);
        var validation = body.ApplyTo(deal, ReadOnlyMembers.None, schema, creating: true);
        if (validation.Result is { } invalid) return invalid;
        // The owner defaults to the caller; only callers who may reassign can name someone else.
        deal.OwnerId ??= user.Id;
        if (!Ownership.MayAssign(user, deal.OwnerId, current: null)) return ApiError.Forbidden();
        if (await RelationsRefusalAsync(db, user, deal, null, cancellationToken) is { } badRelation) return badRelation;

        var (change, refusal) = await DealStageTransitions.ApplyAsync(db, deal, null, body.RequestedStage(), body.RequestedPipeline(),
            body.RequestedProbability(), user, now, cancellationToken);
        if (refusal is not null) return refusal;
        if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Deals, deal, "{}", cancellationToken) is { } taken) return taken;

        await db.InTransactionAsync(async () =>
        {
            db.Deals.Add(deal);
            await db.SaveChangesAsync(cancellationToken);
            change!.DealId = deal.Id;
            db.DealStageHistory.Add(change);
            audit.Record("deal", deal.Id, "create", null, deal.ToResponse());
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return Preconditions.Created($"/admin/deals/{deal.Id}", await WithCustomerAsync(deal, user, db, cancellationToken), deal.Version);
    }

    static async Task<IResult> Get(long id, HttpRequest request, HttpResponse response, CurrentUser user, CrmDb db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var include = Included.Read(query);
        if (query.Error is not null) return query.ErrorResult;

        var deal = await db.Deals.Within(db, user, Permission.DealsRead).AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken);
        if (deal is null) return NotFound();

        var activities = await db.Activities.Within(db, user, Permission.ActivitiesRead).AsNoTracking().Where(a => a.DealId == id && a.DeletedAt == null)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(DealMapping.DetailItems).ToListAsync(cancellationToken);
        var notes = await db.Notes.Within(db, user, Permission.NotesRead).AsNoTracking().Where(n => n.DealId == id && n.DeletedAt == null)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(DealMapping.DetailItems).ToListAsync(cancellationToken);
        var related = await Related.LoadAsync(db, user, [deal.CustomerId, .. activities.Select(a => a.CustomerId)],
            [id], [deal.ContactId], cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var included = await Included.LoadAsync(request.HttpContext, include, deal.CustomerId, related.Customer(deal.CustomerId), deal.Id, now,
            cancellationToken);

        Preconditions.SetETag(response, deal.Version);
        return TypedResults.Ok(deal.ToDetail(related, activities.Select(a => a.ToResponse(now, related)).ToList(),
            notes.Select(n => n.ToResponse()).ToList(), included));
    }

    /// <summary>PUT (<typeparamref name="TBody"/> DealUpdate) and PATCH (DealPatch): the members sent are merged into the stored deal; an absent owner stays the owner.</summary>
    internal static async Task<IResult> UpdateAsync<TBody>(long id, TBody body, HttpRequest request, HttpResponse response, CurrentUser user,
        CrmDb db, AuditTrail audit, TimeProvider time, CustomFieldCache fields, CancellationToken cancellationToken) where TBody : DealPatch
    {
        if (UpdateBody.Refusal(body) is { } unusable) return unusable;
        var (deal, refusal) = await LoadForUpdateAsync(id, request, user, db, cancellationToken);
        if (deal is null) return refusal!;

        var before = deal.ToResponse();
        var storedFields = deal.CustomFields;
        var schema = await fields.CurrentAsync(cancellationToken);
        var validation = body.ApplyTo(deal, deal.ReadOnly(body), schema);
        if (validation.Result is { } invalid) return invalid;
        if (!Ownership.MayAssign(user, deal.OwnerId, before.OwnerId)) return ApiError.Forbidden();
        if (deal.CustomerId != before.CustomerId || deal.ContactId != before.ContactId)
        {
            if (await RelationsRefusalAsync(db, user, deal, before.CustomerId, cancellationToken) is { } badRelation) return badRelation;
        }

        var now = time.UtcNowMicroseconds();
        var (change, transitionRefusal) = await DealStageTransitions.ApplyAsync(db, deal, before.Stage, body.RequestedStage(),
            body.RequestedPipeline(), body.RequestedProbability(), user, now, cancellationToken);
        if (transitionRefusal is not null) return transitionRefusal;
        if (await UniqueValues.ConflictAsync(db, schema, FieldEntity.Deals, deal, storedFields, cancellationToken) is { } taken) return taken;

        if (change is not null || db.Entry(deal).Properties.Any(p => p.IsModified))
        {
            deal.UpdatedAt = now;
            await db.InTransactionAsync(async () =>
            {
                // The row version in the WHERE makes a concurrent change fail this save: 412 under If-Match, else ConcurrencyRetry reruns it.
                if (change is not null) db.DealStageHistory.Add(change);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("deal", deal.Id, change is null ? "update" : "stage_change", before, deal.ToResponse());
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, deal.Version);
        return TypedResults.Ok(await WithCustomerAsync(deal, user, db, cancellationToken));
    }

    static async Task<DealResponse> WithCustomerAsync(Deal deal, CurrentUser user, CrmDb db, CancellationToken cancellationToken) =>
        deal.ToResponse((await Related.OfDealsAsync(db, user, [deal], cancellationToken)).Customer(deal.CustomerId));

    internal static async Task<IResult> Delete(long id, HttpRequest request, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken);
        if (deal is null) return NotFound();
        if (!Preconditions.Matches(request, deal.Version)) return Preconditions.Failed();

        return await db.SoftDeleteAsync(deal, "deal", audit, time, cancellationToken);
    }

    static async Task<IResult> StageHistory(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<DealStageChange>.Read(query, settings.DefaultPageSize, HistorySortFields, "changed_at", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;
        // A stage change is reached through its deal.
        if (!await db.Deals.Within(db, user, Permission.DealsRead).AnyAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken))
            return NotFound();

        var page = await list.ExecuteAsync<DealStageChangeResponse>(db.DealStageHistory.AsNoTracking().Where(h => h.DealId == id),
            settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<DealStageChangeResponse>>(rows.Select(h => h.ToResponse()).ToList()), cancellationToken);
        return TypedResults.Ok(page);
    }

    /// <summary>Loads a live deal the caller may update, checking If-Match; or the refusal to send.</summary>
    static async Task<(Deal?, IResult?)> LoadForUpdateAsync(long id, HttpRequest request, CurrentUser user, CrmDb db,
        CancellationToken cancellationToken)
    {
        var deal = await db.Deals.Within(db, user, Permission.DealsRead).FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken);
        if (deal is null) return (null, NotFound());
        if (!await db.ReachesAsync<Deal>(user, Permission.DealsUpdate, id, cancellationToken)) return (null, ApiError.Forbidden());
        if (!Preconditions.Matches(request, deal.Version)) return (null, Preconditions.Failed());
        return (deal, null);
    }

    /// <summary>
    /// The customer must be live and within the caller's reach (unless it is the one the deal already had); the
    /// contact, when given, a live contact of that customer. Either failing names its member, as if it did not exist.
    /// </summary>
    static async Task<IResult?> RelationsRefusalAsync(CrmDb db, CurrentUser user, Deal deal, long? currentCustomer,
        CancellationToken cancellationToken)
    {
        var customers = deal.CustomerId == currentCustomer ? db.Customers : db.Customers.Within(db, user, Permission.CustomersRead);
        if (!await customers.AnyAsync(c => c.Id == deal.CustomerId && c.DeletedAt == null, cancellationToken))
            return ApiError.Validation("customer_id", "must be an existing customer");
        if (deal.ContactId is { } contactId
            && !await db.Contacts.AnyAsync(c => c.Id == contactId && c.CustomerId == deal.CustomerId && c.DeletedAt == null, cancellationToken))
            return ApiError.Validation("contact_id", "must be an existing contact of the deal's customer");
        return null;
    }
}
