using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Crm.Api.Tests.Performance;

/// <summary>A statement exactly as the application sent it: text and parameter values.</summary>
public sealed record CapturedSql(string Text, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>
/// Records the SQL that EF Core executes against one database, from EF's own diagnostic events (which fire whatever
/// the log filters say), so that EXPLAIN runs the statements the endpoints really issue, never a hand-written copy.
/// </summary>
public sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    readonly string _database;
    readonly IDisposable _subscription;
    readonly ConcurrentBag<IDisposable> _listeners = [];
    readonly ConcurrentQueue<CapturedSql> _statements = new();

    public SqlCapture(string database)
    {
        _database = database;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Takes what was captured so far and starts afresh.</summary>
    public List<CapturedSql> Take()
    {
        var taken = new List<CapturedSql>();
        while (_statements.TryDequeue(out var statement)) taken.Add(statement);
        return taken;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            _listeners.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandEventData { Command: NpgsqlCommand command } && command.Connection?.Database == _database)
            _statements.Enqueue(new CapturedSql(command.CommandText, command.Parameters.Select(p => p.Clone()).ToList()));
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        _subscription.Dispose();
        foreach (var listener in _listeners) listener.Dispose();
    }
}
