using System.ComponentModel;
using System.Text.RegularExpressions;
using Crm.Api.Http;

namespace Crm.Api.PipelineStages;

public sealed record PipelineStageResponse(
    long Id, string Name, string DisplayName, int Order, string? Color, int Probability, string Kind, bool IsActive,
    long PipelineId, DateTime CreatedAt, DateTime UpdatedAt, [property: Description(Preconditions.VersionDescription)] string Version);

/// <summary>Body of PUT: only the members sent are changed.</summary>
public record PipelineStageUpdate : UpdateBody
{
    public Optional<string> Name { get; init; }
    public Optional<string> DisplayName { get; init; }
    public Optional<int?> Order { get; init; }
    public Optional<string?> Color { get; init; }
    public Optional<int?> Probability { get; init; }
    public Optional<string> Kind { get; init; }
    public Optional<bool?> IsActive { get; init; }
    /// <summary>The stage's pipeline (the default one when absent on create); a stage that deals use stays where it is.</summary>
    public Optional<long?> PipelineId { get; init; }
}

/// <summary>Body of POST: name, display_name and order are required.</summary>
public sealed record PipelineStageRequest : PipelineStageUpdate;

public static partial class PipelineStageMapping
{
    public static PipelineStageResponse ToResponse(this PipelineStage s) =>
        new(s.Id, s.Name, s.DisplayName, s.Order, s.Color, s.Probability, s.Kind, s.IsActive, s.PipelineId, s.CreatedAt, s.UpdatedAt,
            Preconditions.Version(s.Version));

    /// <summary>Validates the members a POST or PUT sends and merges them into the stage.</summary>
    public static Validator ApplyTo(this PipelineStageUpdate body, PipelineStage stage, ReadOnlyMembers readOnly, bool creating = false)
    {
        var v = new Validator(creating);
        var name = v.Required("name", body.Name, 100, stage.Name);
        // Deals refer to stages by name, so names are slugs: stable in URLs, filters and reports.
        if (name != stage.Name && name.Length > 0 && !SlugPattern().IsMatch(name))
            v.Add("name", "must be lower-case letters and digits separated by single underscores, such as closed_won");
        stage.Name = name;
        stage.DisplayName = v.Required("display_name", body.DisplayName, 100, stage.DisplayName);
        if (creating && !body.Order.Changes) v.Add("order", "is required");
        stage.Order = v.Value("order", body.Order, stage.Order, order =>
        {
            if (order < 0) v.Add("order", "must be 0 or greater");
            return order;
        });
        stage.Color = v.Color("color", body.Color, stage.Color);
        stage.Probability = v.Value("probability", body.Probability, stage.Probability, p => v.Range("probability", p, 0, 100)!.Value);
        stage.Kind = v.OneOf("kind", body.Kind, StageKind.All, stage.Kind);
        stage.IsActive = v.Value("is_active", body.IsActive, stage.IsActive);
        stage.PipelineId = v.Id("pipeline_id", body.PipelineId, stage.PipelineId);
        readOnly.Check(body.Extra, v);
        return v;
    }

    public static ReadOnlyMembers ReadOnly(this PipelineStage s) => ReadOnlyMembers.Record(s.Id, s.CreatedAt, s.UpdatedAt, null, s.Version);

    [GeneratedRegex("^[a-z0-9]+(_[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
