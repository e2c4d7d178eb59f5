using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api.Http;

/// <summary>
/// The single place that turns exceptions and bare status codes into the contract's error envelope.
/// Expected outcomes are returned by handlers; what reaches here is either the framework refusing a
/// request (bad JSON, wrong content type, body too large), a database constraint that decided a race,
/// the database being unreachable, or a bug (500 without details).
/// </summary>
public sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    /// <summary>Unique and foreign-key constraints whose violation is a client-visible conflict.</summary>
    static readonly Dictionary<string, (int Status, string Code, string Message)> Constraints = new()
    {
        ["ux_customers_email_live"] = (409, "EMAIL_EXISTS", "A customer with this email already exists"),
        ["ux_tags_name_live"] = (409, "TAG_EXISTS", "A tag with this name already exists"),
        ["pipeline_stages_name_key"] = (409, "STAGE_EXISTS", "A pipeline stage with this name already exists"),
        ["deals_stage_fkey"] = (409, "STAGE_IN_USE", "Deals use this stage; deactivate it instead"),
        ["ux_customers_external_id_live"] = (409, "EXTERNAL_ID_EXISTS", "A customer with this external_id already exists"),
        ["ux_contacts_external_id_live"] = (409, "EXTERNAL_ID_EXISTS", "A contact with this external_id already exists"),
        ["ux_deals_external_id_live"] = (409, "EXTERNAL_ID_EXISTS", "A deal with this external_id already exists"),
        ["ux_activities_external_id_live"] = (409, "EXTERNAL_ID_EXISTS", "An activity with this external_id already exists"),
        ["ux_contacts_one_primary"] = (409, "CONFLICT", "Another contact became primary at the same time; retry"),
        ["ux_crm_custom_fields_entity_key"] = (409, "FIELD_EXISTS", "A custom field with this key already exists for this entity (a deleted one keeps its key until its values are purged)"),
        ["ux_crm_pipelines_name"] = (409, "CONFLICT", "A pipeline with this name already exists"),
        ["ux_crm_pipelines_one_default"] = (409, "CONFLICT", "Another pipeline became the default at the same time; retry"),
    };

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested) return;
            var (status, code, message, data) = Classify(exception, conditional: context.Request.Headers.IfMatch.Count > 0);
            if (status >= 500) logger.LogError(exception, "Request failed with {Code}", code);
            context.Response.Clear();
            context.Response.Headers["X-Request-ID"] = context.TraceIdentifier;
            if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = code == "QUERY_TIMEOUT" ? "10" : "5";
            await ApiError.WriteAsync(context, status, code, message, data);
            return;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && context.Response.ContentType is null)
        {
            switch (context.Response.StatusCode)
            {
                case StatusCodes.Status404NotFound:
                    await ApiError.WriteAsync(context, 404, "NOT_FOUND", "No route matches this path");
                    break;
                case StatusCodes.Status405MethodNotAllowed:
                    await ApiError.WriteAsync(context, 405, "METHOD_NOT_ALLOWED",
                        $"{context.Request.Method} is not allowed here; allowed: {context.Response.Headers.Allow}");
                    break;
                case StatusCodes.Status413PayloadTooLarge:
                    await ApiError.WriteAsync(context, 413, "PAYLOAD_TOO_LARGE", "The request body is too large");
                    break;
                case StatusCodes.Status400BadRequest:
                    await ApiError.WriteAsync(context, 400, "INVALID_JSON", "The request could not be read");
                    break;
                case StatusCodes.Status415UnsupportedMediaType:
                    await ApiError.WriteAsync(context, 415, "UNSUPPORTED_MEDIA_TYPE", "The request body must be application/json");
                    break;
            }
        }
    }

    /// <param name="conditional">The request carried If-Match: only then is a lost race on a row version a 412.</param>
    internal static (int Status, string Code, string Message, object? Data) Classify(Exception exception, bool conditional)
    {
        switch (exception)
        {
            case BadHttpRequestException bad:
                return ClassifyBadRequest(bad);
            case JsonException json:
                return ClassifyJson(json);
            case DbUpdateConcurrencyException when conditional:
                return (412, "PRECONDITION_FAILED", "The record was changed by someone else; reload it and retry", null);
            // Without If-Match, ConcurrencyRetry ran the request again; this is what is left when every attempt lost.
            case DbUpdateConcurrencyException:
                return (409, "CONFLICT", "The record is being changed by other requests; retry", null);
        }

        var postgres = exception as PostgresException ?? exception.InnerException as PostgresException;
        if (postgres is not null)
        {
            if (postgres.ConstraintName is { } name && Constraints.TryGetValue(name, out var known))
                return (known.Status, known.Code, known.Message, null);
            // A unique custom field's index decided a race (the check before the write saw no other record yet).
            if (CustomFields.UniqueValues.KeyOf(postgres.ConstraintName) is { } key)
            {
                var problem = $"is already used by another of the {postgres.TableName}";
                return (409, "CONFLICT", $"custom_fields.{key} {problem}", new ValidationErrors(new Dictionary<string, string[]> { [$"custom_fields.{key}"] = [problem] }));
            }
            switch (postgres.SqlState)
            {
                case PostgresErrorCodes.UniqueViolation:
                    return (409, "CONFLICT", "The change conflicts with an existing record", null);
                case PostgresErrorCodes.ForeignKeyViolation:
                    return (409, "CONFLICT", "The change refers to a record that no longer exists, or is still referenced", null);
                case PostgresErrorCodes.CheckViolation or PostgresErrorCodes.StringDataRightTruncation
                    or PostgresErrorCodes.NumericValueOutOfRange or PostgresErrorCodes.InvalidDatetimeFormat
                    or PostgresErrorCodes.DatetimeFieldOverflow:
                    return (400, "VALIDATION_FAILED", "A value is out of the accepted range", null);
                // PostgreSQL text cannot hold NUL (\u0000); query strings refuse it earlier, bodies reach here.
                case PostgresErrorCodes.CharacterNotInRepertoire:
                    return (400, "VALIDATION_FAILED", "Text must not contain the NUL character (\\u0000)", null);
                case PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
                    or PostgresErrorCodes.LockNotAvailable:
                    return (409, "CONFLICT", "The record is being changed by another request; retry", null);
            }
        }

        if (IsQueryTimeout(exception))
            return (503, "QUERY_TIMEOUT", "The request took longer than its statement timeout; retry later or narrow it", null);
        if (IsDatabaseUnavailable(exception))
            return (503, "SERVICE_UNAVAILABLE", "The database is unavailable; retry shortly", null);

        return (500, "INTERNAL_ERROR", "An unexpected error occurred", null);
    }

    /// <summary>A statement cancelled by its timeout (Data/StatementTimeouts.cs): Npgsql's command timeout, or the server's.</summary>
    static bool IsQueryTimeout(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled }) return true;
            // Npgsql reports an expired command timeout as a read that timed out (not a pool or a connect timeout).
            if (e is NpgsqlException { InnerException: TimeoutException } npgsql && npgsql.Message.Contains("reading", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException) return true;
            if (e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }) return true;
        }
        return false;
    }

    static (int, string, string, object?) ClassifyBadRequest(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json) return ClassifyJson(json);
        return bad.StatusCode switch
        {
            413 => (413, "PAYLOAD_TOO_LARGE", "The request body is too large", null),
            415 => (415, "UNSUPPORTED_MEDIA_TYPE", "The request body must be application/json", null),
            _ when bad.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal)
                => (400, "INVALID_ID", "The id in the path must be a positive integer", null),
            _ when bad.Message.Contains("was not provided from body", StringComparison.Ordinal)
                => (400, "INVALID_JSON", "A JSON request body is required", null),
            _ => (400, "INVALID_JSON", "The request could not be read", null),
        };
    }

    static (int, string, string, object?) ClassifyJson(JsonException json)
    {
        var member = json.Path is { Length: > 2 } path ? path[2..] : null;
        var syntaxError = json.InnerException?.GetType().Name == "JsonReaderException";
        // Text that is not UTF-8, or escapes a lone surrogate: the reader cannot decode it ("Cannot transcode invalid UTF-8",
        // "Cannot read invalid/incomplete UTF-16"), so the body is not JSON. A value of the wrong type is an
        // InvalidOperationException too ("Cannot get the value of a token type ..."), and stays a VALIDATION_FAILED.
        var undecodable = json.InnerException is InvalidOperationException decoding
            && (decoding.InnerException is System.Text.DecoderFallbackException || decoding.Message.Contains(" UTF-", StringComparison.Ordinal));
        if (member is null || syntaxError || undecodable)
            return (400, "INVALID_JSON", "The request body is not valid JSON", null);

        var problem = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "is not an accepted member (unknown or read-only)"
            : json.Message.StartsWith("must ", StringComparison.Ordinal) ? json.Message : "has a value of the wrong type";
        return (400, "VALIDATION_FAILED", $"{member} {problem}",
            new ValidationErrors(new Dictionary<string, string[]> { [member] = [problem] }));
    }
}
