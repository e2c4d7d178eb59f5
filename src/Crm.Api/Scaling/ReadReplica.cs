using System.Diagnostics.Metrics;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Api.Scaling;

/// <summary>
/// The streaming replica of DATABASE_READ_URL, watched every <see cref="Interval"/>: how far it has replayed the
/// primary's WAL, and how many seconds behind the primary that is (the age of the oldest primary position it has not
/// replayed yet, so an idle primary is not "lagging" and a replica cut off from it is). It serves reads only while it
/// answers and lags at most READ_REPLICA_MAX_LAG_SECONDS; a caller's read goes there only once it has replayed that
/// caller's last commit (<see cref="CanServe"/>). Otherwise reads go to the primary, which is always right.
/// </summary>
public sealed class ReadReplica : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    const int MaxSamples = 1000;

    sealed record State(bool Reachable, NpgsqlLogSequenceNumber Replayed, double LagSeconds);

    static readonly Meter Counters = new(RequestTelemetryMiddleware.MeterName);
    static readonly Counter<long> Reads = Counters.CreateCounter<long>("db_reads_total",
        description: "Reads of routes that may use the replica, by the database that served them (replica or primary)");

    readonly NpgsqlDataSource _primary;
    readonly TimeSpan _maxLag;
    readonly TimeProvider _time;
    readonly ILogger<ReadReplica> _logger;
    readonly Meter _meter = new(RequestTelemetryMiddleware.MeterName);
    readonly Queue<(DateTimeOffset At, NpgsqlLogSequenceNumber Position)> _primaryPositions = new();
    volatile State _state = new(false, default, 0);
    bool _usable;

    public ReadReplica(CrmSettings settings, NpgsqlDataSource primary, TimeProvider time, ILogger<ReadReplica> logger)
    {
        _primary = primary;
        _maxLag = TimeSpan.FromSeconds(settings.ReadReplicaMaxLagSeconds);
        _time = time;
        _logger = logger;
        DataSource = Observability.Tracing.BuildDataSource(settings.ReadConnectionString!, "crm-replica");
        _meter.CreateObservableGauge("read_replica_up", () => Usable ? 1 : 0,
            description: "1 while the read replica answers within READ_REPLICA_MAX_LAG_SECONDS and serves reads");
        _meter.CreateObservableGauge("read_replica_lag_seconds", () => _state.LagSeconds, "s",
            description: "How far the read replica is behind the primary");
    }

    public NpgsqlDataSource DataSource { get; }

    bool Usable => _state is { Reachable: true } s && s.LagSeconds <= _maxLag.TotalSeconds;

    /// <summary>Whether a read of a caller whose last commit is at <paramref name="callerCommit"/> may go to the replica.</summary>
    public bool CanServe(NpgsqlLogSequenceNumber? callerCommit) =>
        Usable && (callerCommit is not { } commit || _state.Replayed >= commit);

    public static void Served(bool onReplica) => Reads.Add(1, new KeyValuePair<string, object?>("target", onReplica ? "replica" : "primary"));

    /// <summary>What /ready reports: never a reason to be unready, the primary serves the reads meanwhile.</summary>
    public string Check => _state switch
    {
        { Reachable: false } => "unreachable: reads on the primary",
        { LagSeconds: var lag } when lag > _maxLag.TotalSeconds => $"lagging {lag:0.#} s: reads on the primary",
        _ => "ok",
    };

    /// <summary>A request could not read there: stop sending reads until the next check finds it answering.</summary>
    public void Failed(Exception e)
    {
        _state = _state with { Reachable = false };
        Report(e.GetType().Name);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _time);
        do
        {
            string? problem = null;
            try
            {
                _state = await PollAsync(stoppingToken);
            }
            // Whatever went wrong, the loop goes on: a monitor that stopped would leave the last state in force.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                _state = _state with { Reachable = false };
                problem = e.GetType().Name;
            }
            Report(problem);
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    async Task<State> PollAsync(CancellationToken cancellationToken)
    {
        // The primary's position first: once the replica has replayed it, it was not behind at this moment.
        var now = _time.GetUtcNow();
        await using (var command = _primary.CreateCommand("SELECT pg_current_wal_lsn()"))
            _primaryPositions.Enqueue((now, (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(cancellationToken))!));
        if (_primaryPositions.Count > MaxSamples) _primaryPositions.Dequeue();

        // A server that is not in recovery is the primary itself (DATABASE_READ_URL naming it): never behind.
        await using var replica = DataSource.CreateCommand(
            "SELECT COALESCE(pg_last_wal_replay_lsn(), pg_current_wal_lsn())");
        var replayed = (NpgsqlLogSequenceNumber)(await replica.ExecuteScalarAsync(cancellationToken))!;
        while (_primaryPositions.TryPeek(out var oldest) && oldest.Position <= replayed) _primaryPositions.Dequeue();
        var lag = _primaryPositions.TryPeek(out var behind) ? (now - behind.At).TotalSeconds : 0;
        return new State(true, replayed, lag);
    }

    void Report(string? problem)
    {
        var usable = Usable;
        if (usable == _usable) return;
        _usable = usable;
        if (usable) _logger.LogInformation("The read replica serves reads again");
        else _logger.LogWarning("The read replica does not serve reads ({Reason}): reads go to the primary",
            problem ?? $"{_state.LagSeconds:0.#} s behind, more than READ_REPLICA_MAX_LAG_SECONDS");
    }

    public override void Dispose()
    {
        _meter.Dispose();
        DataSource.Dispose();
        base.Dispose();
    }
}

