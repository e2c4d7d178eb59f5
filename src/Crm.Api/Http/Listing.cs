using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Http;

public sealed record IdCount(long Id, long Counted);

/// <summary><c>count(*) OVER ()</c>, which EF Core has no LINQ for: the number of rows of the query it is selected in.</summary>
public static class ListWindow
{
    public static long CountOfAll() => throw new InvalidOperationException("count(*) OVER () runs in SQL only");

    public static void Register(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(ListWindow).GetMethod(nameof(CountOfAll))!)
            .HasTranslation(_ => new Microsoft.EntityFrameworkCore.Query.SqlExpressions.SqlFragmentExpression("count(*) OVER ()", typeof(long),
                Microsoft.EntityFrameworkCore.Storage.LongTypeMapping.Default));
}

/// <summary>An offset page. <c>paging</c> tells it from a cursor page, so a client can narrow the one type it gets to either.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Data, int Total, bool TotalExact, int Page, int PageSize, int TotalPages)
{
    public string Paging => "offset";
}

public sealed record CursorListResponse<T>(IReadOnlyList<T> Data, int PageSize, string? NextCursor)
{
    public string Paging => "cursor";
}

/// <summary>A sortable column of <typeparamref name="T"/>: orders a query and pages through it by keyset.</summary>
public interface ISortField<T>
{
    string Name { get; }
    IOrderedQueryable<T> Order(IQueryable<T> query, bool descending);
    IQueryable<T> After(IQueryable<T> query, JsonElement value, long id, bool descending);
    object? ValueOf(T row);
}

/// <summary>
/// Sort fields end with <c>id</c> as the tie-breaker so pages never overlap or skip rows. Nullable
/// columns follow PostgreSQL's default: NULLs last ascending, first descending.
/// </summary>
public static class SortField
{
    public static ISortField<T> Of<T, TKey>(string name, Expression<Func<T, TKey>> key, Expression<Func<T, long>> id) =>
        new Field<T, TKey>(name, key, id);

    sealed class Field<T, TKey>(string name, Expression<Func<T, TKey>> key, Expression<Func<T, long>> id) : ISortField<T>
    {
        readonly Func<T, TKey> _compiled = key.Compile();
        readonly bool _nullable = default(TKey) is null;

        public string Name => name;

        public IOrderedQueryable<T> Order(IQueryable<T> query, bool descending) => descending
            ? query.OrderByDescending(key).ThenByDescending(id)
            : query.OrderBy(key).ThenBy(id);

        public object? ValueOf(T row) => _compiled(row);

        public IQueryable<T> After(IQueryable<T> query, JsonElement value, long lastId, bool descending)
        {
            var row = key.Parameters[0];
            var column = key.Body;
            var idColumn = new ParameterReplacer(id.Parameters[0], row).Visit(id.Body);
            var keyValue = value.ValueKind == JsonValueKind.Null ? default : value.Deserialize<TKey>(JsonConfig.Options);
            // Read through a property, not inlined as constants: EF Core sends them as parameters, so every page shares
            // one compiled query and one prepared statement.
            var bound = Expression.Constant(new Boundary(keyValue, lastId));
            Expression boundary = Expression.Property(bound, nameof(Boundary.Value));
            Expression idBoundary = Expression.Property(bound, nameof(Boundary.Id));

            Expression Compare(Expression left, Expression right, bool greater) =>
                Binary(left, right, greater ? ExpressionType.GreaterThan : ExpressionType.LessThan);
            // The redundant "column >= value" (<= descending) is what lets PostgreSQL start the index scan at the cursor;
            // the OR alone is only a filter, and page 5,000 would read the 100,000 rows before it.
            Expression Bound(Expression left, Expression right, bool greater) =>
                Binary(left, right, greater ? ExpressionType.GreaterThanOrEqual : ExpressionType.LessThanOrEqual);

            var greater = !descending;
            var afterId = Compare(idColumn, idBoundary, greater);
            Expression condition;
            if (!_nullable)
            {
                condition = Expression.AndAlso(Bound(column, boundary, greater), Expression.OrElse(Compare(column, boundary, greater),
                    Expression.AndAlso(Expression.Equal(column, boundary), afterId)));
            }
            else
            {
                var isNull = Expression.Equal(column, Expression.Constant(null, typeof(TKey)));
                var notNull = Expression.Not(isNull);
                if (keyValue is null)
                    // Ascending: the NULL block is last, so only later NULLs follow. Descending: it is first, so all values follow.
                    condition = descending ? Expression.OrElse(notNull, Expression.AndAlso(isNull, afterId)) : Expression.AndAlso(isNull, afterId);
                else
                {
                    var afterValue = Expression.OrElse(
                        Expression.AndAlso(notNull, Compare(column, boundary, greater)),
                        Expression.AndAlso(Expression.Equal(column, boundary), afterId));
                    condition = descending ? Expression.AndAlso(Bound(column, boundary, false), afterValue) : Expression.OrElse(afterValue, isNull);
                }
            }
            return query.Where(Expression.Lambda<Func<T, bool>>(condition, row));
        }

