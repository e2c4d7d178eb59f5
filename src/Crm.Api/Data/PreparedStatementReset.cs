using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Crm.Api.Data;

/// <summary>
/// Keeps a failed statement from breaking the next request on the same pooled connection (npgsql/npgsql#6391,
/// docs/npgsql-6391.md): when the execution that auto-prepares a statement fails before PostgreSQL describes its
/// result (a value refused while binding, or while planning), Npgsql records the statement as prepared without its
/// result description, and the next execution of that SQL on that connection fails ("unexpected backend message
/// DataRow") whoever sends it. So a connection on which a command failed, or a transaction ended without a commit
/// (raw commands on the same connection fail unseen by EF Core), forgets every prepared statement - on both sides,
/// with <see cref="NpgsqlConnection.UnprepareAll"/> - before it goes back to the pool. Failures are rare, so the cost
/// is one round trip and a few re-preparations; the kept plans of every other request stay (docs/performance.md).
/// </summary>
public sealed class PreparedStatementReset : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    sealed class State
    {
        public bool CommandFailed;
        public bool TransactionOpen;
    }

    readonly ConditionalWeakTable<DbConnection, State> _states = new();

    State Of(DbConnection connection) => _states.GetOrCreateValue(connection);

    void IDbCommandInterceptor.CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Of(eventData.Connection).CommandFailed = true;

    Task IDbCommandInterceptor.CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken)
    {
        Of(eventData.Connection).CommandFailed = true;
        return Task.CompletedTask;
    }

    DbTransaction IDbTransactionInterceptor.TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Of(connection).TransactionOpen = true;
        return result;
    }

    ValueTask<DbTransaction> IDbTransactionInterceptor.TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken)
    {
        Of(connection).TransactionOpen = true;
        return ValueTask.FromResult(result);
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Of(eventData.Context!.Database.GetDbConnection()).TransactionOpen = false;

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken)
    {
        Of(eventData.Context!.Database.GetDbConnection()).TransactionOpen = false;
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Reset(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result)
    {
        Reset(connection);
        return ValueTask.FromResult(result);
    }

    void Reset(DbConnection connection)
    {
        if (!_states.TryGetValue(connection, out var state) || !(state.CommandFailed || state.TransactionOpen)) return;
        state.CommandFailed = state.TransactionOpen = false;
        if (connection is not NpgsqlConnection { State: System.Data.ConnectionState.Open } npgsql) return;
        try
        {
            // Synchronous: Npgsql has no async form; this runs only after a failure.
            npgsql.UnprepareAll();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection broke meanwhile: the pool discards a broken connection, and its prepared statements with it.
        }
    }
}
