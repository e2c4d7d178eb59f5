using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Contract;

/// <summary>
/// Drives every documented operation once, as an admin, with the document's own request examples (wired to
/// records created on the way), and validates each request and response body against its documented schema.
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
        ["CreateCustomer", "CreateTag", "CreatePipelineStage", "CreateContact", "CreateDeal", "CreateActivity", "CreateCustomerNote", "CreateDealNote",
         "UploadCustomerAttachment", "CreateWebhook", "TestWebhook"];

    /// <summary>Deletions run last, children before the customer whose delete cascades; restore brings it back.</summary>
    static readonly string[] Endings =
        ["UnassignCustomerTag", "DeleteAttachment", "DeleteContact", "DeleteNote", "DeleteActivity", "DeleteDeal", "DeleteTag", "DeletePipelineStage", "DeleteCustomer", "RestoreCustomer",
         "DeleteWebhook"];

    /// <summary>The record each path's collection segment addresses.</summary>
    static readonly Dictionary<string, string> Collections = new()
    {
        ["customers"] = "CreateCustomer", ["contacts"] = "CreateContact", ["deals"] = "CreateDeal", ["activities"] = "CreateActivity",
        ["notes"] = "CreateCustomerNote", ["tags"] = "CreateTag", ["pipeline-stages"] = "CreatePipelineStage", ["audit-logs"] = "AuditLog",
        ["attachments"] = "UploadCustomerAttachment", ["webhooks"] = "CreateWebhook",
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
            var path = Resolve(operation.Path, ids);
            problems.AddRange(await DriveAsync(client, validator, operation, path, null, ids));
            // Lists also answer in cursor mode, the other alternative of their documented oneOf.
            if (operation.Node["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "paging") == true)
                problems.AddRange(await DriveAsync(client, validator, operation, path, "paging=cursor&page_size=1", ids));
        }
        problems.ShouldBeEmpty();
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
            foreach (var (part, _) in parts.Where(p => p.Value!["format"]?.GetValue<string>() == "binary"))
                form.Add(new ByteArrayContent("contract check"u8.ToArray()), part, "contract.txt");
            request.Content = form;
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = ((int)response.StatusCode).ToString();
        var documented = operation.Node["responses"]!.AsObject();
        var success = documented.Select(r => r.Key).Where(s => s[0] == '2').ToList();
        if (!success.Contains(status))
        {
            problems.Add($"{name}: answered {status} ({text}), documented {string.Join(", ", success)}");
            return problems;
        }
        if (operation.Id.StartsWith("Create") || operation.Id.StartsWith("Upload") || operation.Id == "TestWebhook") ids[operation.Id] = JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();

        var content = documented[status]!["content"]?.AsObject();
        if (content is null)
        {
            if (text.Length != 0) problems.Add($"{name}: documented without a body, answered {text}");
            return problems;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!content.ContainsKey(mediaType))
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
        return obj;
    }

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
