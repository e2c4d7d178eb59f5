using Crm.Api.Deals;

namespace Crm.Api.Reports;

/// <summary>Money is always a map of currency → amount: amounts in different currencies are never added together.</summary>
public sealed record OverviewResponse(
    CustomerFigures Customers, DealFigures Deals, ActivityFigures Activities,
    IReadOnlyList<DealResponse> RecentDeals, IReadOnlyList<TopCustomer> TopCustomers);

public sealed record CustomerFigures(int Total, IReadOnlyDictionary<string, int> ByStatus);

public sealed record StageFigures(int Count, IReadOnlyDictionary<string, decimal> ValueByCurrency);

public sealed record DealFigures(
    int Total, int OpenCount, int WonCount, int LostCount, IReadOnlyDictionary<string, StageFigures> ByStage,
    IReadOnlyDictionary<string, decimal> OpenValueByCurrency, IReadOnlyDictionary<string, decimal> WeightedOpenValueByCurrency,
    IReadOnlyDictionary<string, decimal> WonValueByCurrency, IReadOnlyDictionary<string, decimal> AverageWonDealByCurrency,
    decimal WinRate);

public sealed record ActivityFigures(int Total, int Scheduled, int Completed, int Cancelled, int Overdue, IReadOnlyDictionary<string, int> ByType);

public sealed record TopCustomer(long Id, string Name, string Email, string? Company, int WonDealsCount,
    IReadOnlyDictionary<string, decimal> WonValueByCurrency);
