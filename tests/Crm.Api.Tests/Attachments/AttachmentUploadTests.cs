using System.Net;
using System.Text;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Attachments;

/// <summary>What an upload must be, and what its bytes say it is (store-independent: the local store).</summary>
public class AttachmentUploadTests(LocalAttachmentFactory app) : IClassFixture<LocalAttachmentFactory>
{
    static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%binary\n1 0 obj\n");
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0];
    static readonly byte[] Mp4 = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2'];
    static readonly byte[] Wav = Encoding.ASCII.GetBytes("RIFF\x24\0\0\0WAVEfmt ");
    static readonly byte[] Exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0");
    static readonly byte[] Html = Encoding.UTF8.GetBytes("\n  <!DOCTYPE html><html><script>alert(1)</script></html>");
    static readonly byte[] Svg = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

    public static TheoryData<string, byte[], string, string, string> ContentTypes => new()
    {
        { "matching declaration", Pdf, "application/pdf", "application/pdf", "application/pdf" },
        { "wrong declaration", Pdf, "image/png", "application/pdf", "application/pdf" },
        { "no declaration", Png, "", "image/png", "image/png" },
        { "parameters dropped", Encoding.UTF8.GetBytes("plain words"), "Text/Plain; charset=utf-8", "text/plain", "text/plain" },
        { "docx is a zip", Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "zip called a pdf", Zip, "application/pdf", "application/zip", "application/zip" },
        { "mp4 video", Mp4, "video/mp4", "video/mp4", "video/mp4" },
        { "m4a audio", Mp4, "audio/mp4", "audio/mp4", "audio/mp4" },
        { "wav called mp3", Wav, "audio/mpeg", "audio/wav", "audio/wav" },
        { "executable called a pdf", Exe, "application/pdf", "application/x-msdownload", "application/octet-stream" },
        { "html called text", Html, "text/plain", "text/html", "application/octet-stream" },
        { "html declared", Encoding.UTF8.GetBytes("hello"), "text/html", "text/html", "application/octet-stream" },
        { "svg called png", Svg, "image/png", "image/svg+xml", "application/octet-stream" },
    };

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public async Task TheContentTypeComesFromTheBytesWhereTheDeclarationDisagrees(string _, byte[] bytes, string declared, string recorded, string served)
    {
        var customer = app.Customer();

        var created = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", bytes, "upload", declared.Length == 0 ? null : declared);

        created.Str("content_type").ShouldBe(recorded);
        var download = await app.Admin.GetAsync($"/admin/attachments/{created.Id()}/download");
        download.Content.Headers.ContentType!.MediaType.ShouldBe(served);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task AnUploadMustBeMultipart()
    {
        var customer = app.Customer();

        await (await app.Admin.PostJson($"/admin/customers/{customer}/attachments", new { file = "x" }))
            .ShouldBeError(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task AnUploadWithoutAFilePartIsInvalid()
    {
        var customer = app.Customer();
        var form = new MultipartFormDataContent { { new StringContent("hello"), "comment" } };

        var body = await (await app.Admin.PostAsync($"/admin/customers/{customer}/attachments", form)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        body.GetProperty("data").GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AMultipartBodyCutShortIsInvalidAndLeavesNothing()
    {
        var customer = app.Customer();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.bin\"\r\n\r\nsome bytes but no closing boundary"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        await (await app.Admin.PostAsync($"/admin/customers/{customer}/attachments", content)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        app.Scalar($"SELECT count(*) FROM attachments WHERE customer_id = {customer}").ShouldBe(0);
        (await app.StoredKeysAsync()).Count.ShouldBe((int)app.Scalar("SELECT count(*) FROM attachments"));
    }

    [Fact]
    public async Task AMissingRecordOrAttachmentIsNotFound()
    {
        await (await app.Admin.Upload("/admin/customers/999999/attachments", [1])).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.Upload("/admin/deals/999999/attachments", [1])).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await app.Admin.GetAsync("/admin/activities/999999/attachments")).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        await (await app.Admin.GetAsync("/admin/attachments/999999")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        await (await app.Admin.GetAsync("/admin/attachments/999999/download")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        await (await app.Admin.Delete("/admin/attachments/999999")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        await (await app.Admin.GetAsync("/admin/attachments/abc")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_ID");
    }

    [Fact]
    public async Task AnUploadNeedsAToken()
    {
        var customer = app.Customer();

        await (await app.CreateClient().Upload($"/admin/customers/{customer}/attachments", [1])).ShouldBeError(HttpStatusCode.Unauthorized, "MISSING_TOKEN");
    }

    [Fact]
    public async Task MetadataCarriesARowVersionETagAndADeleteHonoursIfMatch()
    {
        var customer = app.Customer();
        var created = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", [5]);
        var get = await app.Admin.GetAsync($"/admin/attachments/{created.Id()}");
        (await get.ShouldHave(HttpStatusCode.OK)).Str("download_url").ShouldStartWith($"/attachments/{created.Id()}/download?user=1&expires=");

        await (await app.Admin.Delete($"/admin/attachments/{created.Id()}", "\"1\"")).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        (await app.Admin.Delete($"/admin/attachments/{created.Id()}", get.Headers.ETag!.Tag)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ADownloadAnswersNotModifiedToItsOwnETag()
    {
        var customer = app.Customer();
        var created = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", [1, 2]);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/attachments/{created.Id()}/download");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"{created.Str("sha256")}\"");

        (await app.Admin.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task ARepeatedUploadWithTheSameIdempotencyKeyStoresOneFile()
    {
        var customer = app.Customer();
        var bytes = AttachmentClient.RandomBytes(200_000);
        Task<HttpResponseMessage> Send()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/customers/{customer}/attachments")
            {
                Content = new MultipartFormDataContent("fixed-boundary") { { new ByteArrayContent(bytes), "file", "once.bin" } },
            };
            request.Headers.Add("Idempotency-Key", "upload-once");
            return app.Admin.SendAsync(request);
        }

        var first = await (await Send()).ShouldHave(HttpStatusCode.Created);
        var again = await Send();

        (await again.ShouldHave(HttpStatusCode.Created)).Id().ShouldBe(first.Id());
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        app.Scalar($"SELECT count(*) FROM attachments WHERE customer_id = {customer}").ShouldBe(1);
    }

    [Fact]
    public async Task AnAttachmentRowFailureRemovesTheStoredBytes()
    {
        var customer = app.Customer();
        var keysBefore = await app.StoredKeysAsync();
        app.Scalar("""
            CREATE FUNCTION fail_attachment_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER fail_attachment_insert BEFORE INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION fail_attachment_insert();
            SELECT 1;
            """);
        try
        {
            await (await app.Admin.Upload($"/admin/customers/{customer}/attachments", AttachmentClient.RandomBytes(1000)))
                .ShouldBeError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        }
        finally
        {
            app.Scalar("DROP TRIGGER fail_attachment_insert ON attachments; DROP FUNCTION fail_attachment_insert(); SELECT 1;");
        }

        (await app.StoredKeysAsync()).ShouldBe(keysBefore);
        app.Scalar($"SELECT count(*) FROM attachments WHERE customer_id = {customer}").ShouldBe(0);
    }
}

/// <summary>With AGENT_READ_SCOPE=own, others' records and their attachments do not exist for an agent.</summary>
public class AttachmentOwnScopeTests(AttachmentOwnScopeTests.Factory app) : IClassFixture<AttachmentOwnScopeTests.Factory>
{
    public sealed class Factory : CrmFactory
    {
        readonly string _directory = Directory.CreateTempSubdirectory("crm-attachments-").FullName;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["AGENT_READ_SCOPE"] = "own", ["STORAGE_LOCAL_PATH"] = _directory,
        };
    }

    [Fact]
    public async Task AnAgentCannotSeeAttachmentsOfRecordsOutsideTheirScope()
    {
        var theirs = app.Customer(assignedTo: 6);
        var deal = app.Deal(theirs, ownerId: 6);
        var activity = app.Activity(theirs, assignedTo: 6);
        var onCustomer = (await app.Admin.Uploaded($"/admin/customers/{theirs}/attachments", [1])).Id();
        var agent = app.As("agent", 5);

        await (await agent.GetAsync($"/admin/attachments/{onCustomer}")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        await (await agent.GetAsync($"/admin/attachments/{onCustomer}/download")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        await (await agent.Delete($"/admin/attachments/{onCustomer}")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        await (await agent.GetAsync($"/admin/customers/{theirs}/attachments")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await agent.Upload($"/admin/deals/{deal}/attachments", [2])).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await agent.Upload($"/admin/activities/{activity}/attachments", [3])).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        (await app.As("agent", 6).GetAsync($"/admin/attachments/{onCustomer}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
