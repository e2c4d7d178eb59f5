using System.Net;
using System.Text;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>Every error path answers in the {code, message, data} envelope.</summary>
public class ErrorEnvelopeTests(ErrorEnvelopeTests.SmallBodyFactory app) : IClassFixture<ErrorEnvelopeTests.SmallBodyFactory>
{
    public sealed class SmallBodyFactory : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["MAX_BODY_BYTES"] = "2048" };
    }

    [Fact]
    public async Task AnUnknownRouteIsNotFound()
    {
        await (await app.Admin.GetAsync("/admin/nothing-here")).ShouldBeError(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await app.CreateClient().GetAsync("/nothing-here")).ShouldBeError(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task AWrongMethodIsMethodNotAllowedWithAllow()
    {
        var response = await app.Admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/admin/customers"));
        await response.ShouldBeError(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        response.Content.Headers.Allow.ShouldBe(["GET", "POST"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("{\"name\":")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task MalformedJsonIsInvalidJson(string body)
    {
        await (await app.Admin.SendRaw(HttpMethod.Post, "/admin/customers", body)).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    /// <summary>PostgreSQL text cannot hold NUL: a NUL in a query or a body is the client's error, not a 500.</summary>
    [Theory]
    [InlineData("/admin/customers?search=a%00b")]
    [InlineData("/admin/deals?search=%00")]
    [InlineData("/admin/tags?search=a%00")]
    public async Task ANulInAQueryIsInvalidQuery(string url)
    {
        await (await app.Admin.GetAsync(url)).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Theory]
    [InlineData("/admin/customers", "{\"name\":\"A\\u0000B\",\"email\":\"nul@example.com\"}")]
    [InlineData("/admin/customers", "{\"name\":\"AB\",\"email\":\"nul@example.com\",\"notes\":\"x\\u0000\"}")]
    [InlineData("/admin/tags", "{\"name\":\"\\u0000\"}")]
    public async Task ANulInABodyIsAValidationErrorAndSavesNothing(string url, string body)
    {
        var error = await (await app.Admin.SendRaw(HttpMethod.Post, url, body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("message").GetString()!.ShouldContain("NUL");
        var list = await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().ShouldNotContain(row => row.GetProperty("name").GetString()!.Contains('\0'));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task AWrongContentTypeIsUnsupportedMediaType(string contentType)
    {
        await (await app.Admin.SendRaw(HttpMethod.Post, "/admin/customers", "{\"name\":\"A\",\"email\":\"a@example.com\"}", contentType))
            .ShouldBeError(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task ABodyOverMaxBodyBytesIsPayloadTooLarge()
    {
        var json = $"{{\"name\":\"Big\",\"email\":\"big@example.com\",\"notes\":\"{new string('x', 4096)}\"}}";
        await (await app.Admin.SendRaw(HttpMethod.Post, "/admin/customers", json)).ShouldBeError(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIsCutOffWhileStreaming()
    {
        var json = $"{{\"name\":\"Big\",\"email\":\"big2@example.com\",\"notes\":\"{new string('x', 4096)}\"}}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/customers") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await (await app.Admin.SendAsync(request)).ShouldBeError(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task EveryResponseCarriesARequestId()
    {
        var fresh = await app.Admin.GetAsync("/admin/customers");
        fresh.Headers.GetValues("X-Request-ID").Single().ShouldNotBeNullOrWhiteSpace();

        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/nothing");
        request.Headers.Add("X-Request-ID", "console-abc-123");
        var echoed = await app.Admin.SendAsync(request);
        echoed.Headers.GetValues("X-Request-ID").Single().ShouldBe("console-abc-123");

        var hostile = new HttpRequestMessage(HttpMethod.Get, "/health");
        hostile.Headers.TryAddWithoutValidation("X-Request-ID", "evil\"value with spaces<script>");
        var replaced = await app.CreateClient().SendAsync(hostile);
        replaced.Headers.GetValues("X-Request-ID").Single().ShouldNotContain("evil");
    }

    [Fact]
    public async Task BadQueryValuesAreInvalidQueryNamingTheParameter()
    {
        foreach (var (query, parameter) in new[]
                 {
                     ("page=0", "page"), ("page=abc", "page"), ("page_size=0", "page_size"), ("page_size=101", "page_size"),
                     ("page_size=abc", "page_size"), ("sort_by=password", "sort_by"), ("sort_order=up", "sort_order"),
                     ("status=vip", "status"), ("assigned_to=bob", "assigned_to"), ("tags=1,x", "tags"), ("tag_match=some", "tag_match"),
                     ("created_from=yesterday", "created_from"), ("contacted=maybe", "contacted"), ("cursor=garbage", "cursor"),
                 })
        {
            var error = await (await app.Admin.GetAsync($"/admin/customers?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
            error.Str("message").ShouldStartWith(parameter);
            error.GetProperty("data").GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue(query);
        }
    }
}
