namespace Crm.Api.Http;

/// <summary>
/// The answer of a delete, a tag assignment and an unassignment: the Go original's <c>200 {"message": …}</c>, so that a
/// Console that parses every answer as JSON does not fail on an empty one (contract section 1).
/// </summary>
public sealed record MessageResponse(string Message)
{
    public static IResult Ok(string message) => TypedResults.Ok(new MessageResponse(message));

    /// <summary><c>"Customer deleted successfully"</c> for resource type <c>customer</c>.</summary>
    public static IResult Deleted(string resourceType) =>
        Ok($"{char.ToUpperInvariant(resourceType[0])}{resourceType[1..].Replace('_', ' ')} deleted successfully");
}
