using System.ComponentModel;
using Crm.Api.Http;

namespace Crm.Api.Tags;

/// <summary>A tag; <c>customer_count</c> counts the live customers that carry it.</summary>
public sealed record TagResponse(long Id, string Name, string? Color, int CustomerCount, DateTime CreatedAt, DateTime UpdatedAt,
    DateTime? DeletedAt, [property: Description(Preconditions.VersionDescription)] string Version);

/// <summary>Body of PUT: only the members sent are changed.</summary>
public record TagUpdate : UpdateBody
{
    public Optional<string> Name { get; init; }
    public Optional<string?> Color { get; init; }
}

/// <summary>Body of POST: name is required.</summary>
public sealed record TagRequest : TagUpdate;

/// <summary>Body of <c>PUT /admin/customers/{id}/tags</c>: the customer's complete new tag set.</summary>
public sealed record TagSetRequest(long[]? TagIds);

/// <summary>A live tag with its customer count, projected in one query so that lists can sort and page on it.</summary>
public sealed class TagRow
{
    public long Id { get; init; }
    public required string Name { get; init; }
    /// <summary>lower(name), computed by PostgreSQL so that cursors compare exactly as the database sorts.</summary>
    public string SortName { get; init; } = "";
    public string? Color { get; init; }
    public int CustomerCount { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public uint Version { get; init; }

    public TagResponse ToResponse() => new(Id, Name, Color, CustomerCount, CreatedAt, UpdatedAt, DeletedAt: null, Preconditions.Version(Version));
}

public static class TagMapping
{
    public static TagResponse ToResponse(this Tag t, int customerCount) =>
        new(t.Id, t.Name, t.Color, customerCount, t.CreatedAt, t.UpdatedAt, t.DeletedAt, Preconditions.Version(t.Version));

    public static Validator ApplyTo(this TagUpdate body, Tag tag, ReadOnlyMembers readOnly, bool creating = false)
    {
        var v = new Validator(creating);
        tag.Name = v.Required("name", body.Name, 100, tag.Name);
        tag.Color = v.Color("color", body.Color, tag.Color);
        readOnly.Check(body.Extra, v);
        return v;
    }

    public static ReadOnlyMembers ReadOnly(this Tag t, int customerCount) =>
        ReadOnlyMembers.Record(t.Id, t.CreatedAt, t.UpdatedAt, t.DeletedAt, t.Version).Stored("customer_count", (long)customerCount);

    public const int MaxTagsPerCustomer = 100;

    /// <summary>The distinct ids of a tag set, or the validation problem (null list, bad ids, too many).</summary>
    public static (long[] Ids, Validator Validation) Read(this TagSetRequest request)
    {
        var v = new Validator();
        var ids = request.TagIds?.Distinct().ToArray() ?? [];
        if (request.TagIds is null) v.Add("tag_ids", "is required (send [] to remove every tag)");
        else if (ids.Any(id => id <= 0)) v.Add("tag_ids", "must contain positive integer ids");
        else if (ids.Length > MaxTagsPerCustomer) v.Add("tag_ids", $"accepts at most {MaxTagsPerCustomer} tags");
        return (ids, v);
    }
}
