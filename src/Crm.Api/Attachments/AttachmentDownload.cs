using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Crm.Api.Attachments.Storage;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Attachments;

/// <summary>
/// Streams a file from the store to the client in fixed-size chunks, with the headers a browser needs to treat it as
/// a download. The bytes are re-hashed on the way: the last chunk is held back until the SHA-256 and size match the
/// row, and a mismatch aborts the connection, so a client never receives a corrupted file as a complete one.
/// </summary>
public static class AttachmentDownload
{
    const int ChunkSize = 64 * 1024;

    public static async Task<IResult> Download(long id, HttpContext context, CurrentUser user, CrmDb db, IAttachmentStore store,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (attachment, _) = await AttachmentEndpoints.FindReadableAsync(db, id, user, cancellationToken);
        if (attachment is null) return NotFound();
        return await ServeAsync(attachment, context, store, loggers, cancellationToken);
    }

    /// <summary>
    /// The same bytes through a signed link: the signature stands in for the token (it was issued to a caller who could read the
    /// attachment), so what is checked here is the signature, then its expiry, then that the attachment and its record are live.
    /// </summary>
    public static async Task<IResult> DownloadWithLink(long id, HttpContext context, AttachmentLinks links, CrmDb db, IAttachmentStore store,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var query = new QueryReader(context.Request);
        if (AttachmentLinks.Read(query) is not { } link) return query.ErrorResult;
        switch (links.Check(id, link.User, link.Expires, link.Signature))
        {
            case AttachmentLinks.Verdict.Forged:
                return ApiError.Of(403, "INSUFFICIENT_PERMISSIONS", "This download link is not valid");
            case AttachmentLinks.Verdict.Expired:
                return ApiError.Of(403, "INSUFFICIENT_PERMISSIONS", "This download link has expired; read the attachment again for a fresh one");
        }

        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);
        if (attachment is null || await AttachmentParent.OfAsync(db, attachment, cancellationToken) is null) return NotFound();
        return await ServeAsync(attachment, context, store, loggers, cancellationToken);
    }

    static IResult NotFound() => ApiError.NotFound("ATTACHMENT_NOT_FOUND", "Attachment not found");

    static async Task<IResult> ServeAsync(Attachment attachment, HttpContext context, IAttachmentStore store, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var id = attachment.Id;
        var etag = $"\"{attachment.Sha256}\"";
        var response = context.Response;
        if (context.Request.Headers.IfNoneMatch.ToString().Split(',', StringSplitOptions.TrimEntries).Any(t => t == etag || t == "*"))
        {
            response.Headers.ETag = etag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (HeadRequestMiddleware.IsHead(context))
        {
            WriteHeaders(response, attachment);
            return Results.Empty;
        }

        var logger = loggers.CreateLogger(typeof(AttachmentDownload));
        Stream content;
        try
        {
            content = await store.OpenReadAsync(attachment.ObjectKey, cancellationToken);
        }
        catch (FileNotFoundException e)
        {
            logger.LogError(e, "Attachment {AttachmentId} has a row but no object in the store", id);
            return ApiError.Of(500, "INTERNAL_ERROR", "The file of this attachment is missing from the store");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "The attachment store failed while opening attachment {AttachmentId}", id);
            response.Headers.RetryAfter = "5";
            return ApiError.Of(503, "SERVICE_UNAVAILABLE", "The attachment store is unavailable; retry shortly");
        }

        await using (content)
        {
            WriteHeaders(response, attachment);
            if (!await CopyVerifiedAsync(content, response.Body, attachment.SizeBytes, attachment.Sha256, cancellationToken))
            {
                logger.LogError("Attachment {AttachmentId} in the store does not match its size or SHA-256; download aborted", id);
                context.Abort();
            }
        }
        return Results.Empty;
    }

    static void WriteHeaders(HttpResponse response, Attachment attachment)
    {
        response.Headers.ETag = $"\"{attachment.Sha256}\"";
        response.Headers.CacheControl = "private, no-cache";
        response.ContentType = ContentTypes.Served(attachment.ContentType);
        response.ContentLength = attachment.SizeBytes;
        response.Headers.ContentDisposition = ContentDisposition(attachment.FileName);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
    }

    /// <summary>Copies and hashes; the final chunk is written only when size and hash match.</summary>
    static async Task<bool> CopyVerifiedAsync(Stream source, Stream destination, long size, string sha256, CancellationToken cancellationToken)
    {
        var held = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var next = ArrayPool<byte>.Shared.Rent(ChunkSize);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            int heldLength = 0, read;
            long total = 0;
            while ((read = await source.ReadAsync(next.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (heldLength > 0) await destination.WriteAsync(held.AsMemory(0, heldLength), cancellationToken);
                (held, next) = (next, held);
                heldLength = read;
                hash.AppendData(held, 0, read);
                total += read;
                if (total > size) return false;
            }
            if (total != size || Convert.ToHexStringLower(hash.GetHashAndReset()) != sha256) return false;
            if (heldLength > 0) await destination.WriteAsync(held.AsMemory(0, heldLength), cancellationToken);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(held);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    /// <summary>
    /// RFC 6266: an ASCII <c>filename</c> for old clients (anything else replaced by '_') and the exact name as
    /// UTF-8 in <c>filename*</c> (RFC 8187), percent-encoded except for attr-chars.
    /// </summary>
    public static string ContentDisposition(string fileName)
    {
        var fallback = new StringBuilder(fileName.Length);
        foreach (var c in fileName) fallback.Append(c is >= ' ' and < (char)0x7F and not '"' and not '\\' and not '%' ? c : '_');

        var encoded = new StringBuilder(fileName.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(fileName))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || "!#$&+-.^_`|~".Contains((char)b)) encoded.Append((char)b);
            else encoded.Append('%').Append(b.ToString("X2"));
        }
        return $"attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}";
    }
}
