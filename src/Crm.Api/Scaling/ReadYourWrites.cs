using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using StackExchange.Redis;

namespace Crm.Api.Scaling;

/// <summary>Where this request's reads go, and the commit positions it knows of (a request feature).</summary>
public sealed class ReadRouting
{
    /// <summary>The caller's last commit as far as anyone knows: the client's X-CRM-Consistency, or what was recorded.</summary>
    public NpgsqlLogSequenceNumber? Caller { get; set; }

    /// <summary>This request's own commit.</summary>
    public NpgsqlLogSequenceNumber? Committed { get; set; }

    public bool OnReplica { get; set; }
}

/// <summary>
/// Each user's last commit position (contract section 12): in Redis when REDIS_URL is set, so that every instance knows
/// it, and in this instance's memory (which is all there is without Redis, or while it is unreachable). Positions only
/// matter until the replica has replayed them, which is seconds: they expire after <see cref="Retention"/>.
/// </summary>
public sealed class CommitPositions(SharedState shared, TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);
    const int MaxLocalEntries = 100_000;

    /// <summary>Keeps the larger of the stored and the new position: two instances' commits may record out of order.</summary>
    const string KeepLatest = """
        local current = redis.call('GET', KEYS[1])
        if not current or current < ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
        return 1
        """;

    readonly ConcurrentDictionary<long, (ulong Position, DateTimeOffset At)> _local = new();

    public async ValueTask<NpgsqlLogSequenceNumber?> GetAsync(long userId)
    {
        ulong latest = _local.TryGetValue(userId, out var local) && local.At + Retention > time.GetUtcNow() ? local.Position : 0;
        var (isShared, value) = await shared.TryAsync(db => db.StringGetAsync(Key(userId)));
        if (isShared && value.HasValue && ulong.TryParse((string?)value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var stored))
            latest = Math.Max(latest, stored);
        return latest == 0 ? null : new NpgsqlLogSequenceNumber(latest);
    }

    public async ValueTask RecordAsync(long userId, NpgsqlLogSequenceNumber position)
    {
        var now = time.GetUtcNow();
        if (_local.Count >= MaxLocalEntries)
            foreach (var old in _local.Where(e => e.Value.At + Retention <= now)) _local.TryRemove(old);
        _local.AddOrUpdate(userId, ((ulong)position, now), (_, current) => ((ulong)position > current.Position ? (ulong)position : current.Position, now));
        // Fixed-width hex, so that Redis compares positions as strings.
        var text = ((ulong)position).ToString("X16", CultureInfo.InvariantCulture);
        await shared.TryAsync(db => db.ScriptEvaluateAsync(KeepLatest, [Key(userId)], [text, (long)Retention.TotalMilliseconds]));
    }

    static RedisKey Key(long userId) => $"crm:commit:{userId}";
}

/// <summary>
/// With DATABASE_READ_URL: reads the client's X-CRM-Consistency (a commit position from an earlier response), routes a
/// GET of a <see cref="ReplicaReadable"/> route to the replica when it has replayed the caller's last commit, and answers
/// every request with the caller's latest known position in X-CRM-Consistency.
/// </summary>
public sealed class ReadYourWritesMiddleware(RequestDelegate next, ReadReplica replica, CommitPositions positions)
{
    public const string Header = "X-CRM-Consistency";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<CurrentUser>() is not { } user)
        {
            await next(context);
            return;
        }
        var sent = context.Request.Headers[Header].ToString();
        NpgsqlLogSequenceNumber? fromClient = null;
        if (sent.Length > 0)
        {
            if (sent.Length > 40 || !NpgsqlLogSequenceNumber.TryParse(sent, out var parsed))
            {
                await ApiError.WriteAsync(context, 400, "VALIDATION_FAILED", $"{Header} must be a value of an earlier {Header} response header",
                    new ValidationErrors(new Dictionary<string, string[]> { [Header] = ["must be a value of an earlier X-CRM-Consistency response header"] }));
                return;
            }
            fromClient = parsed;
        }

        var routing = new ReadRouting { Caller = fromClient };
        context.Features.Set(routing);
        context.Response.OnStarting(() =>
        {
            if (Latest(routing.Committed, routing.Caller) is { } position) context.Response.Headers[Header] = position.ToString();
            return Task.CompletedTask;
        });

        var method = context.Request.Method;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && context.GetEndpoint()?.Metadata.GetMetadata<ReplicaReadable>() is not null)
        {
            routing.Caller = Latest(fromClient, await positions.GetAsync(user.Id));
            routing.OnReplica = replica.CanServe(routing.Caller);
            ReadReplica.Served(routing.OnReplica);
        }
        await next(context);
    }

    static NpgsqlLogSequenceNumber? Latest(NpgsqlLogSequenceNumber? a, NpgsqlLogSequenceNumber? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}

/// <summary>
/// After a request's write commits on the primary, records where the primary's WAL then ends for the caller: the
/// replica has the write once it has replayed that far. (Every write commits an EF Core transaction, asynchronously.)
/// </summary>
public sealed class CommitPositionRecorder(IHttpContextAccessor http, CommitPositions positions) : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (http.HttpContext is not { } context || context.Features.Get<ReadRouting>() is not { } routing
            || context.Features.Get<CurrentUser>() is not { } user || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            return;
        await using var command = new NpgsqlCommand("SELECT pg_current_wal_insert_lsn()", (NpgsqlConnection)eventData.Context!.Database.GetDbConnection());
        var position = (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(cancellationToken))!;
        routing.Committed = position;
        await positions.RecordAsync(user.Id, position);
    }
}
