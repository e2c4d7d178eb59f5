using Crm.Api.Configuration;

namespace Crm.Api.Tests.Attachments;

public class StorageSettingsTests
{
    static readonly Dictionary<string, string> Minimal = new()
    {
        ["DATABASE_URL"] = "postgres://crm:pw@db.internal:5432/crm", ["JWT_SECRET"] = new string('k', 32),
    };

    static CrmSettings Load(Dictionary<string, string> env) => CrmSettings.Load(key => env.GetValueOrDefault(key));

    [Fact]
    public void TheLocalStoreIsTheDefaultAndNeedsNoS3Settings()
    {
        var settings = Load(Minimal);

        settings.StorageBackend.ShouldBe("local");
        settings.StorageLocalPath.ShouldBe("./.data/attachments");
        settings.S3.ShouldBeNull();
    }

    [Fact]
    public void TheS3StoreReadsItsSettings()
    {
        var settings = Load(new(Minimal)
        {
            ["STORAGE_BACKEND"] = "s3", ["S3_ENDPOINT"] = "https://minio.internal:9000", ["S3_BUCKET"] = "crm-files",
            ["S3_REGION"] = "eu-central-1", ["S3_ACCESS_KEY_ID"] = "AKIA", ["S3_SECRET_ACCESS_KEY"] = "very-secret", ["S3_FORCE_PATH_STYLE"] = "true",
        });

        settings.S3.ShouldBe(new S3Settings("https://minio.internal:9000", "crm-files", "eu-central-1", "AKIA", "very-secret", true));
        settings.S3!.ToString().ShouldNotContain("very-secret");
    }

    [Fact]
    public void TheS3StoreDefaultsToAwsWithTheSdksCredentials()
    {
        var s3 = Load(new(Minimal) { ["STORAGE_BACKEND"] = "s3", ["S3_BUCKET"] = "crm-files" }).S3!;

        s3.Endpoint.ShouldBeNull();
        s3.Region.ShouldBe("us-east-1");
        s3.AccessKeyId.ShouldBeNull();
        s3.ForcePathStyle.ShouldBeFalse();
    }

    [Fact]
    public void BadS3SettingsAreAllReportedAtOnce()
    {
        var error = Should.Throw<InvalidConfigurationException>(() => Load(new(Minimal)
        {
            ["STORAGE_BACKEND"] = "s3", ["S3_ENDPOINT"] = "minio:9000", ["S3_ACCESS_KEY_ID"] = "AKIA", ["S3_FORCE_PATH_STYLE"] = "maybe",
        }));

        error.Problems.ShouldContain(p => p.StartsWith("S3_BUCKET is required"));
        error.Problems.ShouldContain(p => p.StartsWith("S3_ENDPOINT must be an http(s) URL"));
        error.Problems.ShouldContain(p => p.StartsWith("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together"));
        error.Problems.ShouldContain(p => p.StartsWith("S3_FORCE_PATH_STYLE must be true or false"));
        error.Message.ShouldNotContain("AKIA");
    }
}
