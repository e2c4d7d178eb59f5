using System.ComponentModel;
using Crm.Api.Http;
using Crm.Api.PipelineStages;

namespace Crm.Api.Pipelines;

/// <summary>A pipeline with its stages in their order.</summary>
public sealed record PipelineResponse(long Id, string Name, int Order, bool IsDefault, IReadOnlyList<PipelineStageResponse> Stages,
    DateTime CreatedAt, DateTime UpdatedAt, [property: Description(Preconditions.VersionDescription)] string Version);

/// <summary>Body of PUT: only the members sent are changed.</summary>
public record PipelineUpdate : UpdateBody
{
    public Optional<string> Name { get; init; }
    public Optional<int?> Order { get; init; }
    public Optional<bool?> IsDefault { get; init; }
}

/// <summary>Body of POST: name is required; a new pipeline has no stages until they are created in it.</summary>
public sealed record PipelineRequest : PipelineUpdate;

public static class PipelineMapping
{
    public static PipelineResponse ToResponse(this Pipeline p, IEnumerable<PipelineStage> stages) =>
        new(p.Id, p.Name, p.Order, p.IsDefault, stages.Where(s => s.PipelineId == p.Id).OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => s.ToResponse()).ToList(),
            p.CreatedAt, p.UpdatedAt, Preconditions.Version(p.Version));

    public static Validator ApplyTo(this PipelineUpdate body, Pipeline pipeline, ReadOnlyMembers readOnly, bool creating = false)
    {
        var v = new Validator(creating);
        pipeline.Name = v.Required("name", body.Name, 100, pipeline.Name);
        pipeline.Order = v.Value("order", body.Order, pipeline.Order, order =>
        {
            if (order < 0) v.Add("order", "must be 0 or greater");
            return order;
        });
        var wasDefault = pipeline.IsDefault;
        pipeline.IsDefault = v.Value("is_default", body.IsDefault, pipeline.IsDefault);
        // There is always a default pipeline: it changes by making another one the default.
        if (wasDefault && !pipeline.IsDefault) v.Add("is_default", "there must be a default pipeline: make another pipeline the default instead");
        readOnly.Check(body.Extra, v);
        return v;
    }

    public static ReadOnlyMembers ReadOnly(this Pipeline p) => ReadOnlyMembers.Record(p.Id, p.CreatedAt, p.UpdatedAt, null, p.Version).Views("stages");
}
