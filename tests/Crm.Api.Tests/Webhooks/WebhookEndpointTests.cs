using System.Net;
using System.Text;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Webhooks;

/// <summary>
/// The webhook routes as a production deployment has them (WEBHOOK_ALLOW_PRIVATE unset): only public https targets,
/// checked on every address a name resolves to, at create time and again at connect time.
/// </summary>
public class PublicOnlyWebhookFactory : WebhookFactory
{
    protected override bool AllowPrivate => false;
}

public class WebhookEndpointTests : IClassFixture<PublicOnlyWebhookFactory>
{
    readonly PublicOnlyWebhookFactory app;

    public WebhookEndpointTests(PublicOnlyWebhookFactory app)
    {
        this.app = app;
        // TEST-NET-3: a public-looking address where nothing answers.
        app.Names["receiver.example"] = [IPAddress.Parse("203.0.113.7")];
    }

    Task<HttpResponseMessage> Create(object body) => app.Admin.PostJson("/admin/webhooks", body);

    [Fact]
    public async Task CreatingReturnsTheSecretOnceAndStoresItEncrypted()
    {
        var created = await (await Create(new { url = "https://receiver.example/hooks", event_types = new[] { "deal.*", "customer.created" }, description = "Billing" }))
            .ShouldHave(HttpStatusCode.Created);
        var secret = created.Str("secret");
        secret.ShouldStartWith("whsec_");
        Convert.FromBase64String(secret["whsec_".Length..]).Length.ShouldBe(32);
        (created.Str("url"), created.GetProperty("enabled").GetBoolean(), created.Str("description")).ShouldBe(("https://receiver.example/hooks", true, "Billing"));
        created.GetProperty("event_types").EnumerateArray().Select(t => t.GetString()).ShouldBe(["deal.*", "customer.created"]);

        var read = await (await app.Admin.GetAsync($"/admin/webhooks/{created.Id()}")).ShouldHave(HttpStatusCode.OK);
        read.TryGetProperty("secret", out _).ShouldBeFalse();
        var list = await (await app.Admin.GetAsync("/admin/webhooks")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Count(w => w.TryGetProperty("secret", out _)).ShouldBe(0);

        await using var connection = app.OpenConnection();
        await using var stored = new NpgsqlCommand($"SELECT secret FROM crm_webhooks WHERE id = {created.Id()}", connection);
        var bytes = (byte[])(await stored.ExecuteScalarAsync())!;
        Encoding.Latin1.GetString(bytes).ShouldNotContain(secret["whsec_".Length..]);
    }

    [Fact]
    public async Task PutChangesOnlyTheMembersSentAndAnEmptyBodyIsNoUpdates()
    {
        var created = await (await Create(new { url = "https://receiver.example/a", event_types = new[] { "*" }, description = "Keep me" })).ShouldHave(HttpStatusCode.Created);

        var updated = await (await app.Admin.PutJson($"/admin/webhooks/{created.Id()}", new { event_types = new[] { "note.*" }, enabled = false }))
            .ShouldHave(HttpStatusCode.OK);
        updated.GetProperty("event_types").EnumerateArray().Select(t => t.GetString()).ShouldBe(["note.*"]);
        (updated.GetProperty("enabled").GetBoolean(), updated.Str("description"), updated.Str("url")).ShouldBe((false, "Keep me", "https://receiver.example/a"));

        await (await app.Admin.PutJson($"/admin/webhooks/{created.Id()}", new { })).ShouldBeError(HttpStatusCode.BadRequest, "NO_UPDATES");
        await (await app.Admin.PutJson($"/admin/webhooks/{created.Id()}", new { url = "https://127.0.0.1/x" })).ShouldBeError(HttpStatusCode.BadRequest, "UNSAFE_URL");
        (await (await app.Admin.GetAsync($"/admin/webhooks/{created.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("url").ShouldBe("https://receiver.example/a");
    }

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.0.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://[fd00:ec2::254]/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://loopback.example/hook")]
    [InlineData("https://mixed.example/hook")]
    [InlineData("http://receiver.example/hook")]
    public async Task UnsafeTargetsAre400UnsafeUrlAndNothingIsCreated(string url)
    {
        app.Names["loopback.example"] = [IPAddress.Loopback];
        app.Names["mixed.example"] = [IPAddress.Parse("203.0.113.8"), IPAddress.Parse("10.0.0.8")];

        var error = await (await Create(new { url, event_types = new[] { "*" } })).ShouldBeError(HttpStatusCode.BadRequest, "UNSAFE_URL");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("url", out _).ShouldBeTrue();
        await using var connection = app.OpenConnection();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM crm_webhooks WHERE url = $1", connection);
        count.Parameters.AddWithValue(url);
        ((long)(await count.ExecuteScalarAsync())!).ShouldBe(0);
    }

    [Fact]
    public async Task ANameThatResolvesToLoopbackByDeliveryTimeIsRefusedAtConnect()
    {
        app.Names["rebinding.example"] = [IPAddress.Parse("203.0.113.9")];
        await using var receiver = await Receiver.StartAsync();
        var port = new Uri(receiver.Url).Port;
        var (webhook, _) = await app.CreateWebhookAsync($"https://rebinding.example:{port}/hook", "deal.won");

        // DNS rebinding: the name now answers with the loopback address, where a service listens.
        app.Names["rebinding.example"] = [IPAddress.Loopback];
        var delivery = await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/test", null)).ShouldHave(HttpStatusCode.OK);

        delivery.Str("status").ShouldBe("pending");
        delivery.Str("last_error").ShouldContain("refused");
        delivery.Str("last_error").ShouldContain("loopback");
        receiver.Arrivals.ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"event_types": ["*"]}""", "url")]
    [InlineData("""{"url": "not a url", "event_types": ["*"]}""", "url")]
    [InlineData("""{"url": "https://user:pw@receiver.example/", "event_types": ["*"]}""", "url")]
    [InlineData("""{"url": "https://receiver.example/"}""", "event_types")]
    [InlineData("""{"url": "https://receiver.example/", "event_types": []}""", "event_types")]
    [InlineData("""{"url": "https://receiver.example/", "event_types": ["deal.archived"]}""", "event_types")]
    [InlineData("""{"url": "https://receiver.example/", "event_types": ["*"], "secret": "whsec_mine"}""", "secret")]
    public async Task InvalidBodiesAre400ValidationFailedNamingTheMember(string body, string member)
    {
        var error = await (await app.Admin.SendRaw(HttpMethod.Post, "/admin/webhooks", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(m => m.Contains(member));
    }

    [Fact]
    public async Task DeletingAnswersWithTheMessageAndUnknownIdsAre404()
    {
        var created = await (await Create(new { url = "https://receiver.example/d", event_types = new[] { "*" } })).ShouldHave(HttpStatusCode.Created);
        var deleted = await (await app.Admin.Delete($"/admin/webhooks/{created.Id()}")).ShouldHave(HttpStatusCode.OK);
        deleted.Str("message").ShouldBe("Webhook deleted successfully");

        await (await app.Admin.GetAsync($"/admin/webhooks/{created.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "WEBHOOK_NOT_FOUND");
        await (await app.Admin.Delete($"/admin/webhooks/{created.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "WEBHOOK_NOT_FOUND");
        await (await app.Admin.PostAsync($"/admin/webhooks/{created.Id()}/rotate-secret", null)).ShouldBeError(HttpStatusCode.NotFound, "WEBHOOK_NOT_FOUND");
        await (await app.Admin.GetAsync($"/admin/webhooks/{created.Id()}/deliveries")).ShouldBeError(HttpStatusCode.NotFound, "WEBHOOK_NOT_FOUND");
    }

    [Fact]
    public async Task WebhookChangesAreAuditedWithoutTheSecret()
    {
        var created = await (await Create(new { url = "https://receiver.example/audit", event_types = new[] { "*" } })).ShouldHave(HttpStatusCode.Created);
        var rotated = await (await app.Admin.PostAsync($"/admin/webhooks/{created.Id()}/rotate-secret", null)).ShouldHave(HttpStatusCode.OK);

        var audit = await (await app.Admin.GetAsync($"/admin/audit-logs?resource_type=webhook&resource_id={created.Id()}")).ShouldHave(HttpStatusCode.OK);
        var text = audit.GetRawText();
        audit.GetProperty("data").EnumerateArray().Select(a => a.Str("action")).ShouldBe(["rotate_secret", "create"], ignoreOrder: true);
        text.ShouldNotContain(created.Str("secret")["whsec_".Length..]);
        text.ShouldNotContain(rotated.Str("secret")["whsec_".Length..]);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task OnlyAdminsManageWebhooks(string role)
    {
        var client = app.As(role, 4);
        await (await client.GetAsync("/admin/webhooks")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await client.PostJson("/admin/webhooks", new { url = "https://receiver.example/x", event_types = new[] { "*" } }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }
}

/// <summary>Without WEBHOOK_SECRET_KEY nothing can be signed: creating an endpoint says so instead of storing a bare secret.</summary>
public class UnconfiguredWebhookFactory : CrmFactory;

public class WebhooksWithoutASecretKeyTests(UnconfiguredWebhookFactory app) : IClassFixture<UnconfiguredWebhookFactory>
{
    [Fact]
    public async Task CreatingAWebhookIs503UntilWebhookSecretKeyIsSet()
    {
        var error = await (await app.Admin.PostJson("/admin/webhooks", new { url = "https://203.0.113.7/hook", event_types = new[] { "*" } }))
            .ShouldBeError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        error.Str("message").ShouldContain("WEBHOOK_SECRET_KEY");
        var list = await (await app.Admin.GetAsync("/admin/webhooks")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").GetArrayLength().ShouldBe(0);
    }
}