/// <summary>
/// The one place that decides which database a request's <see cref="CrmDb"/> talks to: the replica for a read that
/// <see cref="ReadYourWritesMiddleware"/> routed there, the primary for everything else (writes, and anything in a
/// write's transaction, background work). Both are pools of contexts, as AddDbContextPool would make.
/// </summary>
public sealed class CrmDbPools(IDbContextFactory<CrmDb> primary, IDbContextFactory<CrmDb>? replica)
{
    public CrmDb Primary() => WithoutAutoSavepoints(primary.CreateDbContext());

    public CrmDb For(HttpContext? context) =>
        replica is not null && context?.Features.Get<ReadRouting>() is { OnReplica: true } ? replica.CreateDbContext() : Primary();

    /// <summary>
    /// EF Core wraps every SaveChanges inside a transaction in a savepoint, two round trips each (four on a create: the
    /// record's save and its audit's). Nothing here continues a transaction after a failed save except where it says so
    /// with a savepoint of its own (an import's rows, a bulk job's records, a bulk item inside an Idempotency-Key
    /// request); everywhere else a failure ends the transaction. Set on every lease: a pooled context forgets it.
    /// </summary>
    static CrmDb WithoutAutoSavepoints(CrmDb db)
    {
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }
}

public static class CrmDbRegistration
{
    /// <summary>Registers CrmDb per request (scoped) over the primary, and over DATABASE_READ_URL's replica when set.</summary>
    public static void AddCrmDb(this IServiceCollection services, CrmSettings settings, NpgsqlDataSource primary)
    {
        if (settings.ReadConnectionString is not null)
        {
            services.AddSingleton<ReadReplica>();
            services.AddHostedService(sp => sp.GetRequiredService<ReadReplica>());
            services.AddSingleton<CommitPositions>();
        }
        services.AddSingleton(sp =>
        {
            var http = sp.GetRequiredService<IHttpContextAccessor>();
            var counts = new ListCountsInvalidation(sp.GetRequiredService<ListCounts>(), http);
            // On both databases: a failed statement cannot break the next request (npgsql#6391), and a statement timeout per request class.
            IInterceptor[] guards = [new PreparedStatementReset(), new StatementTimeouts(settings, http)];
            var primaryOptions = new DbContextOptionsBuilder<CrmDb>().UseNpgsql(primary).AddInterceptors(counts,
                new Events.OutboxInterceptor(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions)).AddInterceptors(guards);
            if (sp.GetService<CommitPositions>() is { } positions) primaryOptions.AddInterceptors(new CommitPositionRecorder(http, positions));
            var replica = sp.GetService<ReadReplica>() is { } r
                ? new PooledDbContextFactory<CrmDb>(new DbContextOptionsBuilder<CrmDb>().UseNpgsql(r.DataSource).AddInterceptors(guards).Options)
                : null;
            return new CrmDbPools(new PooledDbContextFactory<CrmDb>(primaryOptions.Options), replica);
        });
        services.AddScoped(sp => sp.GetRequiredService<CrmDbPools>().For(sp.GetRequiredService<IHttpContextAccessor>().HttpContext));
    }

    /// <summary>
    /// The GET routes among the builder's endpoints read from the replica when it is caught up with the caller. If the
    /// replica fails under a read (stopped since the last check), the read runs again on the primary: no 5xx for that.
    /// </summary>
    public static TBuilder ReadsFromReplica<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (!endpoint.Metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Get))) return;
            endpoint.Metadata.Add(ReplicaReadable.Instance);
            endpoint.FilterFactories.Add((_, next) => context => OnPrimaryIfReplicaFailsAsync(context, next));
        });
        return builder;
    }

    static async ValueTask<object?> OnPrimaryIfReplicaFailsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Features.Get<ReadRouting>() is not { OnReplica: true } routing) return await next(context);
        try
        {
            return await next(context);
        }
        catch (Exception e) when (!http.Response.HasStarted && (ErrorHandlingMiddleware.IsDatabaseUnavailable(e)
                                                                  || e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure }))
        {
            // 40001 on a standby: the query was cancelled by a conflict with recovery.
            http.RequestServices.GetRequiredService<ReadReplica>().Failed(e);
            routing.OnReplica = false;
            var primary = http.RequestServices.GetRequiredService<CrmDbPools>().Primary();
            http.Response.RegisterForDisposeAsync(primary);
            for (var i = 0; i < context.Arguments.Count; i++)
                if (context.Arguments[i] is CrmDb) context.Arguments[i] = primary;
            return await next(context);
        }
    }
}

/// <summary>Endpoint metadata: this route's reads may go to the replica.</summary>
public sealed class ReplicaReadable
{
    public static readonly ReplicaReadable Instance = new();
}
