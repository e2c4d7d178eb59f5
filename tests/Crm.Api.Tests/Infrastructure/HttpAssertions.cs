using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Crm.Api.Tests.Infrastructure;

public static class HttpAssertions
{
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(body) });

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body, string? ifMatch = null) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(body) }, ifMatch));

    public static Task<HttpResponseMessage> PatchJson(this HttpClient client, string url, object body, string? ifMatch = null) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Patch, url) { Content = Json(body) }, ifMatch));

    public static Task<HttpResponseMessage> Delete(this HttpClient client, string url, string? ifMatch = null) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Delete, url), ifMatch));

    /// <summary>A body sent as raw text, for malformed JSON.</summary>
    public static Task<HttpResponseMessage> SendRaw(this HttpClient client, HttpMethod method, string url, string body,
        string contentType = "application/json") =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, contentType) });

    static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string? ifMatch)
    {
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    static StringContent Json(object body) =>
        new(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    /// <summary>Asserts the status and returns the JSON body.</summary>
    public static async Task<JsonElement> ShouldHave(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an error in the contract's envelope: status, code, JSON content type, and a data member.</summary>
    public static async Task<JsonElement> ShouldBeError(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.ShouldHave(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        body.GetProperty("code").GetString().ShouldBe(code);
        body.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        body.TryGetProperty("data", out _).ShouldBeTrue();
        return body;
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static long Id(this JsonElement element) => element.GetProperty("id").GetInt64();

    public static async Task<JsonElement> ReadJson(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());
}
