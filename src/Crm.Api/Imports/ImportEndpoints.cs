using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Attachments;
using Crm.Api.Attachments.Storage;
using Crm.Api.Configuration;
using Crm.Api.CustomFields;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.Jobs;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Crm.Api.Imports;

/// <summary>
/// POST /admin/imports (contract section 9): the file streams into the attachment store (never into memory), its header
/// is checked against the entity's fields, and a job is queued; 202 with the job. Problems with the options or the
/// header are a 400 at once, before any row is read; problems with rows are the job's, row by row.
/// </summary>
public static class ImportEndpoints
{
    public const string FilePart = "file";
    static readonly string[] Modes = ["create", "upsert", "update"];
    static readonly string[] MatchKeys = ["email", "external_id"];
    /// <summary>Room for the multipart boundaries, part headers and the option fields around the file.</summary>
    const long MultipartOverheadBytes = 128 * 1024;
    const int MaxFieldBytes = 64 * 1024;

    public static RouteGroupBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var settings = app.ServiceProvider.GetRequiredService<CrmSettings>();
        var group = app.MapGroup("/admin/imports").WithTags("Imports");
        group.MapPost("", CreateAsync).RequirePermission(Permission.ImportsCreate).WithName("CreateImport")
            .WithSummary("Uploads a CSV or JSON Lines file and queues its import as a job (202)")
            .WithMetadata(new BodySizeLimit(settings.ImportMaxBytes + MultipartOverheadBytes))
            .WithMetadata(new MultipartFile(FilePart,
                "The file, at most IMPORT_MAX_BYTES: CSV with a header row (UTF-8, `,` or `;`), or JSON Lines (`.jsonl`, an object per line). "
                + "A custom field is the column `cf.<key>` (an active field of the entity): in CSV its value as text, read by the field's type "
                + "(multi_select values separated by `;`), in JSON Lines the typed value; either way checked as the API checks custom_fields.",
                new Dictionary<string, OpenApiSchema>
                {
                    ["entity"] = Field("What the rows are.", ImportColumns.Entities, "customers"),
                    ["mode"] = Field("`create` adds every row; `update` changes the record each row matches; `upsert` does either.", Modes, "create"),
                    ["match_on"] = Field("How a row finds its record: `email` (customers; contacts within their customer) or `external_id`; "
                        + "default external_id when the file has that column, else email.", MatchKeys, null),
                    ["mapping"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = "JSON `{\"file column\": \"field\"}` (a field null leaves the column out; a custom field is `cf.<key>`); "
                            + "default: by header name, ignoring case and spaces.",
                    },
                    ["dry_run"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Boolean, Description = "Check and count every row, change nothing.", Default = JsonValue.Create(false),
                    },
                }, ["entity", "mode"], "name,email,external_id\nAda Lovelace,ada.import@example.com,legacy-42\n"))
            .Produces<JobResponse>(202);
        group.MapGet("/{id}", GetAsync).RequirePermission(Permission.JobsRead).WithName("GetImport").WithSummary("An import's job: state and progress")
            .Produces<JobResponse>();
        return group;
    }

    static OpenApiSchema Field(string description, IEnumerable<string> values, string? example) => new()
    {
        Type = JsonSchemaType.String, Description = description, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
        Examples = example is null ? null : [JsonValue.Create(example)],
    };

    static async Task<IResult> GetAsync(long id, CurrentUser user, CrmDb db, CancellationToken cancellationToken) =>
        await JobEndpoints.Visible(db, user).FirstOrDefaultAsync(j => j.Id == id && j.Kind == JobKind.Import, cancellationToken) is { } job
            ? TypedResults.Ok(job.ToResponse())
            : JobEndpoints.NotFound();

    static async Task<IResult> CreateAsync(HttpContext context, CurrentUser user, CrmDb db, CrmSettings settings, IAttachmentStore store,
        TimeProvider time, JobRunner runner, CustomFieldCache customFields, ILogger<Job> logger, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return ApiError.Of(415, "UNSUPPORTED_MEDIA_TYPE", "The request body must be multipart/form-data with a file part named file");
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70) return ApiError.Validation(FilePart, "the multipart boundary is missing or longer than 70 characters");

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null, fileName = null, contentType = null;
        byte first = 0;
        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body) { HeadersLengthLimit = 16 * 1024 };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = disposition?.Name.Value;
                if (disposition is null || name is null) continue;
                if (disposition.IsFileDisposition() && name == FilePart && key is null)
                {
                    await using var upload = new UploadStream(section.Body, settings.ImportMaxBytes);
                    try
                    {
                        key = await store.PutAsync(upload, cancellationToken);
                    }
                    catch (Exception) when (upload.SourceFailure is AttachmentTooLargeException)
                    {
                        return ApiError.Of(413, "PAYLOAD_TOO_LARGE", $"The file must be at most {settings.ImportMaxBytes} bytes");
                    }
                    fileName = AttachmentUpload.SafeFileName(disposition.FileName.Value ?? disposition.FileNameStar.Value);
                    contentType = section.ContentType;
                    first = upload.Head.Length > 0 ? upload.Head[upload.Head[0] == 0xEF && upload.Head.Length > 3 ? 3 : 0] : (byte)0;
                }
                else if (!fields.ContainsKey(name))
                {
                    fields[name] = await ReadFieldAsync(section.Body, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException && !cancellationToken.IsCancellationRequested)
        {
            await DeleteAsync(store, key, logger);
            return ApiError.Validation(FilePart, "the multipart body could not be read");
        }

        var (options, refusal) = key is null
            ? (null, ApiError.Validation(FilePart, "is required: a multipart part named file, with a filename"))
            : await ReadOptionsAsync(fields, store, key, ImportFile.FormatOf(fileName, contentType, first), await customFields.CurrentAsync(cancellationToken),
                cancellationToken);
        if (refusal is not null)
        {
            await DeleteAsync(store, key, logger);
            return refusal;
        }

        var job = new Job
        {
            Kind = JobKind.Import, Entity = fields["entity"], UserId = user.Id, UserRole = user.RoleName, UserName = user.Name, UserEmail = user.Email,
            Params = options!.ToJson(), FileKey = key, FileName = fileName, CreatedAt = time.UtcNowMicroseconds(),
        };
        try
        {
            db.Jobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await DeleteAsync(store, key, logger);
            throw;
        }
        runner.Wake();
        return Accepted(context, $"/admin/imports/{job.Id}", job);
    }

    /// <summary>202 with the job, and Location naming it.</summary>
    public static IResult Accepted(HttpContext context, string location, Job job)
    {
        context.Response.Headers.Location = location;
        return TypedResults.Json(job.ToResponse(), JsonConfig.Options, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>The options, checked; and the file's header against the entity's fields (a CSV file's, read from the store).</summary>
    static async Task<(JobParams?, IResult?)> ReadOptionsAsync(Dictionary<string, string> fields, IAttachmentStore store, string key, string format,
        FieldSchema schema, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var entity = v.OneOf("entity", fields.GetValueOrDefault("entity") is { } e ? e.Trim() : null, ImportColumns.Entities);
        if (entity is null) v.Add("entity", $"is required: one of {string.Join(", ", ImportColumns.Entities)}");
        var mode = v.OneOf("mode", fields.GetValueOrDefault("mode")?.Trim(), Modes);
        if (mode is null) v.Add("mode", $"is required: one of {string.Join(", ", Modes)}");
        var matchOn = v.OneOf("match_on", fields.GetValueOrDefault("match_on")?.Trim() is { Length: > 0 } m ? m : null, MatchKeys);
        var dryRun = false;
        if (fields.GetValueOrDefault("dry_run")?.Trim() is { Length: > 0 } flag && !bool.TryParse(flag, out dryRun))
            v.Add("dry_run", "must be true or false");
        Dictionary<string, string?>? mapping = null;
        if (fields.GetValueOrDefault("mapping") is { } rawMapping && rawMapping.Trim().Length > 0)
        {
            try { mapping = JsonSerializer.Deserialize<Dictionary<string, string?>>(rawMapping); }
            catch (JsonException) { }
            if (mapping is null) v.Add("mapping", "must be a JSON object of file column to field name (or null)");
        }
        foreach (var name in fields.Keys.Except(["entity", "mode", "match_on", "mapping", "dry_run"]))
            v.Add(name, "is not an option of an import");
        if (v.Result is { } invalid) return (null, invalid);

        var columns = ImportColumns.For(entity!);
        string[]? header = null;
        if (format == ImportFile.Csv)
        {
            await using var file = await ImportFile.OpenAsync(await store.OpenReadAsync(key, cancellationToken), format, cancellationToken);
            header = [.. file.Columns];
            if (header.Length == 0 || header.All(h => h.Length == 0)) v.Add(FilePart, "has no header row");
            foreach (var repeated in header.GroupBy(h => h).Where(g => g.Count() > 1)) v.Add(FilePart, $"has the column {repeated.Key} twice");
            foreach (var column in header)
                if (columns.Target(column, mapping, schema).Problem is { } problem) v.Add(FilePart, $"column {column} {problem}");
            foreach (var column in mapping?.Keys.Except(header) ?? []) v.Add("mapping", $"names {column}, which is not a column of the file");
        }
        foreach (var (column, field) in mapping ?? [])
            if (field is not null && field.Trim().Length > 0 && columns.Unknown(field, schema) is { } unknown) v.Add("mapping", $"maps {column} to {field}, which {unknown}");

        // The default match key: external_id when the file has that column (JSON Lines: when its first row has it), else email.
        var named = header ?? await FirstRowColumnsAsync(store, key, cancellationToken);
        var hasExternalId = named.Any(c => columns.Target(c, mapping, schema).Field == "external_id");
        matchOn ??= hasExternalId || entity is "deals" or "activities" ? "external_id" : "email";
        if (matchOn == "email" && entity is "deals" or "activities") v.Add("match_on", $"{entity} match on external_id only");
        if (v.Result is { } badFile) return (null, badFile);

        return (new JobParams { Mode = mode, MatchOn = matchOn, Mapping = mapping, DryRun = dryRun, Format = format, Columns = header }, null);
    }

    static async Task<string[]> FirstRowColumnsAsync(IAttachmentStore store, string key, CancellationToken cancellationToken)
    {
        await using var file = await ImportFile.OpenAsync(await store.OpenReadAsync(key, cancellationToken), ImportFile.JsonLines, cancellationToken);
        await foreach (var row in file.ReadAsync(cancellationToken)) return row.Problem is null ? [.. row.Cells.Select(c => c.Column)] : [];
        return [];
    }

    static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var buffer = new char[MaxFieldBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read > MaxFieldBytes) throw new InvalidDataException("A form field is too long");
        return new string(buffer, 0, read);
    }

    static async Task DeleteAsync(IAttachmentStore store, string? key, ILogger logger)
    {
        if (key is null) return;
        try { await store.DeleteAsync(key, CancellationToken.None); }
        catch (Exception e) { logger.LogWarning(e, "Could not remove a refused import file; the cleanup pass will"); }
    }
}
