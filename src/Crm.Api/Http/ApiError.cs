namespace Crm.Api.Http;

/// <summary>The one error shape of the API: <c>{code, message, data}</c> (contract section 2).</summary>
public sealed record ErrorBody(string Code, string Message, object? Data);

/// <summary>Field-level validation errors: <c>data.errors.{field} = [messages]</c>.</summary>
public sealed record ValidationErrors(IDictionary<string, string[]> Errors);

public static class ApiError
{
    public static IResult Of(int status, string code, string message, object? data = null) =>
        TypedResults.Json(new ErrorBody(code, message, data), JsonConfig.Options, statusCode: status);

    public static IResult NotFound(string code, string message) => Of(StatusCodes.Status404NotFound, code, message);

    public static IResult Conflict(string code, string message) => Of(StatusCodes.Status409Conflict, code, message);

    public static IResult BadRequest(string code, string message) => Of(StatusCodes.Status400BadRequest, code, message);

    public static IResult InvalidQuery(string parameter, string problem) =>
        Of(StatusCodes.Status400BadRequest, "INVALID_QUERY", $"{parameter} {problem}",
            new ValidationErrors(new Dictionary<string, string[]> { [parameter] = [problem] }));

    public static IResult Validation(IDictionary<string, string[]> errors)
    {
        var (field, messages) = errors.First();
        return Of(StatusCodes.Status400BadRequest, "VALIDATION_FAILED", $"{field} {messages[0]}", new ValidationErrors(errors));
    }

    public static IResult Validation(string field, string problem) =>
        Validation(new Dictionary<string, string[]> { [field] = [problem] });

    public static IResult Forbidden() =>
        Of(StatusCodes.Status403Forbidden, "INSUFFICIENT_PERMISSIONS", "You do not have permission to perform this action");

    /// <summary>Writes an error directly, for middleware that runs outside of an endpoint.</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string message, object? data = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorBody(code, message, data), JsonConfig.Options,
            contentType: "application/json; charset=utf-8");
    }
}
