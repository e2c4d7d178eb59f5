using System.Globalization;
using Crm.Api.Data.Adoption;
using Npgsql;

namespace Crm.Api.Data;

/// <summary>
/// <c>crm migrate …</c> (contract sections 7 and 8). Exit codes: 0 done (or, for check, up can proceed); 1 refused or
/// failed, with the database unchanged; 2 a usage error.
/// </summary>
public static class MigrateCommand
{
    public const string Usage = """
        crm migrate check [--json] [--resolve <policy>=<value>]...
               crm migrate up [n] [--resolve <policy>=<value>]... [--backup-to <file> | --no-backup]
               crm migrate down <n> | version | force <version>
        """;

    public static async Task<int> RunAsync(string[] args, string connectionString, string migrationsTable, TextWriter output, TextWriter errors,
        CancellationToken cancellationToken = default)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            errors.WriteLine($"{e.Message}\nusage: {Usage}");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        var migrator = new Migrator(dataSource, migrationsTable, loggers.CreateLogger<Migrator>());
        try
        {
            switch (options.Verb)
            {
                case "check":
                    await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
                    {
                        // Read-only, so that nothing the check does can change the database.
                        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
                        await Sql.ExecuteAsync(connection, "SET TRANSACTION READ ONLY", cancellationToken);
                        var (_, report) = await AdoptionCheck.RunAsync(connection, migrationsTable, options.Policies, cancellationToken);
                        output.WriteLine(options.Json ? report.ToJson() : report.ToText());
                        return report.CanProceed ? 0 : 1;
                    }
                case "up" when (await migrator.InspectAsync(cancellationToken)).Kind == SchemaKind.Legacy:
                    if (options.Steps is not null)
                        throw new ArgumentException("a legacy database is adopted and brought to the latest version in one step: run up without a count");
                    if (options.BackupTo is null && !options.NoBackup)
                        throw new AdoptionRefusedException("This is the Go service's legacy database: up converts it, and writes a pg_dump of its CRM tables " +
                            "first. Give --backup-to <file> (or --no-backup when a backup exists already). Nothing was changed; 'crm migrate check' shows the plan.");
                    await LegacyAdoption.AdoptAsync(migrator, connectionString, new AdoptionOptions(options.Policies, options.BackupTo, options.NoBackup),
                        output, cancellationToken);
                    break;
                case "up":
                    output.WriteLine($"applied {await migrator.UpAsync(options.Steps, cancellationToken)} migration(s)");
                    break;
                case "down":
                    // Never "all": reverting everything drops every table, so the count is always spelled out.
                    output.WriteLine($"reverted {await migrator.DownAsync(options.Steps ?? throw new ArgumentException("down needs a count: crm migrate down <n>"), cancellationToken)} migration(s)");
                    break;
                case "force":
                    await migrator.ForceAsync(options.Steps ?? throw new ArgumentException("force needs a version"), cancellationToken);
                    break;
            }
            var schema = await migrator.InspectAsync(cancellationToken);
            output.WriteLine(schema.Kind == SchemaKind.Ours
                ? $"version {schema.Version}{(schema.Dirty ? " (dirty)" : "")}, latest {Migrator.LatestVersion}{(schema.Baseline is { } b ? $", adopted (baseline {b})" : "")}"
                : $"{schema.Name}: {schema.Detail}; latest {Migrator.LatestVersion}");
            return 0;
        }
        catch (ArgumentException e)
        {
            errors.WriteLine($"{e.Message}\nusage: {Usage}");
            return 2;
        }
        catch (Exception e) when (e is AdoptionRefusedException or InvalidOperationException)
        {
            errors.WriteLine(e.Message);
            return 1;
        }
        catch (PostgresException e)
        {
            errors.WriteLine($"migrate {options.Verb} failed and was rolled back; the database is as it was: {e.MessageText}" +
                             (e.Detail is { } detail ? $" ({detail})" : "") + (e.TableName is { } t ? $" [table {t}]" : ""));
            return 1;
        }
    }

    sealed record Options(string Verb, int? Steps, bool Json, Policies Policies, string? BackupTo, bool NoBackup)
    {
        public static Options Parse(string[] args)
        {
            var positional = new List<string>();
            var resolve = new List<string>();
            string? backupTo = null;
            bool json = false, noBackup = false;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--json": json = true; break;
                    case "--no-backup": noBackup = true; break;
                    case "--backup-to": backupTo = Value(); break;
                    case "--resolve": resolve.Add(Value()); break;
                    case var option when option.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"unknown option {option}");
                    default: positional.Add(args[i]); break;
                }
            }
            var verb = positional.FirstOrDefault() ?? throw new ArgumentException("migrate needs check, up, down, version or force");
            if (verb is not ("check" or "up" or "down" or "version" or "force")) throw new ArgumentException($"unknown migrate command \"{verb}\"");
            int? steps = null;
            if (positional.Count > 2) throw new ArgumentException($"unexpected argument \"{positional[2]}\"");
            if (positional.Count == 2)
            {
                if (verb is "check" or "version") throw new ArgumentException($"migrate {verb} takes no count");
                steps = int.TryParse(positional[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (n > 0 || verb == "force")
                    ? n : throw new ArgumentException(verb == "force" ? "the version must be a number" : "n must be a positive integer");
            }
            if ((json && verb != "check") || (resolve.Count > 0 && verb is not ("check" or "up")) || ((backupTo is not null || noBackup) && verb != "up"))
                throw new ArgumentException($"that option does not apply to migrate {verb}");
            if (backupTo is not null && noBackup) throw new ArgumentException("--backup-to and --no-backup exclude each other");
            return new Options(verb, steps, json, Policies.Parse(resolve), backupTo, noBackup);
        }
    }
}
