using Crm.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Npgsql;

namespace Crm.Api.Http;

/// <summary>
/// Every record saves with its row version (xmin) in the WHERE, so a write that raced another one fails with
/// <see cref="DbUpdateConcurrencyException"/>. Under If-Match that is the client's stale version: 412 (contract section 5).
/// Without If-Match the client asked for no version check, so the request runs again on the row as it is now and the
/// last writer wins, as on any other resource. Each attempt is a whole run of the handler in a transaction of its own (a
/// failed one rolls back, with its history and audit rows) on a cleared change tracker, so the row is read afresh.
/// </summary>
public static class ConcurrencyRetry
{
    const int Attempts = 3;

    static readonly HashSet<string> Writes = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    /// <summary>Wraps the writes among the builder's endpoints; reads keep the framework's filter-free fast path.</summary>
    public static TBuilder RetryConcurrentWrites<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Any(Writes.Contains)))
                endpoint.FilterFactories.Add((_, next) => context => RunAsync(context, next));
        });
        return builder;
    }

    sealed record LostRow(string Table, string KeyColumn, object Key);

    static async ValueTask<object?> RunAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<CrmDb>();
        // Inside an outer transaction (an Idempotency-Key POST) a failed attempt's writes cannot be undone on their own:
        // the error handler answers 409 CONFLICT then, as it does when every attempt lost its race.
        if (http.Request.Headers.IfMatch.Count > 0 || db.Database.CurrentTransaction is not null) return await next(context);

        LostRow? lost = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return lost is null ? await next(context) : await HoldingAsync(db, lost, context, next);
            }
            catch (DbUpdateConcurrencyException e) when (attempt < Attempts)
            {
                lost = e.Entries.FirstOrDefault() is { } entry ? RowOf(entry) : null;
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// A retry first locks the row it lost, in a transaction that the handler's own joins: the writers that lost together
    /// then take turns instead of racing again, so a retry cannot lose that row twice however many wrote at once.
    /// </summary>
    static async ValueTask<object?> HoldingAsync(CrmDb db, LostRow row, EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // FOR NO KEY UPDATE is the lock an UPDATE takes; it leaves xmin (the ETag the handler reads next) alone.
        await using (var command = new NpgsqlCommand(
            $"SELECT 1 FROM \"{row.Table}\" WHERE \"{row.KeyColumn}\" = @key FOR NO KEY UPDATE", (NpgsqlConnection)db.Database.GetDbConnection()))
        {
            command.Parameters.AddWithValue("key", row.Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var result = await next(context);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The row behind a failed entry; null (retry without the lock) for a key of several columns.</summary>
    static LostRow? RowOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [var key] && entry.Metadata.GetTableName() is { } table
            ? new LostRow(table, key.GetColumnName(), entry.Property(key.Name).OriginalValue!)
            : null;
}
