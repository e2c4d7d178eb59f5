using System.Buffers;
using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Crm.Api.Configuration;

namespace Crm.Api.Attachments.Storage;

/// <summary>
/// Any S3-compatible store. An upload of unknown length is sent in parts of <see cref="PartSize"/> bytes, so at most one
/// part per upload is in memory; a file smaller than one part goes up in a single PUT. A failed multipart upload is
/// aborted, so no part is left behind.
/// </summary>
public sealed class S3AttachmentStore(IAmazonS3 client, string bucket, TimeProvider time) : IAttachmentStore, IDisposable
{
    /// <summary>S3's minimum part size is 5 MiB; 8 MiB keeps a 25 MiB file to 4 requests.</summary>
    public const int PartSize = 8 << 20;

    public static S3AttachmentStore Create(S3Settings settings, TimeProvider time)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = settings.ForcePathStyle,
            AuthenticationRegion = settings.Region,
            // Trailing CRC checksums (the SDK's default) are not understood by every S3-compatible server; our own
            // SHA-256 covers integrity end to end.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (settings.Endpoint is not null) config.ServiceURL = settings.Endpoint;
        else config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region);

        var client = settings.AccessKeyId is not null
            ? new AmazonS3Client(new BasicAWSCredentials(settings.AccessKeyId, settings.SecretAccessKey), config)
            : new AmazonS3Client(config);
        return new S3AttachmentStore(client, settings.Bucket, time);
    }

    public async Task<string> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var key = ObjectKeys.New(time.GetUtcNow());
        var buffer = ArrayPool<byte>.Shared.Rent(PartSize);
        try
        {
            var length = await content.ReadAtLeastAsync(buffer.AsMemory(0, PartSize), PartSize, throwOnEndOfStream: false, cancellationToken);
            if (length < PartSize)
            {
                await client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = bucket, Key = key, InputStream = new MemoryStream(buffer, 0, length, writable: false), UseChunkEncoding = false,
                }, cancellationToken);
                return key;
            }
            await PutInPartsAsync(key, content, buffer, length, cancellationToken);
            return key;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    async Task PutInPartsAsync(string key, Stream content, byte[] buffer, int length, CancellationToken cancellationToken)
    {
        var upload = await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = key }, cancellationToken);
        try
        {
            var parts = new List<PartETag>();
            while (length > 0)
            {
                var part = await client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = bucket, Key = key, UploadId = upload.UploadId, PartNumber = parts.Count + 1,
                    InputStream = new MemoryStream(buffer, 0, length, writable: false), UseChunkEncoding = false,
                }, cancellationToken);
                parts.Add(new PartETag(parts.Count + 1, part.ETag));
                length = await content.ReadAtLeastAsync(buffer.AsMemory(0, PartSize), PartSize, throwOnEndOfStream: false, cancellationToken);
            }
            await client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = bucket, Key = key, UploadId = upload.UploadId, PartETags = parts,
            }, cancellationToken);
        }
        catch
        {
            // Not with the request's token: an upload cut short by the client must still be cleaned up.
            try
            {
                await client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = upload.UploadId },
                    CancellationToken.None);
            }
            catch (Exception e) when (e is AmazonServiceException or HttpRequestException or IOException or TaskCanceledException)
            {
                // The store is unreachable: its own lifecycle rule for incomplete multipart uploads is the last resort.
            }
            throw;
        }
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetObjectAsync(bucket, key, cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException("The attachment object is missing from the store", key, e);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        client.DeleteObjectAsync(bucket, key, cancellationToken);

    public async IAsyncEnumerable<string> ListKeysOlderThanAsync(DateTimeOffset cutoff, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = "attachments/" };
        while (true)
        {
            var page = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
                if (ObjectKeys.IsValid(item.Key) && item.LastModified is { } modified && modified.ToUniversalTime() < cutoff.UtcDateTime)
                    yield return item.Key;
            if (page.IsTruncated != true) yield break;
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    public void Dispose() => client.Dispose();
}
