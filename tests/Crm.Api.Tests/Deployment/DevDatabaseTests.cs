using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Deployment;

/// <summary>
/// scripts/dev-db.sh (behind `make run` and `make test`) provisions its private PostgreSQL from any checkout: here a clone
/// inside a `chmod 700` folder, which, run as root (a dev container), the postgres user cannot enter.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DevDatabaseTests : IDisposable
{
    readonly string _private = Directory.CreateTempSubdirectory("crm-private-").FullName;
    string Checkout => Path.Combine(_private, "crm");
    string? _cluster;

    public void Dispose()
    {
        if (_cluster is not null && File.Exists(Path.Combine(_cluster, "PG_VERSION")))
        {
            // The newest installed server, as the script picks it.
            var pgCtl = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Last() + "/bin/pg_ctl";
            Run(IsRoot ? "runuser" : pgCtl, IsRoot ? ["-u", "postgres", "--", pgCtl, "-D", _cluster, "-m", "immediate", "stop"] : ["-D", _cluster, "-m", "immediate", "stop"]);
            Directory.Delete(_cluster, recursive: true);
        }
        Directory.Delete(_private, recursive: true);
    }

    static bool IsRoot => Environment.UserName == "root";

    [Fact]
    public async Task ACloneInAFolderOnlyItsOwnerMayEnterGetsAWorkingDatabase()
    {
        File.SetUnixFileMode(_private, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Run("git", ["clone", "-q", PublishedApp.RepositoryRoot, Checkout]).ShouldBe(0);
        // The script under test is the working copy's, committed or not.
        File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "scripts", "dev-db.sh"), Path.Combine(Checkout, "scripts", "dev-db.sh"), overwrite: true);
        Directory.CreateDirectory(Path.Combine(Checkout, ".data"));
        // A free port rather than the one derived from the path, so that the test never meets another cluster.
        await File.WriteAllTextAsync(Path.Combine(Checkout, ".data", "pg-port"), FreePort().ToString());

        var start = new ProcessStartInfo(Path.Combine(Checkout, "scripts", "dev-db.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var script = Process.Start(start)!;
        var stdout = script.StandardOutput.ReadToEndAsync();
        var stderr = script.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4))) await script.WaitForExitAsync(timeout.Token);
        _cluster = new DirectoryInfo(Path.Combine(Checkout, ".data", "pg")).ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? Path.Combine(Checkout, ".data", "pg");
        script.ExitCode.ShouldBe(0, await stderr);

        if (IsRoot) _cluster.ShouldStartWith("/var/tmp/", customMessage: "as root the cluster lives where postgres can reach it");
        var url = (await stdout).Trim();
        var builder = new NpgsqlConnectionStringBuilder();
        Crm.Api.Configuration.DatabaseUrl.TryApply(url, builder, out var error).ShouldBeTrue(error);
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);
        (await command.ExecuteScalarAsync()).ShouldBe("crm");
    }

    static int Run(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
