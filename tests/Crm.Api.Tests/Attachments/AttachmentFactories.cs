using Amazon.Runtime;
using Amazon.S3;
using Crm.Api.Attachments.Storage;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Attachments;

/// <summary>The application with a given attachment store; the tests below run against each.</summary>
public abstract class AttachmentFactory : CrmFactory
{
    /// <summary>Small enough to test the limit quickly, large enough for a file of several S3 parts.</summary>
    public const long MaxBytes = 20L << 20;

    public IAttachmentStore Store => Services.GetRequiredService<IAttachmentStore>();

    /// <summary>Every key in the store, whatever its age.</summary>
    public async Task<List<string>> StoredKeysAsync()
    {
        var keys = new List<string>();
        await foreach (var key in Store.ListKeysOlderThanAsync(DateTimeOffset.MaxValue, CancellationToken.None)) keys.Add(key);
        return keys;
    }
}

public sealed class LocalAttachmentFactory : AttachmentFactory
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("crm-attachments-").FullName;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["STORAGE_BACKEND"] = "local", ["STORAGE_LOCAL_PATH"] = Directory, ["ATTACHMENT_MAX_BYTES"] = MaxBytes.ToString(),
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

public sealed class S3AttachmentFactory : AttachmentFactory, IAsyncLifetime
{
    public string Bucket { get; } = $"crm-test-{Guid.NewGuid():N}"[..30];
    string _endpoint = "";

    protected override IReadOnlyDictionary<string, string> Settings => S3Settings(_endpoint, Bucket);

    public static Dictionary<string, string> S3Settings(string endpoint, string bucket) => new()
    {
        ["STORAGE_BACKEND"] = "s3", ["S3_ENDPOINT"] = endpoint, ["S3_BUCKET"] = bucket, ["S3_REGION"] = "us-east-1",
        ["S3_ACCESS_KEY_ID"] = S3Server.AccessKey, ["S3_SECRET_ACCESS_KEY"] = S3Server.SecretKey, ["S3_FORCE_PATH_STYLE"] = "true",
        ["ATTACHMENT_MAX_BYTES"] = MaxBytes.ToString(),
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _endpoint = await S3Server.UrlAsync();
        using var client = new AmazonS3Client(new BasicAWSCredentials(S3Server.AccessKey, S3Server.SecretKey),
            new AmazonS3Config { ServiceURL = _endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        await client.PutBucketAsync(Bucket);
    }
}
