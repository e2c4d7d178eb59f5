using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Reports;

/// <summary>The report's figures, computed with LINQ over the in-memory dataset, compared with a response.</summary>
public static class Expected
{
    /// <param name="reach">An agent with AGENT_READ_SCOPE=own: only what is theirs by contract section 3 counts (a customer
    /// assigned to them; a deal they own or of their customer; an activity assigned to them or of their customer).</param>
    public static void Check(JsonElement report, ReportDataset data, OverviewReportTests.Scope customers,
        OverviewReportTests.Scope deals, OverviewReportTests.Scope activities, long? reach = null)
    {
        bool Theirs(long customerId) => reach is null || data.Customers.Single(x => x.Id == customerId).AssignedTo == reach;
        var c = data.Customers.Where(x => customers.Counts(x.AssignedTo, x.CreatedAt, x.Deleted) && Theirs(x.Id)).ToList();
        var cs = report.GetProperty("customers");
        cs.GetProperty("total").GetInt32().ShouldBe(c.Count);
        foreach (var status in ReportDataset.CustomerStatuses)
            cs.GetProperty("by_status").GetProperty(status).GetInt32().ShouldBe(c.Count(x => x.Status == status), status);

        var d = data.Deals.Where(x => deals.Counts(x.OwnerId, x.CreatedAt, x.Deleted) && (x.OwnerId == reach || Theirs(x.CustomerId))).ToList();
        string Kind(DealRow x) => ReportDataset.StageKinds[x.Stage];
        var open = d.Where(x => Kind(x) == "open").ToList();
        var won = d.Where(x => Kind(x) == "won").ToList();
        var lost = d.Where(x => Kind(x) == "lost").ToList();
        var ds = report.GetProperty("deals");
        ds.GetProperty("total").GetInt32().ShouldBe(d.Count);
        ds.GetProperty("open_count").GetInt32().ShouldBe(open.Count);
        ds.GetProperty("won_count").GetInt32().ShouldBe(won.Count);
        ds.GetProperty("lost_count").GetInt32().ShouldBe(lost.Count);
        foreach (var stage in ReportDataset.StageKinds.Keys)
        {
            var inStage = d.Where(x => x.Stage == stage).ToList();
            ds.GetProperty("by_stage").GetProperty(stage).GetInt32().ShouldBe(inStage.Count, stage);
            ShouldMatch(ds.GetProperty("by_stage_value").GetProperty(stage), PerCurrency(inStage, g => g.Sum(x => x.Amount)));
        }
        // The Go original's sums (contract section 4): plain sums when the deals counted have one currency, else null.
        decimal? SingleCurrencySum(List<DealRow> rows) => rows.Select(x => x.Currency).Distinct().Count() > 1 ? null : rows.Sum(x => x.Amount);
        Nullable(ds.GetProperty("total_value")).ShouldBe(SingleCurrencySum(d));
        Nullable(ds.GetProperty("won_value")).ShouldBe(SingleCurrencySum(won));
        Nullable(ds.GetProperty("average_deal_size")).ShouldBe(d.Count == 0 ? 0m : SingleCurrencySum(d) is { } sum ? Round(sum / d.Count, 2) : null);
        ShouldMatch(ds.GetProperty("open_value_by_currency"), PerCurrency(open, g => g.Sum(x => x.Amount)));
        ShouldMatch(ds.GetProperty("weighted_open_value_by_currency"), PerCurrency(open, g => Round(g.Sum(x => x.Amount * x.Probability / 100m), 2)));
        ShouldMatch(ds.GetProperty("won_value_by_currency"), PerCurrency(won, g => g.Sum(x => x.Amount)));
        ShouldMatch(ds.GetProperty("average_won_deal_by_currency"), PerCurrency(won, g => Round(g.Average(x => x.Amount), 2)));
        var winRate = won.Count + lost.Count == 0 ? 0m : Round((decimal)won.Count / (won.Count + lost.Count), 4);
        ds.GetProperty("win_rate").GetDecimal().ShouldBe(winRate);

        var a = data.Activities.Where(x => activities.Counts(x.AssignedTo, x.CreatedAt, x.Deleted) && (x.AssignedTo == reach || Theirs(x.CustomerId))).ToList();
        var now = DateTime.UtcNow;
        var acts = report.GetProperty("activities");
        acts.GetProperty("total").GetInt32().ShouldBe(a.Count);
        foreach (var status in new[] { "scheduled", "completed", "cancelled" })
            acts.GetProperty(status).GetInt32().ShouldBe(a.Count(x => x.Status == status), status);
        acts.GetProperty("overdue").GetInt32().ShouldBe(a.Count(x => x.Status == "scheduled" && x.DueDate < now));
        foreach (var type in ReportDataset.ActivityTypes)
            acts.GetProperty("by_type").GetProperty(type).GetInt32().ShouldBe(a.Count(x => x.Type == type), type);

        var recent = d.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id).Take(5).Select(x => x.Id);
        report.GetProperty("recent_deals").EnumerateArray().Select(x => x.Id()).ShouldBe(recent);
        var first = report.GetProperty("recent_deals").EnumerateArray().FirstOrDefault();
        if (first.ValueKind == JsonValueKind.Object)
        {
            var deal = d.Single(x => x.Id == first.Id());
            first.GetProperty("amount").GetDecimal().ShouldBe(deal.Amount);
            first.Str("currency").ShouldBe(deal.Currency);
        }

        // Top customers: live (and reachable) customers ranked by their best single-currency won total, then won deals, then id.
        var top = won.GroupBy(x => x.CustomerId)
            .Select(g => (Customer: data.Customers.Single(x => x.Id == g.Key), Deals: g.ToList()))
            .Where(t => !t.Customer.Deleted && Theirs(t.Customer.Id))
            .OrderByDescending(t => t.Deals.GroupBy(x => x.Currency).Max(g => g.Sum(x => x.Amount)))
            .ThenByDescending(t => t.Deals.Count).ThenBy(t => t.Customer.Id)
            .Take(5).ToList();
        var tops = report.GetProperty("top_customers").EnumerateArray().ToList();
        tops.Select(x => x.Id()).ShouldBe(top.Select(t => t.Customer.Id));
        foreach (var (element, expected) in tops.Zip(top))
        {
            element.Str("name").ShouldBe(expected.Customer.Name);
            element.Str("email").ShouldBe(expected.Customer.Email);
            element.Str("company").ShouldBe(expected.Customer.Company);
            element.GetProperty("won_deals_count").GetInt32().ShouldBe(expected.Deals.Count);
            element.GetProperty("deals_count").GetInt32().ShouldBe(expected.Deals.Count);
            Nullable(element.GetProperty("deals_value")).ShouldBe(SingleCurrencySum(expected.Deals));
            ShouldMatch(element.GetProperty("won_value_by_currency"), PerCurrency(expected.Deals, g => g.Sum(x => x.Amount)));
        }
    }

    static decimal? Nullable(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    static Dictionary<string, decimal> PerCurrency(IEnumerable<DealRow> deals, Func<IEnumerable<DealRow>, decimal> value) =>
        deals.GroupBy(x => x.Currency).ToDictionary(g => g.Key, g => value(g));

    static void ShouldMatch(JsonElement actual, Dictionary<string, decimal> expected) =>
        actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal()).ShouldBe(expected, ignoreOrder: true);
}
