namespace Crm.Api.Http;

/// <summary>
/// HEAD on every GET route (RFC 9110 §9.3.2): the request is routed and handled as the GET it mirrors, and what the GET would
/// write is counted instead of sent, so the status and headers (Content-Length included) are the GET's and no body goes out.
/// Registered outside the error handler, so that an error's envelope is counted too.
/// </summary>
public sealed class HeadRequestMiddleware(RequestDelegate next)
{
    static readonly object Marker = new();

    /// <summary>True while a HEAD request runs as a GET: a handler may then skip producing what nobody will read.</summary>
    public static bool IsHead(HttpContext context) => context.Items.ContainsKey(Marker);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        var counted = new CountingStream();
        context.Items[Marker] = true;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = counted;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
        if (!context.Response.HasStarted && context.Response.ContentLength is null) context.Response.ContentLength = counted.Length;
    }

    /// <summary>A write-only stream that keeps only the number of bytes written.</summary>
    sealed class CountingStream : Stream
    {
        long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
