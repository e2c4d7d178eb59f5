using System.Data;
using Crm.Api.Events;
using Npgsql;

namespace Crm.Api.Reports;

/// <summary>
/// The overview's maintained aggregates (migration 000024): the triggers append deltas, <see cref="FoldAsync"/> moves
/// them into the summaries, <see cref="RebuildAsync"/> recomputes everything from the base tables and
/// <see cref="DifferencesAsync"/> says where the two disagree (<c>crm reports verify|rebuild</c>).
/// </summary>
public static class ReportAggregates
{
    /// <summary>One fold or rebuild at a time, across instances and the command line.</summary>
    const string LockKey = "hashtext('crm report aggregates')";

    public sealed record Difference(string Report, string Key, string Expected, string Actual);

    /// <summary>Folds the deltas unless another fold is running (then it has nothing to do); <paramref name="cutoff"/>
    /// moves the overdue cutoff there instead of to the current hour (tests).</summary>
    public static async Task<bool> FoldAsync(NpgsqlDataSource dataSource, DateTime? cutoff = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await ScalarAsync<bool>(connection, null, $"SELECT pg_try_advisory_lock({LockKey})", cancellationToken)) return false;
        try
        {
            // The deltas it moves and the activities it counts for a new cutoff must be read in one snapshot.
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var command = new NpgsqlCommand("SELECT report_fold($1)", connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)cutoff ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await ScalarAsync<bool>(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>Recomputes the summaries from the base tables; writers of customers, deals and activities wait meanwhile.</summary>
    public static async Task RebuildAsync(NpgsqlDataSource dataSource, DateTime? cutoff = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ScalarAsync<object>(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        await using var command = new NpgsqlCommand("SELECT report_rebuild($1)", connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)cutoff ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every bucket where the summaries and the pending deltas disagree with the base tables.</summary>
    public static async Task<List<Difference>> DifferencesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The summaries, the deltas, the cutoff and the base tables in one snapshot, whatever folds meanwhile.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT report, key, expected, actual FROM report_differences()", connection, transaction)
            { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var differences = new List<Difference>();
        while (await reader.ReadAsync(cancellationToken))
            differences.Add(new Difference(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return differences;
    }

    /// <summary><c>crm reports verify|rebuild</c>: verify prints each difference and exits 1 when there is one.</summary>
    public static async Task<int> RunCommandAsync(string[] args, string connectionString, TextWriter output, TextWriter errors)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        switch (args.FirstOrDefault())
        {
            case "verify":
                var differences = await DifferencesAsync(dataSource);
                foreach (var d in differences) output.WriteLine($"{d.Report} {d.Key}: expected {d.Expected}, stored {d.Actual}");
                if (differences.Count == 0)
                {
                    output.WriteLine("report aggregates match the base tables");
                    return 0;
                }
                errors.WriteLine($"{differences.Count} difference(s); `crm reports rebuild` recomputes the aggregates");
                return 1;
            case "rebuild":
                var started = TimeProvider.System.GetTimestamp();
                await RebuildAsync(dataSource);
                output.WriteLine($"report aggregates rebuilt in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s");
                return 0;
            default:
                errors.WriteLine("usage: crm reports verify | rebuild");
                return 2;
        }
    }

    static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

/// <summary>Folds the deltas every second, so that readers add few of them (they are right either way).</summary>
public sealed class ReportFoldService(NpgsqlDataSource dataSource, ILogger<ReportFoldService> logger)
    : PollingService(logger, TimeSpan.FromSeconds(1))
{
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await ReportAggregates.FoldAsync(dataSource, cancellationToken: cancellationToken);
        return false;
    }
}
