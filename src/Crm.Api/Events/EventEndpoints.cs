using Crm.Api.Http;
using Crm.Api.OpenApi;
using Crm.Api.Security;
using Npgsql;

namespace Crm.Api.Events;

/// <summary><c>GET /admin/events</c>: the outbox as a feed, in commit order, for consumers that poll (admin).</summary>
public static class EventEndpoints
{
    const int DefaultLimit = 100, MaxLimit = 1000;

    public static void MapEvents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/events", List).WithTags("Events").RequirePermission(Permission.EventsRead).WithName("ListEvents")
            .WithSummary("The event feed, in commit order")
            .Produces<EventPage>()
            .WithQuery(
                Query.Text("after", "The `next_cursor` of the previous page; absent: the oldest event kept."),
                Query.Text("types", "Comma-separated types or patterns (`deal.*`, `customer.created`, `*`); absent: every type."),
                new QueryParameter("limit", "Events per page.", "integer", Format: "int32", Minimum: 1, Maximum: MaxLimit, Default: "100"))
            .MayFail(400, "INVALID_QUERY")
            .MayFail(410, "EVENTS_EXPIRED");
    }

    static async Task<IResult> List(HttpRequest request, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request);
        var after = query.String("after");
        var types = query.String("types", 2000);
        var limit = query.Int("limit", 1, MaxLimit) ?? DefaultLimit;
        EventPosition? position = null;
        if (after is not null)
        {
            if (EventPosition.TryParse(after, out var parsed)) position = parsed;
            else query.Fail("after", "must be a next_cursor of this feed");
        }
        var patterns = types?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (patterns?.FirstOrDefault(p => !EventTypes.IsValidPattern(p)) is { } unknown)
            query.Fail("types", $"has an unknown type or pattern \"{unknown}\"");
        if (query.Error is not null) return query.ErrorResult;

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var horizon = await EventFeed.HorizonAsync(connection, cancellationToken);
        if (position is { } p && horizon is { } h && p < h)
            return ApiError.Of(StatusCodes.Status410Gone, "EVENTS_EXPIRED",
                "The cursor is older than the event retention (EVENT_RETENTION_DAYS); start again without after");

        var events = await EventFeed.ReadAsync(connection, position ?? horizon, patterns, limit + 1, cancellationToken);
        var page = events.Take(limit).ToList();
        var next = page.Count > 0 ? page[^1].Position : position ?? horizon;
        return TypedResults.Ok(new EventPage(page.Select(e => e.Message).ToList(), next?.ToString(), events.Count > limit));
    }
}
