using System.Reflection;
using System.Text.RegularExpressions;
using Crm.Api.Data.Adoption;
using Npgsql;

namespace Crm.Api.Data;

public sealed record Migration(long Version, string Name, string Up, string Down);

public sealed record SchemaVersion(long? Version, bool Dirty);

/// <summary>
/// Applies the SQL files of <c>migrations/</c> (embedded in the program) the way golang-migrate does, and
/// keeps its history table format so either tool can take over: one row <c>(version, dirty)</c>.
/// A PostgreSQL advisory lock makes concurrent starts apply each file exactly once; each file runs in a
/// transaction; a file that fails leaves its version marked dirty until an operator fixes it.
/// </summary>
public sealed partial class Migrator(NpgsqlDataSource dataSource, string table, ILogger logger)
{
    public static readonly IReadOnlyList<Migration> All = Load();

    public static long LatestVersion => All[^1].Version;

    public async Task<SchemaVersion> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadVersionAsync(connection, cancellationToken);
    }

    /// <summary>What the database holds (empty, legacy, ours, unknown), from the catalogue alone.</summary>
    public async Task<DatabaseSchema> InspectAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await SchemaInspector.InspectAsync(connection, table, cancellationToken);
    }

    /// <summary>
    /// Applies pending migrations (all, or the next <paramref name="steps"/>). Returns how many ran. A legacy database is
    /// never migrated here (it needs the adoption, <see cref="LegacyAdoption"/>), nor one of unknown shape.
    /// </summary>
    public Task<int> UpAsync(int? steps = null, CancellationToken cancellationToken = default) =>
        WithLockAsync(async connection =>
        {
            var schema = await SchemaInspector.InspectAsync(connection, table, cancellationToken);
            RefuseUnlessOurs(schema);
            await EnsureHistoryTableAsync(connection, cancellationToken);
            var current = await ReadVersionAsync(connection, cancellationToken);
            EnsureClean(current);
            var pending = All.Where(m => m.Version > (current.Version ?? 0)).Take(steps ?? int.MaxValue).ToList();
            foreach (var migration in pending)
            {
                logger.LogInformation("Applying migration {Version} {Name}", migration.Version, migration.Name);
                await ApplyAsync(connection, migration.Version, migration.Up, migration.Version, cancellationToken);
            }
            return pending.Count;
        }, cancellationToken);

    /// <summary>
    /// Reverts applied migrations (all, or the last <paramref name="steps"/>). Returns how many ran. On an adopted database
    /// it never reverts the adoption's baseline: that down would drop the legacy tables and their data.
    /// </summary>
    public Task<int> DownAsync(int? steps = null, CancellationToken cancellationToken = default) =>
        WithLockAsync(async connection =>
        {
            var schema = await SchemaInspector.InspectAsync(connection, table, cancellationToken);
            RefuseUnlessOurs(schema);
            var current = await ReadVersionAsync(connection, cancellationToken);
            EnsureClean(current);
            var applied = All.Where(m => m.Version <= (current.Version ?? 0)).Reverse().Take(steps ?? int.MaxValue).ToList();
            if (schema.Baseline is { } baseline && applied.Any(m => m.Version <= baseline))
            {
                var allowed = All.Count(m => m.Version > baseline && m.Version <= (current.Version ?? 0));
                throw new AdoptionRefusedException(
                    $"migrate down {(steps?.ToString() ?? "(all)")} would revert migration {baseline}, the baseline this database was adopted at: " +
                    $"its down would drop the adopted tables and their data. At most {allowed} migration(s) can be reverted here; nothing was changed. " +
                    "To go back to the Go service, restore the backup taken by the adoption (README, \"Replacing the Go service\").");
            }
            foreach (var migration in applied)
            {
                var previous = All.LastOrDefault(m => m.Version < migration.Version)?.Version;
                logger.LogInformation("Reverting migration {Version} {Name}", migration.Version, migration.Name);
                await ApplyAsync(connection, migration.Version, migration.Down, previous, cancellationToken);
            }
            return applied.Count;
        }, cancellationToken);

    static void RefuseUnlessOurs(DatabaseSchema schema)
    {
        switch (schema.Kind)
        {
            case SchemaKind.Legacy:
                throw new AdoptionRefusedException(
                    "This is the Go CRM service's database (legacy schema, golang-migrate version 1). It is only ever converted by an explicit " +
                    "adoption: run 'crm migrate check', then 'crm migrate up --backup-to <file>' (README, \"Replacing the Go service\").");
            case SchemaKind.Unknown:
                throw new AdoptionRefusedException($"Refusing to migrate a database of unknown shape: {schema.Detail}");
        }
    }

    /// <summary>Sets the recorded version without running anything (golang-migrate's <c>force</c>), to clear a dirty state.</summary>
    public Task ForceAsync(long version, CancellationToken cancellationToken = default) =>
        WithLockAsync(async connection =>
        {
            // Forcing a version onto the Go service's tables would pass them off as ours, unconverted.
            RefuseUnlessOurs(await SchemaInspector.InspectAsync(connection, table, cancellationToken));
            await EnsureHistoryTableAsync(connection, cancellationToken);
            await SetVersionAsync(connection, null, version, dirty: false, cancellationToken);
            return 0;
        }, cancellationToken);

    static void EnsureClean(SchemaVersion current)
    {
        if (current.Dirty)
            throw new InvalidOperationException(
                $"The database schema is dirty at version {current.Version}: a migration failed part-way. " +
                "Fix the database by hand, then run 'migrate force <version>'.");
    }

    async Task ApplyAsync(NpgsqlConnection connection, long version, string sql, long? versionAfter, CancellationToken cancellationToken)
    {
        // Marked dirty first, outside the migration's transaction: if the file fails, the mark stays.
        await SetVersionAsync(connection, null, version, dirty: true, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // No command timeout: a migration may build an index over millions of rows, or wait for a lock.
        await using (var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 })
            await command.ExecuteNonQueryAsync(cancellationToken);
        await SetVersionAsync(connection, transaction, versionAfter, dirty: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records <paramref name="version"/> as applied and clean, creating the history table when missing (inside the caller's transaction).</summary>
    internal async Task RecordVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long version, CancellationToken cancellationToken)
    {
        await EnsureHistoryTableAsync(connection, cancellationToken);
        await SetVersionAsync(connection, transaction, version, dirty: false, cancellationToken);
    }

    async Task EnsureHistoryTableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var create = new NpgsqlCommand(
            $"CREATE TABLE IF NOT EXISTS \"{table}\" (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task SetVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long? version, bool dirty, CancellationToken cancellationToken)
    {
        var sql = version is null
            ? $"DELETE FROM \"{table}\""
            : $"DELETE FROM \"{table}\"; INSERT INTO \"{table}\" (version, dirty) VALUES (@version, @dirty)";
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("version", version ?? 0);
        command.Parameters.AddWithValue("dirty", dirty);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task<SchemaVersion> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", $"\"{table}\"");
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!) return new SchemaVersion(null, false);

        await using var command = new NpgsqlCommand($"SELECT version, dirty FROM \"{table}\" LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SchemaVersion(reader.GetInt64(0), reader.GetBoolean(1))
            : new SchemaVersion(null, false);
    }

    internal string Table => table;

    internal async Task<T> WithLockAsync<T>(Func<NpgsqlConnection, Task<T>> action, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Another run may hold the lock for as long as its migrations take: wait without a command timeout.
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@key))", connection) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("key", $"crm-migrations:{table}");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            return await action(connection);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@key))", connection);
            unlock.Parameters.AddWithValue("key", $"crm-migrations:{table}");
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    static List<Migration> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = assembly.GetManifestResourceNames()
            .Select(name => (Name: name, Match: FileName().Match(name)))
            .Where(f => f.Match.Success)
            .ToList();

        string Read(string resource)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            return reader.ReadToEnd();
        }

        return files.GroupBy(f => long.Parse(f.Match.Groups["version"].Value))
            .OrderBy(g => g.Key)
            .Select(g => new Migration(g.Key, g.First().Match.Groups["name"].Value,
                Read(g.Single(f => f.Match.Groups["direction"].Value == "up").Name),
                Read(g.Single(f => f.Match.Groups["direction"].Value == "down").Name)))
            .ToList();
    }

    [GeneratedRegex(@"^migrations/(?<version>\d+)_(?<name>\w+)\.(?<direction>up|down)\.sql$")]
    private static partial Regex FileName();
}
