using System.Diagnostics;
using Npgsql;

namespace Crm.Api.Data.Adoption;

/// <summary>
/// The backup <c>up</c> writes before it adopts a legacy database: <c>pg_dump --format=custom</c> of the CRM tables only
/// (their rows, sequences, indexes and constraints; never a CMS table), restorable with <c>pg_restore</c>. It runs while the
/// adoption's transaction holds the CRM tables against writers, so the dump is exactly the state that is converted.
/// </summary>
public static class Backup
{
    public static async Task WriteAsync(string connectionString, string file, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        if (File.Exists(path)) throw new AdoptionRefusedException($"the backup file {path} exists already: choose a new name (an old backup is never overwritten)");
        var executable = Find() ?? throw new AdoptionRefusedException(
            "pg_dump was not found (PATH, /usr/lib/postgresql/*/bin): install the PostgreSQL client (apt-get install postgresql-client), " +
            "or set PG_DUMP to its path; scripts/migrate.sh installs it when missing");

        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        // The fastest compression: on a busy machine the default level made pg_dump the adoption's longest step.
        foreach (var argument in new[] { "--format=custom", "--compress=1", "--no-password", $"--file={path}", $"--host={settings.Host}", $"--port={settings.Port}",
                     $"--username={settings.Username}", $"--dbname={settings.Database}" })
            start.ArgumentList.Add(argument);
        foreach (var table in tables) start.ArgumentList.Add($"--table=public.{table}");
        // The password goes through the environment, never the command line (which other users may read).
        if (settings.Password is { } password) start.Environment["PGPASSWORD"] = password;
        start.Environment["PGSSLMODE"] = settings.SslMode switch
        {
            SslMode.Disable => "disable", SslMode.Allow => "allow", SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca", SslMode.VerifyFull => "verify-full", _ => "prefer",
        };

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            File.Delete(path);
            throw new AdoptionRefusedException($"pg_dump failed ({process.ExitCode}), nothing was changed: {(await errors).Trim()}");
        }
    }

    /// <summary>PG_DUMP, else pg_dump on the PATH, else the newest of Debian's server installations.</summary>
    static string? Find()
    {
        if (Environment.GetEnvironmentVariable("PG_DUMP") is { Length: > 0 } configured) return configured;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pg_dump")).FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_dump")).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
    }
}

/// <summary>A refusal of migrate up or down that changed nothing: the message says why and what to do.</summary>
public sealed class AdoptionRefusedException(string message) : Exception(message);
