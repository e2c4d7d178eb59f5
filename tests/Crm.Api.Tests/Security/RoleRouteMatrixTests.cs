using System.Net;
using Crm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Security;

/// <summary>
/// Every mapped route, called as every role, against the answers of contract section 3 written out below (not read
/// from the service's permission table): a role the contract forbids gets exactly 403; a role it allows gets past
/// authorization (never 401, 403 or 500; records that do not exist answer 404), so a change of a success status
/// (204 → 200) does not matter. A new route fails here until someone writes down who may call it.
/// </summary>
public class RoleRouteMatrixTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    /// <summary>admin, manager, agent: A = allowed, F = forbidden (403). Agents' "own" rules are record-level (404/403 on a
    /// record), not route-level: an agent may call PUT /admin/customers/{id}; whether for this customer is another test.</summary>
    static readonly Dictionary<string, string> Contract = new()
    {
        ["GET /admin/me"] = "AAA",
        ["GET /admin/customers"] = "AAA", ["POST /admin/customers"] = "AAA",
        ["GET /admin/customers/{id}"] = "AAA", ["PUT /admin/customers/{id}"] = "AAA", ["PATCH /admin/customers/{id}"] = "AAA",
        ["DELETE /admin/customers/{id}"] = "AAF", ["POST /admin/customers/{id}/restore"] = "AAF",
        ["GET /admin/customers/{id}/contacts"] = "AAA", ["POST /admin/customers/{id}/contacts"] = "AAA",
        ["GET /admin/contacts/{id}"] = "AAA", ["PUT /admin/contacts/{id}"] = "AAA", ["DELETE /admin/contacts/{id}"] = "AAF",
        ["GET /admin/pipeline-stages"] = "AAA", ["POST /admin/pipeline-stages"] = "AFF",
        ["PUT /admin/pipeline-stages/{id}"] = "AFF", ["DELETE /admin/pipeline-stages/{id}"] = "AFF",
        ["GET /admin/deals"] = "AAA", ["POST /admin/deals"] = "AAA",
        ["GET /admin/deals/{id}"] = "AAA", ["PUT /admin/deals/{id}"] = "AAA", ["PATCH /admin/deals/{id}"] = "AAA",
        ["DELETE /admin/deals/{id}"] = "AAF", ["GET /admin/deals/{id}/stage-history"] = "AAA",
        ["GET /admin/activities"] = "AAA", ["POST /admin/activities"] = "AAA",
        ["GET /admin/activities/{id}"] = "AAA", ["PUT /admin/activities/{id}"] = "AAA", ["PATCH /admin/activities/{id}"] = "AAA",
        ["DELETE /admin/activities/{id}"] = "AAF", ["GET /admin/me/activities"] = "AAA",
        ["GET /admin/customers/{id}/notes"] = "AAA", ["POST /admin/customers/{id}/notes"] = "AAA",
        ["GET /admin/deals/{id}/notes"] = "AAA", ["POST /admin/deals/{id}/notes"] = "AAA",
        // Agents edit and delete their own notes.
        ["GET /admin/notes/{id}"] = "AAA", ["PUT /admin/notes/{id}"] = "AAA", ["DELETE /admin/notes/{id}"] = "AAA",
        ["GET /admin/tags"] = "AAA", ["POST /admin/tags"] = "AAF",
        ["GET /admin/tags/{id}"] = "AAA", ["PUT /admin/tags/{id}"] = "AAF", ["DELETE /admin/tags/{id}"] = "AAF",
        // Agents assign tags on their own customers.
        ["POST /admin/customers/{id}/tags/{tag_id}"] = "AAA", ["DELETE /admin/customers/{id}/tags/{tag_id}"] = "AAA",
        ["PUT /admin/customers/{id}/tags"] = "AAA",
        ["GET /admin/reports/overview"] = "AAA",
        ["GET /admin/audit-logs"] = "AFF", ["GET /admin/audit-logs/{id}"] = "AFF",
        // Attachments follow their record: reading it, or updating it (agents: their own records).
        ["POST /admin/customers/{id}/attachments"] = "AAA", ["GET /admin/customers/{id}/attachments"] = "AAA",
        ["POST /admin/deals/{id}/attachments"] = "AAA", ["GET /admin/deals/{id}/attachments"] = "AAA",
        ["POST /admin/activities/{id}/attachments"] = "AAA", ["GET /admin/activities/{id}/attachments"] = "AAA",
        ["GET /admin/attachments/{id}"] = "AAA", ["GET /admin/attachments/{id}/download"] = "AAA", ["DELETE /admin/attachments/{id}"] = "AAA",
        // Section 10: the event feed and webhooks are the admin's.
        ["GET /admin/events"] = "AFF",
        ["GET /admin/webhooks"] = "AFF", ["POST /admin/webhooks"] = "AFF",
        ["GET /admin/webhooks/{id}"] = "AFF", ["PUT /admin/webhooks/{id}"] = "AFF", ["DELETE /admin/webhooks/{id}"] = "AFF",
        ["POST /admin/webhooks/{id}/rotate-secret"] = "AFF", ["POST /admin/webhooks/{id}/test"] = "AFF",
        ["GET /admin/webhooks/{id}/deliveries"] = "AFF", ["POST /admin/webhooks/{id}/deliveries/{delivery_id}/retry"] = "AFF",
        // Section 11: custom fields and pipelines are managed by the admin; every role reads the definitions its records carry.
        ["GET /admin/custom-fields"] = "AAA", ["POST /admin/custom-fields"] = "AFF", ["GET /admin/custom-fields/schema"] = "AAA",
        ["GET /admin/custom-fields/{id}"] = "AAA", ["PUT /admin/custom-fields/{id}"] = "AFF",
        ["DELETE /admin/custom-fields/{id}"] = "AFF", ["POST /admin/custom-fields/{id}/restore"] = "AFF",
        ["GET /admin/pipelines"] = "AAA", ["POST /admin/pipelines"] = "AFF",
        ["GET /admin/pipelines/{id}"] = "AAA", ["PUT /admin/pipelines/{id}"] = "AFF", ["DELETE /admin/pipelines/{id}"] = "AFF",
        // Section 3 (v2): imports for admins and managers; jobs readable by agents (their own); export for admins and managers
        // (AGENT_EXPORT off); bulk by ids for agents too (their own records, per item).
        ["POST /admin/imports"] = "AAF", ["GET /admin/imports/{id}"] = "AAA",
        ["GET /admin/jobs"] = "AAA", ["GET /admin/jobs/{id}"] = "AAA", ["POST /admin/jobs/{id}/cancel"] = "AAA", ["GET /admin/jobs/{id}/errors"] = "AAA",
        ["GET /admin/customers/export"] = "AAF", ["GET /admin/contacts/export"] = "AAF",
        ["GET /admin/deals/export"] = "AAF", ["GET /admin/activities/export"] = "AAF",
        // Section 3 (v2): erasing a customer's personal data is the admin's alone.
        ["POST /admin/customers/{id}/erase"] = "AFF",
        ["POST /admin/customers/bulk"] = "AAA", ["POST /admin/deals/bulk"] = "AAA", ["POST /admin/activities/bulk"] = "AAA",
        // Section 3 (v2): merge (and the duplicates it starts from) for admins and managers.
        ["GET /admin/customers/duplicates"] = "AAF", ["GET /admin/customers/{id}/contacts/duplicates"] = "AAF",
        ["POST /admin/customers/{id}/merge"] = "AAF", ["POST /admin/customers/{id}/unmerge"] = "AAF", ["POST /admin/contacts/{id}/merge"] = "AAF",
    };

    static readonly string[] Roles = ["admin", "manager", "agent"];

    /// <summary>The contract's row of a route; HEAD follows its GET.</summary>
    static string? RowOf(string method, string pattern) =>
        Contract.GetValueOrDefault($"{(method == "HEAD" ? "GET" : method)} {pattern}");

    List<(string Method, string Pattern)> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, Normalize(e.RoutePattern.RawText!))))
            .ToList();

    static string Normalize(string pattern) => pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;

    [Fact]
    public void EveryMappedAdminRouteHasARowAndEveryRowIsMapped()
    {
        var routes = Routes().Where(r => r.Pattern.StartsWith("/admin")).ToList();
        routes.Where(r => RowOf(r.Method, r.Pattern) is null).Select(r => $"{r.Method} {r.Pattern}")
            .ShouldBeEmpty("mapped without a row in this matrix: write down who may call it");
        Contract.Keys.Except(routes.Select(r => $"{r.Method} {r.Pattern}")).ShouldBeEmpty("rows for routes that are not mapped");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task EachRoleGetsWhatTheContractSays(string role)
    {
        var client = app.As(role, 700);
        var column = Array.IndexOf(Roles, role);
        var failures = new List<string>();

        foreach (var (method, pattern) in Routes().Where(r => r.Pattern.StartsWith("/admin")))
        {
            var url = pattern.Replace("{id}", "999999").Replace("{tag_id}", "999999").Replace("{delivery_id}", "999999");
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            var status = (await client.SendAsync(request)).StatusCode;

            var allowed = RowOf(method, pattern)![column] == 'A';
            var ok = allowed
                ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError)
                : status == HttpStatusCode.Forbidden;
            if (!ok) failures.Add($"{role} {method} {url}: {(int)status}, expected {(allowed ? "allowed" : "403")}");
        }
        failures.ShouldBeEmpty();
    }

    /// <summary>Contract section 3: a correctly signed token whose role is not a CRM role (a CMS editor) is 403 on every
    /// /admin route, /admin/me included: the Console signs out on 401, and must not for a CMS user without CRM access.</summary>
    [Theory]
    [InlineData("editor")]
    public async Task ACmsRoleWithoutCrmAccessIsForbiddenEverywhere(string role)
    {
        var client = app.As(role, 701);
        var failures = new List<string>();
        foreach (var (method, pattern) in Routes().Where(r => r.Pattern.StartsWith("/admin")))
        {
            var url = pattern.Replace("{id}", "999999").Replace("{tag_id}", "999999").Replace("{delivery_id}", "999999");
            var status = (await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url))).StatusCode;
            if (status != HttpStatusCode.Forbidden) failures.Add($"{role} {method} {url}: {(int)status}, expected 403");
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryAdminRouteRefusesAMissingToken()
    {
        var client = app.CreateClient();
        foreach (var (method, pattern) in Routes().Where(r => r.Pattern.StartsWith("/admin")))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), pattern.Replace("{id}", "1").Replace("{tag_id}", "1").Replace("{delivery_id}", "1")));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {pattern}");
        }
    }
}
