using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Api.Http;

/// <summary>
/// The body of a POST, PUT or PATCH: every member an <see cref="Optional{T}"/>, so that an update changes only what was
/// sent (contract section 1). Members the body type does not declare land in <see cref="Extra"/>: the read-only members
/// a Go-era Console echoes back from a GET, judged by <see cref="ReadOnlyMembers"/>, and anything else, which is refused.
/// </summary>
public abstract record UpdateBody
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    static readonly ConcurrentDictionary<Type, Func<object, bool>[]> Members = new();

    public static IResult NoUpdates() =>
        ApiError.BadRequest("NO_UPDATES", "The request changes nothing: send at least one member to change");

    /// <summary>An empty body (<c>{}</c>): NO_UPDATES. A body of echoed read-only members changes nothing and answers 200.</summary>
    public bool SendsNothing() => Extra is not { Count: > 0 } && Members.GetOrAdd(GetType(), type => type.GetProperties()
            .Where(p => typeof(IOptional).IsAssignableFrom(p.PropertyType))
            .Select(p => (Func<object, bool>)(body => ((IOptional)p.GetValue(body)!).IsSet)).ToArray())
        .All(isSet => !isSet(this));
}

/// <summary>
/// What a body may carry beyond the members it sets: read-only members with the record's stored (or computed) values,
/// accepted when equal and refused when they would change it; nested objects identified by the id of the record they
/// show; and views of other records (a detail page's lists and counts), which are always ignored.
/// </summary>
public sealed class ReadOnlyMembers
{
    /// <summary>A nested object (<c>customer</c>, <c>deal</c>, <c>contact</c>) showing one of these records (or none).</summary>
    sealed record NestedRecord(long?[] Ids);

    sealed record View;

    static readonly View Ignored = new();

    readonly Dictionary<string, object?> _members = new(StringComparer.Ordinal);

    /// <summary>For a create: nothing is stored yet, so every member the body type does not declare is refused.</summary>
    public static ReadOnlyMembers None => new();

    /// <summary>
    /// The members every stored record has. An echoed <c>version</c> that is not the current one is refused like any other
    /// read-only member that differs: the client is editing a version that is gone (contract sections 1 and 5).
    /// </summary>
    public static ReadOnlyMembers Record(long id, DateTime createdAt, DateTime updatedAt, DateTime? deletedAt, uint version) =>
        new ReadOnlyMembers().Stored("id", id).Stored("created_at", createdAt).Stored("updated_at", updatedAt)
            .Stored("deleted_at", deletedAt).Stored("version", Preconditions.Version(version));

    public ReadOnlyMembers Stored(string member, object? value)
    {
        _members[member] = value;
        return this;
    }

    /// <summary>A nested object of another record: accepted when it shows the linked record (the stored or the new link).</summary>
    public ReadOnlyMembers Nested(string member, params long?[] ids) => Stored(member, new NestedRecord(ids));

    public ReadOnlyMembers Views(params string[] members)
    {
        foreach (var member in members) _members[member] = Ignored;
        return this;
    }

    /// <summary>Adds a validation error for each extra member that is unknown, or read-only with another value than stored.</summary>
    public void Check(IReadOnlyDictionary<string, JsonElement>? extra, Validator v)
    {
        foreach (var (member, sent) in extra ?? new Dictionary<string, JsonElement>())
        {
            if (!_members.TryGetValue(member, out var stored)) v.Add(member, "is not an accepted member (unknown or read-only)");
            else if (stored is not View && !Same(sent, stored)) v.Add(member, "is read-only: it differs from the stored value and cannot be changed here");
        }
    }

    static bool Same(JsonElement sent, object? stored) => stored switch
    {
        null => sent.ValueKind == JsonValueKind.Null,
        NestedRecord nested => sent.ValueKind == JsonValueKind.Null
            || (sent.ValueKind == JsonValueKind.Object && (!sent.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null
                // Go serialised a relation it had not loaded as a zero-valued object: id 0 shows nothing.
                || (id.TryGetInt64(out var value) && (value == 0 || nested.Ids.Contains(value))))),
        DateTime time => sent.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(sent.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && Microseconds(parsed.UtcDateTime) == Microseconds(time),
        long number => sent.ValueKind == JsonValueKind.Number && sent.TryGetInt64(out var value) && value == number,
        string text => sent.ValueKind == JsonValueKind.String && sent.GetString() == text,
        bool flag => sent.ValueKind is JsonValueKind.True or JsonValueKind.False && sent.GetBoolean() == flag,
        // A set of records shown by id (a customer's tags): the same ids in any order.
        IEnumerable<long> ids => sent.ValueKind == JsonValueKind.Array
            && sent.EnumerateArray().Select(IdOf).ToHashSet().SetEquals(ids.Select(id => (long?)id)),
        _ => throw new NotSupportedException($"No comparison for {stored.GetType().Name}"),
    };

    static long? IdOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var id) => id,
        JsonValueKind.Object when element.TryGetProperty("id", out var id) && id.TryGetInt64(out var value) => value,
        _ => null,
    };

    static long Microseconds(DateTime time) => time.Ticks / 10;
}
