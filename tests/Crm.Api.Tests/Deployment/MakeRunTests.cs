using System.Diagnostics;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deployment;

/// <summary>
/// `make run` with a production environment runs exactly that configuration: no private PostgreSQL, no generated
/// development secret. The Makefile and scripts/run.sh run from a scratch copy of the repository that has no
/// dev-db.sh (so provisioning would fail the run), and a stand-in `dotnet` first on PATH records what the service
/// would have been started with — the subject here is the wrapper script, not the program.
/// </summary>
public class MakeRunTests
{
    [Fact, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task MakeRunWithAProductionEnvironmentPassesItThroughUnchanged()
    {
        var scratch = Directory.CreateTempSubdirectory("crm-make-run-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(scratch, "scripts"));
            Directory.CreateDirectory(Path.Combine(scratch, "bin"));
            File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "Makefile"), Path.Combine(scratch, "Makefile"));
            foreach (var script in new[] { "run.sh", "publish.sh" })
            {
                File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "scripts", script), Path.Combine(scratch, "scripts", script));
                File.SetUnixFileMode(Path.Combine(scratch, "scripts", script), (UnixFileMode)0b111_101_101);
            }
            File.WriteAllText(Path.Combine(scratch, "bin", "dotnet"), """
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
            File.SetUnixFileMode(Path.Combine(scratch, "bin", "dotnet"), (UnixFileMode)0b111_101_101);

            var secret = "production-secret-that-is-over-32-bytes-long";
            var start = new ProcessStartInfo("make", ["-s", "-C", scratch, "run"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment.Clear();
            start.Environment["PATH"] = Path.Combine(scratch, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
            start.Environment["HOME"] = scratch;
            start.Environment["DATABASE_URL"] = "postgres://crm:pw@db.internal:5432/turfa_platform?sslmode=require";
            start.Environment["JWT_SECRET"] = secret;
            start.Environment["PORT"] = "8123";
            start.Environment["ENVIRONMENT"] = "Production";

            using var make = Process.Start(start)!;
            var stdout = make.StandardOutput.ReadToEndAsync();
            var stderr = make.StandardError.ReadToEndAsync();
            await make.WaitForExitAsync();
            make.ExitCode.ShouldBe(0, await stdout + await stderr);
            (await stdout).ShouldContain("http://localhost:8123");

            var served = File.ReadAllLines(Path.Combine(scratch, "serve.env"))
                .Where(l => l.Contains('='))
                .ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
            served["DATABASE_URL"].ShouldBe("postgres://crm:pw@db.internal:5432/turfa_platform?sslmode=require");
            served["JWT_SECRET"].ShouldBe(secret);
            served["PORT"].ShouldBe("8123");
            served["ENVIRONMENT"].ShouldBe("Production");
            served["ASPNETCORE_ENVIRONMENT"].ShouldBe("Production");
            File.Exists(Path.Combine(scratch, ".data", "jwt-secret")).ShouldBeFalse("no development secret was generated");
            Directory.Exists(Path.Combine(scratch, ".data", "pg")).ShouldBeFalse("no private PostgreSQL was provisioned");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
