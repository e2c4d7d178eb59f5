using System.Security.Cryptography;

namespace Crm.Api.Attachments;

/// <summary>
/// Wraps the file part of an upload on its way to the store: counts and hashes the bytes as they pass, keeps the
/// first bytes for content sniffing, and stops the upload once it exceeds ATTACHMENT_MAX_BYTES. Failures of the
/// source (the client's body) are remembered, so that they are not mistaken for failures of the store.
/// </summary>
public sealed class UploadStream(Stream source, long maxBytes) : Stream
{
    readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    readonly byte[] _head = new byte[ContentTypes.SniffLength];
    int _headLength;

    public long BytesRead { get; private set; }

    /// <summary>The exception reading the client's body raised (too large, cut off), if any.</summary>
    public Exception? SourceFailure { get; private set; }

    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    /// <summary>The lower-case hex SHA-256 of everything read; call once, at the end.</summary>
    public string Sha256Hex() => Convert.ToHexStringLower(_sha256.GetHashAndReset());

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await source.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e)
        {
            SourceFailure = e;
            throw;
        }
        if (BytesRead + read > maxBytes)
        {
            SourceFailure = new AttachmentTooLargeException(maxBytes);
            throw SourceFailure;
        }
        var chunk = buffer.Span[..read];
        if (_headLength < _head.Length)
        {
            var take = Math.Min(read, _head.Length - _headLength);
            chunk[..take].CopyTo(_head.AsSpan(_headLength));
            _headLength += take;
        }
        _sha256.AppendData(chunk);
        BytesRead += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _sha256.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

public sealed class AttachmentTooLargeException(long maxBytes) : Exception($"The file is larger than {maxBytes} bytes")
{
    public long MaxBytes { get; } = maxBytes;
}
