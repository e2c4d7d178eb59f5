using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.PipelineStages;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Pipelines;

/// <summary>
/// Pipelines (contract section 11). Stages belong to one each (<c>pipeline_id</c>); a deal's pipeline is its stage's
/// (derived by the database, see migrations/000019), so moving a deal to another pipeline is moving it to one of that
/// pipeline's stages.
/// </summary>
public static class PipelineEndpoints
{
    static readonly IReadOnlyList<ISortField<Pipeline>> SortFields =
    [
        SortField.Of<Pipeline, int>("order", p => p.Order, p => p.Id),
        SortField.Of<Pipeline, string>("name", p => p.Name, p => p.Id),
        SortField.Of<Pipeline, DateTime>("created_at", p => p.CreatedAt, p => p.Id),
    ];

    public static RouteGroupBuilder MapPipelines(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/pipelines").WithTags("Pipelines");
        group.MapGet("", List).RequirePermission(Permission.PipelinesRead).WithName("ListPipelines").WithSummary("Lists the pipelines, each with its stages in order")
            .ProducesList<PipelineResponse>(Query.Paging(SortFields, "order", defaultDescending: false));
        group.MapPost("", Create).RequirePermission(Permission.PipelinesManage).WithName("CreatePipeline")
            .WithSummary("Creates a pipeline (without stages: create them with its pipeline_id); is_default=true makes it the default")
            .Produces<PipelineResponse>(201).MayFail(409, "CONFLICT");
        group.MapGet("/{id}", Get).RequirePermission(Permission.PipelinesRead).WithName("GetPipeline").WithSummary("One pipeline with its stages")
            .Produces<PipelineResponse>();
        group.MapPut("/{id}", Update).RequirePermission(Permission.PipelinesManage).WithName("ReplacePipeline")
            .WithSummary("Changes the members sent; is_default=true makes it the default (the previous default stops being one)")
            .Produces<PipelineResponse>().MayFail(409, "CONFLICT");
        group.MapDelete("/{id}", Delete).RequirePermission(Permission.PipelinesManage).WithName("DeletePipeline")
            .WithSummary("Deletes a pipeline and its stages; one that deals use (even deleted ones) answers 409 PIPELINE_IN_USE, the default one 409 CONFLICT")
            .Produces<MessageResponse>().MayFail(409, "PIPELINE_IN_USE", "CONFLICT");
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("PIPELINE_NOT_FOUND", "Pipeline not found");

    static async Task<IResult> List(HttpRequest request, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<Pipeline>.Read(query, settings.DefaultPageSize, SortFields, "order", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;

        return TypedResults.Ok(await list.ExecuteAsync<PipelineResponse>(db.Pipelines.AsNoTracking(), settings.CountLimit, async rows =>
        {
            var ids = rows.Select(p => p.Id).ToList();
            var stages = await db.PipelineStages.AsNoTracking().Where(s => ids.Contains(s.PipelineId)).ToListAsync(cancellationToken);
            return rows.Select(p => p.ToResponse(stages)).ToList();
        }, cancellationToken));
    }

    static async Task<IResult> Get(long id, HttpResponse response, CrmDb db, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pipeline is null) return NotFound();
        Preconditions.SetETag(response, pipeline.Version);
        return TypedResults.Ok(pipeline.ToResponse(await StagesOfAsync(db, id, cancellationToken)));
    }

    static async Task<IResult> Create(PipelineRequest body, CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        var pipeline = new Pipeline { Name = "", CreatedAt = now, UpdatedAt = now };
        var validation = body.ApplyTo(pipeline, ReadOnlyMembers.None, creating: true);
        if (validation.Result is { } invalid) return invalid;

        // A taken name answers 409 CONFLICT (ux_crm_pipelines_name).
        await db.InTransactionAsync(async () =>
        {
            if (pipeline.IsDefault) await UndefaultOthersAsync(db, audit, 0, now, cancellationToken);
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("pipeline", pipeline.Id, "create", null, pipeline.ToResponse([]));
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return Preconditions.Created($"/admin/pipelines/{pipeline.Id}", pipeline.ToResponse([]), pipeline.Version);
    }

    static async Task<IResult> Update(long id, PipelineUpdate body, HttpRequest request, HttpResponse response, CrmDb db, AuditTrail audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.SendsNothing()) return UpdateBody.NoUpdates();
        var pipeline = await db.Pipelines.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pipeline is null) return NotFound();
        if (!Preconditions.Matches(request, pipeline.Version)) return Preconditions.Failed();

        var before = pipeline.ToResponse([]);
        var validation = body.ApplyTo(pipeline, pipeline.ReadOnly());
        if (validation.Result is { } invalid) return invalid;
        if (db.Entry(pipeline).Properties.Any(p => p.IsModified))
        {
            var now = time.UtcNowMicroseconds();
            pipeline.UpdatedAt = now;
            await db.InTransactionAsync(async () =>
            {
                if (pipeline.IsDefault && !before.IsDefault) await UndefaultOthersAsync(db, audit, id, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("pipeline", id, "update", before, pipeline.ToResponse([]));
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, pipeline.Version);
        return TypedResults.Ok(pipeline.ToResponse(await StagesOfAsync(db, id, cancellationToken)));
    }

    static async Task<IResult> Delete(long id, HttpRequest request, CrmDb db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pipeline is null) return NotFound();
        if (!Preconditions.Matches(request, pipeline.Version)) return Preconditions.Failed();
        if (pipeline.IsDefault) return ApiError.Conflict("CONFLICT", "The default pipeline cannot be deleted: make another pipeline the default first");

        return await db.InTransactionAsync(async () =>
        {
            // Deals keep naming their stage even when deleted (restore brings them back into it), so any deal counts.
            if (await db.Deals.AnyAsync(d => d.PipelineId == id, cancellationToken))
                return ApiError.Conflict("PIPELINE_IN_USE", "Deals use the stages of this pipeline: move them to another pipeline first");
            var stages = await db.PipelineStages.Where(s => s.PipelineId == id).ToListAsync(cancellationToken);
            foreach (var stage in stages) audit.Record("pipeline_stage", stage.Id, "delete", stage.ToResponse(), null);
            db.PipelineStages.RemoveRange(stages);
            await db.SaveChangesAsync(cancellationToken);
            db.Pipelines.Remove(pipeline);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("pipeline", id, "delete", pipeline.ToResponse([]), null);
            await db.SaveChangesAsync(cancellationToken);
            return MessageResponse.Deleted("pipeline");
        }, cancellationToken);
    }

    /// <summary>The default moves: the previous default stops being one, in the same transaction (one default, by index).</summary>
    static async Task UndefaultOthersAsync(CrmDb db, AuditTrail audit, long exceptId, DateTime now, CancellationToken cancellationToken)
    {
        // Set-based and at once: the new default is saved after it, and one default at a time is a unique index.
        var others = db.Pipelines.Where(p => p.IsDefault && p.Id != exceptId);
        foreach (var other in await others.AsNoTracking().ToListAsync(cancellationToken))
            audit.Record("pipeline", other.Id, "update", new { is_default = true }, new { is_default = false });
        await others.ExecuteUpdateAsync(p => p.SetProperty(x => x.IsDefault, false).SetProperty(x => x.UpdatedAt, now), cancellationToken);
    }

    static Task<List<PipelineStage>> StagesOfAsync(CrmDb db, long id, CancellationToken cancellationToken) =>
        db.PipelineStages.AsNoTracking().Where(s => s.PipelineId == id).ToListAsync(cancellationToken);
}
