using System.Data;
using Crm.Api.Activities;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Api.Reports;

/// <summary>
/// What the overview counts: live rows only, optionally of some owners (customers by assigned_to, deals by owner_id,
/// activities by assigned_to) and created in [from, to]. <see cref="Reach"/> is the caller's id when their read scope is
/// own: then only the records within their reach count (the reach rule, <see cref="Security.Reach"/>), as on their lists.
/// <see cref="Pipelines"/> narrows the deal figures (and the stages listed) to those pipelines; customers and activities
/// belong to no pipeline and are counted whole.
/// </summary>
public sealed record OverviewFilter(UserFilter? Owners, DateTime? From, DateTime? To, DateTime Now, long? Reach, long[]? Pipelines = null);

/// <summary>
/// How the top customers are found: ranked from the base table when the report counts at most
/// <paramref name="TopCustomersFromBase"/> won deals, else walked <paramref name="WalkBatch"/> customers at a time in the
/// order of their all-time won totals. Both give the same answer; tests move the switch to exercise the walk.
/// </summary>
public sealed record ReportTuning(int TopCustomersFromBase = 2_000, int WalkBatch = 100);

/// <summary>
/// The overview report. Its figures come from the maintained aggregates (migration 000024): whole years, months and
/// days of the range from the summaries plus the deltas not folded yet, the partial days at its edges from the base
/// tables; all read in one snapshot, so they agree with each other and are always current. A caller whose read scope is
/// own counts only the records in their reach, which the aggregates (kept per owner, not per reach) cannot tell: for
/// them every figure comes from the base tables (docs/performance.md). Won/lost/open come from the stage's kind, joined
/// at read time, not from stage names.
/// </summary>
public static class OverviewReport
{
    public const int RecentDeals = 5, TopCustomers = 5;

    sealed record StatusCount(string Key, int Count);
    sealed record StageRow(string Stage, string Kind, string? Currency, int Count, decimal Value, decimal Weighted);
    sealed record ActivityRow(string Type, string Status, int Count, int Overdue);
    sealed record TopCustomerRow(long Id, string Name, string Email, string? Company, int WonDealsCount, string Currency, decimal Value);

    /// <summary>Of the chosen owners (<c>@owners</c>, <c>@none</c>): the filter on an aggregate's or a table's owner column.</summary>
    static string Owned(string ownerColumn) => $"(@owners IS NULL OR {ownerColumn} = ANY (@owners) OR (@none AND {ownerColumn} IS NULL))";

    /// <summary>Alive, within the caller's reach, of the chosen owners.</summary>
    static string Live(string alias, string ownerColumn, string reach) =>
        $"{alias}.deleted_at IS NULL AND {reach} AND {Owned($"{alias}.{ownerColumn}")}";

    /// <summary>The base rows the aggregates do not cover: created in [from, a_to) or [b_from, to] (two index ranges).</summary>
    static string Counted(string alias, string ownerColumn, string reach) => $"""
        {Live(alias, ownerColumn, reach)}
        AND (({alias}.created_at >= @from AND {alias}.created_at < @a_to) OR ({alias}.created_at >= @b_from AND {alias}.created_at <= @to))
        """;

    /// <summary>
    /// The summary rows of the periods the range covers whole, of the chosen owners: one range scan of the (grain, period,
    /// …) index per piece. (OFFSET 0 keeps the subquery from being flattened into a hash join, which read all 540,000
    /// rows of report_deals at 1M for the 14,000 a range needs: 150 ms instead of 40.)
    /// </summary>
    static string Summary(string table) => $"""
        unnest(@grains::text[], @lo::date[], @hi::date[]) AS p (grain, lo, hi)
        CROSS JOIN LATERAL (SELECT * FROM {table} s WHERE s.grain = p.grain AND s.period >= p.lo AND s.period < p.hi OFFSET 0) r
         WHERE {Owned("r.owner_id")}
        """;

    /// <summary>The deltas not folded yet of the days the range covers whole, of the chosen owners.</summary>
    static string Deltas(string table) => $"{table} r WHERE r.day >= @day_from AND r.day < @day_to AND {Owned("r.owner_id")}";

