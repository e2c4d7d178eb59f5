namespace Crm.Api.Reports;

/// <summary>
/// How the overview reads the range [<see cref="From"/>, <see cref="To"/>] of created_at: the whole days in it
/// ([<see cref="DayFrom"/>, <see cref="DayTo"/>), UTC) from the aggregates, as few summary rows as the calendar allows
/// (whole years, then whole months, then days: at most five pieces), and the partial days at its edges, [From,
/// <see cref="EdgeBefore"/>) and [<see cref="EdgeAfter"/>, To], from the base tables. Unbounded ends are ±infinity. A
/// caller the aggregates cannot serve (own read scope) or a range within one day reads everything from the base tables.
/// </summary>
public sealed record ReportRange(
    DateTime From, DateTime To, DateTime EdgeBefore, DateTime EdgeAfter,
    string[] Grains, DateOnly[] PeriodFrom, DateOnly[] PeriodTo, DateOnly DayFrom, DateOnly DayTo)
{
    static readonly DateTime Past = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
    static readonly DateTime Future = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);

    /// <summary>The whole days' span as instants: the activities whose overdue state the reader corrects are created there.</summary>
    public DateTime SpanFrom => Grains.Length == 0 ? Future : EdgeBefore;
    public DateTime SpanTo => Grains.Length == 0 ? Future : EdgeAfter;

    public static ReportRange Of(OverviewFilter filter)
    {
        var (from, to) = (filter.From ?? Past, filter.To ?? Future);
        // The first whole day starts at or after from; the day of `to` is partial (it ends at `to`, not at midnight).
        // A range starting in the year 9999 has no whole year or month after it to round up to (and nothing to count).
        var firstDay = filter.From is { } f && f.Year < 9999 ? Day(f).AddDays(f.TimeOfDay == TimeSpan.Zero ? 0 : 1) : (DateOnly?)null;
        var endDay = filter.To is { } t ? Day(t) : (DateOnly?)null;
        var whole = filter.Reach is null && !(filter.From?.Year >= 9999) && (firstDay is null || endDay is null || firstDay < endDay);
        if (!whole) return new ReportRange(from, to, from, from, [], [], [], DateOnly.MinValue, DateOnly.MinValue);

        var pieces = new List<(string Grain, DateOnly From, DateOnly To)>();
        Cover(pieces, firstDay, endDay, Grain.Year);
        return new ReportRange(from, to,
            firstDay?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? Past, endDay?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? Future,
            pieces.Select(p => p.Grain).ToArray(), pieces.Select(p => p.From).ToArray(), pieces.Select(p => p.To).ToArray(),
            firstDay ?? DateOnly.MinValue, endDay ?? DateOnly.MaxValue);
    }

    enum Grain { Year, Month, Day }

    /// <summary>Covers the days [from, to) (null: unbounded) with whole periods of <paramref name="grain"/>, and the rest at the ends with finer ones.</summary>
    static void Cover(List<(string, DateOnly, DateOnly)> pieces, DateOnly? from, DateOnly? to, Grain grain)
    {
        if (grain == Grain.Day)
        {
            if (from < to) pieces.Add(("d", from.Value, to.Value));
            return;
        }
        var first = from is { } a ? Ceiling(a, grain) : (DateOnly?)null;
        var end = to is { } b ? Floor(b, grain) : (DateOnly?)null;
        if (first is null || end is null || first < end)
        {
            pieces.Add((grain == Grain.Year ? "y" : "m", first ?? DateOnly.MinValue, end ?? DateOnly.MaxValue));
            if (from is not null) Cover(pieces, from, first, grain + 1);
            if (to is not null) Cover(pieces, end, to, grain + 1);
        }
        else Cover(pieces, from, to, grain + 1);
    }

    static DateOnly Floor(DateOnly day, Grain grain) => grain == Grain.Year ? new DateOnly(day.Year, 1, 1) : new DateOnly(day.Year, day.Month, 1);

    static DateOnly Ceiling(DateOnly day, Grain grain)
    {
        var floor = Floor(day, grain);
        return floor == day ? day : grain == Grain.Year ? floor.AddYears(1) : floor.AddMonths(1);
    }

    static DateOnly Day(DateTime at) => DateOnly.FromDateTime(at);
}
