namespace Crm.Api.Events;

public static class EventServices
{
    /// <summary>The outbox's readers and background workers: retention, reminders, the webhook dispatcher.</summary>
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventRetention>();
        services.AddHostedService<EventRetentionService>();
        return services;
    }
}
