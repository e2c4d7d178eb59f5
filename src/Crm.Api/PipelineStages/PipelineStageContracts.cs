using System.Text.RegularExpressions;
using Crm.Api.Http;

namespace Crm.Api.PipelineStages;

public sealed record PipelineStageResponse(
    long Id, string Name, string DisplayName, int Order, string? Color, int Probability, string Kind, bool IsActive,
    DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Body of POST and PUT: PUT replaces every editable member, absent optional ones take their default.</summary>
public sealed record PipelineStageRequest(
    string? Name, string? DisplayName, int? Order, string? Color, int? Probability, string? Kind, bool? IsActive);

public static partial class PipelineStageMapping
{
    public static PipelineStageResponse ToResponse(this PipelineStage s) =>
        new(s.Id, s.Name, s.DisplayName, s.Order, s.Color, s.Probability, s.Kind, s.IsActive, s.CreatedAt, s.UpdatedAt);

    /// <summary>Validates the body and copies it onto the stage (all editable members: POST and PUT).</summary>
    public static Validator ApplyTo(this PipelineStageRequest request, PipelineStage stage)
    {
        var v = new Validator();
        stage.Name = v.Required("name", request.Name, 100);
        // Deals refer to stages by name, so names are slugs: stable in URLs, filters and reports.
        if (stage.Name.Length > 0 && !SlugPattern().IsMatch(stage.Name))
            v.Add("name", "must be lower-case letters and digits separated by single underscores, such as closed_won");
        stage.DisplayName = v.Required("display_name", request.DisplayName, 100);
        if (request.Order is null) v.Add("order", "is required");
        else if (request.Order < 0) v.Add("order", "must be 0 or greater");
        else stage.Order = request.Order.Value;
        stage.Color = v.Color("color", v.Optional("color", request.Color, 7));
        stage.Probability = v.Range("probability", request.Probability, 0, 100) ?? 0;
        stage.Kind = v.OneOf("kind", request.Kind, StageKind.All) ?? StageKind.Open;
        stage.IsActive = request.IsActive ?? true;
        return v;
    }

    [GeneratedRegex(@"^[a-z0-9]+(_[a-z0-9]+)*\z")]
    private static partial Regex SlugPattern();
}
