using System.ComponentModel;
using Crm.Api.Http;

namespace Crm.Api.Attachments;

/// <summary>An attachment's metadata. Exactly one of customer_id, deal_id, activity_id is set.</summary>
public sealed record AttachmentResponse(
    long Id, long? CustomerId, long? DealId, long? ActivityId, string FileName, string ContentType, long SizeBytes, string Sha256,
    long UploadedBy, DateTime CreatedAt, [property: Description(Preconditions.VersionDescription)] string Version, string DownloadUrl);

public static class AttachmentMapping
{
    /// <summary>The answer to <paramref name="user"/>: its download_url is a signed link for that user (AttachmentLinks).</summary>
    public static AttachmentResponse ToResponse(this Attachment a, AttachmentLinks links, long user) => a.ToResponse(links.For(a.Id, user));

    /// <summary>With the bearer-token download path: what the audit trail keeps (a signed link would be a credential there).</summary>
    public static AttachmentResponse ToRecord(this Attachment a) => a.ToResponse($"/admin/attachments/{a.Id}/download");

    static AttachmentResponse ToResponse(this Attachment a, string downloadUrl) =>
        new(a.Id, a.CustomerId, a.DealId, a.ActivityId, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, a.UploadedBy, a.CreatedAt,
            Preconditions.Version(a.Version), downloadUrl);
}
