namespace Crm.Api.Attachments;

/// <summary>An attachment's metadata. Exactly one of customer_id, deal_id, activity_id is set.</summary>
public sealed record AttachmentResponse(
    long Id, long? CustomerId, long? DealId, long? ActivityId, string FileName, string ContentType, long SizeBytes, string Sha256,
    long UploadedBy, DateTime CreatedAt, string DownloadUrl);

public static class AttachmentMapping
{
    public static AttachmentResponse ToResponse(this Attachment a) =>
        new(a.Id, a.CustomerId, a.DealId, a.ActivityId, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, a.UploadedBy, a.CreatedAt,
            $"/admin/attachments/{a.Id}/download");
}
