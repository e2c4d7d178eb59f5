using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Attachments;

/// <summary>
/// Files on customers, deals and activities (contract section 4). Routes under a record declare that record's
/// permission; routes by attachment id declare only authentication, because the record (and so the permission that
/// applies) is known once the attachment is loaded: the handler checks it then.
/// </summary>
public static class AttachmentEndpoints
{
    internal static readonly IReadOnlyList<ISortField<Attachment>> SortFields =
    [
        SortField.Of<Attachment, DateTime>("created_at", a => a.CreatedAt, a => a.Id),
        SortField.Of<Attachment, string>("file_name", a => a.FileName, a => a.Id),
        SortField.Of<Attachment, long>("size_bytes", a => a.SizeBytes, a => a.Id),
    ];

    /// <summary>Room for the multipart boundaries and part headers around a file of ATTACHMENT_MAX_BYTES.</summary>
    public const long MultipartOverheadBytes = 64 * 1024;

    public static RouteGroupBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        var settings = app.ServiceProvider.GetRequiredService<CrmSettings>();
        var uploadLimit = new BodySizeLimit(settings.AttachmentMaxBytes + MultipartOverheadBytes);
        var group = app.MapGroup("/admin").WithTags("Attachments");
        const string UploadSummary = "Uploads a file (multipart/form-data, part named file) of at most ATTACHMENT_MAX_BYTES; needs the right to update the record";
        const string ListSummary = "Newest first; sort_by created_at (default, desc), file_name or size_bytes";

        // The handler streams the body (no IFormFile) under a limit of its own; the document learns the body's shape here.
        RouteHandlerBuilder Upload(RouteHandlerBuilder route) => route.WithMetadata(uploadLimit)
            .AcceptsMultipartFile(AttachmentUpload.FilePart).Produces<AttachmentResponse>(201).WithSummary(UploadSummary);

        Upload(group.MapPost("/customers/{id}/attachments", UploadToCustomer)).RequirePermission(Permission.CustomersUpdate)
            .WithName("UploadCustomerAttachment");
        Upload(group.MapPost("/deals/{id}/attachments", UploadToDeal)).RequirePermission(Permission.DealsUpdate)
            .WithName("UploadDealAttachment");
        Upload(group.MapPost("/activities/{id}/attachments", UploadToActivity)).RequirePermission(Permission.ActivitiesUpdate)
            .WithName("UploadActivityAttachment");
        group.MapGet("/customers/{id}/attachments", ListForCustomer).RequirePermission(Permission.CustomersRead)
            .ProducesList<AttachmentResponse>(Query.Paging(SortFields, "created_at", defaultDescending: true)).WithName("ListCustomerAttachments").WithSummary($"The files attached to the customer itself. {ListSummary}");
        group.MapGet("/deals/{id}/attachments", ListForDeal).RequirePermission(Permission.DealsRead)
            .ProducesList<AttachmentResponse>(Query.Paging(SortFields, "created_at", defaultDescending: true)).WithName("ListDealAttachments").WithSummary(ListSummary);
        group.MapGet("/activities/{id}/attachments", ListForActivity).RequirePermission(Permission.ActivitiesRead)
            .ProducesList<AttachmentResponse>(Query.Paging(SortFields, "created_at", defaultDescending: true)).WithName("ListActivityAttachments").WithSummary(ListSummary);
        group.MapGet("/attachments/{id}", Get).RequirePermission(Permission.Authenticated).Produces<AttachmentResponse>().WithName("GetAttachment")
            .WithSummary("An attachment's metadata; needs the right to read its record");
        group.MapGet("/attachments/{id}/download", AttachmentDownload.Download).RequirePermission(Permission.Authenticated)
            .ProducesFile().WithName("DownloadAttachment")
            .WithSummary("The file's bytes, streamed, with ETag (the SHA-256), Content-Length and Content-Disposition: attachment");
        // Outside /admin: the signature in the query is the credential, so that the link works as an <img src> or a plain link.
        app.MapGet(AttachmentLinks.PathPrefix + "{id}/download", AttachmentDownload.DownloadWithLink).WithTags("Attachments")
            .WithName("DownloadAttachmentWithLink").ProducesFile()
            .WithQuery(
                new QueryParameter("user", "The user the link was issued to.", "integer", Format: "int64", Minimum: 1),
                new QueryParameter("expires", "When the link stops working (Unix seconds).", "integer", Format: "int64", Minimum: 0),
                Query.Text("signature", "HMAC-SHA256 of the attachment id, user and expiry (base64url)."))
            .MayFail(403, "INSUFFICIENT_PERMISSIONS").MayFail(503, "SERVICE_UNAVAILABLE")
            .WithSummary("The file's bytes through a signed download_url; no token")
            .WithDescription($"""
                The `download_url` of an attachment's metadata, usable without a header as an `<img src>` or a plain link. It works for
                ATTACHMENT_URL_TTL_SECONDS (default 300) after the metadata was read; read the metadata again for a fresh one.
                A signature that does not cover exactly this attachment, user and expiry, or an expired link, answers
                `403 INSUFFICIENT_PERMISSIONS` (a link carries no token to renew, so it is never a 401 that would sign the Console out);
                an attachment deleted since, or whose record was, answers `404`.
                """);
        group.MapDelete("/attachments/{id}", Delete).RequirePermission(Permission.Authenticated).Produces<MessageResponse>().WithName("DeleteAttachment")
            .MayFail(403, "INSUFFICIENT_PERMISSIONS")
            .WithSummary("Soft-deletes an attachment (audited); needs the right to update its record");
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("ATTACHMENT_NOT_FOUND", "Attachment not found");

