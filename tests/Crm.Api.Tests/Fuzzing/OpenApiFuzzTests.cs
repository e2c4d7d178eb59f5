using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Tests.Contract;
using Crm.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Crm.Api.Tests.Fuzzing;

/// <summary>
/// Every operation of /openapi/v1.json, called with values made from its own schemas (valid and broken), as an admin,
/// an agent or nobody: no answer is a 5xx, every status is one the operation documents, and every JSON body matches the
/// schema documented for that status. Seeded and bounded (FUZZ_SEED, FUZZ_ROUNDS, FUZZ_SECONDS); a failure names the
/// seed and the request, so it can be replayed.
/// </summary>
public class OpenApiFuzzTests(OpenApiFuzzTests.FuzzFactory app, ITestOutputHelper output) : IClassFixture<OpenApiFuzzTests.FuzzFactory>
{
    public sealed class FuzzFactory : CrmFactory
    {
        // The rate limit is tested elsewhere; here it would only turn requests into 429s. Webhooks configured, so that
        // their operations run rather than answer 503 (tested without the key in Webhooks/).
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["RATE_LIMIT_PER_MINUTE"] = "1000000",
            ["WEBHOOK_SECRET_KEY"] = Webhooks.WebhookFactory.SecretKey,
        };
    }

    static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    sealed record Operation(string Method, string Path, JsonObject Node)
    {
        public override string ToString() => $"{Node["operationId"]} ({Method} {Path})";
    }

    /// <summary>A few records of each kind, so that small ids address something.</summary>
    async Task SeedAsync()
    {
        for (var i = 1; i <= 3; i++)
        {
            var customer = await (await app.Admin.PostJson("/admin/customers", new { name = $"Fuzz {i}", email = $"seed{i}@example.com" })).ShouldHave(System.Net.HttpStatusCode.Created);
            await app.Admin.PostJson("/admin/tags", new { name = $"seed {i}" });
            await app.Admin.PostJson($"/admin/customers/{customer.Id()}/contacts", new { first_name = $"Seed {i}" });
            var deal = await (await app.Admin.PostJson("/admin/deals", new { title = $"Seed {i}", customer_id = customer.Id() })).ShouldHave(System.Net.HttpStatusCode.Created);
            await app.Admin.PostJson("/admin/activities", new { type = "call", title = $"Seed {i}", customer_id = customer.Id(), deal_id = deal.Id() });
            await app.Admin.PostJson($"/admin/customers/{customer.Id()}/notes", new { content = $"Seed {i}" });
        }
    }

    [Fact]
    public async Task EveryOperationAnswersOnlyWhatItDocumentsWhateverItIsSent()
    {
        var seed = Setting("FUZZ_SEED", 20261129);
        var rounds = Setting("FUZZ_ROUNDS", 40);
        var budget = TimeSpan.FromSeconds(Setting("FUZZ_SECONDS", 180));
        await SeedAsync();
        var document = JsonNode.Parse(await app.Admin.GetStringAsync("/openapi/v1.json"))!;
        var validator = new SchemaValidator(document);
        var fuzzer = new SchemaFuzzer(document, new Random(seed));
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => new Operation(o.Key.ToUpperInvariant(), p.Key, o.Value!.AsObject())))
            .ToList();
        var clients = new[] { app.Admin, app.As("agent", 7), app.CreateClient() };

        var problems = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var (requests, completedRounds) = (0, 0);
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds && (round == 0 || clock.Elapsed < budget); round++, completedRounds++)
        {
            foreach (var operation in operations)
            {
                var client = fuzzer.Chance(80) ? clients[0] : fuzzer.Chance(50) ? clients[1] : clients[2];
                var (request, description) = Build(fuzzer, operation);
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                requests++;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                problems.AddRange(Check(validator, operation, response, status, text).Select(p => $"{description}: {p}"));
            }
        }

        var summary = $"fuzzer: seed {seed}, {requests} requests, {operations.Count} operations x {completedRounds} rounds in " +
            $"{clock.Elapsed.TotalSeconds:F0} s; statuses {string.Join(", ", statuses.Select(s => $"{s.Key} x {s.Value}"))}; " +
            $"{statuses.Where(s => s.Key >= 500).Sum(s => s.Value)} x 5xx, {problems.Count} problems";
        Figures.Report(output, summary);
        foreach (var problem in problems.Take(30)) output.WriteLine(problem);
        problems.Take(30).ShouldBeEmpty(summary);
    }

    static (HttpRequestMessage Request, string Description) Build(SchemaFuzzer fuzzer, Operation operation)
    {
        var path = string.Join('/', operation.Path.Split('/').Select(s => s.StartsWith('{') ? Uri.EscapeDataString(fuzzer.PathValue()) : s));
        var query = new List<string>();
        var headers = new List<(string, string)>();
        foreach (var parameter in operation.Node["parameters"]?.AsArray() ?? [])
        {
            if (!fuzzer.Chance(35)) continue;
            var name = parameter!["name"]!.GetValue<string>();
            var value = fuzzer.QueryValue(parameter["schema"]);
            switch (parameter["in"]!.GetValue<string>())
            {
                case "query": query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}"); break;
                case "header" when value.All(c => c is >= ' ' and < '\u007f'): headers.Add((name, value)); break;
            }
        }
        if (fuzzer.Chance(5)) query.Add($"unknown_{fuzzer.QueryValue(null).Length}=1");
        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        if (operation.Method is "PUT" or "PATCH" or "DELETE" && fuzzer.Chance(10))
            request.Headers.TryAddWithoutValidation("If-Match", fuzzer.Chance(50) ? "\"1\"" : "W/\"1\"");

        var content = operation.Node["requestBody"]?["content"]?.AsObject();
        var body = "";
        if (content?["application/json"]?["schema"] is { } schema)
        {
            body = fuzzer.Body(schema);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        else if (content?.ContainsKey("multipart/form-data") == true)
        {
            var form = new MultipartFormDataContent();
            if (fuzzer.Chance(80)) form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(fuzzer.QueryValue(null))), "file", fuzzer.Chance(80) ? "fuzz.txt" : "../\u202efdp.exe");
            request.Content = form;
        }
        if (request.Content is not null && fuzzer.Chance(3)) request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return (request, $"{operation} {operation.Method} {url} {(body.Length > 300 ? body[..300] + "…" : body)}");
    }

    static IEnumerable<string> Check(SchemaValidator validator, Operation operation, HttpResponseMessage response, int status, string text)
    {
        if (status >= 500) yield return $"answered {status}: {text}";
        var documented = operation.Node["responses"]!.AsObject();
        if (documented[status.ToString()] is not { } answer)
        {
            yield return $"answered {status}, which it does not document ({string.Join(", ", documented.Select(r => r.Key))}): {text}";
            yield break;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (answer["content"]?.AsObject() is not { } content)
        {
            if (text.Length > 0) yield return $"documented {status} without a body, answered {text}";
            yield break;
        }
        if (operation.Method == "HEAD") yield break;
        if (mediaType is null || !content.ContainsKey(mediaType))
        {
            yield return $"answered {status} as {mediaType}, documented {string.Join(", ", content.Select(c => c.Key))}";
            yield break;
        }
        if (mediaType != "application/json") yield break;
        foreach (var error in validator.Validate(content[mediaType]!["schema"]!, JsonDocument.Parse(text).RootElement, $"{status}"))
            yield return error;
    }
}
