using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// The published program as a child process, with exactly the environment given (plus PATH and HOME, which a
/// container has too) — nothing of the test run's own environment leaks in. Its output is kept for messages.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder output = new();

    ServiceProcess(Process process) => this.process = process;

    public string Output { get { lock (output) return output.ToString(); } }

    public bool HasExited => process.HasExited;

    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(PublishedApp.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(await PublishedApp.DllAsync());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT" })
            if (Environment.GetEnvironmentVariable(name) is { } value) start.Environment[name] = value;
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var service = new ServiceProcess(Process.Start(start)!);
        service.process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service.process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Runs a one-shot command (migrate, healthcheck) to its end: its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var command = await StartAsync(environment, args);
        var exitCode = await command.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (exitCode, command.Output);
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    /// <summary>Polls /ready until it answers 200; fails with the program's output when it exits or never does.</summary>
    public async Task WaitUntilReadyAsync(int port, TimeSpan bound)
    {
        // The first request of a fresh process is slow on a busy machine (JIT, first connection): retry, don't fail.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{port}/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The service never became ready (exited: {process.HasExited}). Output:\n{Output}");
    }

    /// <summary>Sends SIGTERM, as docker stop and Kubernetes do.</summary>
    public void Terminate()
    {
        if (Kill(process.Id, 15) != 0) throw new InvalidOperationException($"kill(SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Sends SIGKILL: the process dies at once, with no chance to finish or clean up anything.</summary>
    public void KillHard()
    {
        if (Kill(process.Id, 9) != 0) throw new InvalidOperationException($"kill(SIGKILL) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits for the exit (bounded, so a hung process fails the test instead of hanging it).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The process did not exit within {bound}. Output:\n{Output}");
        }
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    /// <summary>A TCP port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int Kill(int pid, int signal);
}
