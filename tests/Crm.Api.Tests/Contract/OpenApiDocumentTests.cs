using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Contract;

public class OpenApiDocumentTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static readonly HashSet<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Crm.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Crm.slnx not found above the test binaries");
        }
    }

    [Fact]
    public async Task TheCommittedDocumentIsTheServedDocument()
    {
        var served = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        var committedPath = Path.Combine(RepositoryRoot, "openapi", "v1.json");
        // To refresh the committed copy after changing endpoints: UPDATE_OPENAPI=1 make test (or scripts/openapi.sh).
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committedPath)!);
            await File.WriteAllTextAsync(committedPath, served);
        }
        var committed = File.Exists(committedPath) ? await File.ReadAllTextAsync(committedPath) : "";
        (committed == served).ShouldBeTrue(
            "openapi/v1.json differs from the served document: regenerate it with `UPDATE_OPENAPI=1 make test` (or scripts/openapi.sh) and commit it");
    }

    [Fact]
    public async Task EveryMappedRouteIsDocumentedAndNothingElse()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var documented = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(op => Methods.Contains(op.Key.ToUpperInvariant()))
                .Select(op => $"{op.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            // The document itself is served by a route; the docs page is middleware (no route).
            .Where(route => route != "GET /openapi/{documentName}.json")
            .ToHashSet();

        mapped.Except(documented).ShouldBeEmpty("mapped but not documented");
        documented.Except(mapped).ShouldBeEmpty("documented but not mapped");
        documented.Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task EveryOperationDocumentsItsErrorsInTheEnvelopeWithCodes()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        foreach (var (path, operations) in document["paths"]!.AsObject())
            foreach (var (method, operation) in operations!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                var name = $"{method.ToUpperInvariant()} {path}";
                responses.ShouldContainKey("500", name);
                foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                {
                    var schema = response!["content"]!["application/json"]!["schema"]!;
                    schema["allOf"]![0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/Error", $"{name} {status}");
                    schema["allOf"]![1]!["properties"]!["code"]!["enum"]!.AsArray().Count.ShouldBeGreaterThan(0, $"{name} {status}");
                }
                if (path.StartsWith("/admin/"))
                {
                    responses.ShouldContainKey("401", name);
                    responses.ShouldContainKey("429", name);
                    operation["security"]!.AsArray().Count.ShouldBe(1, name);
                }
                if (path.Contains("{id}")) responses["400"]!.ToJsonString().ShouldContain("INVALID_ID", customMessage: name);
                if (operation["requestBody"] is not null)
                {
                    responses.ShouldContainKey("413", name);
                    responses.ShouldContainKey("415", name);
                }
            }
    }

    /// <summary>Every route says what it does (WithSummary) and the document says who may call it; every tag says what it groups.</summary>
    [Fact]
    public async Task EveryOperationHasASummaryAndADescriptionAndEveryTagADescription()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var tags = document["tags"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>());
        foreach (var (path, operations) in document["paths"]!.AsObject())
            foreach (var (method, operation) in operations!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                operation!["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{name} has no summary: add .WithSummary(...) to its route");
                operation["description"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
                foreach (var tag in operation["tags"]!.AsArray())
                    tags.GetValueOrDefault(tag!.GetValue<string>()).ShouldNotBeNullOrWhiteSpace($"tag {tag} of {name} has no description (ApiDocs.Tags)");
            }
    }

    /// <summary>Public routes say so with an empty security list; /admin routes need the bearer token.</summary>
    [Fact]
    public async Task PublicOperationsDeclareAnEmptySecurityList()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        document["paths"]!["/health"]!["get"]!["security"]!.AsArray().ShouldBeEmpty();
        foreach (var (path, operations) in document["paths"]!.AsObject())
            foreach (var (method, operation) in operations!.AsObject())
                operation!["security"]!.AsArray().Count.ShouldBe(path.StartsWith("/admin/") ? 1 : 0, $"{method} {path}");
    }

    /// <summary>What a generated client needs to type its calls: paging told apart, comma lists as arrays, field errors on 400s.</summary>
    [Fact]
    public async Task ListsQueriesAndValidationErrorsAreTypedForClients()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var list = document["paths"]!["/admin/customers"]!["get"]!;
        var page = list["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        page["discriminator"]!["propertyName"]!.GetValue<string>().ShouldBe("paging");
        document["components"]!["schemas"]!["ListResponseOfCustomerResponse"]!["properties"]!["paging"]!["enum"]!.ToJsonString().ShouldBe("""["offset"]""");
        document["components"]!["schemas"]!["CursorListResponseOfCustomerResponse"]!["properties"]!["paging"]!["enum"]!.ToJsonString().ShouldBe("""["cursor"]""");

        JsonNode Parameter(string name) => list["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;
        Parameter("status")["schema"]!["type"]!.GetValue<string>().ShouldBe("array");
        Parameter("status")["schema"]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["lead", "prospect", "active", "inactive", "churned"]);
        Parameter("status")["explode"]!.GetValue<bool>().ShouldBeFalse();
        Parameter("tags")["schema"]!["items"]!["type"]!.GetValue<string>().ShouldBe("integer");
        Parameter("contacted")["schema"]!["type"]!.GetValue<string>().ShouldBe("boolean");

        var invalid = list["responses"]!["400"]!["content"]!["application/json"]!["schema"]!["allOf"]![1]!["properties"]!["data"]!;
        invalid["anyOf"]![0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ValidationErrors");
        var changes = document["components"]!["schemas"]!["AuditLogResponse"]!["properties"]!["changes"]!["additionalProperties"]!;
        changes["required"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["new", "old"]);
    }

    /// <summary>Every example in the document is valid against the schema it illustrates.</summary>
    [Fact]
    public async Task EveryExampleMatchesItsSchema()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var validator = new SchemaValidator(document);
        var examples = 0;
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
            foreach (var example in schema!["examples"]?.AsArray() ?? [])
            {
                validator.Validate(schema, JsonDocument.Parse(example!.ToJsonString()).RootElement, name).ShouldBeEmpty();
                examples++;
            }
        foreach (var core in new[] { "CustomerResponse", "ContactResponse", "DealResponse", "ActivityResponse", "NoteResponse", "TagResponse",
                     "PipelineStageResponse", "AttachmentResponse", "CustomerRequest", "DealRequest", "ActivityRequest" })
            document["components"]!["schemas"]![core]!["examples"].ShouldNotBeNull(core);
        examples.ShouldBeGreaterThan(20);
    }

    /// <summary>Each documented query parameter is one the handler reads: sent twice, it is refused by name.</summary>
    [Fact]
    public async Task EveryDocumentedQueryParameterIsReadByItsHandler()
    {
        var client = app.Admin;
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var (customer, deal) = await ArrangeParentsAsync(client);
        var activity = (await (await client.PostJson("/admin/activities", new { type = "call", title = "Parent", customer_id = customer }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var checkedCount = 0;
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            var get = operations!["get"];
            foreach (var parameter in get?["parameters"]?.AsArray().Where(p => p!["in"]!.GetValue<string>() == "query") ?? [])
            {
                var name = parameter!["name"]!.GetValue<string>();
                var url = path.Replace("/customers/{id}", $"/customers/{customer}").Replace("/deals/{id}", $"/deals/{deal}")
                    .Replace("/activities/{id}", $"/activities/{activity}").Replace("/webhooks/{id}", "/webhooks/1").Replace("{id}", "1");
                var response = await client.GetAsync($"{url}?{name}=1&{name}=2");
                var body = await response.ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
                body.GetProperty("data").GetProperty("errors").TryGetProperty(name, out _).ShouldBeTrue($"{path} {name}");
                checkedCount++;
            }
        }
        checkedCount.ShouldBeGreaterThan(60);
    }

    static async Task<(long Customer, long Deal)> ArrangeParentsAsync(HttpClient client)
    {
        var customer = (await (await client.PostJson("/admin/customers", new { name = "Q", email = "q@example.com" })).ShouldHave(HttpStatusCode.Created)).Id();
        var deal = (await (await client.PostJson("/admin/deals", new { title = "Q", customer_id = customer })).ShouldHave(HttpStatusCode.Created)).Id();
        return (customer, deal);
    }
}
