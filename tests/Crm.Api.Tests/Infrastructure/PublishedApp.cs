using System.Diagnostics;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// The program as the container ships it: `dotnet publish -c Release`, run once per test run with the arguments
/// of the Dockerfile's publish step (a test keeps the two identical), into a directory of this run.
/// </summary>
public static class PublishedApp
{
    /// <summary>The Dockerfile's publish step, less its --no-restore and output directory.</summary>
    public const string PublishArguments = "publish src/Crm.Api/Crm.Api.csproj -c Release -p:UseAppHost=false";

    static readonly Lazy<Task<string>> Output = new(PublishAsync);

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The path of the published crm.dll.</summary>
    public static async Task<string> DllAsync() => Path.Combine(await Output.Value, "crm.dll");

    /// <summary>The dotnet host that runs this test run, so the service runs on the same runtime.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    static async Task<string> PublishAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"crm-publish-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(output, recursive: true); } catch (IOException) { } };

        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = RepositoryRoot,
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

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crm.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Crm.slnx) above " + AppContext.BaseDirectory);
    }
}
