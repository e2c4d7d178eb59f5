using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Contract;

/// <summary>
/// Drives every documented operation once, as an admin, with the document's own request examples (wired to
/// records created on the way), and validates each request and response against the document: status, headers (each
/// required one present, each of the service's own declared, values of their type) and body. Every GET is asked again
/// with HEAD, and every /admin operation once without a token (its documented 401).
/// </summary>
/// <summary>The service with webhooks configured (a secret key), so that their operations answer as documented.</summary>
public class ContractFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["WEBHOOK_SECRET_KEY"] = "contract-webhook-secret-key-32-bytes-long" };
}

public class OperationContractTests(ContractFactory app) : IClassFixture<ContractFactory>
{
    /// <summary>Creations run first, in dependency order; their ids address every later operation.</summary>
    static readonly string[] Creations =
        ["CreateCustomField", "CreatePipeline", "CreateCustomer", "CreateTag", "CreatePipelineStage", "CreateContact", "CreateDeal", "CreateActivity", "CreateCustomerNote", "CreateDealNote",
         "UploadCustomerAttachment", "CreateWebhook", "TestWebhook", "CreateImport"];

    /// <summary>
    /// Operations whose outcome depends on timing beyond the test's control, with the documented error they may answer: a job
    /// may end before its cancel arrives.
    /// </summary>
    static readonly Dictionary<string, int> MayEndFirst = new() { ["CancelJob"] = 409 };

    /// <summary>Deletions run last, children before the customer whose delete cascades; restore brings it back; erasure then
    /// empties it (confirmed with the e-mail the customer was created with).</summary>
    static readonly string[] Endings =
        ["UnassignCustomerTag", "DeleteAttachment", "DeleteContact", "DeleteNote", "DeleteActivity", "DeleteDeal", "DeleteTag", "DeletePipelineStage", "DeleteCustomer", "RestoreCustomer",
         "EraseCustomer", "DeleteWebhook", "DeleteCustomField", "DeletePipeline"];

    /// <summary>The record each path's collection segment addresses.</summary>
    static readonly Dictionary<string, string> Collections = new()
    {
        ["customers"] = "CreateCustomer", ["contacts"] = "CreateContact", ["deals"] = "CreateDeal", ["activities"] = "CreateActivity",
        ["notes"] = "CreateCustomerNote", ["tags"] = "CreateTag", ["pipeline-stages"] = "CreatePipelineStage", ["audit-logs"] = "AuditLog",
        ["attachments"] = "UploadCustomerAttachment", ["webhooks"] = "CreateWebhook", ["jobs"] = "CreateImport", ["imports"] = "CreateImport",
        ["custom-fields"] = "CreateCustomField", ["pipelines"] = "CreatePipeline",
    };

    sealed record Operation(string Id, string Method, string Path, JsonNode Node);

