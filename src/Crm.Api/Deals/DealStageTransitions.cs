using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.PipelineStages;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Deals;

/// <summary>
/// The one place that moves a deal between pipeline stages, for POST, PUT and PATCH alike:
/// the target must be an active stage; a lost stage needs a lost_reason; leaving a won or lost stage
/// (reopening) is for admins and managers; won/lost pin the probability to 100/0 and stamp actual_close_date;
/// reopening clears actual_close_date and lost_reason. Every change yields a stage-history row that the
/// caller saves in the transaction of the change itself. A deal's pipeline is its stage's: a <c>pipeline_id</c> sent must
/// be the pipeline of the stage the deal ends up in (else INVALID_STAGE), and a new deal without a stage starts in the
/// first open stage of the pipeline sent, or of the default pipeline.
/// </summary>
public static class DealStageTransitions
{
    /// <summary>Reopening a closed deal rewrites the pipeline's results, so agents may not do it (contract section 4).</summary>
    static bool MayReopen(CurrentUser user) => user.ScopeOf(Permission.DealsReopen) is not null;

    /// <summary>
    /// Puts <paramref name="deal"/> into <paramref name="requestedStage"/> (null: stay put, or for a new deal the
    /// first active open stage). <paramref name="fromStage"/> is the deal's stage before the request, null for a new
    /// deal; <paramref name="probability"/> the probability the request sent, if any. <c>deal.LostReason</c> must
    /// already hold the request's value. Returns the history row to save, or the refusal to send.
    /// </summary>
    public static async Task<(DealStageChange? Change, IResult? Refusal)> ApplyAsync(CrmDb db, Deal deal, string? fromStage,
        string? requestedStage, long? pipelineId, int? probability, CurrentUser user, DateTime now, CancellationToken cancellationToken)
    {
        if (pipelineId is { } named && !await db.Pipelines.AnyAsync(p => p.Id == named, cancellationToken))
            return (null, ApiError.Validation("pipeline_id", "must be an existing pipeline"));
        var targetName = requestedStage ?? fromStage;
        var target = targetName is null
            ? await db.PipelineStages.AsNoTracking()
                .Where(s => s.IsActive && s.Kind == StageKind.Open
                    && (pipelineId == null ? db.Pipelines.Any(p => p.Id == s.PipelineId && p.IsDefault) : s.PipelineId == pipelineId))
                .OrderBy(s => s.Order).ThenBy(s => s.Id).FirstOrDefaultAsync(cancellationToken)
            : await db.PipelineStages.AsNoTracking().FirstOrDefaultAsync(s => s.Name == targetName, cancellationToken);
        var moves = target?.Name != fromStage;
        if (target is null || (moves && !target.IsActive))
            return (null, ApiError.BadRequest("INVALID_STAGE", targetName is null
                ? "There is no active open stage in the pipeline to start the deal in"
                : $"{targetName} is not an active pipeline stage"));
        if (pipelineId is { } pipeline && target.PipelineId != pipeline)
            return (null, ApiError.BadRequest("INVALID_STAGE", requestedStage is null && fromStage is not null
                ? $"The deal's stage {target.Name} is in pipeline {target.PipelineId}: to move the deal to pipeline {pipeline}, send one of that pipeline's stages"
                : $"Stage {target.Name} is in pipeline {target.PipelineId}, not in pipeline {pipeline}"));

        if (!moves)
        {
            if (target.Kind == StageKind.Lost && deal.LostReason is null)
                return (null, ApiError.Validation("lost_reason", "is required while the deal is in a lost stage"));
            deal.Probability = Pinned(target) ?? probability ?? deal.Probability;
            return (null, null);
        }

        var from = fromStage is null ? null
            : await db.PipelineStages.AsNoTracking().FirstOrDefaultAsync(s => s.Name == fromStage, cancellationToken);
        var reopening = from is not null && from.Kind != StageKind.Open;
        if (reopening && !MayReopen(user)) return (null, ApiError.Forbidden());
        if (reopening)
        {
            if (target.Kind == StageKind.Open) deal.ActualCloseDate = null;
            if (target.Kind != StageKind.Lost) deal.LostReason = null;
        }
        if (target.Kind == StageKind.Lost && deal.LostReason is null)
            return (null, ApiError.BadRequest("INVALID_TRANSITION", "Moving a deal into a lost stage needs a lost_reason"));
        if (target.Kind != StageKind.Open) deal.ActualCloseDate = now;

        deal.Probability = Pinned(target) ?? probability ?? target.Probability;
        deal.Stage = target.Name;
        deal.StageChangedAt = now;
        return (new DealStageChange { DealId = deal.Id, FromStage = fromStage, ToStage = target.Name, ChangedBy = user.Id, ChangedAt = now }, null);
    }

    /// <summary>A won deal is certain and a lost one hopeless, whatever the request says.</summary>
    static int? Pinned(PipelineStage stage) => stage.Kind switch
    {
        StageKind.Won => 100,
        StageKind.Lost => 0,
        _ => null,
    };
}