    static Task<IResult> UploadToCustomer(long id, HttpContext context, CancellationToken cancellationToken) =>
        AttachmentUpload.UploadAsync(ParentKind.Customer, id, context, cancellationToken);

    static Task<IResult> UploadToDeal(long id, HttpContext context, CancellationToken cancellationToken) =>
        AttachmentUpload.UploadAsync(ParentKind.Deal, id, context, cancellationToken);

    static Task<IResult> UploadToActivity(long id, HttpContext context, CancellationToken cancellationToken) =>
        AttachmentUpload.UploadAsync(ParentKind.Activity, id, context, cancellationToken);

    static Task<IResult> ListForCustomer(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, AttachmentLinks links,
        CancellationToken cancellationToken) => ListAsync(ParentKind.Customer, id, request, user, db, settings, links, cancellationToken);

    static Task<IResult> ListForDeal(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, AttachmentLinks links,
        CancellationToken cancellationToken) => ListAsync(ParentKind.Deal, id, request, user, db, settings, links, cancellationToken);

    static Task<IResult> ListForActivity(long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings, AttachmentLinks links,
        CancellationToken cancellationToken) => ListAsync(ParentKind.Activity, id, request, user, db, settings, links, cancellationToken);

    static async Task<IResult> ListAsync(ParentKind kind, long id, HttpRequest request, CurrentUser user, CrmDb db, CrmSettings settings,
        AttachmentLinks links, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var list = ListRequest<Attachment>.Read(query, settings.DefaultPageSize, SortFields, "created_at", defaultDescending: true);
        if (query.Error is not null) return query.ErrorResult;

        var parent = await AttachmentParent.FindAsync(db, kind, id, cancellationToken);
        if (parent is null || !await parent.ReadableByAsync(db, user, cancellationToken)) return AttachmentParent.NotFound(kind);

        var attachments = db.Attachments.Within(db, user, parent.ReadPermission).Where(a => a.DeletedAt == null);
        attachments = kind switch
        {
            ParentKind.Customer => attachments.Where(a => a.CustomerId == id),
            ParentKind.Deal => attachments.Where(a => a.DealId == id),
            _ => attachments.Where(a => a.ActivityId == id),
        };
        return TypedResults.Ok(await list.ExecuteAsync<AttachmentResponse>(attachments.AsNoTracking(), settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<AttachmentResponse>>(rows.Select(a => a.ToResponse(links, user.Id)).ToList()), cancellationToken));
    }

    static async Task<IResult> Get(long id, HttpResponse response, CurrentUser user, CrmDb db, AttachmentLinks links, CancellationToken cancellationToken)
    {
        var (attachment, _) = await FindReadableAsync(db, id, user, cancellationToken);
        if (attachment is null) return NotFound();

        Preconditions.SetETag(response, attachment.Version);
        return TypedResults.Ok(attachment.ToResponse(links, user.Id));
    }

    static async Task<IResult> Delete(long id, HttpRequest request, CurrentUser user, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (attachment, parent) = await FindReadableAsync(db, id, user, cancellationToken, tracked: true);
        if (attachment is null) return NotFound();
        if (!await parent!.WritableByAsync(db, user, cancellationToken)) return ApiError.Forbidden();
        if (!Preconditions.Matches(request, attachment.Version)) return Preconditions.Failed();

        // Soft, like every record here: the row and the bytes stay for recovery, the API no longer shows them.
        return await db.SoftDeleteAsync(attachment, "attachment", audit, time, cancellationToken);
    }

    /// <summary>A live attachment on a live record that the caller may read, with that record; else nulls.</summary>
    internal static async Task<(Attachment?, AttachmentParent?)> FindReadableAsync(CrmDb db, long id, CurrentUser user,
        CancellationToken cancellationToken, bool tracked = false)
    {
        var attachments = tracked ? db.Attachments : db.Attachments.AsNoTracking();
        var attachment = await attachments.FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);
        if (attachment is null) return (null, null);
        var parent = await AttachmentParent.OfAsync(db, attachment, cancellationToken);
        return parent is not null && await db.ReachesAsync<Attachment>(user, parent.ReadPermission, id, cancellationToken)
            ? (attachment, parent) : (null, null);
    }
}