        sealed record Boundary(TKey? Value, long Id);

        /// <summary>Strings compare through string.Compare, which EF Core translates to the column's own &lt; and &gt;.</summary>
        static Expression Binary(Expression left, Expression right, ExpressionType comparison) => left.Type == typeof(string)
            ? Expression.MakeBinary(comparison, Expression.Call(StringCompare, left, right), Expression.Constant(0))
            : Expression.MakeBinary(comparison, left, right);

        static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    }

    sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>Paging and sorting of one list request, parsed and validated from the query string.</summary>
public sealed class ListRequest<T>
{
    public required ISortField<T> Sort { get; init; }
    public required bool Descending { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public bool CursorMode { get; init; }
    public Cursor? After { get; init; }

    /// <summary>The <c>ids</c> filter every list has: only these records (at most 100, as every id filter), in the list's order.</summary>
    public long[]? Ids { get; init; }

    /// <summary>
    /// The request filters by <c>search</c>: its matches come from a trigram index in no order, so the page sorts all of
    /// them anyway and counting them apart would read them twice (see <see cref="PageAndCountAsync"/>).
    /// </summary>
    public bool Searching { get; init; }

    /// <summary>Who asks for which filters: the key under which <see cref="ListCounts"/> remembers an overflowing count.</summary>
    public required string? CountKey { get; init; }
    public required ListCounts Counts { get; init; }

    static readonly string[] PagingParameters = ["page", "page_size", "sort_by", "sort_order", "paging", "cursor"];
    static readonly PropertyInfo IdProperty = typeof(T).GetProperty("Id")!;

    public sealed record Cursor(string S, string O, JsonElement V, long Id);

    /// <summary>Reads page, page_size, sort_by, sort_order and cursor/paging; problems go to the reader.</summary>
    public static ListRequest<T> Read(QueryReader query, int defaultPageSize, IReadOnlyList<ISortField<T>> fields,
        string defaultSort, bool defaultDescending)
    {
        var sortName = query.Enum("sort_by", fields.Select(f => f.Name).ToArray()) ?? defaultSort;
        var order = query.Enum("sort_order", ["asc", "desc"]);
        var descending = order is null ? defaultDescending : order == "desc";
        var page = query.Int("page", 1, 1_000_000) ?? 1;
        var pageSize = query.Int("page_size", 1, 100) ?? defaultPageSize;
        var paging = query.Enum("paging", ["offset", "cursor"]);
        var rawCursor = query.String("cursor", 1000);
        var ids = query.Ids("ids");

        var sort = fields.First(f => f.Name == sortName);
        Cursor? cursor = null;
        if (rawCursor is not null)
        {
            cursor = Decode(rawCursor);
            if (cursor is null || cursor.S != sortName || cursor.O != (descending ? "desc" : "asc") || !Accepts(sort, cursor, descending))
                query.Fail("cursor", "is not a cursor of this list with this sort order");
        }

        var cursorMode = paging == "cursor" || rawCursor is not null;
        var caller = query.Request.HttpContext.Features.Get<CurrentUser>();
        return new ListRequest<T>
        {
            Sort = sort,
            Descending = descending,
            Page = page,
            PageSize = pageSize,
            CursorMode = cursorMode,
            After = cursor,
            Ids = ids,
            Searching = query.Request.Query.ContainsKey("search"),
            // Only an offset page counts, so only it needs the key.
            CountKey = cursorMode ? null
                : $"{caller?.Id}:{caller?.RoleName}|{query.Canonical(PagingParameters)}",
            Counts = query.Request.HttpContext.RequestServices.GetRequiredService<ListCounts>(),
        };
    }

    /// <summary>The first page of a list in its default order, as its route answers a request with only <c>page_size</c>.</summary>
    public static ListRequest<T> FirstPage(IReadOnlyList<ISortField<T>> fields, string sort, bool descending, int pageSize, string countKey,
        ListCounts counts) =>
        new() { Sort = fields.First(f => f.Name == sort), Descending = descending, Page = 1, PageSize = pageSize, CountKey = countKey, Counts = counts };

    /// <summary>Runs the list: a bounded count plus one page, or one keyset page in cursor mode.</summary>
    public async Task<object> ExecuteAsync<TOut>(IQueryable<T> filtered, int countLimit,
        Func<List<T>, Task<IReadOnlyList<TOut>>> map, CancellationToken cancellationToken)
    {
        if (Ids is not null) filtered = filtered.Where(IdIn(Ids));
        if (CursorMode)
        {
            var source = After is null ? filtered : Sort.After(filtered, After.V, After.Id, Descending);
            var rows = await Sort.Order(source, Descending).Take(PageSize + 1).ToListAsync(cancellationToken);
            string? next = null;
            if (rows.Count > PageSize)
            {
                rows.RemoveAt(PageSize);
                next = Encode(rows[^1]);
            }
            return new CursorListResponse<TOut>(await map(rows), PageSize, next);
        }

        // Counting stops at COUNT_LIMIT + 1 rows so that a list never scans millions of rows to count them.
        var known = await Counts.LookupAsync(CountKey!);
        if (Searching && !known.OverLimit && Page * PageSize <= countLimit
            && await PageAndCountAsync(filtered, countLimit, cancellationToken) is var (ids, matched) && (ids.Length > 0 || Page == 1))
        {
            if (matched > countLimit) await Counts.OverLimitAsync(CountKey!, known);
            var rows = ids.Length == 0 ? [] : await Sort.Order(filtered.Where(IdIn(ids)), Descending).ToListAsync(cancellationToken);
            return Response(await map(rows), matched, countLimit);
        }
        int counted;
        if (known.OverLimit) counted = countLimit + 1;
        else if ((counted = await Counts.CountOnceAsync(CountKey!, known, () => filtered.Take(countLimit + 1).CountAsync(cancellationToken), cancellationToken))
                 > countLimit) await Counts.OverLimitAsync(CountKey!, known);
        var page = await Sort.Order(filtered, Descending).Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Response(await map(page), counted, countLimit);
    }

    ListResponse<TOut> Response<TOut>(IReadOnlyList<TOut> data, int counted, int countLimit)
    {
        var total = Math.Min(counted, countLimit);
        return new ListResponse<TOut>(data, total, counted <= countLimit, Page, PageSize, (total + PageSize - 1) / PageSize);
    }

    /// <summary>
    /// The ids of the page and the bounded count in one statement: the first COUNT_LIMIT + 1 matches in the list's order,
    /// counted by a window over them, then the page cut from them. It reads the matches once where a count and a page
    /// would read them twice (a search for a surname in 1 % of the book at 1M: ~2.5 ms of trigram index per read). Only
    /// for a page inside the first COUNT_LIMIT rows; an empty page beyond the last says nothing of the count.
    /// </summary>
    async Task<(long[] Ids, int Counted)> PageAndCountAsync(IQueryable<T> filtered, int countLimit, CancellationToken cancellationToken)
    {
        // Skip after Take makes EF Core cut the page from the bounded matches as a subquery, so the window counts at most
        // COUNT_LIMIT + 1 rows: SELECT id, count(*) OVER () FROM (... LIMIT @limit) ORDER BY ... LIMIT @size OFFSET @offset.
        var rows = await Sort.Order(filtered, Descending).Take(countLimit + 1).Skip((Page - 1) * PageSize).Take(PageSize)
            .Select(IdAndCount()).ToListAsync(cancellationToken);
        return ([.. rows.Select(r => r.Id)], rows.Count == 0 ? 0 : (int)rows[0].Counted);
    }

    static Expression<Func<T, IdCount>> IdAndCount()
    {
        var row = Expression.Parameter(typeof(T), "row");
        var count = Expression.Call(typeof(ListWindow).GetMethod(nameof(ListWindow.CountOfAll))!);
        var body = Expression.New(typeof(IdCount).GetConstructors()[0], Expression.Property(row, IdProperty), count);
        return Expression.Lambda<Func<T, IdCount>>(body, row);
    }

    /// <summary>row => ids.Contains(row.Id), with the ids read through a property so that EF Core sends them as one parameter.</summary>
    public static Expression<Func<T, bool>> IdIn(long[] ids)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var values = Expression.Property(Expression.Constant(new IdSet(ids)), nameof(IdSet.Values));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(long)], values, Expression.Property(row, IdProperty));
        return Expression.Lambda<Func<T, bool>>(contains, row);
    }

    sealed record IdSet(long[] Values);

    /// <summary>A forged cursor whose value does not fit the sort column is refused here, not deep in the query.</summary>
    static bool Accepts(ISortField<T> sort, Cursor cursor, bool descending)
    {
        try
        {
            sort.After(Enumerable.Empty<T>().AsQueryable(), cursor.V, cursor.Id, descending);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    string Encode(T last)
    {
        var cursor = new { s = Sort.Name, o = Descending ? "desc" : "asc", v = Sort.ValueOf(last), id = (long)IdProperty.GetValue(last)! };
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(cursor, JsonConfig.Options))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    static Cursor? Decode(string raw)
    {
        try
        {
            var base64 = raw.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var options = new JsonSerializerOptions(JsonConfig.Options) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };
            return JsonSerializer.Deserialize<Cursor>(json, options) is { S: not null, O: not null } c ? c : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
