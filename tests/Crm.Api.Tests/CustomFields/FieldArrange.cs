using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.CustomFields;

/// <summary>Arranges custom field definitions and records for the custom field tests, with keys of their own.</summary>
public static class FieldArrange
{
    /// <summary>A unique key for one test's field (keys are per entity and stay taken).</summary>
    public static string Key(string prefix = "f") => $"{prefix}_{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<JsonElement> Field(this CrmFactory app, string entity, string key, string type, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["entity"] = entity, ["key"] = key, ["label"] = key.Replace('_', ' '), ["type"] = type };
        if (extra is not null)
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject()) body[property.Name] = property.Value;
        return await (await app.Admin.PostJson("/admin/custom-fields", body)).ShouldHave(HttpStatusCode.Created);
    }

    /// <summary>Waits (bounded) until the background job has built the field's indexes.</summary>
    public static async Task<JsonElement> Ready(this CrmFactory app, long fieldId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var field = await (await app.Admin.GetAsync($"/admin/custom-fields/{fieldId}")).ShouldHave(HttpStatusCode.OK);
            var state = field.Str("index_state");
            if (state is "ready" or "failed") return field;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"custom field {fieldId} stayed {state}");
            await Task.Delay(100);
        }
    }

    public static async Task<long> CustomerWith(this CrmFactory app, object? customFields = null)
    {
        var unique = Guid.NewGuid().ToString("N");
        var body = await (await app.Admin.PostJson("/admin/customers", new { name = $"Customer {unique[..6]}", email = $"c{unique}@example.com", custom_fields = customFields ?? new { } }))
            .ShouldHave(HttpStatusCode.Created);
        return body.Id();
    }

    /// <summary>The values of custom_fields in an answer, as raw JSON by key.</summary>
    public static Dictionary<string, string> Values(this JsonElement record) =>
        record.GetProperty("custom_fields").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());

    /// <summary>The field names of a VALIDATION_FAILED or CONFLICT answer's errors.</summary>
    public static List<string> ErrorFields(this JsonElement error) =>
        error.GetProperty("data").GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
}
