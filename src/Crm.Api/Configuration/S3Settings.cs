namespace Crm.Api.Configuration;

/// <summary>
/// The S3-compatible attachment store (AWS S3, MinIO, Ceph, Garage, …). Without S3_ENDPOINT the SDK talks to AWS
/// in S3_REGION; without keys it uses the SDK's default credentials (instance role, environment, profile).
/// </summary>
public sealed record S3Settings(string? Endpoint, string Bucket, string Region, string? AccessKeyId, string? SecretAccessKey,
    bool ForcePathStyle)
{
    /// <summary>Never print the secret (settings may end up in logs or exception messages).</summary>
    public override string ToString() => $"S3Settings {{ Endpoint = {Endpoint}, Bucket = {Bucket}, Region = {Region}, ForcePathStyle = {ForcePathStyle} }}";

    internal static S3Settings Load(Func<string, string?> get, Func<string, bool, bool> readBool, List<string> problems)
    {
        var endpoint = get("S3_ENDPOINT");
        if (endpoint is not null && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            problems.Add($"S3_ENDPOINT must be an http(s) URL (got \"{endpoint}\")");

        var bucket = get("S3_BUCKET");
        if (bucket is null) problems.Add("S3_BUCKET is required when STORAGE_BACKEND=s3");
        else if (!System.Text.RegularExpressions.Regex.IsMatch(bucket, @"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\z"))
            problems.Add($"S3_BUCKET must be a valid bucket name (got \"{bucket}\")");

        var accessKey = get("S3_ACCESS_KEY_ID");
        var secretKey = get("S3_SECRET_ACCESS_KEY");
        if ((accessKey is null) != (secretKey is null))
            problems.Add("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or both left unset for the SDK's default credentials)");

        return new S3Settings(endpoint, bucket ?? "", get("S3_REGION") ?? "us-east-1", accessKey, secretKey,
            readBool("S3_FORCE_PATH_STYLE", false));
    }
}
