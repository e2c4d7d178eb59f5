using System.Globalization;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.Extensions.Primitives;

namespace Crm.Api.Http;

/// <summary>A filter on a user-id column: a set of ids, "none" (unassigned), or both.</summary>
public sealed record UserFilter(long[] Ids, bool IncludeNone);

/// <summary>
/// Reads query parameters strictly: a bad value is remembered (first problem wins) and reported as
/// <c>400 INVALID_QUERY</c> naming the parameter, never silently ignored and never a 500. The parameters a route
/// accepts are the ones it declares (<see cref="QueryParameters"/>, which the OpenAPI document lists too): any other is
/// refused before the handler runs (<see cref="UnknownQueryParameters"/>), and a declared Go-era alias is read as the
/// parameter it names.
/// </summary>
public sealed class QueryReader(HttpRequest request)
{
    readonly IReadOnlyList<QueryParameter> _declared = Declared(request.HttpContext);
    /// <summary>Parameters read from their alias: a problem names what the caller sent.</summary>
    readonly Dictionary<string, string> _sentAs = new(StringComparer.Ordinal);

    public static IReadOnlyList<QueryParameter> Declared(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<QueryParameters>()?.Items ?? [];

    /// <summary>The values of a parameter, sent under its name or under a declared alias (not both).</summary>
    StringValues Values(string name)
    {
        var values = request.Query[name];
        foreach (var alias in _declared)
        {
            if (alias.AliasOf != name || request.Query[alias.Name] is not { Count: > 0 } aliased) continue;
            if (values.Count > 0) Fail(alias.Name, $"is the old name of {name}: send one of them");
            else (values, _sentAs[name]) = (aliased, alias.Name);
        }
        return values;
    }

    public (string Parameter, string Problem)? Error { get; private set; }

    public IResult ErrorResult => ApiError.InvalidQuery(Error!.Value.Parameter, Error.Value.Problem);

    public void Fail(string parameter, string problem) => Error ??= (_sentAs.GetValueOrDefault(parameter, parameter), problem);

    public HttpRequest Request => request;

    /// <summary>The path and every query parameter but the named ones, in one stable order: equal filters, equal text.</summary>
    public string Canonical(IReadOnlyCollection<string> except) => request.Path + "?" + string.Join('&', request.Query
        .Where(p => !except.Contains(p.Key))
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{Uri.EscapeDataString(p.Key)}={string.Join(',', p.Value.Select(v => Uri.EscapeDataString(v ?? "")))}"));

    public string? String(string name, int maxLength = 200)
    {
        var values = Values(name);
        if (values.Count == 0) return null;
        if (values.Count > 1) { Fail(name, "must be given once"); return null; }
        var value = values[0]!.Trim();
        if (value.Length > maxLength) { Fail(name, $"must be at most {maxLength} characters"); return null; }
        if (value.Contains('\0')) { Fail(name, "must not contain the NUL character"); return null; }
        return value.Length == 0 ? null : value;
    }

    public int? Int(string name, int min, int max)
    {
        var raw = String(name);
        if (raw is null) return null;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Fail(name, $"must be an integer between {min} and {max}");
        return null;
    }

    public decimal? Decimal(string name)
    {
        var raw = String(name);
        if (raw is null) return null;
        if (decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        Fail(name, "must be a non-negative number");
        return null;
    }

    public bool? Bool(string name)
    {
        var raw = String(name);
        switch (raw)
        {
            case null: return null;
            case "true" or "1": return true;
            case "false" or "0": return false;
            default: Fail(name, "must be true or false"); return null;
        }
    }

    public DateTime? Time(string name)
    {
        var raw = String(name);
        if (raw is null) return null;
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) && raw.Length >= 10)
            return value.UtcDateTime;
        Fail(name, "must be an RFC 3339 timestamp such as 2026-01-31T12:00:00Z");
        return null;
    }

    /// <summary>One value of an enum, checked against its allowed values.</summary>
    public string? Enum(string name, IReadOnlyCollection<string> allowed)
    {
        var raw = String(name);
        if (raw is null || allowed.Contains(raw)) return raw;
        Fail(name, $"must be one of {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>A comma list of enum values.</summary>
    public string[]? Enums(string name, IReadOnlyCollection<string> allowed)
    {
        var raw = String(name);
        if (raw is null) return null;
        var values = raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
        if (values.Length > 0 && values.All(allowed.Contains)) return values;
        Fail(name, $"must be one or more of {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>A comma list of positive ids.</summary>
    public long[]? Ids(string name)
    {
        var raw = String(name, 2000);
        if (raw is null) return null;
        var parts = raw.Split(',', StringSplitOptions.TrimEntries);
        var ids = new List<long>(parts.Length);
        foreach (var part in parts)
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                Fail(name, "must be a comma-separated list of positive integer ids");
                return null;
            }
            ids.Add(id);
        }
        if (ids.Count > 100) { Fail(name, "accepts at most 100 ids"); return null; }
        return ids.Distinct().ToArray();
    }

    /// <summary>A user-id filter: ids, <c>me</c> (the caller) and <c>none</c> (unassigned), comma-separated.</summary>
    public UserFilter? Users(string name, CurrentUser user)
    {
        var raw = String(name, 2000);
        if (raw is null) return null;
        var ids = new List<long>();
        var includeNone = false;
        foreach (var part in raw.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part == "me") ids.Add(user.Id);
            else if (part == "none") includeNone = true;
            else if (long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) ids.Add(id);
            else
            {
                Fail(name, "must be a comma-separated list of user ids, me or none");
                return null;
            }
        }
        return new UserFilter(ids.Distinct().ToArray(), includeNone);
    }
}

/// <summary>
/// Refuses a request whose query string has a parameter its route does not declare: a typo must never return an
/// unfiltered list (contract section 1). Runs after authentication, before the handler.
/// </summary>
public sealed class UnknownQueryParameters(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.Count == 0 || context.GetEndpoint() is null) return next(context);
        var declared = QueryReader.Declared(context).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        // A list's cf.<key> filters are checked by the list against the definitions (an unknown key is refused there).
        var unknown = context.Request.Query.Keys.Where(k => !declared.Contains(k) && !CustomFields.CustomFieldQuery.IsFilter(context, k))
            .Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0) return next(context);

        const string problem = "is not a query parameter of this route";
        return ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, "INVALID_QUERY",
            $"{string.Join(", ", unknown)} {problem}", new ValidationErrors(unknown.ToDictionary(k => k, _ => new[] { problem })));
    }
}