    [Fact]
    public async Task EveryDocumentedOperationAnswersWhatItsSchemaSays()
    {
        var client = app.Admin;
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var validator = new SchemaValidator(document);
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => new Operation(o.Value!["operationId"]!.GetValue<string>(), o.Key.ToUpperInvariant(), p.Key, o.Value!)))
            .ToList();
        var ordered = Creations.Select(id => operations.Single(o => o.Id == id))
            .Concat(operations.Where(o => !Creations.Contains(o.Id) && !Endings.Contains(o.Id)).OrderBy(o => o.Id))
            .Concat(Endings.Select(id => operations.Single(o => o.Id == id)))
            .ToList();
        ordered.Select(o => o.Id).ShouldBe(operations.Select(o => o.Id), ignoreOrder: true);

        var ids = new Dictionary<string, long>();
        var problems = new List<string>();
        foreach (var operation in ordered)
        {
            if (operation.Id == "GetAuditLog") ids["AuditLog"] = await FirstAuditLogIdAsync();
            // A merge needs a duplicate to merge (the unmerge, run after it, undoes the customer merge).
            if (operation.Id == "MergeCustomer")
                ids["MergeSource"] = await CreatedIdAsync(client, "/admin/customers", new { name = "Merged Twin", email = "merged-twin@example.com" });
            if (operation.Id == "MergeContact")
                ids["MergeSource"] = await CreatedIdAsync(client, $"/admin/customers/{ids["CreateCustomer"]}/contacts", new { first_name = "Merged" });
            var path = Resolve(operation.Path, ids);
            // A signed link's query comes from the attachment's download_url, as a browser would get it.
            var linkQuery = operation.Node["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "signature") == true
                ? (await client.GetFromJsonAsync<JsonElement>($"/admin/attachments/{ids["UploadCustomerAttachment"]}")).GetProperty("download_url").GetString()!.Split('?')[1]
                : null;
            problems.AddRange(await DriveAsync(client, validator, operation, path, linkQuery, ids));
            // Lists also answer in cursor mode, the other alternative of their documented oneOf.
            if (operation.Node["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "paging") == true)
                problems.AddRange(await DriveAsync(client, validator, operation, path, "paging=cursor&page_size=1", ids));
            if (operation.Path.StartsWith("/admin/"))
                problems.AddRange(await DriveWithoutTokenAsync(validator, operation, path));
        }
        problems.ShouldBeEmpty();
    }

    /// <summary>The same operation without a token: the documented 401, in its documented shape.</summary>
    async Task<List<string>> DriveWithoutTokenAsync(SchemaValidator validator, Operation operation, string path)
    {
        var name = $"{operation.Id} ({operation.Method} {path}) without a token";
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), path));
        var documented = operation.Node["responses"]!["401"];
        if ((int)response.StatusCode != 401 || documented is null) return [$"{name}: answered {(int)response.StatusCode}, documented 401: {documented is not null}"];
        var problems = Headers(name, documented, response, operation.Node.Root);
        problems.AddRange(validator.Validate(documented["content"]!["application/json"]!["schema"]!,
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, name));
        return problems;
    }

    /// <summary>
    /// The response's headers against the documented ones: each required one is present, each header the service itself sets
    /// (a components/headers entry) is declared on this response, and integer headers hold integers.
    /// </summary>
    static List<string> Headers(string name, JsonNode documented, HttpResponseMessage response, JsonNode document)
    {
        var problems = new List<string>();
        var own = document["components"]!["headers"]!.AsObject().Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var declared = documented["headers"]?.AsObject().ToDictionary(h => h.Key, h => h.Value!["$ref"] is { } r
            ? document["components"]!["headers"]![r.GetValue<string>().Split('/')[^1]]!
            : h.Value!, StringComparer.OrdinalIgnoreCase) ?? [];
        string? Value(string header) => response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? string.Join(",", values) : null;

        foreach (var (header, schema) in declared)
        {
            var value = Value(header);
            if (value is null)
            {
                if (schema["required"]?.GetValue<bool>() == true) problems.Add($"{name}: required header {header} is missing");
                continue;
            }
            if (schema["schema"]?["type"]?.GetValue<string>() == "integer" && !long.TryParse(value, out _))
                problems.Add($"{name}: header {header} is '{value}', not an integer");
        }
        foreach (var header in own.Where(h => Value(h) is not null && !declared.ContainsKey(h)))
            problems.Add($"{name}: answered header {header}, which this response does not declare");
        return problems;
    }

    /// <summary>HEAD answers what GET answered, without the body: the same status, the same headers (bar the per-request ones).</summary>
    async Task<List<string>> CompareHeadAsync(HttpClient client, string name, string url, HttpResponseMessage get, byte[] body)
    {
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        var problems = new List<string>();
        if (head.StatusCode != get.StatusCode) problems.Add($"{name} HEAD: answered {(int)head.StatusCode}, GET {(int)get.StatusCode}");
        if ((await head.Content.ReadAsByteArrayAsync()).Length != 0) problems.Add($"{name} HEAD: answered a body");
        foreach (var header in new[] { "ETag", "Content-Disposition", "Location" })
        {
            var expected = get.Headers.TryGetValues(header, out var v) || get.Content.Headers.TryGetValues(header, out v) ? string.Join(",", v) : null;
            var actual = head.Headers.TryGetValues(header, out var w) || head.Content.Headers.TryGetValues(header, out w) ? string.Join(",", w) : null;
            if (expected != actual) problems.Add($"{name} HEAD: {header} is '{actual}', GET's was '{expected}'");
        }
        if (head.Content.Headers.ContentType?.ToString() != get.Content.Headers.ContentType?.ToString())
            problems.Add($"{name} HEAD: Content-Type {head.Content.Headers.ContentType}, GET's {get.Content.Headers.ContentType}");
        // The metrics count every request, the GET just made included: their length moves from one request to the next.
        if (head.Content.Headers.ContentLength is { } length && length != body.Length && !url.EndsWith("/metrics"))
            problems.Add($"{name} HEAD: Content-Length {length}, GET's body {body.Length} bytes");
        foreach (var header in new[] { "X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining" })
            if (get.Headers.Contains(header) != head.Headers.Contains(header)) problems.Add($"{name} HEAD: {header} present {head.Headers.Contains(header)}, on GET {get.Headers.Contains(header)}");
        return problems;
    }

    async Task<List<string>> DriveAsync(HttpClient client, SchemaValidator validator, Operation operation, string path, string? query,
        Dictionary<string, long> ids)
    {
        var problems = new List<string>();
        var name = $"{operation.Id} ({operation.Method} {path}{(query is null ? "" : "?" + query)})";
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), query is null ? path : $"{path}?{query}");
        if (operation.Node["requestBody"]?["content"]?["application/json"]?["schema"] is { } requestSchema)
        {
            var body = WireExample(Example(requestSchema, operation.Node.Root), ids);
            problems.AddRange(validator.Validate(requestSchema, JsonDocument.Parse(body.ToJsonString()).RootElement, $"{name} request"));
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        // An upload is sent as its document describes it: a small file in each binary part of the multipart body.
        if (operation.Node["requestBody"]?["content"]?["multipart/form-data"]?["schema"]?["properties"] is JsonObject parts)
        {
            var form = new MultipartFormDataContent();
            foreach (var (part, schema) in parts)
            {
                // A file part carries its example (an import's CSV) or a small text; other parts carry their example, if any.
                var example = schema!["examples"]?[0]?.GetValue<string>();
                if (schema["format"]?.GetValue<string>() == "binary")
                    form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(example ?? "contract check")), part, example is null ? "contract.txt" : "contract.csv");
                else if (example is not null) form.Add(new StringContent(example), part);
            }
            request.Content = form;
        }

        var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        var status = ((int)response.StatusCode).ToString();
        var documented = operation.Node["responses"]!.AsObject();
        var success = documented.Select(r => r.Key).Where(s => s[0] == '2').ToList();
        if (MayEndFirst.TryGetValue(operation.Id, out var allowed) && status == allowed.ToString())
            success.Add(status);
        if (!success.Contains(status))
        {
            problems.Add($"{name}: answered {status} ({text}), documented {string.Join(", ", success)}");
            return problems;
        }
        if (operation.Id.StartsWith("Create") || operation.Id.StartsWith("Upload") || operation.Id == "TestWebhook") ids[operation.Id] = JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
        problems.AddRange(Headers(name, documented[status]!, response, operation.Node.Root));
        if (operation.Method == "GET") problems.AddRange(await CompareHeadAsync(client, name, request.RequestUri!.ToString(), response, bytes));

        var content = documented[status]!["content"]?.AsObject();
        if (content is null)
        {
            if (text.Length != 0) problems.Add($"{name}: documented without a body, answered {text}");
            return problems;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!content.ContainsKey(mediaType) && !content.ContainsKey("*/*"))
        {
            problems.Add($"{name}: answered {mediaType}, documented {string.Join(", ", content.Select(c => c.Key))}");
            return problems;
        }
        if (mediaType == "application/json")
            problems.AddRange(validator.Validate(content[mediaType]!["schema"]!, JsonDocument.Parse(text).RootElement, name));
        return problems;
    }

    /// <summary>The example of a request schema (following its $ref).</summary>
    static JsonNode Example(JsonNode schema, JsonNode document)
    {
        var target = schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!
            : schema;
        return (target["examples"]?[0] ?? throw new InvalidOperationException($"No example for {schema.ToJsonString()}")).DeepClone();
    }

    /// <summary>Points the example's references at the records created so far.</summary>
    static JsonNode WireExample(JsonNode body, Dictionary<string, long> ids)
    {
        if (body is not JsonObject obj) return body;
        if (obj.ContainsKey("customer_id")) obj["customer_id"] = ids["CreateCustomer"];
        if (obj.ContainsKey("deal_id")) obj["deal_id"] = ids["CreateDeal"];
        if (obj.ContainsKey("contact_id")) obj["contact_id"] = ids["CreateContact"];
        if (obj.ContainsKey("tag_ids")) obj["tag_ids"] = new JsonArray(ids["CreateTag"]);
        if (obj.ContainsKey("source_id")) obj["source_id"] = ids["MergeSource"];
        return obj;
    }

    static async Task<long> CreatedIdAsync(HttpClient client, string url, object body) =>
        (await (await client.PostJson(url, body)).ShouldHave(HttpStatusCode.Created)).Id();

    static string Resolve(string template, Dictionary<string, long> ids)
    {
        var segments = template.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            // A creation that failed is reported as a problem; its dependants then address a missing record.
            if (segments[i] == "{id}") segments[i] = ids.GetValueOrDefault(Collections[segments[i - 1]], 999_999).ToString();
            else if (segments[i] == "{tag_id}") segments[i] = ids["CreateTag"].ToString();
            // The delivery of the test ping sent before.
            else if (segments[i] == "{delivery_id}") segments[i] = ids.GetValueOrDefault("TestWebhook", 999_999).ToString();
        }
        return string.Join('/', segments);
    }

    async Task<long> FirstAuditLogIdAsync()
    {
        await using var connection = app.OpenConnection();
        await using var command = new Npgsql.NpgsqlCommand("SELECT min(id) FROM audit_logs", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
