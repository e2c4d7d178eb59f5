using Crm.Api.Configuration;

namespace Crm.Api.Operations;

/// <summary>
/// The first step of a stop (SIGTERM, docker stop, a Kubernetes rollout): /ready turns 503 at once while the
/// server keeps serving for SHUTDOWN_DELAY_SECONDS, so that load balancers polling readiness stop sending new
/// requests before the listener closes. Kestrel then stops accepting and lets in-flight requests finish within
/// SHUTDOWN_DRAIN_SECONDS (the rest of <see cref="HostOptions.ShutdownTimeout"/>), and the process exits 0.
/// </summary>
public sealed class GracefulShutdown(IHostApplicationLifetime lifetime, CrmSettings settings, ILogger<GracefulShutdown> logger)
    : IHostedLifecycleService
{
    /// <summary>The whole stop: the readiness delay, then the drain.</summary>
    public static TimeSpan ShutdownTimeout(CrmSettings settings) =>
        TimeSpan.FromSeconds(settings.ShutdownDelaySeconds + settings.ShutdownDrainSeconds);

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // A signal has already raised ApplicationStopping; a stop requested in code (tests, IHost.StopAsync) may
        // reach here first. Raising it is idempotent and is what /ready reads.
        lifetime.StopApplication();
        logger.LogInformation("Stopping: /ready answers 503; serving for {DelaySeconds} s more, then draining in-flight requests for up to {DrainSeconds} s",
            settings.ShutdownDelaySeconds, settings.ShutdownDrainSeconds);
        if (settings.ShutdownDelaySeconds == 0) return;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(settings.ShutdownDelaySeconds), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The stop was cut short: go straight on to stopping the server.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
