namespace Crm.Api.Events;

/// <summary>
/// The shape of every background worker here (dispatcher, reminders, retention): a thin loop that calls one plain,
/// separately testable pass, runs again at once while a pass found work, and otherwise sleeps for the poll interval
/// or until <see cref="Wake"/>. A failing pass is logged and retried after the interval; the loop never dies of it.
/// </summary>
public abstract class PollingService(ILogger logger, TimeSpan interval) : BackgroundService
{
    readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>One pass; true when it did work and another pass should follow at once.</summary>
    protected abstract Task<bool> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Cuts the current sleep short (work arrived).</summary>
    public void Wake()
    {
        try { _wake.Release(); }
        catch (SemaphoreFullException) { }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and tests arrange their data) before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            bool more;
            try
            {
                more = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Worker} pass failed; retrying in {Interval}", GetType().Name, interval);
                more = false;
            }
            if (more) continue;
            try
            {
                // Real time, not the TimeProvider: this is only the polling cadence. What is due is decided by the
                // TimeProvider's clock inside the pass, which tests move.
                await _wake.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
