using Crm.Api.Configuration;

namespace Crm.Api.Http;

/// <summary>An endpoint's own body limit (attachments), overriding MAX_BODY_BYTES.</summary>
public sealed record BodySizeLimit(long Bytes);

/// <summary>
/// Enforces MAX_BODY_BYTES on every request, whatever the server underneath: a declared Content-Length
/// over the limit is refused at once, and a body without one is cut off while it streams.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, CrmSettings settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>()?.Bytes ?? settings.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
            return ApiError.WriteAsync(context, 413, "PAYLOAD_TOO_LARGE", $"The request body must be at most {limit} bytes");
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        context.Request.Body = new LimitedStream(context.Request.Body, limit);
        return next(context);
    }

    sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        long _read;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        int Count(int read)
        {
            _read += read;
            if (_read > limit) throw new BadHttpRequestException("Request body too large", StatusCodes.Status413PayloadTooLarge);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
