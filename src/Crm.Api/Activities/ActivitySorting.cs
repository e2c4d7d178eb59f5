using System.Linq.Expressions;
using System.Text.Json;
using Crm.Api.Http;

namespace Crm.Api.Activities;

public static class ActivitySorting
{
    /// <summary>Priority sorts by rank (low &lt; normal &lt; high &lt; urgent), not alphabetically.</summary>
    static readonly ISortField<Activity> Priority = SortField.Of<Activity, int>("priority",
        a => a.Priority == "low" ? 0 : a.Priority == "normal" ? 1 : a.Priority == "high" ? 2 : 3, a => a.Id);

    static readonly ISortField<Activity>[] Others =
    [
        SortField.Of<Activity, DateTime>("created_at", a => a.CreatedAt, a => a.Id),
        SortField.Of<Activity, DateTime>("updated_at", a => a.UpdatedAt, a => a.Id),
        Priority,
        SortField.Of<Activity, string>("status", a => a.Status, a => a.Id),
        // The Go original's sorts too (indexes ix_activities_title, ix_activities_type).
        SortField.Of<Activity, string>("title", a => a.Title, a => a.Id),
        SortField.Of<Activity, string>("type", a => a.Type, a => a.Id),
    ];

    /// <summary>The sorts of <c>GET /admin/activities</c>: due_date is plain (NULLs last ascending).</summary>
    public static readonly IReadOnlyList<ISortField<Activity>> List =
        [SortField.Of<Activity, DateTime?>("due_date", a => a.DueDate, a => a.Id), .. Others];

    /// <summary>The sorts of <c>GET /admin/me/activities</c>: due_date puts overdue work first.</summary>
    public static IReadOnlyList<ISortField<Activity>> Mine(DateTime now) => [new OverdueFirst(now), .. Others];
}

/// <summary>
/// Overdue activities first, then by due date (NULLs last), then id; descending reverses all three.
/// Overdue depends on the clock, so the field is made per request with its <c>now</c>. Queries capture locals, never the
/// primary-constructor parameter: EF Core names that parameter <c>@P</c>, which collides with its own <c>@p</c> for LIMIT
/// because PostgreSQL parameter names ignore case.
/// </summary>
sealed class OverdueFirst(DateTime now) : ISortField<Activity>
{
    sealed record Position(bool Overdue, DateTime? Due);

    readonly Expression<Func<Activity, bool>> _overdue = OverdueAt(now);

    // The explicit NULL check keeps the predicate two-valued in SQL, so that negating it is safe.
    static Expression<Func<Activity, bool>> OverdueAt(DateTime before) =>
        a => a.Status == ActivityStatus.Scheduled && a.DueDate != null && a.DueDate < before;

    Func<Activity, bool>? _compiled;

    public string Name => "due_date";

    public IOrderedQueryable<Activity> Order(IQueryable<Activity> query, bool descending) => descending
        ? query.OrderBy(_overdue).ThenByDescending(a => a.DueDate).ThenByDescending(a => a.Id)
        : query.OrderByDescending(_overdue).ThenBy(a => a.DueDate).ThenBy(a => a.Id);

    public object? ValueOf(Activity row) => new Position((_compiled ??= _overdue.Compile())(row), row.DueDate);

    public IQueryable<Activity> After(IQueryable<Activity> query, JsonElement value, long id, bool descending)
    {
        var last = value.Deserialize<Position>(JsonConfig.Options) ?? throw new JsonException("cursor");
        var (due, before) = (last.Due, now);
        const string scheduled = ActivityStatus.Scheduled;
        return (descending, last.Overdue, due) switch
        {
            // Overdue first: the rest of the overdue block by due date, then everything not overdue.
            (false, true, _) => query.Where(a => !(a.Status == scheduled && a.DueDate != null && a.DueDate < before)
                || a.DueDate > due || (a.DueDate == due && a.Id > id)),
            (false, false, null) => query.Where(a => !(a.Status == scheduled && a.DueDate != null && a.DueDate < before)
                && a.DueDate == null && a.Id > id),
            (false, false, _) => query.Where(a => !(a.Status == scheduled && a.DueDate != null && a.DueDate < before)
                && (a.DueDate == null || a.DueDate > due || (a.DueDate == due && a.Id > id))),
            // Descending: not overdue first (NULL due dates first), then the overdue block, latest due first.
            (true, true, _) => query.Where(a => a.Status == scheduled && a.DueDate != null && a.DueDate < before
                && (a.DueDate < due || (a.DueDate == due && a.Id < id))),
            (true, false, null) => query.Where(a => (a.Status == scheduled && a.DueDate != null && a.DueDate < before)
                || a.DueDate != null || a.Id < id),
            (true, false, _) => query.Where(a => (a.Status == scheduled && a.DueDate != null && a.DueDate < before)
                || a.DueDate < due || (a.DueDate == due && a.Id < id)),
        };
    }
}