    public static async Task<OverviewResponse> LoadAsync(CrmDb db, CurrentUser user, OverviewFilter filter, ReportTuning tuning,
        CancellationToken cancellationToken)
    {
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        // Every statement here reads a few thousand rows at most (the own-scope fallback aside); the JIT's estimate-driven
        // compilation cost 1.2 s per statement at 1M and never paid back.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", cancellationToken);
        var range = ReportRange.Of(filter);

        var customerRows = await Query<StatusCount>(db, filter, range, $"""
            SELECT "Key", sum("Count")::int AS "Count" FROM (
                SELECT r.status AS "Key", r.n AS "Count" FROM {Summary("report_customers")}
                UNION ALL
                SELECT r.status, r.n FROM {Deltas("report_customer_deltas")}
                UNION ALL
                SELECT c.status, 1 FROM customers c WHERE {Counted("c", "assigned_to", Reach.Sql.Customer("c"))}) x
             GROUP BY "Key"
            """, cancellationToken);

        // Every stage appears, with zeros when no deal is in it (the LEFT JOIN keeps it).
        var stageRows = await Query<StageRow>(db, filter, range, $"""
            SELECT s.name AS "Stage", s.kind AS "Kind", x.currency AS "Currency", COALESCE(x.n, 0)::int AS "Count",
                   COALESCE(x.value, 0) AS "Value", COALESCE(x.weighted / 100, 0) AS "Weighted"
              FROM pipeline_stages s
              LEFT JOIN (
                SELECT stage, currency, sum(n) AS n, sum(value) AS value, sum(weighted) AS weighted FROM (
                    SELECT r.stage, r.currency, r.n, r.value, r.weighted FROM {Summary("report_deals")}
                    UNION ALL
                    SELECT r.stage, r.currency, r.n, r.value, r.weighted FROM {Deltas("report_deal_deltas")}
                    UNION ALL
                    SELECT d.stage, d.currency, 1, d.amount, d.amount * d.probability FROM deals d
                     WHERE {Counted("d", "owner_id", Reach.Sql.Deal("d"))}) u
                 GROUP BY stage, currency HAVING sum(n) <> 0) x ON x.stage = s.name
             WHERE @pipelines IS NULL OR s.pipeline_id = ANY (@pipelines)
             ORDER BY s."order", s.name, x.currency
            """, cancellationToken);

        // Overdue: the summaries and deltas count activities due before the cutoff; those due between the cutoff and now
        // (either way round) are added or taken away from the base table. A scheduled activity without a due date is never
        // overdue (COALESCE: a group of only such rows would otherwise sum to NULL).
        var activityRows = await Query<ActivityRow>(db, filter, range, $"""
            SELECT "Type", "Status", sum("Count")::int AS "Count", sum("Overdue")::int AS "Overdue" FROM (
                SELECT r.type AS "Type", r.status AS "Status", r.n AS "Count", r.overdue AS "Overdue" FROM {Summary("report_activities")}
                UNION ALL
                SELECT r.type, r.status, r.n, CASE WHEN r.due_hour < (SELECT overdue_cutoff FROM report_state) THEN r.n ELSE 0 END
                  FROM {Deltas("report_activity_deltas")}
                UNION ALL
                SELECT a.type, a.status, 0, CASE WHEN a.due_date < @now THEN 1 ELSE -1 END FROM activities a
                 WHERE a.deleted_at IS NULL AND a.status = 'scheduled'
                   AND a.due_date >= least((SELECT overdue_cutoff FROM report_state), @now)
                   AND a.due_date < greatest((SELECT overdue_cutoff FROM report_state), @now)
                   AND a.created_at >= @span_from AND a.created_at < @span_to AND {Owned("a.assigned_to")}
                UNION ALL
                SELECT a.type, a.status, 1, COALESCE(a.status = 'scheduled' AND a.due_date < @now, false)::int FROM activities a
                 WHERE {Counted("a", "assigned_to", Reach.Sql.Activity("a"))}) x
             GROUP BY "Type", "Status"
            """, cancellationToken);

        var recentDeals = await Deals(db, filter).OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Take(RecentDeals).ToListAsync(cancellationToken);
        var related = await Related.OfDealsAsync(db, user, recentDeals, cancellationToken);

        var wonDeals = stageRows.Where(r => r.Kind == PipelineStages.StageKind.Won).Sum(r => r.Count);
        var topRows = filter.Reach is not null || wonDeals <= tuning.TopCustomersFromBase
            ? await TopCustomerRowsAsync(db, filter, range, null, cancellationToken)
            : await WalkTopCustomersAsync(db, filter, range, tuning.WalkBatch, cancellationToken);

        await snapshot.CommitAsync(cancellationToken);
        return new OverviewResponse(CustomersOf(customerRows), DealsOf(stageRows), ActivitiesOf(activityRows),
            recentDeals.Select(d => d.ToResponse(related.Customer(d.CustomerId))).ToList(), TopCustomersOf(topRows));
    }

