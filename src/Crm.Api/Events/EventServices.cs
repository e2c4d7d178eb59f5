using Microsoft.AspNetCore.OpenApi;
using Crm.Api.Webhooks;

namespace Crm.Api.Events;

public static class EventServices
{
    /// <summary>The outbox's readers and background workers: retention, reminders, the webhook dispatcher.</summary>
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventRetention>();
        services.AddHostedService<EventRetentionService>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService<ReminderService>();

        services.AddSingleton<IWebhookResolver, DnsWebhookResolver>();
        services.AddSingleton<UrlSafety>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDispatcherService>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Every connection goes through the safety check; a proxy would connect on our behalf, unchecked.
                ConnectCallback = provider.GetRequiredService<UrlSafety>().ConnectAsync,
                UseProxy = false,
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = WebhookSender.Timeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // The framework's request logs would carry receivers' URLs, query strings and all.
            .RemoveAllLoggers();
        // The document's webhooks section: each event type's POST and its data schema.
        services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer<WebhookDocs>());
        return services;
    }
}
