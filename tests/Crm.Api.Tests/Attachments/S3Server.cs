using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Crm.Api.Tests.Attachments;

/// <summary>
/// An S3-compatible server for the test run: s3rver (npm, pinned in tests/s3/package-lock.json) on 127.0.0.1 and a
/// free port, started once per run and stopped when the run ends. Installs its package with `npm ci` when missing,
/// so a fresh machine with Node needs nothing else.
/// </summary>
public static class S3Server
{
    public const string AccessKey = "S3RVER", SecretKey = "S3RVER";
    static readonly Lazy<Task<string>> Endpoint = new(StartAsync);

    /// <summary>The server's URL (http://127.0.0.1:port), starting it on first use.</summary>
    public static Task<string> UrlAsync() => Endpoint.Value;

    static async Task<string> StartAsync()
    {
        var package = FindPackageDirectory();
        var cli = Path.Combine(package, "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(cli)) await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", package);

        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("crm-s3rver-").FullName;
        // exit-with-parent.js stops the server when our end of its stdin closes, even if this process is killed.
        var process = Process.Start(new ProcessStartInfo("node",
            $"--require ./exit-with-parent.js \"{cli}\" --silent --address 127.0.0.1 --port {port} --directory \"{data}\"")
        {
            WorkingDirectory = package, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start node");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        };

        var url = $"http://127.0.0.1:{port}";
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"s3rver exited with code {process.ExitCode}");
            try
            {
                await client.GetAsync(url);
                return url;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("s3rver did not start within 10 seconds");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static string FindPackageDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "s3");
            if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
        }
        throw new InvalidOperationException("tests/s3/package.json not found above " + AppContext.BaseDirectory);
    }

    static async Task RunAsync(string command, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { WorkingDirectory = directory, RedirectStandardError = true })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {arguments} failed in {directory}: {errors}");
    }
}
