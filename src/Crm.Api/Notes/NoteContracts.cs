using System.ComponentModel;
using Crm.Api.Http;

namespace Crm.Api.Notes;

/// <summary>
/// A note; <c>customer_id</c> is set for deal notes too (the deal's customer), so they show on the customer's timeline.
/// <c>activity_id</c> is read-only: the activity a note of the Go era hangs on (null for every note written here).
/// </summary>
public sealed record NoteResponse(
    long Id, string Content, long? CustomerId, long? DealId, long AuthorId, string? AuthorName, DateTime CreatedAt, DateTime UpdatedAt,
    DateTime? DeletedAt, [property: Description(Preconditions.VersionDescription)] string Version, long? ActivityId);

/// <summary>Body of PUT. The links come from the route and the author from the token.</summary>
public record NoteUpdate : UpdateBody
{
    public Optional<string> Content { get; init; }
}

/// <summary>Body of POST: content is required.</summary>
public sealed record NoteRequest : NoteUpdate;

public static class NoteMapping
{
    public static NoteResponse ToResponse(this Note n) =>
        new(n.Id, n.Content, n.CustomerId, n.DealId, n.AuthorId, n.AuthorName, n.CreatedAt, n.UpdatedAt, n.DeletedAt, Preconditions.Version(n.Version),
            n.ActivityId);

    public static Validator ApplyTo(this NoteUpdate body, Note note, ReadOnlyMembers readOnly, bool creating = false)
    {
        var v = new Validator(creating);
        // Content is kept as written (leading spaces and newlines can be formatting); only all-blank is refused.
        if (body.Content is { Changes: true, Value: { } content })
        {
            if (content.Length > 10_000) v.Add("content", "must be at most 10000 characters");
            else note.Content = content;
        }
        else if (body.Content.Changes || creating) v.Add("content", "is required");
        readOnly.Check(body.Extra, v);
        return v;
    }

    public static ReadOnlyMembers ReadOnly(this Note n) =>
        ReadOnlyMembers.Record(n.Id, n.CreatedAt, n.UpdatedAt, n.DeletedAt, n.Version).Stored("customer_id", n.CustomerId).Stored("deal_id", n.DealId)
            .Stored("author_id", n.AuthorId).Stored("author_name", n.AuthorName).Stored("activity_id", n.ActivityId);
}
