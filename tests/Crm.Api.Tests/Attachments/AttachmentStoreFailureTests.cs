using System.Net;
using Crm.Api.Tests.Activities;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Attachments;

/// <summary>A store that fails while an upload streams into it: a clear 503, and no row.</summary>
public class AttachmentStoreFailureTests
{
    /// <summary>An S3 endpoint where nothing listens.</summary>
    public sealed class UnreachableS3 : CrmFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings =>
            S3AttachmentFactory.S3Settings($"http://127.0.0.1:{S3Server.FreePort()}", "crm-unreachable");
    }

    /// <summary>A real S3-compatible server, but the bucket does not exist: the first part (8 MiB in) is refused.</summary>
    public sealed class MissingBucket : CrmFactory, IAsyncLifetime
    {
        string _endpoint = "";

        protected override IReadOnlyDictionary<string, string> Settings => S3AttachmentFactory.S3Settings(_endpoint, "crm-no-such-bucket");

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            _endpoint = await S3Server.UrlAsync();
        }
    }

    /// <summary>A local path that cannot hold directories (a regular file is in the way; chmod would not stop root).</summary>
    public sealed class UnwritableLocal : CrmFactory
    {
        readonly string _file = Path.GetTempFileName();

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["STORAGE_LOCAL_PATH"] = Path.Combine(_file, "attachments"),
        };
    }

    static async Task UploadFailsWithoutARow(CrmFactory app, int size)
    {
        var customer = app.Customer();

        var response = await app.Admin.Upload($"/admin/customers/{customer}/attachments", AttachmentClient.RandomBytes(size));

        await response.ShouldBeError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        response.Headers.RetryAfter.ShouldNotBeNull();
        app.Scalar("SELECT count(*) FROM attachments").ShouldBe(0);
        app.Scalar("SELECT count(*) FROM audit_logs WHERE resource_type = 'attachment'").ShouldBe(0);
    }

    public class WhenTheS3EndpointIsDown(UnreachableS3 app) : IClassFixture<UnreachableS3>
    {
        [Fact]
        public Task AnUploadAnswers503AndWritesNoRow() => UploadFailsWithoutARow(app, 9 << 20);
    }

    public class WhenTheS3BucketIsMissing(MissingBucket app) : IClassFixture<MissingBucket>
    {
        [Fact]
        public Task AnUploadAnswers503AndWritesNoRow() => UploadFailsWithoutARow(app, 9 << 20);
    }

    public class WhenTheLocalPathIsUnwritable(UnwritableLocal app) : IClassFixture<UnwritableLocal>
    {
        [Fact]
        public Task AnUploadAnswers503AndWritesNoRow() => UploadFailsWithoutARow(app, 1 << 20);
    }
}
