using System.Text.Json;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.Jobs;

/// <summary>A background job (contract section 9): an import, a bulk action by filter, or an erasure. See migrations/000021.</summary>
public sealed class Job
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string Entity { get; set; }
    public string Status { get; set; } = JobStatus.Queued;
    public long UserId { get; set; }
    public required string UserRole { get; set; }
    public string? UserName { get; set; }
    public string? UserEmail { get; set; }
    /// <summary>The job's <see cref="JobParams"/> as JSON.</summary>
    public required string Params { get; set; }
    public string? FileKey { get; set; }
    public string? FileName { get; set; }
    public int? TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public long Checkpoint { get; set; }
    public bool CancelRequested { get; set; }
    public string? Error { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    public JobParams Parameters => JsonSerializer.Deserialize<JobParams>(Params, JobParams.Json)!;

    public bool IsFinished => Status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled;
}

public static class JobStatus
{
    public const string Queued = "queued", Running = "running", Completed = "completed", Failed = "failed", Cancelled = "cancelled";
    public static readonly string[] All = [Queued, Running, Completed, Failed, Cancelled];
}

public static class JobKind
{
    public const string Import = "import", Bulk = "bulk", Erase = "erase";
    public static readonly string[] All = [Import, Bulk, Erase];
}

/// <summary>What a job was asked to do: an import's options, or a bulk action's.</summary>
public sealed record JobParams
{
    public static readonly JsonSerializerOptions Json = new(JsonConfig.Options) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };

    public string? Mode { get; init; }
    public string? MatchOn { get; init; }
    /// <summary>File column → field (null: the column is left out).</summary>
    public Dictionary<string, string?>? Mapping { get; init; }
    public bool DryRun { get; init; }
    /// <summary><c>csv</c> or <c>jsonl</c>.</summary>
    public string? Format { get; init; }
    /// <summary>A CSV file's header, for the errors file.</summary>
    public string[]? Columns { get; init; }

    public string? Action { get; init; }
    public JsonElement? Changes { get; init; }
    public long[]? TagIds { get; init; }
    /// <summary>The list's query parameters that select the records.</summary>
    public Dictionary<string, string>? Filter { get; init; }

    /// <summary>An erasure's customer.</summary>
    public long? CustomerId { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>A job as the API shows it (imports: <c>mode</c> and <c>dry_run</c>; bulk actions: <c>action</c>).</summary>
public sealed record JobResponse(
    long Id, string Kind, string Status, string Entity, string? Mode, string? Action, bool DryRun, string? FileName, int? TotalRows,
    int ProcessedRows, int Created, int Updated, int Unchanged, int Failed, long UserId, DateTime CreatedAt, DateTime? StartedAt,
    DateTime? FinishedAt, string? Error);

public static class JobMapping
{
    public static JobResponse ToResponse(this Job j)
    {
        var p = j.Parameters;
        return new(j.Id, j.Kind, j.Status, j.Entity, p.Mode, p.Action, p.DryRun, j.FileName, j.TotalRows, j.ProcessedRows, j.Created,
            j.Updated, j.Unchanged, j.Failed, j.UserId, j.CreatedAt, j.StartedAt, j.FinishedAt, j.Error);
    }
}

/// <summary>A row a job could not apply, with its original cells (for the errors file).</summary>
public sealed class JobError
{
    public long JobId { get; set; }
    public long RowNumber { get; set; }
    public long? RecordId { get; set; }
    public required string ErrorCode { get; set; }
    public string? ErrorField { get; set; }
    public required string ErrorMessage { get; set; }
    public required string Cells { get; set; }
}

sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("crm_jobs");
        builder.Property(j => j.Params).HasColumnType("jsonb");
    }
}

sealed class JobErrorConfiguration : IEntityTypeConfiguration<JobError>
{
    public void Configure(EntityTypeBuilder<JobError> builder)
    {
        builder.ToTable("crm_job_errors");
        builder.HasKey(e => new { e.JobId, e.RowNumber });
        builder.Property(e => e.Cells).HasColumnType("json");
    }
}