    /// <summary>After this many batches the walk gives up and ranks every customer (see <see cref="WalkTopCustomersAsync"/>).</summary>
    const int WalkLimit = 20;

    /// <summary>
    /// The top customers among those of <paramref name="candidates"/> (all when null), from the base tables. Amounts in
    /// different currencies cannot be compared without exchange rates, so customers rank by their largest
    /// single-currency won total (never a cross-currency sum), then by the number of won deals.
    /// </summary>
    static Task<List<TopCustomerRow>> TopCustomerRowsAsync(CrmDb db, OverviewFilter filter, ReportRange range, long[]? candidates,
        CancellationToken cancellationToken) => Query<TopCustomerRow>(db, filter, range, $"""
            WITH won AS (
                SELECT d.customer_id, d.currency, count(*)::int AS deals, sum(d.amount) AS value
                  FROM deals d JOIN pipeline_stages s ON s.name = d.stage AND s.kind = 'won'
                 WHERE {Live("d", "owner_id", Reach.Sql.Deal("d"))} AND d.created_at >= @from AND d.created_at <= @to
                   {(candidates is null ? "" : "AND d.customer_id = ANY (@candidates)")}
                   AND (@pipelines IS NULL OR s.pipeline_id = ANY (@pipelines))
                 GROUP BY d.customer_id, d.currency),
            top AS (
                SELECT w.customer_id, sum(w.deals)::int AS deals, max(w.value) AS best
                  FROM won w JOIN customers c ON c.id = w.customer_id
                 WHERE c.deleted_at IS NULL AND {Reach.Sql.Customer("c")}
                 GROUP BY w.customer_id
                 ORDER BY best DESC, deals DESC, w.customer_id
                 LIMIT {TopCustomers})
            SELECT c.id AS "Id", c.name AS "Name", c.email AS "Email", c.company AS "Company", t.deals AS "WonDealsCount",
                   w.currency AS "Currency", w.value AS "Value"
              FROM top t JOIN customers c ON c.id = t.customer_id JOIN won w ON w.customer_id = t.customer_id
             ORDER BY t.best DESC, t.deals DESC, c.id, w.currency
            """, cancellationToken, candidates);

    sealed record Candidate(long Id, decimal Best);

    /// <summary>
    /// The top customers of a report with many won deals, without ranking them all: customers are taken in the order of
    /// their all-time best won total (report_customer_won, and those changed since the last fold recomputed), which
    /// bounds what they can reach within any range and owners, a batch at a time; each batch's customers are ranked
    /// exactly from the base table; the walk stops when the next customer's bound is below the fifth best found.
    /// </summary>
    static async Task<List<TopCustomerRow>> WalkTopCustomersAsync(CrmDb db, OverviewFilter filter, ReportRange range, int walkBatch,
        CancellationToken cancellationToken)
    {
        var found = new List<(decimal Best, int Deals, long Id, List<TopCustomerRow> Rows)>();
        var (afterBest, afterId) = (decimal.MaxValue, long.MaxValue);
        for (var batch = 0; batch < WalkLimit; batch++)
        {
            var candidates = await db.Database.SqlQueryRaw<Candidate>("""
                WITH dirty AS MATERIALIZED (SELECT ARRAY(SELECT customer_id FROM report_customer_won_dirty) AS ids)
                SELECT customer_id AS "Id", best AS "Best" FROM (
                    (SELECT w.customer_id, w.best FROM report_customer_won w
                      WHERE (w.best, w.customer_id) < (@best, @id) AND w.customer_id <> ALL ((SELECT ids FROM dirty)::bigint[])
                      ORDER BY w.best DESC, w.customer_id DESC LIMIT @batch)
                    UNION ALL
                    SELECT e.customer_id, e.best FROM report_customer_won_expected e
                     WHERE e.customer_id = ANY ((SELECT ids FROM dirty)::bigint[]) AND (e.best, e.customer_id) < (@best, @id)) c
                 ORDER BY best DESC, customer_id DESC
                 LIMIT @batch
                """, new NpgsqlParameter("best", afterBest), new NpgsqlParameter("id", afterId), new NpgsqlParameter("batch", walkBatch))
                .ToListAsync(cancellationToken);
            foreach (var customer in (await TopCustomerRowsAsync(db, filter, range, candidates.Select(c => c.Id).ToArray(), cancellationToken))
                         .GroupBy(r => r.Id))
                found.Add((customer.Max(r => r.Value), customer.First().WonDealsCount, customer.Key, customer.ToList()));
            found = found.OrderByDescending(f => f.Best).ThenByDescending(f => f.Deals).ThenBy(f => f.Id).Take(TopCustomers).ToList();
            // A customer whose bound equals the fifth best could still tie it and win on won deals or id: go on until below.
            if (candidates.Count < walkBatch || (found.Count == TopCustomers && candidates[^1].Best < found[^1].Best))
                return found.SelectMany(f => f.Rows).ToList();
            (afterBest, afterId) = (candidates[^1].Best, candidates[^1].Id);
        }
        // Many customers near the fifth best (a narrow range or owner with few won deals among big customers): rank them all.
        return await TopCustomerRowsAsync(db, filter, range, null, cancellationToken);
    }

