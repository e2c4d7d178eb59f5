using Crm.Api.Data;
using Npgsql;

namespace Crm.Api.Operations;

/// <summary>
/// The database half of <c>/ready</c>: whether the database answers and its schema is at this build's version. The
/// probe needs no token, so it is computed at most once per <see cref="Freshness"/> and shared by every caller meanwhile:
/// a flood of probes is not a flood of queries.
/// </summary>
public sealed class ReadinessCheck(Migrator migrator, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    sealed record Entry(DateTimeOffset Until, Lazy<Task<IReadOnlyDictionary<string, string>>> Checks);

    Entry? _current;

    public Task<IReadOnlyDictionary<string, string>> GetAsync()
    {
        var now = time.GetUtcNow();
        var current = Volatile.Read(ref _current);
        if (current is null || current.Until <= now)
        {
            var fresh = new Entry(now + Freshness, new Lazy<Task<IReadOnlyDictionary<string, string>>>(CheckAsync));
            current = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current)!;
        }
        return current.Checks.Value;
    }

    async Task<IReadOnlyDictionary<string, string>> CheckAsync()
    {
        var checks = new Dictionary<string, string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var version = await migrator.VersionAsync(timeout.Token);
            checks["database"] = "ok";
            checks["schema"] = version switch
            {
                { Dirty: true } => $"dirty at version {version.Version}",
                { Version: var v } when v == Migrator.LatestVersion => "ok",
                { Version: var v } => $"at version {v?.ToString() ?? "none"}, expected {Migrator.LatestVersion}",
            };
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            checks["database"] = "unreachable";
        }
        return checks;
    }
}
