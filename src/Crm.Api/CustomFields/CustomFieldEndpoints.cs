using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.CustomFields;

/// <summary>Custom field definitions (contract section 11): everyone reads them, admins shape them.</summary>
public static class CustomFieldEndpoints
{
    static readonly IReadOnlyList<ISortField<CustomField>> SortFields =
    [
        SortField.Of<CustomField, int>("order", f => f.Order, f => f.Id),
        SortField.Of<CustomField, string>("key", f => f.Key, f => f.Id),
        SortField.Of<CustomField, string>("label", f => f.Label, f => f.Id),
        SortField.Of<CustomField, DateTime>("created_at", f => f.CreatedAt, f => f.Id),
    ];

    public static RouteGroupBuilder MapCustomFields(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/custom-fields").WithTags("Custom fields");
        group.MapGet("", List).RequirePermission(Permission.CustomFieldsRead).WithName("ListCustomFields")
            .WithSummary("Lists custom field definitions, archived ones included; deleted ones (awaiting their purge) with deleted=true")
            .ProducesList<CustomFieldResponse>([
                Query.AnyOf("entity", FieldEntity.All, "Only the fields of these entities."),
                Query.Flag("archived", "Only archived (or only unarchived) fields."),
                Query.Flag("deleted", "`true`: only deleted fields whose values await their purge (restore undoes the delete)."),
                .. Query.Paging(SortFields, "order", defaultDescending: false)]);
        group.MapGet("/schema", Schemas).RequirePermission(Permission.CustomFieldsRead).WithName("GetCustomFieldSchemas")
            .WithSummary("A JSON Schema (2020-12) per entity of the `custom_fields` object its records accept, for validating forms")
            .Produces<CustomFieldSchemasResponse>();
        group.MapPost("", Create).RequirePermission(Permission.CustomFieldsManage).WithName("CreateCustomField")
            .WithSummary("Defines a custom field; its indexes (filterable, unique) are built in the background (index_state)")
            .Produces<CustomFieldResponse>(201).MayFail(409, "FIELD_EXISTS");
        group.MapGet("/{id}", Get).RequirePermission(Permission.CustomFieldsRead).WithName("GetCustomField").WithSummary("One custom field definition")
            .Produces<CustomFieldResponse>();
        group.MapPut("/{id}", Update).RequirePermission(Permission.CustomFieldsManage).WithName("ReplaceCustomField")
            .WithSummary("Changes the members sent; a type or options change is refused unless every stored value is valid as it is under the new definition")
            .Produces<CustomFieldResponse>().MayFail(409, "CONFLICT");
        group.MapDelete("/{id}", Delete).RequirePermission(Permission.CustomFieldsManage).WithName("DeleteCustomField")
            .WithSummary("Deletes an archived field: its values stay 30 days (restore undoes it), then a background job purges them")
            .Produces<MessageResponse>().MayFail(409, "CONFLICT");
        group.MapPost("/{id}/restore", Restore).RequirePermission(Permission.CustomFieldsManage).WithName("RestoreCustomField")
            .WithSummary("Undoes a delete before the purge starts; the field comes back archived, with its values")
            .Produces<CustomFieldResponse>().MayFail(409, "CONFLICT");
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("FIELD_NOT_FOUND", "Custom field not found");

    static async Task<IResult> List(HttpRequest request, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var entities = query.Enums("entity", FieldEntity.All);
        var archived = query.Bool("archived");
        var deleted = query.Bool("deleted") ?? false;
        var list = ListRequest<CustomField>.Read(query, settings.DefaultPageSize, SortFields, "order", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;

        var fields = db.CustomFields.AsNoTracking().Where(f => deleted ? f.DeletedAt != null : f.DeletedAt == null);
        if (entities is not null) fields = fields.Where(f => entities.Contains(f.Entity));
        if (archived is not null) fields = fields.Where(f => f.Archived == archived);
        return TypedResults.Ok(await list.ExecuteAsync<CustomFieldResponse>(fields, settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<CustomFieldResponse>>(rows.Select(f => f.ToResponse()).ToList()), cancellationToken));
    }

    static async Task<IResult> Schemas(CustomFieldCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(FieldJsonSchema.Of(await cache.CurrentAsync(cancellationToken)));

    static async Task<IResult> Get(long id, HttpResponse response, CrmDb db, CancellationToken cancellationToken)
    {
        var field = await db.CustomFields.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null) return NotFound();
        Preconditions.SetETag(response, field.Version);
        return TypedResults.Ok(field.ToResponse());
    }

    static async Task<IResult> Create(CustomFieldRequest body, CrmDb db, AuditTrail audit, TimeProvider time, CustomFieldCache cache,
        CustomFieldJobService jobs, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        var field = new CustomField { Entity = "", Key = "", Label = "", Type = "", CreatedAt = now, UpdatedAt = now };
        var validation = body.ApplyTo(field, ReadOnlyMembers.None, creating: true);
        if (validation.Result is { } invalid) return invalid;
        if (field.WantsIndexes) field.IndexState = FieldIndexState.Pending;

        // A key in use (even by a deleted field awaiting its purge) answers 409 FIELD_EXISTS (ux_crm_custom_fields_entity_key).
        await db.InTransactionAsync(async () =>
        {
            db.CustomFields.Add(field);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("custom_field", field.Id, "create", null, field.ToResponse());
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        await ChangedAsync(cache, jobs, cancellationToken);
        return Preconditions.Created($"/admin/custom-fields/{field.Id}", field.ToResponse(), field.Version);
    }

    static async Task<IResult> Update(long id, CustomFieldUpdate body, HttpRequest request, HttpResponse response, CrmDb db, AuditTrail audit,
        TimeProvider time, CustomFieldCache cache, CustomFieldJobService jobs, CancellationToken cancellationToken)
    {
        if (body.SendsNothing()) return UpdateBody.NoUpdates();
        var field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null) return NotFound();
        if (!Preconditions.Matches(request, field.Version)) return Preconditions.Failed();
        if (field.DeletedAt is not null) return ApiError.Conflict("CONFLICT", "The field is deleted: restore it before changing it");

        var before = field.ToResponse();
        var validation = body.ApplyTo(field, field.ReadOnly());
        if (validation.Result is { } invalid) return invalid;
        if (!db.Entry(field).Properties.Any(p => p.IsModified))
        {
            Preconditions.SetETag(response, field.Version);
            return TypedResults.Ok(field.ToResponse());
        }

        var narrows = field.Type != before.Type || field.Options != JsonOptions(before);
        var newlyUnique = field.Unique && !before.Unique;
        if (field.Type != before.Type || field.Filterable != before.Filterable || field.Unique != before.Unique)
        {
            field.IndexGeneration++;
            field.IndexState = FieldIndexState.Pending;
            field.IndexError = null;
        }
        field.UpdatedAt = time.UtcNowMicroseconds();
        var refusal = await db.InTransactionAsync(async () =>
        {
            // The stored values must still be valid under the new definition, and no write may slip one in meanwhile.
            if (narrows || newlyUnique)
            {
                await StoredValues.LockAsync(db, field.Entity, cancellationToken);
                if (narrows && await StoredValues.MisfitsAsync(db, field, cancellationToken) is { } misfit)
                    return ApiError.Validation(field.Type != before.Type ? "type" : "options", misfit);
                if (newlyUnique && await StoredValues.RepeatsAsync(db, field, cancellationToken) is { } repeat)
                    return ApiError.Validation("unique", repeat);
            }
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("custom_field", field.Id, "update", before, field.ToResponse());
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }, cancellationToken);
        if (refusal is not null) return refusal;

        await ChangedAsync(cache, jobs, cancellationToken);
        Preconditions.SetETag(response, field.Version);
        return TypedResults.Ok(field.ToResponse());
    }

    static string? JsonOptions(CustomFieldResponse response) =>
        response.Options is null ? null : System.Text.Json.JsonSerializer.Serialize(response.Options, JsonConfig.Options);

    static async Task<IResult> Delete(long id, HttpRequest request, CrmDb db, AuditTrail audit, TimeProvider time, CustomFieldCache cache,
        CustomFieldJobService jobs, CancellationToken cancellationToken)
    {
        var field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == id && f.DeletedAt == null, cancellationToken);
        if (field is null) return NotFound();
        if (!Preconditions.Matches(request, field.Version)) return Preconditions.Failed();
        if (!field.Archived) return ApiError.Conflict("CONFLICT", "Only an archived field can be deleted: archive it first (archiving hides it and keeps its values)");

        var before = field.ToResponse();
        var now = time.UtcNowMicroseconds();
        field.DeletedAt = now;
        field.PurgeAfter = now + CustomFieldJobs.UndoPeriod;
        field.UpdatedAt = now;
        // Its indexes go now; a restore builds them again.
        field.IndexGeneration++;
        field.IndexState = FieldIndexState.Pending;
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("custom_field", id, "delete", before, field.ToResponse());
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        await ChangedAsync(cache, jobs, cancellationToken);
        return MessageResponse.Deleted("custom_field");
    }

    static async Task<IResult> Restore(long id, HttpRequest request, HttpResponse response, CrmDb db, AuditTrail audit, TimeProvider time,
        CustomFieldCache cache, CustomFieldJobService jobs, CancellationToken cancellationToken)
    {
        var field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null) return NotFound();
        if (!Preconditions.Matches(request, field.Version)) return Preconditions.Failed();
        if (field.PurgeCursor is not null) return ApiError.Conflict("CONFLICT", "The purge of this field's values has started: it cannot be restored");

        if (field.DeletedAt is not null)
        {
            var before = field.ToResponse();
            field.DeletedAt = null;
            field.PurgeAfter = null;
            field.UpdatedAt = time.UtcNowMicroseconds();
            field.IndexGeneration++;
            field.IndexState = field.WantsIndexes ? FieldIndexState.Pending : FieldIndexState.Ready;
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("custom_field", id, "restore", before, field.ToResponse());
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            await ChangedAsync(cache, jobs, cancellationToken);
        }
        Preconditions.SetETag(response, field.Version);
        return TypedResults.Ok(field.ToResponse());
    }

    /// <summary>This instance sees its own change at once (others on their notification); index work starts now.</summary>
    static async Task ChangedAsync(CustomFieldCache cache, CustomFieldJobService jobs, CancellationToken cancellationToken)
    {
        await cache.ReloadAsync(cancellationToken);
        jobs.Wake();
    }
}