    static CustomerFigures CustomersOf(List<StatusCount> rows) =>
        new(rows.Sum(r => r.Count), CustomerStatus.All.ToDictionary(s => s, s => rows.Where(r => r.Key == s).Sum(r => r.Count)));

    static DealFigures DealsOf(List<StageRow> rows)
    {
        var dealRows = rows.Where(r => r.Currency is not null).ToList();
        IReadOnlyDictionary<string, decimal> ByCurrency(IEnumerable<StageRow> of, Func<StageRow, decimal> value) =>
            new SortedDictionary<string, decimal>(of.GroupBy(r => r.Currency!).ToDictionary(g => g.Key, g => g.Sum(value)), StringComparer.Ordinal);
        var open = dealRows.Where(r => r.Kind == PipelineStages.StageKind.Open).ToList();
        var won = dealRows.Where(r => r.Kind == PipelineStages.StageKind.Won).ToList();
        var (wonCount, lostCount) = (won.Sum(r => r.Count), dealRows.Where(r => r.Kind == PipelineStages.StageKind.Lost).Sum(r => r.Count));

        var stages = rows.GroupBy(r => r.Stage).ToList();
        var byStage = stages.ToDictionary(stage => stage.Key, stage => stage.Sum(r => r.Count));
        var byStageValue = stages.ToDictionary(stage => stage.Key, stage => ByCurrency(stage.Where(r => r.Currency is not null), r => r.Value));

        var averageWon = new SortedDictionary<string, decimal>(won.GroupBy(r => r.Currency!).ToDictionary(g => g.Key,
            g => Math.Round(g.Sum(r => r.Value) / g.Sum(r => r.Count), 2, MidpointRounding.AwayFromZero)), StringComparer.Ordinal);
        var winRate = wonCount + lostCount == 0 ? 0m : Math.Round((decimal)wonCount / (wonCount + lostCount), 4, MidpointRounding.AwayFromZero);

        var total = dealRows.Sum(r => r.Count);
        var totalValue = SingleCurrencySum(dealRows);
        return new DealFigures(total, open.Sum(r => r.Count), wonCount, lostCount, byStage, byStageValue,
            ByCurrency(open, r => r.Value), Rounded(ByCurrency(open, r => r.Weighted)), ByCurrency(won, r => r.Value), averageWon, winRate,
            totalValue, SingleCurrencySum(won),
            total == 0 ? 0 : totalValue is { } sum ? Math.Round(sum / total, 2, MidpointRounding.AwayFromZero) : null);
    }

    /// <summary>The Go original's plain sums: exact when the deals counted have one currency (or none), else null.</summary>
    static decimal? SingleCurrencySum(List<StageRow> rows)
    {
        var counted = rows.Where(r => r.Count > 0).ToList();
        return counted.Select(r => r.Currency).Distinct().Count() > 1 ? null : counted.Sum(r => r.Value);
    }

