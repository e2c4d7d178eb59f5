using Crm.Api.Configuration;

namespace Crm.Api.Attachments.Storage;

public static class AttachmentStorage
{
    /// <summary>The configured store (STORAGE_BACKEND) and its cleanup pass.</summary>
    public static IServiceCollection AddAttachmentStore(this IServiceCollection services, CrmSettings settings)
    {
        services.AddSingleton<IAttachmentStore>(sp => settings.StorageBackend == "s3"
            ? S3AttachmentStore.Create(settings.S3!, sp.GetRequiredService<TimeProvider>())
            : new LocalAttachmentStore(settings.StorageLocalPath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AttachmentJanitor>();
        services.AddHostedService(sp => sp.GetRequiredService<AttachmentJanitor>());
        return services;
    }
}
