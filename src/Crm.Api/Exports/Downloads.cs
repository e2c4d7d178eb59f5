using System.Buffers;
using System.Text.Json;
using CsvHelper;
using Crm.Api.Http;

namespace Crm.Api.Exports;

/// <summary>
/// A file streamed to the client as it is produced (an export, a job's errors): never built in memory. Once the first
/// bytes are out the status can no longer change, so a failure after that aborts the connection: the client sees a
/// transfer cut short (no terminating chunk), never a file that looks whole.
/// </summary>
public abstract class StreamedDownload(string fileName, string contentType) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        try
        {
            await WriteAsync(context.Response.Body, context.RequestAborted);
        }
        catch (Exception e) when (context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<StreamedDownload>()
                .LogError(e, "A download failed after it started; the connection is aborted");
            context.Abort();
        }
    }

    protected abstract Task WriteAsync(Stream body, CancellationToken cancellationToken);
}

/// <summary>CSV by RFC 4180, UTF-8; text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading <c>'</c>.</summary>
public sealed class CsvDownload(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<string?[]> records)
    : StreamedDownload(fileName, "text/csv; charset=utf-8")
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    protected override async Task WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(body, Options, leaveOpen: true);
        await writer.WriteRecordAsync([.. header], cancellationToken);
        await foreach (var record in records.WithCancellation(cancellationToken)) await writer.WriteRecordAsync(record!, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}

/// <summary>JSON Lines: one JSON object per line, gathered in a small buffer that is written out asynchronously.</summary>
public sealed class JsonLinesDownload(string fileName, IAsyncEnumerable<object> records) : StreamedDownload(fileName, "application/x-ndjson")
{
    const int FlushAt = 32 * 1024;

    protected override async Task WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushAt * 2);
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, record, record.GetType(), JsonConfig.Options);
            json.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount < FlushAt) continue;
            await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
            buffer.ResetWrittenCount();
        }
        await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }
}
