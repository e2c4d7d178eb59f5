using System.Net;
using System.Text.Json;
using Crm.Api.Attachments;
using Crm.Api.Configuration;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Attachments;

/// <summary>The application with a local store and a clock the test moves, for the links' expiry.</summary>
public sealed class LinkAttachmentFactory : AttachmentFactory
{
    public const int TtlSeconds = 120;

    public sealed class Clock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
    }

    public Clock LinkClock { get; } = new();
    readonly string _directory = System.IO.Directory.CreateTempSubdirectory("crm-attachments-").FullName;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["STORAGE_BACKEND"] = "local", ["STORAGE_LOCAL_PATH"] = _directory, ["ATTACHMENT_URL_TTL_SECONDS"] = TtlSeconds.ToString(),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton(sp => new AttachmentLinks(sp.GetRequiredService<CrmSettings>(), LinkClock)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { System.IO.Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// An attachment's download_url is a signed link that works without a header for ATTACHMENT_URL_TTL_SECONDS, for exactly the
/// attachment, user and expiry it was signed for; the bearer-token download stays as it was.
/// </summary>
public class AttachmentLinkTests(LinkAttachmentFactory app) : IClassFixture<LinkAttachmentFactory>
{
    static readonly byte[] Bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    async Task<JsonElement> UploadAsync() => await app.Admin.Uploaded($"/admin/customers/{app.Customer()}/attachments", Bytes, "chart.png", "image/png");

    static Dictionary<string, string> QueryOf(string url) =>
        new Uri("http://x" + url).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    [Fact]
    public async Task ADownloadUrlServesTheFileWithoutAHeaderUntilItExpires()
    {
        var created = await UploadAsync();
        var url = created.Str("download_url");
        url.ShouldStartWith($"/attachments/{created.Id()}/download?user=1&expires=");
        var expires = long.Parse(QueryOf(url)["expires"]);
        expires.ShouldBeInRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + LinkAttachmentFactory.TtlSeconds - 5,
            DateTimeOffset.UtcNow.ToUnixTimeSeconds() + LinkAttachmentFactory.TtlSeconds);

        var anonymous = app.CreateClient();
        var download = await anonymous.GetAsync(url);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Bytes);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("chart.png");

        app.LinkClock.Ahead = TimeSpan.FromSeconds(LinkAttachmentFactory.TtlSeconds + 1);
        try
        {
            var expired = await anonymous.GetAsync(url);
            (await expired.ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS")).GetProperty("message").GetString()!.ShouldContain("expired");
            // Read again, the metadata carries a fresh link.
            var fresh = (await (await app.Admin.GetAsync($"/admin/attachments/{created.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("download_url");
            (await anonymous.GetAsync(fresh)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            app.LinkClock.Ahead = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task ALinkIsIssuedToTheCallerWhoReadIt()
    {
        var created = await UploadAsync();
        var asManager = (await (await app.As("manager", 7).GetAsync($"/admin/attachments/{created.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("download_url");
        QueryOf(asManager)["user"].ShouldBe("7");
        (await app.CreateClient().GetAsync(asManager)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ASignatureWorksOnlyForTheAttachmentUserAndExpiryItWasMadeFor()
    {
        var first = await UploadAsync();
        var second = await UploadAsync();
        var url = first.Str("download_url");
        var query = QueryOf(url);
        var anonymous = app.CreateClient();
        string Link(long id, string user, string expires, string signature) => $"/attachments/{id}/download?user={user}&expires={expires}&signature={signature}";

        foreach (var forged in new[]
        {
            Link(second.Id(), query["user"], query["expires"], query["signature"]),                       // another attachment
            Link(first.Id(), "2", query["expires"], query["signature"]),                                    // another user
            Link(first.Id(), query["user"], (long.Parse(query["expires"]) + 3600).ToString(), query["signature"]), // a later expiry
            Link(first.Id(), query["user"], query["expires"], query["signature"][..^2] + "AA"),            // a changed signature
        })
            (await (await anonymous.GetAsync(forged)).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS"))
                .GetProperty("message").GetString()!.ShouldContain("not valid");

        (await (await anonymous.GetAsync($"/attachments/{first.Id()}/download?user=1&expires=1")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY"))
            .GetProperty("data").GetProperty("errors").TryGetProperty("signature", out _).ShouldBeTrue();
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "the genuine link still works");
    }

    [Fact]
    public async Task ALinkToADeletedAttachmentOrRecordAnswersNotFound()
    {
        var attachment = await UploadAsync();
        var url = attachment.Str("download_url");
        (await app.Admin.DeleteAsync($"/admin/attachments/{attachment.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await app.CreateClient().GetAsync(url)).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");

        var customer = app.Customer();
        var onCustomer = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", Bytes);
        (await app.Admin.DeleteAsync($"/admin/customers/{customer}")).IsSuccessStatusCode.ShouldBeTrue();
        await (await app.CreateClient().GetAsync(onCustomer.Str("download_url"))).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
    }

    [Fact]
    public async Task TheAuditTrailKeepsTheBearerPathNotASignedLink()
    {
        var created = await UploadAsync();
        await using var connection = app.OpenConnection();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT changes::text FROM audit_logs WHERE resource_type = 'attachment' AND resource_id = @id AND action = 'create'", connection);
        command.Parameters.AddWithValue("id", created.Id());
        var changes = (string)(await command.ExecuteScalarAsync())!;
        changes.ShouldContain($"/admin/attachments/{created.Id()}/download");
        changes.ShouldNotContain("signature");
    }

    static CrmSettings Settings(string? ttl) => CrmSettings.Load(key => key switch
    {
        "DATABASE_URL" => "postgres://crm:pw@db:5432/crm", "JWT_SECRET" => new string('k', 32), "ATTACHMENT_URL_TTL_SECONDS" => ttl,
        _ => null,
    });

    [Fact]
    public void LinksLiveFiveMinutesByDefault() => Settings(null).AttachmentUrlTtlSeconds.ShouldBe(300);

    [Theory]
    [InlineData("0")]
    [InlineData("five minutes")]
    [InlineData("604801")]
    public void ALifetimeOutsideOneSecondToAWeekStopsTheService(string ttl) =>
        Should.Throw<InvalidConfigurationException>(() => Settings(ttl)).Message.ShouldContain("ATTACHMENT_URL_TTL_SECONDS");
}
