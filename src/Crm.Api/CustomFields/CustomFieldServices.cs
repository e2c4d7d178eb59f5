using Microsoft.AspNetCore.Http.Json;

namespace Crm.Api.CustomFields;

public static class CustomFieldServices
{
    /// <summary>The definitions' cache (and its listener), their background jobs, and the answers' custom_fields converter.</summary>
    public static IServiceCollection AddCustomFields(this IServiceCollection services)
    {
        services.AddSingleton<CustomFieldCache>();
        services.AddHostedService(sp => sp.GetRequiredService<CustomFieldCache>());
        services.AddSingleton<CustomFieldJobs>();
        services.AddSingleton<CustomFieldJobService>();
        services.AddHostedService(sp => sp.GetRequiredService<CustomFieldJobService>());
        services.AddOptions<JsonOptions>().Configure<CustomFieldCache>((o, cache) => o.SerializerOptions.Converters.Insert(0, new CustomFieldsJson(cache)));
        return services;
    }
}
