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
    public static IReadOnlyList<ISortField<Deal>> Fields(CrmDb db, IReadOnlyDictionary<string, int> stageOrders) =>
        [.. Columns, new StageOrderSortField(db, stageOrders)];

    /// <summary>
    /// Sorts by the deal's stage position in the pipeline (the stage's <c>order</c>), not by its name. SQL orders by a
    /// scalar subquery on pipeline_stages; the cursor value of a row comes from the stages loaded for the request.
    /// </summary>
    sealed class StageOrderSortField(CrmDb db, IReadOnlyDictionary<string, int> stageOrders) : ISortField<Deal>
    {
        readonly ISortField<Deal> _column = SortField.Of<Deal, int>("stage",
            d => db.PipelineStages.Where(s => s.Name == d.Stage).Select(s => s.Order).FirstOrDefault(), d => d.Id);

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
