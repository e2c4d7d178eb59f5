using System.Text.Json.Nodes;
using Crm.Api.Http;
using Microsoft.OpenApi;

namespace Crm.Api.OpenApi;

/// <summary>
/// A query parameter that a handler reads through <see cref="QueryReader"/>. Handlers read the query string
/// themselves (strictly, for the contract's INVALID_QUERY), so the framework cannot see these: endpoints
/// declare them with <see cref="EndpointDocs.WithQuery"/> and the document transformer writes them out.
/// <paramref name="Type"/> is the type of the value, or of each item of a <paramref name="CommaList"/> (documented as an
/// array in form style without explode: <c>status=lead,active</c>); <c>user</c> is a user id, <c>me</c> or <c>none</c>.
/// <paramref name="Pattern"/> admits values the document cannot list (they are data, such as <c>cf.&lt;key&gt;</c>): with
/// <paramref name="Values"/>, a value is one of those or matches it.
/// </summary>
public sealed record QueryParameter(string Name, string Description, string Type, string? Format = null,
    IReadOnlyList<string>? Values = null, bool CommaList = false, int? Minimum = null, int? Maximum = null, string? Default = null,
    string? AliasOf = null, string? Pattern = null)
{
    public OpenApiParameter ToOpenApi()
    {
        var value = ValueSchema();
        return new OpenApiParameter
        {
            Name = Name,
            In = ParameterLocation.Query,
            Description = Description,
            Required = false,
            Deprecated = AliasOf is not null,
            // A comma list is one parameter (QueryReader refuses a repeated one): form style without explode, a,b,c.
            Style = CommaList ? ParameterStyle.Form : null,
            Explode = !CommaList,
            Schema = CommaList
                ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = value, MinItems = 1, MaxItems = Type == "integer" ? Query.MaxItems : null }
                : value,
        };
    }

    OpenApiSchema ValueSchema()
    {
        if (Type == "user")
            return new OpenApiSchema
            {
                AnyOf =
                [
                    new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" },
                    new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("me"), JsonValue.Create("none")] },
                ],
            };
        if (Pattern is not null && Values is not null)
            return new OpenApiSchema
            {
                AnyOf = [(this with { Pattern = null, Default = null }).ValueSchema(), (this with { Values = null, Default = null }).ValueSchema()],
                Default = Default is null ? null : JsonValue.Create(Default),
            };
        return new OpenApiSchema
        {
            Type = Type switch
            {
                "integer" => JsonSchemaType.Integer, "number" => JsonSchemaType.Number, "boolean" => JsonSchemaType.Boolean,
                _ => JsonSchemaType.String,
            },
            Format = Format,
            Pattern = Pattern,
            Enum = Values?.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
            Minimum = Minimum?.ToString(),
            Maximum = Maximum?.ToString(),
            Default = Default is null ? null : Type == "integer" ? JsonValue.Create(int.Parse(Default)) : JsonValue.Create(Default),
        };
    }
}

public sealed record QueryParameters(IReadOnlyList<QueryParameter> Items);

/// <summary>Codes an endpoint can answer beyond those the document derives from its route, method and body.</summary>
public sealed record ExtraErrors(int Status, IReadOnlyList<string> Codes);

/// <summary>A list endpoint: its 200 is an offset page or, with <c>paging=cursor</c>/<c>cursor</c>, a cursor page.</summary>
public sealed record ListOf(Type Item);

/// <summary>
/// An upload that the handler streams from a multipart/form-data body, so the framework sees no body to describe: the
/// document transformer writes the file part out. Not <c>Accepts()</c>: its content-type matcher would answer a bare 415
/// before the handler could say what it expects.
/// </summary>
/// <param name="Description">What the file part holds.</param>
/// <param name="Fields">The form fields beside the file (an import's options), each as a schema with its description.</param>
/// <param name="Example">A file's content to show (and to send, for the contract tests).</param>
public sealed record MultipartFile(string Part, string? Description = null, IReadOnlyDictionary<string, OpenApiSchema>? Fields = null,
    IReadOnlyList<string>? RequiredFields = null, string? Example = null);

/// <summary>The endpoint streams a file it writes (an export, an errors file) in one of these types, with Content-Disposition.</summary>
public sealed record Download(IReadOnlyList<string> ContentTypes);

/// <summary>The endpoint streams a stored file's bytes (with ETag, Content-Disposition and 304 for If-None-Match).</summary>
public sealed record FileDownload;

/// <summary>The query parameters of the contract's lists and filters, built the way QueryReader reads them.</summary>
public static class Query
{
    /// <summary>The most items a comma list takes (QueryReader's limit).</summary>
    public const int MaxItems = 100;

