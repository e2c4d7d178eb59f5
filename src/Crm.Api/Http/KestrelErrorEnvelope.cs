using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Crm.Api.Http;

/// <summary>
/// Kestrel refuses some requests itself, before any middleware runs: a NUL or a bad escape in the path, CR or LF in a
/// header, a request line or headers over its limits (400, 414, 431, ...). It answers with an empty body, which the
/// framework offers no way to change. This connection filter recognises exactly those answers in the bytes Kestrel
/// writes - a head with <c>Content-Length: 0</c>, no <c>Content-Type</c> and <c>Connection: close</c>, written in one
/// piece; the service's own errors always carry a JSON body - and gives them the contract's envelope.
/// </summary>
public static class KestrelErrorEnvelope
{
    public static void UseErrorEnvelope(this ListenOptions listen) => listen.Use(next => connection =>
    {
        connection.Transport = new EnvelopingPipe(connection.Transport);
        return next(connection);
    });

    static readonly Dictionary<int, (string Code, string Message)> Errors = new()
    {
        [400] = ("INVALID_REQUEST", "The request is malformed: its request line, path or headers could not be read"),
        [405] = ("METHOD_NOT_ALLOWED", "The method is not allowed"),
        [408] = ("REQUEST_TIMEOUT", "The request was not received in time"),
        [411] = ("LENGTH_REQUIRED", "The request needs a Content-Length"),
        [413] = ("PAYLOAD_TOO_LARGE", "The request body is too large"),
        [414] = ("URI_TOO_LONG", "The request's URL is too long"),
        [431] = ("HEADERS_TOO_LARGE", "The request's headers are too large"),
        [505] = ("HTTP_VERSION_NOT_SUPPORTED", "The HTTP version is not supported"),
    };

    /// <summary>The enveloped answer for an empty error head written by Kestrel, or null for anything else.</summary>
    public static byte[]? Rewrite(ReadOnlySpan<byte> written)
    {
        if (written.Length is < 20 or > 1024 || !written.StartsWith("HTTP/1."u8) || !written.EndsWith("\r\n\r\n"u8)) return null;
        var head = Encoding.Latin1.GetString(written);
        if (!int.TryParse(head.AsSpan(9, 3), out var status) || !Errors.TryGetValue(status, out var error)) return null;
        if (!head.Contains("\r\nContent-Length: 0\r\n", StringComparison.OrdinalIgnoreCase)
            || !head.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase)
            || head.Contains("\r\nContent-Type:", StringComparison.OrdinalIgnoreCase)) return null;

        var body = JsonSerializer.SerializeToUtf8Bytes(new ErrorBody(error.Code, error.Message, null), JsonConfig.Options);
        var rewritten = head[..^2].Replace("Content-Length: 0\r\n", "", StringComparison.OrdinalIgnoreCase)
            + $"Content-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\nCache-Control: no-store\r\n"
            + $"X-Content-Type-Options: nosniff\r\nX-Request-ID: {Guid.NewGuid():N}\r\n\r\n";
        return [.. Encoding.Latin1.GetBytes(rewritten), .. body];
    }

    sealed class EnvelopingPipe(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;
        public PipeWriter Output { get; } = new EnvelopingWriter(inner.Output);
    }

    /// <summary>Passes every write through untouched (no copy); only an error head Kestrel wrote is replaced.</summary>
    sealed class EnvelopingWriter(PipeWriter inner) : PipeWriter
    {
        Memory<byte> _lent;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (_lent = inner.GetMemory(sizeHint)).Span;

        public override void Advance(int bytes)
        {
            if (bytes > 0 && bytes <= _lent.Length && _lent.Span[0] == (byte)'H' && Rewrite(_lent.Span[..bytes]) is { } enveloped)
            {
                inner.Write(enveloped);
                return;
            }
            inner.Advance(bytes);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();
        public override void Complete(Exception? exception = null) => inner.Complete(exception);
        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);
        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;
        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}
