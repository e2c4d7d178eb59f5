using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Api.Http;

/// <summary>
/// Remembers, per caller and filter, that a list matched more than COUNT_LIMIT rows. Counting up to the limit is most
/// of the database time of a list page on a big book (10,001 rows read to say "10,000+": ~3.5 ms, against ~0.5 ms for
/// the page itself, at 1M customers), and paging through a big list would recount on every page. A remembered
/// "more than the limit" answers the same caller's list with the same filters (any page, size or sort) for up to
/// <see cref="Freshness"/>, and only until the next write this instance commits: a total stays exact up to the limit,
/// as the contract requires. Exact totals are never remembered.
/// </summary>
public sealed class ListCounts(TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    const int MaxEntries = 10_000;

    sealed record Entry(DateTimeOffset Until, long Generation);

    readonly ConcurrentDictionary<string, Entry> _overflowing = new();
    long _generation;

    /// <summary>Read before counting: a write committed after this moment makes the count unusable.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool KnownOverLimit(string key) =>
        _overflowing.TryGetValue(key, out var entry) && entry.Generation == Generation && entry.Until > time.GetUtcNow();

    public void OverLimit(string key, long generation)
    {
        var now = time.GetUtcNow();
        if (_overflowing.Count >= MaxEntries)
            foreach (var stale in _overflowing.Where(e => e.Value.Until <= now || e.Value.Generation != Generation)) _overflowing.TryRemove(stale);
        if (_overflowing.Count < MaxEntries) _overflowing[key] = new Entry(now + Freshness, generation);
    }

    /// <summary>Forgets every remembered count: something was written.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);
}

/// <summary>Every write of the service commits an EF Core transaction (the audit row goes with it): each commit invalidates.</summary>
public sealed class ListCountsInvalidation(ListCounts counts) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => counts.Invalidate();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        counts.Invalidate();
        return Task.CompletedTask;
    }
}
