using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.PipelineStages;

public static class PipelineStageEndpoints
{
    static readonly IReadOnlyList<ISortField<PipelineStage>> SortFields =
    [
        SortField.Of<PipelineStage, int>("order", s => s.Order, s => s.Id),
        SortField.Of<PipelineStage, string>("name", s => s.Name, s => s.Id),
        SortField.Of<PipelineStage, DateTime>("created_at", s => s.CreatedAt, s => s.Id),
    ];

    public static RouteGroupBuilder MapPipelineStages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/pipeline-stages").WithTags("Pipeline stages");
        group.MapGet("", List).RequirePermission(Permission.StagesRead).WithName("ListPipelineStages").WithSummary("Lists the pipeline stages in their order")
            .ProducesList<PipelineStageResponse>([
                Query.AnyOf("kind", StageKind.All, "Only stages of these kinds."),
                Query.Flag("is_active", "Only active (or inactive) stages."),
                Query.Ids("pipeline_id", "Only the stages of these pipelines."),
                .. Query.Paging(SortFields, "order", defaultDescending: false)]);
        group.MapPost("", Create).RequirePermission(Permission.StagesManage).WithName("CreatePipelineStage").WithSummary("Creates a pipeline stage")
            .Produces<PipelineStageResponse>(201).MayFail(409, "STAGE_EXISTS");
        group.MapPut("/{id}", Replace).RequirePermission(Permission.StagesManage).WithName("ReplacePipelineStage")
            .WithSummary("Changes the members sent; a new name is carried over to its deals (ON UPDATE CASCADE); a stage deals use keeps its pipeline")
            .Produces<PipelineStageResponse>().MayFail(409, "STAGE_EXISTS", "STAGE_IN_USE");
        group.MapDelete("/{id}", Delete).RequirePermission(Permission.StagesManage).WithName("DeletePipelineStage")
            .WithSummary("Deletes an unused stage; a stage any deal uses (even a deleted one) answers 409 STAGE_IN_USE")
            .Produces<MessageResponse>().MayFail(409, "STAGE_IN_USE");
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("STAGE_NOT_FOUND", "Pipeline stage not found");

    static async Task<IResult> List(HttpRequest request, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var kinds = query.Enums("kind", StageKind.All);
        var active = query.Bool("is_active");
        var pipelines = query.Ids("pipeline_id");
        var list = ListRequest<PipelineStage>.Read(query, settings.DefaultPageSize, SortFields, "order", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;

        var stages = db.PipelineStages.AsNoTracking();
        if (kinds is not null) stages = stages.Where(s => kinds.Contains(s.Kind));
        if (active is not null) stages = stages.Where(s => s.IsActive == active);
        if (pipelines is not null) stages = stages.Where(s => pipelines.Contains(s.PipelineId));

        var page = await list.ExecuteAsync<PipelineStageResponse>(stages, settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<PipelineStageResponse>>(rows.Select(s => s.ToResponse()).ToList()), cancellationToken);
        return TypedResults.Ok(page);
    }

    static async Task<IResult> Create(PipelineStageRequest body, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        // Without a pipeline_id the stage joins the default pipeline.
        var stage = new PipelineStage { Name = "", DisplayName = "", CreatedAt = now, UpdatedAt = now,
            PipelineId = await db.Pipelines.Where(p => p.IsDefault).Select(p => p.Id).FirstAsync(cancellationToken) };
        var validation = body.ApplyTo(stage, ReadOnlyMembers.None, creating: true);
        if (validation.Result is { } invalid) return invalid;
        if (!await db.Pipelines.AnyAsync(p => p.Id == stage.PipelineId, cancellationToken)) return ApiError.Validation("pipeline_id", "must be an existing pipeline");

        // A taken name answers 409 STAGE_EXISTS through the unique constraint pipeline_stages_name_key.
        await db.InTransactionAsync(async () =>
        {
            db.PipelineStages.Add(stage);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("pipeline_stage", stage.Id, "create", null, stage.ToResponse());
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return Preconditions.Created($"/admin/pipeline-stages/{stage.Id}", stage.ToResponse(), stage.Version);
    }

    static async Task<IResult> Replace(long id, PipelineStageUpdate body, HttpRequest request, HttpResponse response, CrmDb db,
        AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.SendsNothing()) return UpdateBody.NoUpdates();
        var stage = await db.PipelineStages.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (stage is null) return NotFound();
        if (!Preconditions.Matches(request, stage.Version)) return Preconditions.Failed();

        var before = stage.ToResponse();
        var validation = body.ApplyTo(stage, stage.ReadOnly());
        if (validation.Result is { } invalid) return invalid;
        if (stage.PipelineId != before.PipelineId)
        {
            if (!await db.Pipelines.AnyAsync(p => p.Id == stage.PipelineId, cancellationToken)) return ApiError.Validation("pipeline_id", "must be an existing pipeline");
            // A deal's pipeline is its stage's: moving a stage that deals use would move them all, unasked.
            if (await db.Deals.AnyAsync(d => d.Stage == before.Name, cancellationToken))
                return ApiError.Conflict("STAGE_IN_USE", "Deals use this stage, so it stays in its pipeline: create a stage in the other pipeline instead");
        }

        if (db.Entry(stage).Properties.Any(p => p.IsModified))
        {
            stage.UpdatedAt = time.UtcNowMicroseconds();
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("pipeline_stage", stage.Id, "update", before, stage.ToResponse());
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, stage.Version);
        return TypedResults.Ok(stage.ToResponse());
    }

    static async Task<IResult> Delete(long id, HttpRequest request, CrmDb db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var stage = await db.PipelineStages.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (stage is null) return NotFound();
        if (!Preconditions.Matches(request, stage.Version)) return Preconditions.Failed();

        // Stages have no soft delete: deals (live or deleted) keep naming theirs, so the RESTRICT foreign key
        // deals_stage_fkey refuses the delete and the error handler answers 409 STAGE_IN_USE.
        await db.InTransactionAsync(async () =>
        {
            db.PipelineStages.Remove(stage);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("pipeline_stage", id, "delete", stage.ToResponse(), null);
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return MessageResponse.Deleted("pipeline_stage");
    }
}
