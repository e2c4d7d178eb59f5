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
/// The overview report in five set-based queries (GROUP BY in PostgreSQL, never a query per bucket), read in one
/// snapshot so the figures agree with each other. Won/lost/open come from the stage's kind, not from stage names.
/// </summary>
public static class OverviewReport
{
    public const int RecentDeals = 5, TopCustomers = 5;

    sealed record StatusCount(string Key, int Count);
    sealed record StageRow(string Stage, string Kind, string? Currency, int Count, decimal Value, decimal Weighted);
    sealed record ActivityRow(string Type, string Status, int Count, int Overdue);
    sealed record TopCustomerRow(long Id, string Name, string Email, string? Company, int WonDealsCount, string Currency, decimal Value);

    /// <summary>The WHERE of one counted table: alive, within the caller's reach, of the chosen owners, created in range.</summary>
    static string Counted(string alias, string ownerColumn, string reach) => $"""
        {alias}.deleted_at IS NULL
        AND {reach}
        AND (@owners IS NULL OR {alias}.{ownerColumn} = ANY (@owners) OR (@none AND {alias}.{ownerColumn} IS NULL))
        AND (@from IS NULL OR {alias}.created_at >= @from)
        AND (@to IS NULL OR {alias}.created_at <= @to)
        """;

    public static async Task<OverviewResponse> LoadAsync(CrmDb db, CurrentUser user, OverviewFilter filter, CancellationToken cancellationToken)
    {
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

        var customerRows = await Query<StatusCount>(db, filter, $"""
            SELECT c.status AS "Key", count(*)::int AS "Count" FROM customers c
             WHERE {Counted("c", "assigned_to", Reach.Sql.Customer("c"))}
             GROUP BY c.status
            """, cancellationToken);

        // Every stage appears, with zeros when no deal is in it (the LEFT JOIN keeps it).
        var stageRows = await Query<StageRow>(db, filter, $"""
            SELECT s.name AS "Stage", s.kind AS "Kind", d.currency AS "Currency", count(d.id)::int AS "Count",
                   COALESCE(sum(d.amount), 0) AS "Value", COALESCE(sum(d.amount * d.probability) / 100, 0) AS "Weighted"
              FROM pipeline_stages s
              LEFT JOIN deals d ON d.stage = s.name AND {Counted("d", "owner_id", Reach.Sql.Deal("d"))}
             WHERE @pipelines IS NULL OR s.pipeline_id = ANY (@pipelines)
             GROUP BY s.name, s.kind, s."order", d.currency
             ORDER BY s."order", s.name, d.currency
            """, cancellationToken);

        var activityRows = await Query<ActivityRow>(db, filter, $"""
            SELECT a.type AS "Type", a.status AS "Status", count(*)::int AS "Count",
                   (count(*) FILTER (WHERE a.status = 'scheduled' AND a.due_date < @now))::int AS "Overdue"
              FROM activities a
             WHERE {Counted("a", "assigned_to", Reach.Sql.Activity("a"))}
             GROUP BY a.type, a.status
            """, cancellationToken);

        var recentDeals = await Deals(db, filter).OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Take(RecentDeals).ToListAsync(cancellationToken);
        var related = await Related.OfDealsAsync(db, user, recentDeals, cancellationToken);

        // Amounts in different currencies cannot be compared without exchange rates, so customers rank by their largest
        // single-currency won total (never a cross-currency sum), then by the number of won deals.
        var topRows = await Query<TopCustomerRow>(db, filter, $"""
            WITH won AS (
                SELECT d.customer_id, d.currency, count(*)::int AS deals, sum(d.amount) AS value
                  FROM deals d JOIN pipeline_stages s ON s.name = d.stage AND s.kind = 'won'
                 WHERE {Counted("d", "owner_id", Reach.Sql.Deal("d"))}
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
            """, cancellationToken);

        await snapshot.CommitAsync(cancellationToken);
        return new OverviewResponse(CustomersOf(customerRows), DealsOf(stageRows), ActivitiesOf(activityRows),
            recentDeals.Select(d => d.ToResponse(related.Customer(d.CustomerId))).ToList(), TopCustomersOf(topRows));
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
    static Task<List<T>> Query<T>(CrmDb db, OverviewFilter filter, string sql, CancellationToken cancellationToken)
    {
        static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) => new(name, type) { Value = value ?? DBNull.Value };
        object[] parameters =
        [
            Parameter("owners", NpgsqlDbType.Array | NpgsqlDbType.Bigint, filter.Owners?.Ids),
            Parameter("none", NpgsqlDbType.Boolean, filter.Owners?.IncludeNone ?? false),
            Parameter("from", NpgsqlDbType.TimestampTz, filter.From),
            Parameter("to", NpgsqlDbType.TimestampTz, filter.To),
            Parameter("now", NpgsqlDbType.TimestampTz, filter.Now),
            Parameter("reach", NpgsqlDbType.Bigint, filter.Reach),
            Parameter("pipelines", NpgsqlDbType.Array | NpgsqlDbType.Bigint, filter.Pipelines),
        ];
        return db.Database.SqlQueryRaw<T>(sql, parameters).ToListAsync(cancellationToken);
    }
}
