using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Tests.CustomFields;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.DataInOut;

/// <summary>
/// Custom fields in exports and imports through the real pipeline and job runner (contract sections 9 and 11): a
/// <c>cf.&lt;key&gt;</c> column per active field, text in CSV and typed in JSON Lines, imported with the API's own rules,
/// and a file exported and imported again changes nothing.
/// </summary>
public class CustomFieldDataTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    /// <summary>
    /// A field of each type: its definition's extra members, a value (JSON as the API stores it), the CSV cell an export
    /// writes for it (text; multi_select values separated by <c>;</c>; a cell starting with <c>-</c> gets the formula
    /// guard <c>'</c>), and a cell an import refuses.
    /// </summary>
    static readonly (string Type, string Extra, string Json, string Cell, string Bad)[] Types =
    [
        ("text", "{}", "\"Ada; Lovelace, \\\"Countess\\\"\"", "Ada; Lovelace, \"Countess\"", new string('x', 256)),
        ("long_text", "{}", "\"line one\\nline two\"", "line one\nline two", new string('x', 10_001)),
        ("number", "{\"filterable\":true}", "-12.5", "'-12.5", "abc"),
        ("currency", "{\"currency\":\"EUR\"}", "1234.99", "1234.99", "1.234"),
        ("date", "{}", "\"2028-02-29\"", "2028-02-29", "2026-02-30"),
        ("datetime", "{}", "\"2026-01-31T12:00:00.25Z\"", "2026-01-31T12:00:00.25Z", "31/01/2026 12:00"),
        ("boolean", "{}", "false", "false", "maybe"),
        ("select", Options, "\"b\"", "b", "c"),
        ("multi_select", Options, "[\"b\",\"a\"]", "b;a", "a;z"),
        ("url", "{}", "\"https://example.com/docs?x=1\"", "https://example.com/docs?x=1", "example.com"),
        ("email", "{}", "\"ada@example.com\"", "ada@example.com", "ada-at-example"),
        ("user", "{}", "7", "7", "-7"),
    ];

    const string Options = """{"options":[{"value":"a","label":"A"},{"value":"b","label":"B"}]}""";

    /// <summary>The columns of a customer's own record, before its custom fields (section 9).</summary>
    static readonly string[] RecordColumns = ["id", "name", "email", "phone", "company", "role", "status", "assigned_to", "contacted", "next_follow_up_at",
        "preferred_contact_method", "do_not_contact", "notes", "tags", "created_at", "updated_at", "deleted_at", "version", "external_id"];

    sealed record Field(long Id, string Type, string Key, string Json, string Cell, string Bad)
    {
        public string Column => $"cf.{Key}";
    }

    static string Tag() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A customers field of every type, created in the table's order.</summary>
    async Task<List<Field>> FieldsAsync()
    {
        var fields = new List<Field>();
        foreach (var (type, extra, json, cell, bad) in Types)
        {
            var key = FieldArrange.Key(type);
            var created = await app.Field("customers", key, type, JsonSerializer.Deserialize<JsonElement>(extra));
            fields.Add(new Field(created.Id(), type, key, json, cell, bad));
        }
        return fields;
    }

    static Field Of(List<Field> fields, string type) => fields.Single(f => f.Type == type);

    async Task<long> CustomerAsync(string name, string email, IReadOnlyDictionary<string, string> values)
    {
        var body = new JsonObject { ["name"] = name, ["email"] = email, ["custom_fields"] = CustomFields(values) };
        return (await (await app.Admin.PostJson("/admin/customers", body.ToJsonString())).ShouldHave(HttpStatusCode.Created)).Id();
    }

    static JsonObject CustomFields(IReadOnlyDictionary<string, string> values) =>
        new(values.Select(v => KeyValuePair.Create(v.Key, JsonNode.Parse(v.Value))));

    /// <summary>A customer's custom field values, each as compact JSON (so that equal values compare equal).</summary>
    async Task<Dictionary<string, string>> ValuesAsync(long id) =>
        (await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK)).Values()
        .ToDictionary(v => v.Key, v => Compact(v.Value));

    static string Compact(string json) => JsonNode.Parse(json)?.ToJsonString() ?? "null";

    static string Quoted(string cell) => $"\"{cell.Replace("\"", "\"\"")}\"";

    static List<JsonObject> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    static Dictionary<string, string> EmailMatch => new() { ["match_on"] = "email" };

    [Fact]
    public async Task ACsvExportHasACfColumnPerActiveFieldWithItsTextAndJsonLinesCarryTheTypedValue()
    {
        var t = Tag();
        var fields = await FieldsAsync();
        var (text, number) = (Of(fields, "text"), Of(fields, "number"));
        await CustomerAsync($"A {t}", $"a-{t}@example.com", fields.ToDictionary(f => f.Key, f => f.Json));
        await CustomerAsync($"B {t}", $"b-{t}@example.com", new Dictionary<string, string> { [text.Key] = "\"=1+2\"" });

        var csv = await app.Admin.GetStringAsync($"/admin/customers/export?search={t}&sort_by=name&sort_order=asc");
        var header = Csv.Records(csv)[0];
        header.Take(RecordColumns.Length).ShouldBe(RecordColumns);
        // Every other column is a custom field's (other tests' fields too), ours in the order they were defined.
        header.Skip(RecordColumns.Length).ShouldAllBe(c => c.StartsWith("cf."));
        header.Where(c => fields.Any(f => f.Column == c)).ShouldBe(fields.Select(f => f.Column));
        var rows = Csv.Parse(csv);
        rows.Select(r => r["name"]).ShouldBe([$"A {t}", $"B {t}"]);
        foreach (var field in fields) rows[0][field.Column].ShouldBe(field.Cell, field.Type);
        // No value is an empty cell; a formula is guarded as in every text cell.
        (rows[1][number.Column], rows[1][text.Column]).ShouldBe(("", "'=1+2"));

        var lines = Lines(await app.Admin.GetStringAsync($"/admin/customers/export?search={t}&sort_by=name&sort_order=asc&format=jsonl"));
        foreach (var field in fields) JsonNode.DeepEquals(lines[0][field.Column], JsonNode.Parse(field.Json)).ShouldBeTrue(field.Type);
        lines[1].ContainsKey(number.Column).ShouldBeTrue();
        lines[1][number.Column].ShouldBeNull();
        lines[1][text.Column]!.GetValue<string>().ShouldBe("=1+2");

        // fields= names custom fields too, and the columns come in the order asked for.
        var select = Of(fields, "select");
        var picked = Csv.Records(await app.Admin.GetStringAsync(
            $"/admin/customers/export?search={t}&sort_by=name&sort_order=asc&fields={number.Column},email,{select.Column}"));
        picked.ShouldBe([[number.Column, "email", select.Column], ["'-12.5", $"a-{t}@example.com", "b"], ["", $"b-{t}@example.com", ""]]);
        var picked2 = Lines(await app.Admin.GetStringAsync($"/admin/customers/export?search=a-{t}&format=jsonl&fields={select.Column},id"));
        picked2.Single().Select(p => p.Key).ShouldBe([select.Column, "id"]);
        // sort_by a filterable custom field, as the list does (no value sorts last ascending).
        Csv.Parse(await app.Admin.GetStringAsync($"/admin/customers/export?search={t}&sort_by={number.Column}&sort_order=asc&fields=name"))
            .Select(r => r["name"]).ShouldBe([$"A {t}", $"B {t}"]);

        await (await app.Admin.GetAsync($"/admin/customers/export?fields=email,cf.no_such_{t}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        // An archived field's values stay hidden: its column leaves the file and cannot be asked for.
        var flag = Of(fields, "boolean");
        await (await app.Admin.PutJson($"/admin/custom-fields/{flag.Id}", new { archived = true })).ShouldHave(HttpStatusCode.OK);
        Csv.Records(await app.Admin.GetStringAsync($"/admin/customers/export?search={t}"))[0].ShouldNotContain(flag.Column);
        (await (await app.Admin.GetAsync($"/admin/customers/export?fields=email,{flag.Column}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY"))
            .GetProperty("data").GetProperty("errors").TryGetProperty("fields", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task ContactsExportTheirCustomFieldsAndFilterByThem()
    {
        var key = FieldArrange.Key("tier");
        await app.Field("contacts", key, "select", JsonSerializer.Deserialize<JsonElement>(Options));
        var customer = await app.CustomerWith();
        foreach (var (name, tier) in new[] { ("Pat", "a"), ("Sam", "b") })
            await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts",
                new { first_name = name, custom_fields = new Dictionary<string, string> { [key] = tier } })).ShouldHave(HttpStatusCode.Created);

        var rows = Csv.Parse(await app.Admin.GetStringAsync($"/admin/contacts/export?customer_id={customer}&cf.{key}=b"));
        (rows.Single()["first_name"], rows.Single()[$"cf.{key}"]).ShouldBe(("Sam", "b"));
    }

    [Fact]
    public async Task ACsvImportReadsEveryTypeFromItsTextAndABadCellFailsOnlyItsRow()
    {
        var t = Tag();
        var fields = await FieldsAsync();
        string Row(string name, Func<Field, string> cell) =>
            $"{name} {t},{name}-{t}@example.com," + string.Join(",", fields.Select(f => Quoted(cell(f))));
        // The good row, a row with no values, then per type a row whose one bad cell is that type's.
        var csv = string.Join("\n", [
            "name,email," + string.Join(",", fields.Select(f => f.Column)),
            Row("good", f => f.Cell),
            Row("blank", _ => ""),
            .. fields.Select(bad => Row($"bad-{bad.Type.Replace('_', '-')}", f => f == bad ? f.Bad : f.Cell)),
        ]);

        var job = await app.Admin.ImportAsync("customers", "create", csv);

        (job.Count("created"), job.Count("failed")).ShouldBe((2, fields.Count));
        var errors = await app.Admin.ErrorsAsync(job.Id());
        errors.Select(e => (e["error_code"], e["error_field"])).ShouldBe(fields.Select(f => ("VALIDATION_FAILED", f.Column)));
        errors.Select(e => e["row_number"]).ShouldBe(fields.Select((_, i) => (i + 3).ToString()));
        // The errors file carries the cell as the file had it, ready to fix.
        errors.Single(e => e["error_field"] == Of(fields, "number").Column)[Of(fields, "number").Column].ShouldBe("abc");

        var good = await CustomerIdAsync($"good-{t}@example.com");
        (await ValuesAsync(good)).ShouldBe(fields.ToDictionary(f => f.Key, f => Compact(f.Json)), ignoreOrder: true);
        (await ValuesAsync(await CustomerIdAsync($"blank-{t}@example.com"))).ShouldBeEmpty();
        (await (await app.Admin.GetAsync($"/admin/customers?search=bad-number-{t}")).ShouldHave(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);

        // Update: an empty (or blank) cell leaves the value, \N clears it, text sets it.
        var (text, number, select, date) = (Of(fields, "text"), Of(fields, "number"), Of(fields, "select"), Of(fields, "date"));
        var update = $"email,{text.Column},{number.Column},{select.Column},{date.Column}\ngood-{t}@example.com,,\\N,a,\"  \"\n";
        var updated = await app.Admin.ImportAsync("customers", "update", update);
        (updated.Count("updated"), updated.Count("failed")).ShouldBe((1, 0));
        var values = await ValuesAsync(good);
        values.ShouldNotContainKey(number.Key);
        (values[text.Key], values[select.Key], values[date.Key]).ShouldBe((Compact(text.Json), "\"a\"", Compact(date.Json)));
    }

    async Task<long> CustomerIdAsync(string email)
    {
        var list = await (await app.Admin.GetAsync($"/admin/customers?search={Uri.EscapeDataString(email)}")).ShouldHave(HttpStatusCode.OK);
        return list.GetProperty("data").EnumerateArray().Single(c => c.Str("email") == email).Id();
    }

    [Fact]
    public async Task CfColumnsAndMappingsMustNameActiveFieldsAndJsonLinesRowsCarryTypedValues()
    {
        var t = Tag();
        var (number, tags) = (FieldArrange.Key("n"), FieldArrange.Key("m"));
        await app.Field("customers", number, "number");
        await app.Field("customers", tags, "multi_select", JsonSerializer.Deserialize<JsonElement>(Options));

        // A column or a mapping to a custom field that does not exist is refused with the file, before any row is read.
        var unknown = await (await app.Admin.PostImportAsync("customers", "create", $"name,email,cf.nope_{t}\nX,x-{t}@example.com,1\n"))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        unknown.ErrorFields().ShouldBe(["file"]);
        unknown.GetProperty("data").GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain($"cf.nope_{t}");
        (await (await app.Admin.PostImportAsync("customers", "create", $"name,email,Score\nX,x-{t}@example.com,1\n",
                options: new Dictionary<string, string> { ["mapping"] = $$"""{"Score":"cf.nope_{{t}}"}""" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).ErrorFields().ShouldContain("mapping");

        // A mapped column fills its field.
        var mapped = await app.Admin.ImportAsync("customers", "create", $"name,email,Score\nMapped {t},mapped-{t}@example.com,42.50\n",
            options: new Dictionary<string, string> { ["mapping"] = $$"""{"Score":"cf.{{number}}"}""" });
        mapped.Count("created").ShouldBe(1);
        (await ValuesAsync(await CustomerIdAsync($"mapped-{t}@example.com")))[number].ShouldBe("42.5");

        // JSON Lines carry typed values, checked as the API checks them: a number sent as a string is refused, as in a POST.
        var jsonl = string.Join("\n",
            new JsonObject { ["name"] = $"J {t}", ["email"] = $"j-{t}@example.com", [$"cf.{number}"] = 7, [$"cf.{tags}"] = new JsonArray("a", "b") }.ToJsonString(),
            new JsonObject { ["name"] = $"K {t}", ["email"] = $"k-{t}@example.com", [$"cf.{number}"] = "7" }.ToJsonString(),
            new JsonObject { ["name"] = $"L {t}", ["email"] = $"l-{t}@example.com", [$"cf.nope_{t}"] = 1 }.ToJsonString());
        var job = await app.Admin.ImportAsync("customers", "create", jsonl, fileName: "rows.jsonl");
        (job.Count("created"), job.Count("failed")).ShouldBe((1, 2));
        (await ValuesAsync(await CustomerIdAsync($"j-{t}@example.com"))).ShouldBe(new Dictionary<string, string> { [number] = "7", [tags] = "[\"a\",\"b\"]" }, ignoreOrder: true);
        (await app.Admin.ErrorsAsync(job.Id())).Select(e => (e["error_code"], e["error_field"]))
            .ShouldBe([("VALIDATION_FAILED", $"cf.{number}"), ("VALIDATION_FAILED", $"cf.nope_{t}")]);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task AnExportedFileImportsBackWithEveryValueUnchanged(string format)
    {
        var t = Tag();
        var fields = await FieldsAsync();
        var (text, number) = (Of(fields, "text"), Of(fields, "number"));
        var a = await CustomerAsync($"Round A {t}", $"round-a-{t}@example.com", fields.ToDictionary(f => f.Key, f => f.Json));
        var b = await CustomerAsync($"Round B {t}", $"round-b-{t}@example.com",
            new Dictionary<string, string> { [text.Key] = "\"=HYPERLINK(\\\"http://evil.example\\\")\"", [number.Key] = "0.001" });
        var before = (A: await ValuesAsync(a), B: await ValuesAsync(b));
        var file = await app.Admin.GetStringAsync($"/admin/customers/export?search={t}&format={format}");
        var name = $"customers.{format}";

        // Imported as it is, every row finds its record and every value reads back as the one stored.
        var first = await app.Admin.ImportAsync("customers", "upsert", file, name, EmailMatch);
        (first.Count("unchanged"), first.Count("updated"), first.Count("created"), first.Count("failed")).ShouldBe((2, 0, 0, 0));

        // After every value changed or cleared, the file puts back each one exactly (B's empty cells leave B's other keys alone).
        await (await app.Admin.PatchJson($"/admin/customers/{a}",
            new JsonObject { ["custom_fields"] = new JsonObject(fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)null))) }.ToJsonString()))
            .ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PatchJson($"/admin/customers/{b}", new JsonObject
        {
            ["custom_fields"] = new JsonObject { [text.Key] = "changed", [number.Key] = 2 },
        }.ToJsonString())).ShouldHave(HttpStatusCode.OK);
        (await ValuesAsync(a)).ShouldBeEmpty();

        var second = await app.Admin.ImportAsync("customers", "upsert", file, name, EmailMatch);
        (second.Count("updated"), second.Count("failed")).ShouldBe((2, 0));
        (await ValuesAsync(a)).ShouldBe(before.A, ignoreOrder: true);
        (await ValuesAsync(b)).ShouldBe(before.B, ignoreOrder: true);

        var third = await app.Admin.ImportAsync("customers", "upsert", file, name, EmailMatch);
        (third.Count("unchanged"), third.Count("updated"), third.Count("failed")).ShouldBe((2, 0, 0));
    }
}
