using System.Linq.Expressions;
using System.Text.Json;
using Crm.Api.Data;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Deals;

public static class DealSorting
{
    static readonly IReadOnlyList<ISortField<Deal>> Columns =
    [
        SortField.Of<Deal, DateTime>("created_at", d => d.CreatedAt, d => d.Id),
        SortField.Of<Deal, DateTime>("updated_at", d => d.UpdatedAt, d => d.Id),
        SortField.Of<Deal, string>("title", d => d.Title, d => d.Id),
        SortField.Of<Deal, decimal>("amount", d => d.Amount, d => d.Id),
        SortField.Of<Deal, DateTime?>("expected_close_date", d => d.ExpectedCloseDate, d => d.Id),
    ];

    /// <summary>The names of the sort fields, for the OpenAPI document.</summary>
    public static IEnumerable<string> Names => [.. Columns.Select(c => c.Name), "stage"];

    /// <summary>The sort fields of one list request; <c>stage</c> needs the request's stage orders for its cursors.</summary>
    public static IReadOnlyList<ISortField<Deal>> Fields(IReadOnlyDictionary<string, int> stageOrders) =>
        [.. Columns, new StageOrderSortField(stageOrders)];

    /// <summary>
    /// Sorts by the deal's stage position in the pipeline (the stage's <c>order</c>), not by its name: SQL orders by a
    /// CASE over the stages loaded for the request (a stage no longer listed sorts as 0). It was a scalar subquery on
    /// pipeline_stages, run once per deal: 2.2-3.4 s for a deep page at 100k deals (issue 17).
    /// </summary>
    sealed class StageOrderSortField(IReadOnlyDictionary<string, int> stageOrders) : ISortField<Deal>
    {
        readonly ISortField<Deal> _column = SortField.Of("stage", OrderOf(stageOrders), d => d.Id);

        static Expression<Func<Deal, int>> OrderOf(IReadOnlyDictionary<string, int> stageOrders)
        {
            var deal = Expression.Parameter(typeof(Deal), "d");
            var stage = Expression.Property(deal, nameof(Deal.Stage));
            Expression order = Expression.Constant(0);
            foreach (var (name, position) in stageOrders.OrderByDescending(s => s.Value))
                order = Expression.Condition(Expression.Equal(stage, Expression.Constant(name)), Expression.Constant(position), order);
            return Expression.Lambda<Func<Deal, int>>(order, deal);
        }

        public string Name => "stage";

        public IOrderedQueryable<Deal> Order(IQueryable<Deal> query, bool descending) => _column.Order(query, descending);

        public IQueryable<Deal> After(IQueryable<Deal> query, JsonElement value, long id, bool descending) =>
            _column.After(query, value, id, descending);

        public object? ValueOf(Deal row) => stageOrders.GetValueOrDefault(row.Stage);
    }
}

/// <summary>The pipeline's stages as a deal list reads them: names for the stage filter, kinds for status, orders for sorting.</summary>
public static class DealStages
{
    public sealed record Stage(string Name, int Order, string Kind, long PipelineId);

    public static Task<List<Stage>> LoadAsync(CrmDb db, CancellationToken cancellationToken) =>
        db.PipelineStages.AsNoTracking().Select(s => new Stage(s.Name, s.Order, s.Kind, s.PipelineId)).ToListAsync(cancellationToken);
}
