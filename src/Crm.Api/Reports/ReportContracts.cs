using Crm.Api.Deals;

namespace Crm.Api.Reports;

/// <summary>Money is always a map of currency → amount: amounts in different currencies are never added together.</summary>
public sealed record OverviewResponse(
    CustomerFigures Customers, DealFigures Deals, ActivityFigures Activities,
    IReadOnlyList<DealResponse> RecentDeals, IReadOnlyList<TopCustomer> TopCustomers);

public sealed record CustomerFigures(int Total, IReadOnlyDictionary<string, int> ByStatus);

/// <summary>
/// <c>by_stage</c> counts deals per stage (the Go original's member), <c>by_stage_value</c> their value per currency.
/// <c>total_value</c>, <c>won_value</c> and <c>average_deal_size</c> are the Go original's: sums (and the mean over every
/// deal) when every deal counted has one currency, else null — amounts of different currencies are never added.
/// </summary>
public sealed record DealFigures(
    int Total, int OpenCount, int WonCount, int LostCount, IReadOnlyDictionary<string, int> ByStage,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> ByStageValue,
    IReadOnlyDictionary<string, decimal> OpenValueByCurrency, IReadOnlyDictionary<string, decimal> WeightedOpenValueByCurrency,
    IReadOnlyDictionary<string, decimal> WonValueByCurrency, IReadOnlyDictionary<string, decimal> AverageWonDealByCurrency,
    decimal WinRate, decimal? TotalValue, decimal? WonValue, decimal? AverageDealSize);

public sealed record ActivityFigures(int Total, int Scheduled, int Completed, int Cancelled, int Overdue, IReadOnlyDictionary<string, int> ByType);

/// <summary>A top customer by won value; <c>deals_count</c> and <c>deals_value</c> are the Go original's names for its won deals
/// (the value null when they span currencies).</summary>
public sealed record TopCustomer(long Id, string Name, string Email, string? Company, int WonDealsCount,
    IReadOnlyDictionary<string, decimal> WonValueByCurrency, int DealsCount, decimal? DealsValue);
