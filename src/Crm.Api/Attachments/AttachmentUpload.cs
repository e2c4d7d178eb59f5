using System.Runtime.ExceptionServices;
using System.Text;
using Crm.Api.Attachments.Storage;
using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Crm.Api.Attachments;

/// <summary>
/// An upload streams from the request, through <see cref="UploadStream"/> (size limit, SHA-256, first bytes), into the
/// store; only then is the metadata row written, with its audit row. A failed row deletes the stored object; a failed
/// store leaves no row. The multipart body is read section by section, never buffered (no IFormFile).
/// </summary>
public static class AttachmentUpload
{
    const int MaxFileNameLength = 255;

    /// <summary>The multipart part that carries the file (contract section 4).</summary>
    public const string FilePart = "file";

    public static async Task<IResult> UploadAsync(ParentKind kind, long id, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var user = context.Features.Get<CurrentUser>()!;
        var db = services.GetRequiredService<CrmDb>();
        var parent = await AttachmentParent.FindAsync(db, kind, id, cancellationToken);
        if (parent is null || !await parent.ReadableByAsync(db, user, cancellationToken)) return AttachmentParent.NotFound(kind);
        if (!await parent.WritableByAsync(db, user, cancellationToken)) return ApiError.Forbidden();

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return ApiError.Of(415, "UNSUPPORTED_MEDIA_TYPE", "The request body must be multipart/form-data with a file part named file");
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70) return Malformed("the multipart boundary is missing or longer than 70 characters");

        var settings = services.GetRequiredService<CrmSettings>();
        var store = services.GetRequiredService<IAttachmentStore>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AttachmentUpload));

        MultipartSection? section;
        ContentDispositionHeaderValue? disposition = null;
        var reader = new MultipartReader(boundary, context.Request.Body);
        try
        {
            // Parts before the file (other form fields) are skipped; the reader drains them without keeping them.
            while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
            {
                disposition = section.GetContentDispositionHeader();
                if (disposition is not null && disposition.IsFileDisposition() && disposition.Name.Value == FilePart) break;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException && !cancellationToken.IsCancellationRequested)
        {
            return Malformed("the multipart body could not be read");
        }
        if (section is null) return ApiError.Validation("file", "is required: a multipart part named file, with a filename");

        var fileName = SafeFileName(FileNameOf(disposition!));
        await using var upload = new UploadStream(section.Body, settings.AttachmentMaxBytes);
        string key;
        try
        {
            key = await store.PutAsync(upload, cancellationToken);
        }
        catch (Exception) when (upload.SourceFailure is { } failure)
        {
            return failure switch
            {
                AttachmentTooLargeException tooLarge => ApiError.Of(413, "PAYLOAD_TOO_LARGE", $"The file must be at most {tooLarge.MaxBytes} bytes"),
                IOException or InvalidDataException when !cancellationToken.IsCancellationRequested => Malformed("the multipart body ended before the file did"),
                _ => Rethrow(failure),
            };
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "The attachment store failed while storing an upload");
            context.Response.Headers.RetryAfter = "5";
            return ApiError.Of(503, "SERVICE_UNAVAILABLE", "The attachment store is unavailable; retry shortly");
        }

        var attachment = new Attachment
        {
            CustomerId = kind == ParentKind.Customer ? id : null,
            DealId = kind == ParentKind.Deal ? id : null,
            ActivityId = kind == ParentKind.Activity ? id : null,
            FileName = fileName,
            ContentType = ContentTypes.Decide(section.ContentType, upload.Head),
            SizeBytes = upload.BytesRead,
            Sha256 = upload.Sha256Hex(),
            ObjectKey = key,
            UploadedBy = user.Id,
            CreatedAt = services.GetRequiredService<TimeProvider>().UtcNowMicroseconds(),
        };
        try
        {
            var audit = services.GetRequiredService<AuditTrail>();
            await db.InTransactionAsync(async () =>
            {
                db.Attachments.Add(attachment);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("attachment", attachment.Id, "create", null, attachment.ToRecord());
                return await db.SaveChangesAsync(cancellationToken);
            }, CancellationToken.None);
        }
        catch
        {
            // No row, so no object: a row-less object is what the janitor removes if this delete fails too.
            try { await store.DeleteAsync(key, CancellationToken.None); }
            catch (Exception e) { logger.LogWarning(e, "Could not remove an attachment object whose row failed; the cleanup pass will"); }
            throw;
        }
        return Preconditions.Created($"/admin/attachments/{attachment.Id}", attachment.ToResponse(services.GetRequiredService<AttachmentLinks>(), user.Id),
            attachment.Version);
    }

    /// <summary>
    /// The file name as sent: RFC 8187 <c>filename*</c> when present; else <c>filename</c> as a quoted string, which browsers
    /// send in raw UTF-8 and curl with backslash-escaped quotes and backslashes; or a MIME encoded-word (older .NET clients).
    /// </summary>
    static string? FileNameOf(ContentDispositionHeaderValue disposition)
    {
        if (disposition.FileNameStar.HasValue) return disposition.FileNameStar.Value;
        var raw = disposition.Parameters.FirstOrDefault(p => p.Name.Equals("filename", StringComparison.OrdinalIgnoreCase))?.Value ?? default;
        if (raw.StartsWith("\"=?", StringComparison.Ordinal) || raw.StartsWith("=?", StringComparison.Ordinal)) return disposition.FileName.Value;
        var value = HeaderUtilities.RemoveQuotes(raw).Value ?? "";
        // Only \" and \\ are escapes: browsers send other backslashes literally (a Windows path, say).
        var name = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
            name.Append(value[i] == '\\' && i + 1 < value.Length && value[i + 1] is '"' or '\\' ? value[++i] : value[i]);
        return name.ToString();
    }

    static IResult Malformed(string problem) => ApiError.Validation("file", problem);

    static IResult Rethrow(Exception failure)
    {
        ExceptionDispatchInfo.Throw(failure);
        return null!;
    }

    /// <summary>
    /// The name to record and to offer on download: the last path segment only (a name never becomes a path, but a
    /// client should not be handed <c>../</c> either), without control characters, at most 255 characters.
    /// </summary>
    public static string SafeFileName(string? raw)
    {
        var name = raw ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name) if (!char.IsControl(c)) builder.Append(c);
        name = builder.ToString().Trim();
        if (name.Length > MaxFileNameLength) name = name[..(char.IsHighSurrogate(name[MaxFileNameLength - 1]) ? MaxFileNameLength - 1 : MaxFileNameLength)];
        return name is "" or "." or ".." ? "file" : name;
    }
}
