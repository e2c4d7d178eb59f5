using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Attachments;

/// <summary>Every test here runs against both stores: a local directory and an S3-compatible server (s3rver).</summary>
public abstract class AttachmentStoreTests<TFactory>(TFactory app) where TFactory : AttachmentFactory
{
    protected TFactory App => app;

    long Rows(string where = "true") => app.Scalar($"SELECT count(*) FROM attachments WHERE {where}");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4099)]
    [InlineData(9 << 20)] // more than one 8 MiB S3 part
    public async Task AnUploadedFileDownloadsByteForByte(int size)
    {
        var customer = app.Customer();
        var bytes = AttachmentClient.RandomBytes(size);

        var response = await app.Admin.Upload($"/admin/customers/{customer}/attachments", bytes, "data.bin");

        var created = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/attachments/{created.Id()}");
        created.GetProperty("size_bytes").GetInt64().ShouldBe(size);
        created.Str("sha256").ShouldBe(AttachmentClient.Sha256(bytes));
        created.GetProperty("customer_id").GetInt64().ShouldBe(customer);
        created.GetProperty("uploaded_by").GetInt64().ShouldBe(1);

        var list = await (await app.Admin.GetAsync($"/admin/customers/{customer}/attachments")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([created.Id()]);
        list.GetProperty("total").GetInt32().ShouldBe(1);

        var download = await app.Admin.GetAsync($"/admin/attachments/{created.Id()}/download");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await download.Content.ReadAsByteArrayAsync();
        AttachmentClient.Sha256(body).ShouldBe(AttachmentClient.Sha256(bytes));
        download.Content.Headers.ContentLength.ShouldBe(size);
        download.Headers.ETag!.Tag.ShouldBe($"\"{AttachmentClient.Sha256(bytes)}\"");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
    }

    [Theory]
    [InlineData("with spaces in it.pdf", "with spaces in it.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\boot.ini", "boot.ini")]
    [InlineData("../", "file")]
    [InlineData("naïve résumé – 日本語.pdf", "naïve résumé – 日本語.pdf")]
    public async Task AFileNameIsKeptSafelyAndOfferedBackEncoded(string sent, string kept)
    {
        var customer = app.Customer();
        var bytes = AttachmentClient.RandomBytes(10);

        var created = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", bytes, sent);

        created.Str("file_name").ShouldBe(kept);
        var download = await app.Admin.GetAsync($"/admin/attachments/{created.Id()}/download");
        AttachmentClient.Sha256(await download.Content.ReadAsByteArrayAsync()).ShouldBe(AttachmentClient.Sha256(bytes));
        var disposition = download.Content.Headers.GetValues("Content-Disposition").Single();
        disposition.ShouldStartWith("attachment; filename=\"");
        // RFC 6266: the exact name travels in filename*, and the header itself stays ASCII.
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(kept);
        disposition.All(c => c < 0x7F).ShouldBeTrue();
        var keys = await app.StoredKeysAsync();
        keys.ShouldAllBe(k => k.StartsWith("attachments/") && !k.Contains(".."));
    }

    [Theory]
    [InlineData("filename=\"Angebot für Müller.pdf\"", "Angebot für Müller.pdf")] // browsers: raw UTF-8
    [InlineData("filename=\"say \\\"hi\\\".txt\"", "say \"hi\".txt")] // curl: quotes escaped in a quoted string
    [InlineData("filename*=UTF-8''say%20%22hi%22%20%E2%9C%93.txt", "say \"hi\" ✓.txt")] // RFC 8187
    [InlineData("filename=\"plain.txt\"; filename*=UTF-8''pr%C3%A9f%C3%A9r%C3%A9.txt", "préféré.txt")] // filename* wins
    [InlineData("filename*=UTF-8''invoice%E2%80%AEfdp.exe", "invoicefdp.exe")] // a bidi override would show "invoiceexe.pdf"
    public async Task FileNamesAreReadAsClientsSendThem(string parameter, string kept)
    {
        var customer = app.Customer();

        var response = await app.Admin.UploadRaw($"/admin/customers/{customer}/attachments", [1, 2, 3], $"form-data; name=\"file\"; {parameter}");

        var created = await response.ShouldHave(HttpStatusCode.Created);
        created.Str("file_name").ShouldBe(kept);
        var download = await app.Admin.GetAsync($"/admin/attachments/{created.Id()}/download");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(kept);
    }

    [Fact]
    public async Task AnOversizedUploadIsRefusedAndLeavesNoTrace()
    {
        var customer = app.Customer();
        var keysBefore = await app.StoredKeysAsync();

        var response = await app.Admin.Upload($"/admin/customers/{customer}/attachments", new byte[AttachmentFactory.MaxBytes + 1]);

        await response.ShouldBeError(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
        Rows($"customer_id = {customer}").ShouldBe(0);
        (await app.StoredKeysAsync()).ShouldBe(keysBefore);
        app.Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'attachment' AND action = 'create'").ShouldBe(Rows());
    }

    [Fact]
    public async Task AFileOfExactlyTheLimitIsAccepted()
    {
        var customer = app.Customer();

        var created = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", new byte[AttachmentFactory.MaxBytes]);

        created.GetProperty("size_bytes").GetInt64().ShouldBe(AttachmentFactory.MaxBytes);
    }

    [Fact]
    public async Task AttachmentsHangOnDealsAndActivitiesToo()
    {
        var customer = app.Customer();
        var deal = app.Deal(customer);
        var activity = app.Activity(customer);

        var onDeal = await app.Admin.Uploaded($"/admin/deals/{deal}/attachments", [1], "deal.bin");
        var onActivity = await app.Admin.Uploaded($"/admin/activities/{activity}/attachments", [2], "activity.bin");

        onDeal.GetProperty("deal_id").GetInt64().ShouldBe(deal);
        onDeal.GetProperty("customer_id").ValueKind.ShouldBe(JsonValueKind.Null);
        onActivity.GetProperty("activity_id").GetInt64().ShouldBe(activity);
        Ids(await (await app.Admin.GetAsync($"/admin/deals/{deal}/attachments")).ShouldHave(HttpStatusCode.OK)).ShouldBe([onDeal.Id()]);
        Ids(await (await app.Admin.GetAsync($"/admin/activities/{activity}/attachments")).ShouldHave(HttpStatusCode.OK)).ShouldBe([onActivity.Id()]);
        Ids(await (await app.Admin.GetAsync($"/admin/customers/{customer}/attachments")).ShouldHave(HttpStatusCode.OK)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SoftDeletingTheCustomerHidesItsAttachmentsAndRestoreBringsThemBack()
    {
        var customer = app.Customer();
        var deal = app.Deal(customer);
        var activity = app.Activity(customer, dealId: deal);
        var ids = new[]
        {
            (await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", [1])).Id(),
            (await app.Admin.Uploaded($"/admin/deals/{deal}/attachments", [2])).Id(),
            (await app.Admin.Uploaded($"/admin/activities/{activity}/attachments", [3])).Id(),
        };

        (await app.Admin.Delete($"/admin/customers/{customer}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var id in ids)
        {
            await (await app.Admin.GetAsync($"/admin/attachments/{id}")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
            await (await app.Admin.GetAsync($"/admin/attachments/{id}/download")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        }
        await (await app.Admin.GetAsync($"/admin/customers/{customer}/attachments")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.GetAsync($"/admin/deals/{deal}/attachments")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");

        (await app.Admin.PostAsync($"/admin/customers/{customer}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        for (var i = 0; i < ids.Length; i++)
        {
            var download = await app.Admin.GetAsync($"/admin/attachments/{ids[i]}/download");
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe([(byte)(i + 1)]);
        }
        var detail = await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK);
        detail.GetProperty("counts").GetProperty("attachments").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task DeletingAnAttachmentHidesItAndIsAudited()
    {
        var customer = app.Customer();
        var created = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", [7, 7]);

        (await app.Admin.Delete($"/admin/attachments/{created.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await app.Admin.GetAsync($"/admin/attachments/{created.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        Ids(await (await app.Admin.GetAsync($"/admin/customers/{customer}/attachments")).ShouldHave(HttpStatusCode.OK)).ShouldBeEmpty();
        app.Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'attachment' AND resource_id = {created.Id()} AND action IN ('create', 'delete')")
            .ShouldBe(2);
    }

    [Fact]
    public async Task AnAgentReadsOthersAttachmentsButCannotAddOrDeleteThem()
    {
        var theirs = app.Customer(assignedTo: 6);
        var mine = app.Customer(assignedTo: 5);
        var existing = await app.Admin.Uploaded($"/admin/customers/{theirs}/attachments", [1]);
        var agent = app.As("agent", 5);

        (await agent.GetAsync($"/admin/attachments/{existing.Id()}/download")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agent.Upload($"/admin/customers/{theirs}/attachments", [2])).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await agent.Delete($"/admin/attachments/{existing.Id()}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await agent.Upload($"/admin/customers/{mine}/attachments", [3])).StatusCode.ShouldBe(HttpStatusCode.Created);
        Rows($"customer_id = {theirs}").ShouldBe(1);
    }

    [Fact]
    public async Task OrphanObjectsOlderThanAnHourAreCleanedUp()
    {
        var customer = app.Customer();
        var kept = await app.Admin.Uploaded($"/admin/customers/{customer}/attachments", [4, 2]);
        var orphan = await app.Store.PutAsync(new MemoryStream([9, 9, 9]), CancellationToken.None);
        var janitor = app.Services.GetService(typeof(Crm.Api.Attachments.Storage.AttachmentJanitor)) as Crm.Api.Attachments.Storage.AttachmentJanitor;

        (await janitor!.SweepAsync(DateTimeOffset.UtcNow, CancellationToken.None)).ShouldBe(0);
        (await app.StoredKeysAsync()).ShouldContain(orphan);

        (await janitor.SweepAsync(DateTimeOffset.UtcNow.AddHours(2), CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);

        (await app.StoredKeysAsync()).ShouldNotContain(orphan);
        var download = await app.Admin.GetAsync($"/admin/attachments/{kept.Id()}/download");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe([4, 2]);
    }

    static IEnumerable<long> Ids(JsonElement list) => list.GetProperty("data").EnumerateArray().Select(x => x.Id());
}

public sealed class LocalAttachmentStoreTests(LocalAttachmentFactory app)
    : AttachmentStoreTests<LocalAttachmentFactory>(app), IClassFixture<LocalAttachmentFactory>
{
    [Fact]
    public async Task AFileChangedInTheStoreIsCutOffInsteadOfDownloadedWhole()
    {
        var customer = App.Customer();
        var bytes = AttachmentClient.RandomBytes(100_000);
        var created = await App.Admin.Uploaded($"/admin/customers/{customer}/attachments", bytes);
        // The same length, one byte different: only the SHA-256 can tell.
        string key;
        using (var connection = App.OpenConnection())
        using (var command = new Npgsql.NpgsqlCommand($"SELECT object_key FROM attachments WHERE id = {created.Id()}", connection))
            key = (string)command.ExecuteScalar()!;
        var path = Path.Combine(App.Directory, key);
        var stored = await File.ReadAllBytesAsync(path);
        stored[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(path, stored);

        await Should.ThrowAsync<Exception>(async () =>
        {
            using var download = await App.Admin.GetAsync($"/admin/attachments/{created.Id()}/download", HttpCompletionOption.ResponseHeadersRead);
            await download.Content.ReadAsByteArrayAsync();
        });
    }
}

public sealed class S3AttachmentStoreTests(S3AttachmentFactory app)
    : AttachmentStoreTests<S3AttachmentFactory>(app), IClassFixture<S3AttachmentFactory>;
