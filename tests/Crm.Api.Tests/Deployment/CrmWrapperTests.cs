using System.Diagnostics;
using System.Runtime.Versioning;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deployment;

/// <summary>
/// bin/crm and the Makefile's token and seed targets work from a fresh shell: the wrapper finds the private database and the
/// development secret that `make run` uses, with nothing exported by hand. The subject is the wrapper, so it runs in a
/// scratch copy with a stand-in dev-db.sh (prints a URL), publish.sh and `dotnet` (records its arguments and environment).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class CrmWrapperTests : IDisposable
{
    const string DevDatabase = "postgres://crm:pw@127.0.0.1:54999/crm";
    readonly string _scratch = Directory.CreateTempSubdirectory("crm-wrapper-").FullName;

    public CrmWrapperTests()
    {
        foreach (var folder in new[] { "scripts", "bin", "stand-ins", "src", "migrations" }) Directory.CreateDirectory(Path.Combine(_scratch, folder));
        File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "Makefile"), Path.Combine(_scratch, "Makefile"));
        File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "bin", "crm"), Path.Combine(_scratch, "bin", "crm"));
        File.Copy(Path.Combine(PublishedApp.RepositoryRoot, "scripts", "dev-env.sh"), Path.Combine(_scratch, "scripts", "dev-env.sh"));
        Script("scripts/dev-db.sh", $"echo {DevDatabase}");
        Script("scripts/publish.sh", "mkdir -p \"$(dirname \"$0\")/../.build/api\" && touch \"$(dirname \"$0\")/../.build/api/crm.dll\"");
        Script("stand-ins/dotnet", """
            here=$(dirname "$0")
            shift
            echo "$*" >> "$here/../calls"
            env > "$here/../last.env"
            case "$1" in token) echo stand-in-token ;; esac
            """);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    void Script(string path, string body)
    {
        var file = Path.Combine(_scratch, path);
        File.WriteAllText(file, "#!/bin/sh\n" + body.Replace("\r", "") + "\n");
        File.SetUnixFileMode(file, (UnixFileMode)0b111_101_101);
    }

    [Fact]
    public async Task TheWrapperUsesTheDevelopmentDatabaseAndOneKeptSecretFromAFreshShell()
    {
        (await RunAsync(Path.Combine(_scratch, "bin", "crm"), "token", "--role", "admin", "--user-id", "1")).ShouldBe("stand-in-token");
        var first = Environment();
        first["DATABASE_URL"].ShouldBe(DevDatabase);
        first["ENVIRONMENT"].ShouldBe("Development");
        first["JWT_SECRET"].Length.ShouldBe(64);
        first["JWT_SECRET"].ShouldBe((await File.ReadAllTextAsync(Path.Combine(_scratch, ".data", "jwt-secret"))).Trim());

        await RunAsync(Path.Combine(_scratch, "bin", "crm"), "seed", "--demo");
        Environment()["JWT_SECRET"].ShouldBe(first["JWT_SECRET"], "the second command signs with the same secret");
    }

    [Fact]
    public async Task MakeTokenTakesRoleAndUserFromTheCommandLine()
    {
        await RunAsync("make", "-s", "-C", _scratch, "token", "ROLE=agent", "USER=3");
        // USER is also the login name in the environment: without USER= on the command line the token is the admin's.
        await RunAsync("make", "-s", "-C", _scratch, "token");
        Calls().ShouldBe(["token --role agent --user-id 3 --ttl 12h", "token --role admin --user-id 1 --ttl 12h"]);
    }

    [Fact]
    public async Task MakeSeedMigratesThenSeedsTheDemoCompany()
    {
        await RunAsync("make", "-s", "-C", _scratch, "seed");
        Calls().ShouldBe(["migrate up", "seed --demo"]);
    }

    string[] Calls() => File.ReadAllLines(Path.Combine(_scratch, "calls"));

    Dictionary<string, string> Environment() => File.ReadAllLines(Path.Combine(_scratch, "last.env"))
        .Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);

    /// <summary>Runs with only PATH (stand-ins first), HOME and USER, as a fresh login shell would have.</summary>
    async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Clear();
        start.Environment["PATH"] = Path.Combine(_scratch, "stand-ins") + ":" + System.Environment.GetEnvironmentVariable("PATH");
        start.Environment["HOME"] = _scratch;
        start.Environment["USER"] = "root";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, await stdout + await stderr);
        return (await stdout).Trim();
    }
}
