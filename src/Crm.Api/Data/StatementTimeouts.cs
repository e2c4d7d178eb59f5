using System.Data.Common;
using Crm.Api.Configuration;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Api.Data;

/// <summary>
/// A statement timeout per request class, so that one expensive request cannot hold a connection for long: reads
/// (GET) QUERY_TIMEOUT_SECONDS, reports REPORT_QUERY_TIMEOUT_SECONDS, writes Npgsql's 30 s. On expiry Npgsql cancels
/// the statement on the server and the request answers 503 QUERY_TIMEOUT with Retry-After (Http/ErrorHandling.cs).
/// </summary>
public sealed class StatementTimeouts(CrmSettings settings, IHttpContextAccessor accessor) : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (accessor.HttpContext?.Request is { } request)
        {
            if (request.Path.StartsWithSegments("/admin/reports")) result.CommandTimeout = settings.ReportQueryTimeoutSeconds;
            else if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) result.CommandTimeout = settings.QueryTimeoutSeconds;
        }
        return result;
    }
}
