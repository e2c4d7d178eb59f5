using System.Diagnostics;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// The program as the container ships it, built once per test run the way the Dockerfile's build stage does: from
/// a copy of exactly what its COPY instructions take (less the .dockerignore'd bin/obj folders), with the arguments
/// of its publish step (a test keeps the two identical). A file the image build would miss fails the publish here.
/// </summary>
public static class PublishedApp
{
    /// <summary>The Dockerfile's publish step, less its --no-restore and output directory.</summary>
    public const string PublishArguments =
        "publish src/Crm.Api/Crm.Api.csproj -c Release -p:UseAppHost=false --use-current-runtime --self-contained false -p:PublishReadyToRun=true";

    static readonly Lazy<Task<string>> Output = new(PublishAsync);

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The path of the published crm.dll.</summary>
    public static async Task<string> DllAsync() => Path.Combine(await Output.Value, "crm.dll");

    /// <summary>The dotnet host that runs this test run, so the service runs on the same runtime.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    static async Task<string> PublishAsync()
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"crm-publish-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } };
        var context = Path.Combine(scratch, "src");
        var output = Path.Combine(scratch, "app");
        CopyBuildContext(context);

        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = context,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in PublishArguments.Split(' ')) start.ArgumentList.Add(argument);
        // No build servers: a lingering MSBuild node would hold the redirected output open after publish ends.
        foreach (var argument in new[] { "-o", output, "--disable-build-servers", "-nologo" }) start.ArgumentList.Add(argument);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {PublishArguments} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        return output;
    }

    /// <summary>Replays the build stage's COPY instructions (WORKDIR /src is <paramref name="context"/>); later copies overwrite, as in docker.</summary>
    static void CopyBuildContext(string context)
    {
        var ignoredFolders = File.ReadAllLines(Path.Combine(RepositoryRoot, ".dockerignore"))
            .Where(l => l.StartsWith("**/") && l.EndsWith('/'))
            .Select(l => l[3..^1])
            .ToHashSet();
        var buildStage = File.ReadAllText(Path.Combine(RepositoryRoot, "Dockerfile")).Split("\nFROM ")[1];
        foreach (var line in buildStage.Split('\n').Where(l => l.StartsWith("COPY ")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
            var destination = Path.Combine(context, parts[^1]);
            foreach (var source in parts[..^1].Select(p => Path.Combine(RepositoryRoot, p)))
            {
                if (Directory.Exists(source)) CopyFolder(source, destination, ignoredFolders);
                else
                {
                    Directory.CreateDirectory(destination);
                    File.Copy(source, Path.Combine(destination, Path.GetFileName(source)), overwrite: true);
                }
            }
        }
    }

    static void CopyFolder(string source, string destination, IReadOnlySet<string> ignoredFolders)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite: true);
        foreach (var folder in Directory.GetDirectories(source).Where(d => !ignoredFolders.Contains(Path.GetFileName(d))))
            CopyFolder(folder, Path.Combine(destination, Path.GetFileName(folder)), ignoredFolders);
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crm.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Crm.slnx) above " + AppContext.BaseDirectory);
    }
}