    public static QueryParameter Text(string name, string description) => new(name, description, "string");

    public static QueryParameter OneOf(string name, IReadOnlyList<string> values, string description) =>
        new(name, description, "string", Values: values);

    /// <summary>A comma list of enum values (any of them matches).</summary>
    public static QueryParameter AnyOf(string name, IReadOnlyList<string> values, string description) =>
        new(name, $"{description} Comma-separated, any of them matches.", "string", Values: values, CommaList: true);

    /// <summary>A comma list of free-form names (any of them matches).</summary>
    public static QueryParameter Names(string name, string description) =>
        new(name, $"{description} Comma-separated, any of them matches.", "string", CommaList: true);

    public static QueryParameter Ids(string name, string description) =>
        new(name, $"{description} Comma-separated positive ids (at most {MaxItems}).", "integer", Format: "int64", CommaList: true, Minimum: 1);

    /// <summary>A user-id filter: ids, <c>me</c> (the caller) and <c>none</c> (unassigned).</summary>
    public static QueryParameter Users(string name, string description) =>
        new(name, $"{description} Comma-separated user ids, `me` (the caller) or `none` (unassigned).", "user", CommaList: true);

    public static QueryParameter Time(string name, string description) =>
        new(name, $"{description} RFC 3339 timestamp.", "string", Format: "date-time");

    public static QueryParameter Flag(string name, string description) =>
        new(name, $"{description} `true` or `false` (`1`/`0` are accepted too).", "boolean");

    /// <summary>The Go original's name of <paramref name="parameter"/>, accepted in its place (deprecated).</summary>
    public static QueryParameter Alias(string name, QueryParameter parameter) =>
        parameter with { Name = name, Description = $"The Go original's name of `{parameter.Name}` (deprecated; send one of them).", AliasOf = parameter.Name };

    public static QueryParameter Number(string name, string description) =>
        new(name, description, "number", Minimum: 0);

    /// <summary>Paging and sorting of a list, with the sort fields the list itself parses.</summary>
    public static QueryParameter[] Paging<T>(IReadOnlyList<ISortField<T>> sorts, string defaultSort, bool defaultDescending) =>
        Paging(sorts.Select(s => s.Name), defaultSort, defaultDescending);

    public static QueryParameter[] Paging(IEnumerable<string> sortNames, string defaultSort, bool defaultDescending) =>
    [
        Ids("ids", "Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply."),
        new("page", "Page number for offset paging.", "integer", Format: "int32", Minimum: 1, Maximum: 1_000_000, Default: "1"),
        new("page_size", "Rows per page (DEFAULT_PAGE_SIZE when absent).", "integer", Format: "int32", Minimum: 1, Maximum: 100),
        new("sort_by", "Sort field; `id` is always the final tie-breaker.", "string", Values: sortNames.ToArray(), Default: defaultSort),
        new("sort_order", "Sort direction.", "string", Values: ["asc", "desc"], Default: defaultDescending ? "desc" : "asc"),
        new("paging", "`cursor` switches to keyset paging: the answer has `next_cursor` and no count.", "string", Values: ["offset", "cursor"], Default: "offset"),
        new("cursor", "The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order).", "string"),
    ];
}

public static class EndpointDocs
{
    public static TBuilder WithQuery<TBuilder>(this TBuilder builder, params QueryParameter[] parameters)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new QueryParameters(parameters));

    /// <summary>A paged list of <typeparamref name="TItem"/> with its paging, sorting and filter parameters.</summary>
    public static RouteHandlerBuilder ProducesList<TItem>(this RouteHandlerBuilder builder, params QueryParameter[] parameters) =>
        builder.Produces<ListResponse<TItem>>().WithMetadata(new ListOf(typeof(TItem))).WithQuery(parameters);

    /// <summary>The body is multipart/form-data with a file in the part named <paramref name="part"/>.</summary>
    public static TBuilder AcceptsMultipartFile<TBuilder>(this TBuilder builder, string part)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new MultipartFile(part));

    /// <summary>A streamed file of the given types (text/csv, application/x-ndjson), with Content-Disposition: attachment.</summary>
    public static RouteHandlerBuilder ProducesDownload(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new Download(contentTypes));

    /// <summary>A stored file's bytes, in the type recorded for the file.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder) => builder.WithMetadata(new FileDownload());

    public static TBuilder MayFail<TBuilder>(this TBuilder builder, int status, params string[] codes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ExtraErrors(status, codes));
}
