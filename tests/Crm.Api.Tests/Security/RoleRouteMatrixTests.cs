using System.Net;
using Crm.Api.Security;
using Crm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Security;

/// <summary>
/// Every mapped route, called as every role: a role without the route's permission gets exactly 403, a role with it
/// gets past authorization (never 401/403/500). The expected permission of each route is written here, so a new
/// route without an entry fails until someone decides who may call it.
/// </summary>
public class RoleRouteMatrixTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static readonly Dictionary<string, string?> Expected = new()
    {
        ["GET /health"] = null, ["GET /ready"] = null, ["GET /metrics"] = null, ["GET /openapi/{documentName}.json"] = null,
        ["GET /admin/me"] = Permission.Authenticated,
        ["GET /admin/customers"] = Permission.CustomersRead, ["POST /admin/customers"] = Permission.CustomersCreate,
        ["GET /admin/customers/{id}"] = Permission.CustomersRead, ["PUT /admin/customers/{id}"] = Permission.CustomersUpdate,
        ["PATCH /admin/customers/{id}"] = Permission.CustomersUpdate, ["DELETE /admin/customers/{id}"] = Permission.CustomersDelete,
        ["POST /admin/customers/{id}/restore"] = Permission.CustomersDelete,
        ["GET /admin/customers/{id}/contacts"] = Permission.ContactsRead, ["POST /admin/customers/{id}/contacts"] = Permission.ContactsCreate,
        ["GET /admin/contacts/{id}"] = Permission.ContactsRead, ["PUT /admin/contacts/{id}"] = Permission.ContactsUpdate,
        ["DELETE /admin/contacts/{id}"] = Permission.ContactsDelete,
        ["GET /admin/pipeline-stages"] = Permission.StagesRead, ["POST /admin/pipeline-stages"] = Permission.StagesManage,
        ["PUT /admin/pipeline-stages/{id}"] = Permission.StagesManage, ["DELETE /admin/pipeline-stages/{id}"] = Permission.StagesManage,
        ["GET /admin/deals"] = Permission.DealsRead, ["POST /admin/deals"] = Permission.DealsCreate,
        ["GET /admin/deals/{id}"] = Permission.DealsRead, ["PUT /admin/deals/{id}"] = Permission.DealsUpdate,
        ["PATCH /admin/deals/{id}"] = Permission.DealsUpdate, ["DELETE /admin/deals/{id}"] = Permission.DealsDelete,
        ["GET /admin/deals/{id}/stage-history"] = Permission.DealsRead,
        ["GET /admin/activities"] = Permission.ActivitiesRead, ["POST /admin/activities"] = Permission.ActivitiesCreate,
        ["GET /admin/activities/{id}"] = Permission.ActivitiesRead, ["PUT /admin/activities/{id}"] = Permission.ActivitiesUpdate,
        ["PATCH /admin/activities/{id}"] = Permission.ActivitiesUpdate, ["DELETE /admin/activities/{id}"] = Permission.ActivitiesDelete,
        ["GET /admin/me/activities"] = Permission.ActivitiesRead,
        ["GET /admin/customers/{id}/notes"] = Permission.NotesRead, ["POST /admin/customers/{id}/notes"] = Permission.NotesCreate,
        ["GET /admin/deals/{id}/notes"] = Permission.NotesRead, ["POST /admin/deals/{id}/notes"] = Permission.NotesCreate,
        ["GET /admin/notes/{id}"] = Permission.NotesRead, ["PUT /admin/notes/{id}"] = Permission.NotesUpdate,
        ["DELETE /admin/notes/{id}"] = Permission.NotesDelete,
        ["GET /admin/tags"] = Permission.TagsRead, ["POST /admin/tags"] = Permission.TagsManage,
        ["GET /admin/tags/{id}"] = Permission.TagsRead, ["PUT /admin/tags/{id}"] = Permission.TagsManage,
        ["DELETE /admin/tags/{id}"] = Permission.TagsManage,
        ["POST /admin/customers/{id}/tags/{tag_id}"] = Permission.TagsAssign, ["DELETE /admin/customers/{id}/tags/{tag_id}"] = Permission.TagsAssign,
        ["PUT /admin/customers/{id}/tags"] = Permission.TagsAssign,
        ["GET /admin/reports/overview"] = Permission.ReportsRead,
        ["GET /admin/audit-logs"] = Permission.AuditLogsRead, ["GET /admin/audit-logs/{id}"] = Permission.AuditLogsRead,
        // Attachments: under a record, that record's permission; by attachment id, the record's permission is checked once it is loaded.
        ["POST /admin/customers/{id}/attachments"] = Permission.CustomersUpdate, ["GET /admin/customers/{id}/attachments"] = Permission.CustomersRead,
        ["POST /admin/deals/{id}/attachments"] = Permission.DealsUpdate, ["GET /admin/deals/{id}/attachments"] = Permission.DealsRead,
        ["POST /admin/activities/{id}/attachments"] = Permission.ActivitiesUpdate, ["GET /admin/activities/{id}/attachments"] = Permission.ActivitiesRead,
        ["GET /admin/attachments/{id}"] = Permission.Authenticated, ["GET /admin/attachments/{id}/download"] = Permission.Authenticated,
        ["DELETE /admin/attachments/{id}"] = Permission.Authenticated,
        // A signed download link: its signature is the credential (Attachments/AttachmentLinkTests).
        ["GET /attachments/{id}/download"] = null,
        ["GET /admin/events"] = Permission.EventsRead,
        ["GET /admin/webhooks"] = Permission.WebhooksManage, ["POST /admin/webhooks"] = Permission.WebhooksManage,
        ["GET /admin/webhooks/{id}"] = Permission.WebhooksManage, ["PUT /admin/webhooks/{id}"] = Permission.WebhooksManage,
        ["DELETE /admin/webhooks/{id}"] = Permission.WebhooksManage, ["POST /admin/webhooks/{id}/rotate-secret"] = Permission.WebhooksManage,
        ["POST /admin/webhooks/{id}/test"] = Permission.WebhooksManage, ["GET /admin/webhooks/{id}/deliveries"] = Permission.WebhooksManage,
        ["POST /admin/webhooks/{id}/deliveries/{delivery_id}/retry"] = Permission.WebhooksManage,
        // Data in and out (contract section 9).
        ["POST /admin/imports"] = Permission.ImportsCreate, ["GET /admin/imports/{id}"] = Permission.JobsRead,
        ["GET /admin/jobs"] = Permission.JobsRead, ["GET /admin/jobs/{id}"] = Permission.JobsRead,
        ["POST /admin/jobs/{id}/cancel"] = Permission.JobsRead, ["GET /admin/jobs/{id}/errors"] = Permission.JobsRead,
        ["GET /admin/customers/export"] = Permission.RecordsExport, ["GET /admin/contacts/export"] = Permission.RecordsExport,
        ["GET /admin/deals/export"] = Permission.RecordsExport, ["GET /admin/activities/export"] = Permission.RecordsExport,
        ["POST /admin/customers/bulk"] = Permission.RecordsBulk, ["POST /admin/deals/bulk"] = Permission.RecordsBulk,
        ["POST /admin/activities/bulk"] = Permission.RecordsBulk,
        ["GET /admin/custom-fields"] = Permission.CustomFieldsRead, ["POST /admin/custom-fields"] = Permission.CustomFieldsManage,
        ["GET /admin/custom-fields/schema"] = Permission.CustomFieldsRead,
        ["GET /admin/custom-fields/{id}"] = Permission.CustomFieldsRead, ["PUT /admin/custom-fields/{id}"] = Permission.CustomFieldsManage,
        ["DELETE /admin/custom-fields/{id}"] = Permission.CustomFieldsManage, ["POST /admin/custom-fields/{id}/restore"] = Permission.CustomFieldsManage,
        ["GET /admin/pipelines"] = Permission.PipelinesRead, ["POST /admin/pipelines"] = Permission.PipelinesManage,
        ["GET /admin/pipelines/{id}"] = Permission.PipelinesRead, ["PUT /admin/pipelines/{id}"] = Permission.PipelinesManage,
        ["DELETE /admin/pipelines/{id}"] = Permission.PipelinesManage,
    };

    List<(string Method, string Pattern, string? Permission)> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, Normalize(e.RoutePattern.RawText!), e.Metadata.GetMetadata<RequiredPermission>()?.Name)))
            .ToList();

    static string Normalize(string pattern) => pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;

    [Fact]
    public void EveryMappedRouteHasAnEntryAndDeclaresThatPermission()
    {
        var routes = Routes();
        foreach (var (method, pattern, permission) in routes)
        {
            Expected.ShouldContainKey($"{method} {pattern}", $"{method} {pattern} is mapped but has no entry in this matrix");
            permission.ShouldBe(Expected[$"{method} {pattern}"], $"{method} {pattern}");
        }
        routes.Select(r => $"{r.Method} {r.Pattern}").ShouldBe(Expected.Keys, ignoreOrder: true);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task EachRoleGetsExactlyWhatThePermissionTableImplies(string roleName)
    {
        var role = Enum.Parse<Role>(roleName, ignoreCase: true);
        var table = new PermissionTable(agentReadScopeOwn: false);
        var client = app.As(roleName, 700);
        var failures = new List<string>();

        foreach (var (method, pattern, permission) in Routes().Where(r => r.Pattern.StartsWith("/admin")))
        {
            var url = pattern.Replace("{id}", "999999").Replace("{tag_id}", "999999");
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            var status = (await client.SendAsync(request)).StatusCode;

            var allowed = table.ScopeOf(role, permission!) is not null;
            var ok = allowed
                ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError)
                : status == HttpStatusCode.Forbidden;
            if (!ok) failures.Add($"{roleName} {method} {url}: {(int)status}, expected {(allowed ? "allowed" : "403")}");
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryAdminRouteRefusesAMissingToken()
    {
        var client = app.CreateClient();
        foreach (var (method, pattern, _) in Routes().Where(r => r.Pattern.StartsWith("/admin")))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), pattern.Replace("{id}", "1").Replace("{tag_id}", "1")));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {pattern}");
        }
    }
}
