using Crm.Api.Http;

namespace Crm.Api.Notes;

/// <summary>
/// A note; <c>customer_id</c> is set for deal notes too (the deal's customer), so they show on the customer's timeline.
/// <c>activity_id</c> is read-only: the activity a note of the Go era hangs on (null for every note written here).
/// </summary>
public sealed record NoteResponse(
    long Id, string Content, long? CustomerId, long? DealId, long AuthorId, string? AuthorName, DateTime CreatedAt, DateTime UpdatedAt,
    long? ActivityId);

/// <summary>Body of POST and PUT. The links come from the route and the author from the token.</summary>
public sealed record NoteRequest(string? Content);

public static class NoteMapping
{
    public static NoteResponse ToResponse(this Note n) =>
        new(n.Id, n.Content, n.CustomerId, n.DealId, n.AuthorId, n.AuthorName, n.CreatedAt, n.UpdatedAt, n.ActivityId);

    public static Validator ApplyTo(this NoteRequest request, Note note)
    {
        var v = new Validator();
        // Content is kept as written (leading spaces and newlines can be formatting); only all-blank is refused.
        if (string.IsNullOrWhiteSpace(request.Content)) v.Add("content", "is required");
        else if (request.Content.Length > 10_000) v.Add("content", "must be at most 10000 characters");
        else note.Content = request.Content;
        return v;
    }
}
