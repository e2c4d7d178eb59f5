using System.Text.Json;
using Crm.Api.AuditLogs;
using Crm.Api.Data;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Api.Events;

/// <summary>An event waiting for its transaction: everything but the resource's state, which is read when it is appended.</summary>
public sealed class EventDraft
{
    static long _order;

    public required string Type { get; init; }
    public required string ResourceType { get; init; }
    public required long ResourceId { get; init; }
    public required DateTime OccurredAt { get; init; }
    public required long ActorUserId { get; init; }
    public required string ActorRole { get; init; }
    public string? Changes { get; init; }
    public string? RequestId { get; init; }
    /// <summary>Events of one transaction are appended in the order they were recorded.</summary>
    public long Order { get; } = Interlocked.Increment(ref _order);
    public bool Appended { get; set; }
}

/// <summary>A row of <c>crm_events</c> as EF writes it; id, sequence and position are the table trigger's.</summary>
public sealed class OutboxEvent
{
    public long Id { get; set; }
    public required string Type { get; init; }
    public DateTime OccurredAt { get; init; }
    public long ActorUserId { get; init; }
    public required string ActorRole { get; init; }
    public required string ResourceType { get; init; }
    public long ResourceId { get; init; }
    public required string Data { get; init; }
    public string? Changes { get; init; }
    public string? RequestId { get; init; }
}

sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("crm_events");
        builder.Property(e => e.Data).HasColumnType("json");
        builder.Property(e => e.Changes).HasColumnType("json");
    }
}

/// <summary>
/// The transactional outbox (contract section 10). <see cref="AuditTrail"/> hangs an <see cref="EventDraft"/> on every
/// audit row whose action has an event type, and this interceptor appends the event to <c>crm_events</c> in the same
/// transaction: change, audit row and event commit together or not at all, whichever write path recorded them.
/// An event whose resource the handler tracks goes into the audit row's own save (one batch, no round trip of its
/// own); the others are appended right after that save, once the resource can be read as the transaction now sees it.
/// </summary>
/// <param name="options">The answers' JSON options: an event's data is the resource as its GET shows it.</param>
public sealed class OutboxInterceptor(JsonSerializerOptions options) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CrmDb { Database.CurrentTransaction: not null } db) WithoutDetectingChanges(db, () => AddTrackedEvents(db, options));
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Adds the events whose data the tracked entities hold to the save about to run. Once one event of a resource has
    /// to wait for the read after the save, the later ones of that resource wait too, so they keep their order.
    /// </summary>
    static void AddTrackedEvents(CrmDb db, JsonSerializerOptions options)
    {
        var waiting = new HashSet<(string, long)>();
        foreach (var draft in Drafts(db, EntityState.Added))
        {
            if (!waiting.Contains((draft.ResourceType, draft.ResourceId)) && EventResources.FromTracked(db, draft, options) is { } data)
            {
                db.Add(new OutboxEvent
                {
                    Type = draft.Type, OccurredAt = draft.OccurredAt, ActorUserId = draft.ActorUserId, ActorRole = draft.ActorRole,
                    ResourceType = draft.ResourceType, ResourceId = draft.ResourceId, Data = data, Changes = draft.Changes,
                    RequestId = draft.RequestId,
                });
                draft.Appended = true;
            }
            else waiting.Add((draft.ResourceType, draft.ResourceId));
        }
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CrmDb db) await FlushAsync(db, options, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is CrmDb db && WithoutDetectingChanges(db, () => Drafts(db, EntityState.Unchanged)).Count > 0)
            throw new InvalidOperationException("Events are appended by SaveChangesAsync only");
        return result;
    }

    /// <summary>The audit rows' events not appended yet: Added before the save, Unchanged after it.</summary>
    static List<EventDraft> Drafts(CrmDb db, EntityState state) => db.ChangeTracker.Entries<AuditLog>()
        .Where(e => e.State == state && e.Entity.Event is { Appended: false })
        .Select(e => e.Entity.Event!).OrderBy(d => d.Order).ToList();

    /// <summary>
    /// Reads the change tracker as the save left it. Every look at it (Entries) would otherwise compare every tracked
    /// entity with its snapshot again: three times per save, on the path of every write (make bench-events).
    /// </summary>
    static T WithoutDetectingChanges<T>(CrmDb db, Func<T> read)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    static void WithoutDetectingChanges(CrmDb db, Action read) => WithoutDetectingChanges(db, () => { read(); return 0; });

    static async Task FlushAsync(CrmDb db, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var drafts = WithoutDetectingChanges(db, () => Drafts(db, EntityState.Unchanged));
        if (drafts.Count == 0) return;
        // Without a transaction of the caller's, EF has already committed the change: an event now could be lost.
        if (db.Database.CurrentTransaction is not { } transaction)
            throw new InvalidOperationException("A change that emits an event must run in a transaction (CrmDb.InTransactionAsync)");

        var events = new List<(EventDraft, string)>(drafts.Count + 1);
        foreach (var draft in drafts)
        {
            var data = await EventResources.LoadAsync(db, draft, options, cancellationToken);
            events.Add((draft, data.Json));
            if (draft.Type == EventTypes.DealStageChanged && data.StageKind is "won" or "lost")
                events.Add((Follow(draft, data.StageKind == "won" ? EventTypes.DealWon : EventTypes.DealLost), data.Json));
        }
        await Outbox.AppendAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(),
            events, cancellationToken);
        foreach (var draft in drafts) draft.Appended = true;
    }

    /// <summary>A second event of the same change (deal.won after deal.stage_changed).</summary>
    static EventDraft Follow(EventDraft draft, string type) => new()
    {
        Type = type, ResourceType = draft.ResourceType, ResourceId = draft.ResourceId, OccurredAt = draft.OccurredAt,
        ActorUserId = draft.ActorUserId, ActorRole = draft.ActorRole, Changes = draft.Changes, RequestId = draft.RequestId,
    };
}

public static class Outbox
{
    /// <summary>Inserts the events; their id, sequence and position (xid) are assigned by the table's trigger.</summary>
    public static async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        IReadOnlyList<(EventDraft Draft, string Data)> events, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (draft, data) in events)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO crm_events (type, occurred_at, actor_user_id, actor_role, resource_type, resource_id, data, changes, request_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.Type });
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = draft.OccurredAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = draft.ActorUserId });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.ActorRole });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.ResourceType });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = draft.ResourceId });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = data, NpgsqlDbType = NpgsqlDbType.Json });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)draft.Changes ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Json });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)draft.RequestId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
