using Crm.Api.AuditLogs;
using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Tags;

/// <summary>The tag catalogue. Names are unique among live tags ignoring case (unique index, so also under a race).</summary>
public static class TagEndpoints
{
    internal static readonly IReadOnlyList<ISortField<TagRow>> SortFields =
    [
        // Case-insensitive, like the uniqueness rule (and served by the same index, ux_tags_name_live on lower(name)).
        SortField.Of<TagRow, string>("name", t => t.SortName, t => t.Id),
        SortField.Of<TagRow, int>("customer_count", t => t.CustomerCount, t => t.Id),
        SortField.Of<TagRow, DateTime>("created_at", t => t.CreatedAt, t => t.Id),
        SortField.Of<TagRow, DateTime>("updated_at", t => t.UpdatedAt, t => t.Id),
    ];

    public static RouteGroupBuilder MapTags(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/tags").WithTags("Tags");
        group.MapGet("", List).RequirePermission(Permission.TagsRead).WithName("ListTags")
            .WithSummary("Live tags with their live-customer count; search (name substring), sort_by name (default, asc), customer_count, created_at, updated_at")
            .ProducesList<TagResponse>([Query.Text("search", "Case-insensitive substring of the name."),
                .. Query.Paging(SortFields, "name", defaultDescending: false)]);
        group.MapPost("", Create).RequirePermission(Permission.TagsManage).WithName("CreateTag").WithSummary("Creates a tag")
            .Produces<TagResponse>(201).MayFail(409, "TAG_EXISTS");
        group.MapGet("/{id}", Get).RequirePermission(Permission.TagsRead).WithName("GetTag").WithSummary("One tag with its live-customer count")
            .Produces<TagResponse>();
        group.MapPut("/{id}", Replace).RequirePermission(Permission.TagsManage).WithName("ReplaceTag").WithSummary("Updates a tag's name or colour")
            .Produces<TagResponse>().MayFail(409, "TAG_EXISTS");
        group.MapDelete("/{id}", Delete).RequirePermission(Permission.TagsManage).WithName("DeleteTag")
            .WithSummary("Soft-deletes a tag: it disappears from every customer, and its name becomes free")
            .Produces<MessageResponse>();
        return group;
    }

    static IResult NotFound() => ApiError.NotFound("TAG_NOT_FOUND", "Tag not found");

    /// <summary>Live tags with the number of live customers carrying each, counted in the same query.</summary>
    internal static IQueryable<TagRow> Rows(CrmDb db, IQueryable<Tag> tags) =>
        tags.Where(t => t.DeletedAt == null).Select(t => new TagRow
        {
            Id = t.Id, Name = t.Name, SortName = t.Name.ToLower(), Color = t.Color, CreatedAt = t.CreatedAt, UpdatedAt = t.UpdatedAt, Version = t.Version,
            CustomerCount = db.CustomerTags.Count(ct => ct.TagId == t.Id && db.Customers.Any(c => c.Id == ct.CustomerId && c.DeletedAt == null)),
        });

    static async Task<IResult> List(HttpRequest request, CrmDb db, CrmSettings settings, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var search = query.String("search", 100);
        var list = ListRequest<TagRow>.Read(query, settings.DefaultPageSize, SortFields, "name", defaultDescending: false);
        if (query.Error is not null) return query.ErrorResult;

        var tags = db.Tags.AsNoTracking();
        if (search is not null)
        {
            var pattern = Search.Contains(search);
            tags = tags.Where(t => EF.Functions.ILike(t.Name, pattern, "\\"));
        }
        var page = await list.ExecuteAsync<TagResponse>(Rows(db, tags), settings.CountLimit,
            rows => Task.FromResult<IReadOnlyList<TagResponse>>(rows.Select(r => r.ToResponse()).ToList()), cancellationToken);
        return TypedResults.Ok(page);
    }

    static async Task<IResult> Create(TagRequest body, CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.UtcNowMicroseconds();
        var tag = new Tag { Name = "", CreatedAt = now, UpdatedAt = now };
        var validation = body.ApplyTo(tag, ReadOnlyMembers.None, creating: true);
        if (validation.Result is { } invalid) return invalid;

        // A live tag with this name in any letter case answers 409 TAG_EXISTS (ux_tags_name_live).
        await db.InTransactionAsync(async () =>
        {
            db.Tags.Add(tag);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("tag", tag.Id, "create", null, tag.ToResponse(0));
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return Preconditions.Created($"/admin/tags/{tag.Id}", tag.ToResponse(0), tag.Version);
    }

    static async Task<IResult> Get(long id, HttpResponse response, CrmDb db, CancellationToken cancellationToken)
    {
        var row = await Rows(db, db.Tags.Where(t => t.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return NotFound();

        Preconditions.SetETag(response, row.Version);
        return TypedResults.Ok(row.ToResponse());
    }

    static async Task<IResult> Replace(long id, TagUpdate body, HttpRequest request, HttpResponse response, CrmDb db, AuditTrail audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.SendsNothing()) return UpdateBody.NoUpdates();
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken);
        if (tag is null) return NotFound();
        if (!Preconditions.Matches(request, tag.Version)) return Preconditions.Failed();

        var count = await CustomerCountAsync(db, id, cancellationToken);
        var before = tag.ToResponse(count);
        var validation = body.ApplyTo(tag, tag.ReadOnly(count));
        if (validation.Result is { } invalid) return invalid;

        if (db.Entry(tag).Properties.Any(p => p.IsModified))
        {
            tag.UpdatedAt = time.UtcNowMicroseconds();
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("tag", id, "update", before, tag.ToResponse(count));
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        Preconditions.SetETag(response, tag.Version);
        return TypedResults.Ok(tag.ToResponse(count));
    }

    static async Task<IResult> Delete(long id, HttpRequest request, CrmDb db, AuditTrail audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken);
        if (tag is null) return NotFound();
        if (!Preconditions.Matches(request, tag.Version)) return Preconditions.Failed();

        return await db.SoftDeleteAsync(tag, "tag", audit, time, cancellationToken);
    }

    static Task<int> CustomerCountAsync(CrmDb db, long tagId, CancellationToken cancellationToken) =>
        db.CustomerTags.CountAsync(ct => ct.TagId == tagId && db.Customers.Any(c => c.Id == ct.CustomerId && c.DeletedAt == null), cancellationToken);
}
