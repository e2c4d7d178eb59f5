using System.Diagnostics;
using System.Runtime.Versioning;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deployment;

/// <summary>
/// `make run` with a database of the caller's own runs exactly the configuration given: no private PostgreSQL, no
/// generated development secret, and Production unless ENVIRONMENT says otherwise. The Makefile and scripts/run.sh run
/// from a scratch copy of the repository that has no dev-db.sh (so provisioning would fail the run), and a stand-in
/// `dotnet` first on PATH records what the service would have been started with — the subject here is the wrapper
/// script, not the program.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class MakeRunTests : IDisposable
{
    const string Database = "postgres://crm:pw@db.internal:5432/turfa_platform?sslmode=require";
    const string Secret = "production-secret-that-is-over-32-bytes-long";

    readonly string _scratch = Directory.CreateTempSubdirectory("crm-make-run-").FullName;

    public MakeRunTests()
    {
        Directory.CreateDirectory(Path.Combine(_scratch, "scripts"));
        Directory.CreateDirectory(Path.Combine(_scratch, "bin"));
        File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "Makefile"), Path.Combine(_scratch, "Makefile"));
        foreach (var script in new[] { "run.sh", "dev-env.sh", "publish.sh" })
        {
            File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "scripts", script), Path.Combine(_scratch, "scripts", script));
            File.SetUnixFileMode(Path.Combine(_scratch, "scripts", script), (UnixFileMode)0b111_101_101);
        }
        File.WriteAllText(Path.Combine(_scratch, "bin", "dotnet"), """
            #!/bin/sh
            # Stand-in for dotnet: the publish succeeds, token prints a token, serve records its environment.
            here=$(dirname "$0")
            case "$*" in
              publish*) exit 0 ;;
              *" token "*) echo stand-in-token ;;
              *" serve") env > "$here/../serve.env" ;;
              *) echo "unexpected: dotnet $*" >&2; exit 3 ;;
            esac
            """.Replace("\r", ""));
        File.SetUnixFileMode(Path.Combine(_scratch, "bin", "dotnet"), (UnixFileMode)0b111_101_101);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task MakeRunWithAProductionEnvironmentPassesItThroughUnchanged()
    {
        var (served, stdout) = await MakeRunAsync(new() { ["DATABASE_URL"] = Database, ["JWT_SECRET"] = Secret, ["PORT"] = "8123", ["ENVIRONMENT"] = "Production" });

        stdout.ShouldContain("http://localhost:8123");
        // One line per role to paste into a shell (the stand-in mints "stand-in-token").
        foreach (var role in new[] { "# admin (user 1)", "# manager (user 2)", "# agent (user 3)" }) stdout.ShouldContain(role);
        stdout.Split('\n').Count(l => l == "export CRM_URL=http://localhost:8123 TOKEN=stand-in-token").ShouldBe(3);
        served["DATABASE_URL"].ShouldBe(Database);
        served["JWT_SECRET"].ShouldBe(Secret);
        served["PORT"].ShouldBe("8123");
        served["ENVIRONMENT"].ShouldBe("Production");
        served["ASPNETCORE_ENVIRONMENT"].ShouldBe("Production");
        ShouldHaveNoDevelopmentConveniences();
    }

    /// <summary>Only the fully local run (the private database) defaults to Development; the contract's default is Production.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task MakeRunWithItsOwnDatabaseAndNoEnvironmentServesProduction(bool withSecret)
    {
        var environment = new Dictionary<string, string> { ["DATABASE_URL"] = Database };
        if (withSecret) environment["JWT_SECRET"] = Secret;

        var (served, _) = await MakeRunAsync(environment);

        served["DATABASE_URL"].ShouldBe(Database);
        served["ENVIRONMENT"].ShouldBe("Production");
        served["ASPNETCORE_ENVIRONMENT"].ShouldBe("Production");
        // Without a secret the service refuses to start, as in any production deployment; none is made up for it.
        served.GetValueOrDefault("JWT_SECRET").ShouldBe(withSecret ? Secret : null);
        ShouldHaveNoDevelopmentConveniences();
    }

    /// <summary>Runs `make run` with only <paramref name="environment"/> (plus PATH and HOME); the environment serve saw, and stdout.</summary>
    async Task<(Dictionary<string, string> Served, string Stdout)> MakeRunAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("make", ["-s", "-C", _scratch, "run"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Clear();
        start.Environment["PATH"] = Path.Combine(_scratch, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["HOME"] = _scratch;
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var make = Process.Start(start)!;
        var stdout = make.StandardOutput.ReadToEndAsync();
        var stderr = make.StandardError.ReadToEndAsync();
        await make.WaitForExitAsync();
        make.ExitCode.ShouldBe(0, await stdout + await stderr);

        var served = File.ReadAllLines(Path.Combine(_scratch, "serve.env"))
            .Where(l => l.Contains('='))
            .ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        return (served, await stdout);
    }

    void ShouldHaveNoDevelopmentConveniences()
    {
        File.Exists(Path.Combine(_scratch, ".data", "jwt-secret")).ShouldBeFalse("no development secret was generated");
        Directory.Exists(Path.Combine(_scratch, ".data", "pg")).ShouldBeFalse("no private PostgreSQL was provisioned");
    }
}
