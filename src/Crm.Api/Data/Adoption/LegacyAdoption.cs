using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace Crm.Api.Data.Adoption;

/// <param name="BackupTo">Where <c>up</c> writes its pg_dump of the CRM tables first; null only with <paramref name="NoBackup"/>.</param>
public sealed record AdoptionOptions(Policies Policies, string? BackupTo, bool NoBackup);

/// <summary>
/// <c>crm migrate up</c> on a legacy database, all or nothing, in one transaction: lock the CRM tables against writers
/// (never a CMS table), run the check and refuse if it finds anything open, write the backup, convert the tables
/// (<see cref="LegacyConversion"/>), apply the migrations after the baseline, and record the adoption and the version.
/// A failure anywhere rolls everything back; the backup file is then deleted too.
/// </summary>
public static class LegacyAdoption
{
    public static Task<AdoptionReport> AdoptAsync(Migrator migrator, string connectionString, AdoptionOptions options, TextWriter output,
        CancellationToken cancellationToken = default) =>
        migrator.WithLockAsync(async connection =>
        {
            var clock = Stopwatch.StartNew();
            void Progress(string phase) => output.WriteLine($"adoption: {phase} ({clock.Elapsed.TotalSeconds:F1} s)");

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Writers wait from here to the commit; readers (the Go service's, pg_dump) go on. Self-exclusive: one adoption at a time.
            await Sql.ExecuteAsync(connection, $"LOCK TABLE {string.Join(", ", SchemaInspector.LegacyTables)} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
            var (schema, report) = await AdoptionCheck.RunAsync(connection, migrator.Table, options.Policies, cancellationToken);
            // Another up adopted it while this one waited for the lock: nothing is left to do.
            if (schema is { Kind: SchemaKind.Ours, Baseline: not null }) return report;
            output.WriteLine(report.ToText());
            if (schema.Kind != SchemaKind.Legacy) throw new AdoptionRefusedException($"the database is no longer a legacy one ({schema.Detail}); nothing was changed");
            if (!report.CanProceed) throw new AdoptionRefusedException("the check found what up may not decide alone (listed above); nothing was changed");

            if (options.BackupTo is { } file)
            {
                Progress($"writing the backup to {Path.GetFullPath(file)}");
                await Backup.WriteAsync(connectionString, file, SchemaInspector.LegacyTables, cancellationToken);
            }
            try
            {
                var audited = await LegacyConversion.ConvertAsync(connection, report, options.Policies, Progress, cancellationToken);
                foreach (var migration in Migrator.All.Where(m => m.Version > LegacyConversion.BaselineVersion))
                {
                    Progress($"migration {migration.Version} {migration.Name}");
                    await Sql.ExecuteAsync(connection, migration.Up, cancellationToken);
                }
                await RecordAsync(connection, report, options, audited, cancellationToken);
                await migrator.RecordVersionAsync(connection, transaction, Migrator.LatestVersion, cancellationToken);
                Progress("commit");
                await transaction.CommitAsync(cancellationToken);
            }
            catch when (options.BackupTo is { } written)
            {
                // Nothing was converted: the backup of an unchanged database is not one an operator should find and restore.
                File.Delete(written);
                throw;
            }
            Progress($"done: adopted at baseline {LegacyConversion.BaselineVersion}, now at version {Migrator.LatestVersion}");
            await Sql.ExecuteAsync(connection, $"ANALYZE {string.Join(", ", SchemaInspector.LegacyTables)}", cancellationToken);
            return report;
        }, cancellationToken);

    /// <summary>The marker: when, from what, under which policies and backup, the baseline, and how many rows each rule changed.</summary>
    static async Task RecordAsync(NpgsqlConnection connection, AdoptionReport report, AdoptionOptions options, Dictionary<string, int> audited,
        CancellationToken cancellationToken)
    {
        var summary = JsonSerializer.Serialize(new
        {
            rules = report.Rules.Where(r => r.Count > 0).Select(r => new { r.Rule, r.Table, r.Column, r.Class, r.Count }),
            audit_rows = audited,
        }, Http.JsonConfig.Options);
        await Sql.ExecuteAsync(connection, $"""
            CREATE TABLE {SchemaInspector.AdoptionTable} (
                adopted_at       timestamptz NOT NULL DEFAULT now(),
                source           varchar(50) NOT NULL,
                baseline_version bigint      NOT NULL,
                policies         jsonb       NOT NULL,
                backup_file      text,
                summary          jsonb       NOT NULL
            );
            INSERT INTO {SchemaInspector.AdoptionTable} (source, baseline_version, policies, backup_file, summary)
            VALUES ('legacy_go_v1', @baseline, @policies::jsonb, @backup, @summary::jsonb)
            """, cancellationToken,
            ("baseline", LegacyConversion.BaselineVersion), ("policies", JsonSerializer.Serialize(options.Policies.Chosen())),
            ("backup", options.BackupTo is null ? null : Path.GetFullPath(options.BackupTo)), ("summary", summary));
    }
}