    /// <summary>Weighted values are summed exactly (per stage and currency) and rounded to cents once, at the end.</summary>
    static IReadOnlyDictionary<string, decimal> Rounded(IReadOnlyDictionary<string, decimal> values) =>
        new SortedDictionary<string, decimal>(values.ToDictionary(v => v.Key, v => Math.Round(v.Value, 2, MidpointRounding.AwayFromZero)),
            StringComparer.Ordinal);

    static ActivityFigures ActivitiesOf(List<ActivityRow> rows)
    {
        int Status(string status) => rows.Where(r => r.Status == status).Sum(r => r.Count);
        return new ActivityFigures(rows.Sum(r => r.Count), Status(ActivityStatus.Scheduled), Status(ActivityStatus.Completed),
            Status(ActivityStatus.Cancelled), rows.Sum(r => r.Overdue),
            ActivityType.All.ToDictionary(t => t, t => rows.Where(r => r.Type == t).Sum(r => r.Count)));
    }

    static List<TopCustomer> TopCustomersOf(List<TopCustomerRow> rows) =>
        rows.GroupBy(r => r.Id).Select(currencies =>
        {
            var c = currencies.First();
            var values = currencies.ToDictionary(r => r.Currency, r => r.Value);
            return new TopCustomer(c.Id, c.Name, c.Email, c.Company, c.WonDealsCount,
                new SortedDictionary<string, decimal>(values, StringComparer.Ordinal), c.WonDealsCount,
                values.Count == 1 ? values.Values.Single() : null);
        }).ToList();

    static IQueryable<Deal> Deals(CrmDb db, OverviewFilter filter)
    {
        var deals = db.Deals.AsNoTracking().Where(d => d.DeletedAt == null).ReachedBy(db, filter.Reach);
        if (filter.Owners is { } owners)
        {
            var (ids, none) = (owners.Ids, owners.IncludeNone);
            deals = deals.Where(d => (d.OwnerId != null && ids.Contains(d.OwnerId.Value)) || (none && d.OwnerId == null));
        }
        if (filter.From is { } from) deals = deals.Where(d => d.CreatedAt >= from);
        if (filter.To is { } to) deals = deals.Where(d => d.CreatedAt <= to);
        if (filter.Pipelines is { } pipelines) deals = deals.Where(d => pipelines.Contains(d.PipelineId));
        return deals;
    }

    /// <summary>Runs one report query with the filter's parameters (fresh ones each time: a parameter belongs to one command).</summary>
    static Task<List<T>> Query<T>(CrmDb db, OverviewFilter filter, ReportRange range, string sql, CancellationToken cancellationToken,
        long[]? candidates = null)
    {
        static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) => new(name, type) { Value = value ?? DBNull.Value };
        object[] parameters =
        [
            Parameter("owners", NpgsqlDbType.Array | NpgsqlDbType.Bigint, filter.Owners?.Ids),
            Parameter("none", NpgsqlDbType.Boolean, filter.Owners?.IncludeNone ?? false),
            Parameter("from", NpgsqlDbType.TimestampTz, range.From),
            Parameter("to", NpgsqlDbType.TimestampTz, range.To),
            Parameter("a_to", NpgsqlDbType.TimestampTz, range.EdgeBefore),
            Parameter("b_from", NpgsqlDbType.TimestampTz, range.EdgeAfter),
            Parameter("grains", NpgsqlDbType.Array | NpgsqlDbType.Text, range.Grains),
            Parameter("lo", NpgsqlDbType.Array | NpgsqlDbType.Date, range.PeriodFrom),
            Parameter("hi", NpgsqlDbType.Array | NpgsqlDbType.Date, range.PeriodTo),
            Parameter("day_from", NpgsqlDbType.Date, range.DayFrom),
            Parameter("day_to", NpgsqlDbType.Date, range.DayTo),
            Parameter("span_from", NpgsqlDbType.TimestampTz, range.SpanFrom),
            Parameter("span_to", NpgsqlDbType.TimestampTz, range.SpanTo),
            Parameter("now", NpgsqlDbType.TimestampTz, filter.Now),
            Parameter("reach", NpgsqlDbType.Bigint, filter.Reach),
            Parameter("candidates", NpgsqlDbType.Array | NpgsqlDbType.Bigint, candidates),
            Parameter("pipelines", NpgsqlDbType.Array | NpgsqlDbType.Bigint, filter.Pipelines),
        ];
        return db.Database.SqlQueryRaw<T>(sql, parameters).ToListAsync(cancellationToken);
    }
}
