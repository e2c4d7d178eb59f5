using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.CustomFields;

/// <summary>Lists filter by <c>cf.key</c> (any of), <c>_min</c>/<c>_max</c>, <c>_empty</c> and sort by a filterable field (contract section 11).</summary>
public class CustomFieldFilterTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    /// <summary>A filterable type, its definition's extra members, three values in ascending order (JSON) and as query text.</summary>
    public static TheoryData<string, string, string[], string[]> Ordered => new()
    {
        { "number", "{}", ["1.5", "2", "10"], ["1.5", "2", "10"] },
        { "currency", "{\"currency\":\"USD\"}", ["0.5", "20", "300.25"], ["0.5", "20", "300.25"] },
        { "date", "{}", ["\"2026-01-02\"", "\"2026-02-01\"", "\"2027-01-01\""], ["2026-01-02", "2026-02-01", "2027-01-01"] },
        { "datetime", "{}", ["\"2026-01-01T00:00:00Z\"", "\"2026-01-01T12:00:00Z\"", "\"2026-06-01T00:00:00Z\""],
            ["2026-01-01T00:00:00Z", "2026-01-01T13:00:00+01:00", "2026-06-01T00:00:00Z"] },
        { "text", "{}", ["\"apple\"", "\"banana\"", "\"cherry\""], ["apple", "banana", "cherry"] },
        { "long_text", "{}", ["\"a\"", "\"b\"", "\"c\""], ["a", "b", "c"] },
        { "select", "{\"options\":[{\"value\":\"c\",\"label\":\"C\"},{\"value\":\"a\",\"label\":\"A\"},{\"value\":\"b\",\"label\":\"B\"}]}",
            ["\"a\"", "\"b\"", "\"c\""], ["a", "b", "c"] },
        { "url", "{}", ["\"https://a.example\"", "\"https://b.example\"", "\"https://c.example\""], ["https://a.example", "https://b.example", "https://c.example"] },
        { "email", "{}", ["\"a@x.example\"", "\"b@x.example\"", "\"c@x.example\""], ["a@x.example", "b@x.example", "c@x.example"] },
        { "user", "{}", ["1", "2", "30"], ["1", "2", "30"] },
    };

    static readonly string[] Ranged = ["number", "currency", "date", "datetime"];

    [Theory]
    [MemberData(nameof(Ordered))]
    public async Task EveryFilterableTypeFiltersAndSorts(string type, string extra, string[] values, string[] texts)
    {
        var (key, group) = (FieldArrange.Key("k"), FieldArrange.Key("g"));
        await app.Field("customers", group, "text");
        var field = await app.Field("customers", key, type, MergeFilterable(extra));
        (await app.Ready(field.Id())).Str("index_state").ShouldBe("ready");
        // Created out of order, and one without a value.
        var third = await Create(group, key, values[2]);
        var first = await Create(group, key, values[0]);
        var second = await Create(group, key, values[1]);
        var empty = await Create(group, key, null);
        async Task<List<long>> Ids(string query) =>
            (await (await app.Admin.GetAsync($"/admin/customers?cf.{group}=g&page_size=100&{query}")).ShouldHave(HttpStatusCode.OK))
                .GetProperty("data").EnumerateArray().Select(c => c.Id()).ToList();
        static string e(string value) => Uri.EscapeDataString(value);

        (await Ids($"cf.{key}={e(texts[1])}")).ShouldBe([second]);
        (await Ids($"cf.{key}={e(texts[0])},{e(texts[2])}&sort_by=cf.{key}&sort_order=asc")).ShouldBe([first, third]);
        (await Ids($"sort_by=cf.{key}&sort_order=asc")).ShouldBe([first, second, third, empty]);
        (await Ids($"sort_by=cf.{key}&sort_order=desc")).ShouldBe([empty, third, second, first]);
        (await Ids($"cf.{key}_empty=true")).ShouldBe([empty]);
        (await Ids($"cf.{key}_empty=false&sort_by=cf.{key}&sort_order=asc")).ShouldBe([first, second, third]);
        (await Pages($"/admin/customers?cf.{group}=g&sort_by=cf.{key}&sort_order=desc&page_size=1")).ShouldBe([empty, third, second, first]);
        if (Ranged.Contains(type))
        {
            (await Ids($"cf.{key}_min={e(texts[1])}&sort_by=cf.{key}&sort_order=asc")).ShouldBe([second, third]);
            (await Ids($"cf.{key}_max={e(texts[1])}&sort_by=cf.{key}&sort_order=asc")).ShouldBe([first, second]);
            (await Ids($"cf.{key}_min={e(texts[1])}&cf.{key}_max={e(texts[1])}")).ShouldBe([second]);
        }
        else
        {
            (await (await app.Admin.GetAsync($"/admin/customers?cf.{key}_min={e(texts[1])}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY"))
                .ErrorFields().ShouldBe([$"cf.{key}_min"]);
        }
    }

    async Task<long> Create(string group, string key, string? value)
    {
        var unique = Guid.NewGuid().ToString("N");
        var fields = value is null ? $$$"""{"{{{group}}}":"g"}""" : $$$"""{"{{{group}}}":"g","{{{key}}}":{{{value}}}}""";
        var body = $$$"""{"name":"C {{{unique[..6]}}}","email":"{{{unique}}}@example.com","custom_fields":{{{fields}}}}""";
        return (await (await app.Admin.PostJson("/admin/customers", body)).ShouldHave(HttpStatusCode.Created)).Id();
    }

    /// <summary>Every row of a cursor-paged list, following next_cursor (bounded).</summary>
    async Task<List<long>> Pages(string url)
    {
        var ids = new List<long>();
        string? cursor = null;
        for (var page = 0; page < 20; page++)
        {
            var answer = await (await app.Admin.GetAsync(url + (cursor is null ? "&paging=cursor" : $"&cursor={cursor}"))).ShouldHave(HttpStatusCode.OK);
            ids.AddRange(answer.GetProperty("data").EnumerateArray().Select(c => c.Id()));
            if (answer.GetProperty("next_cursor").GetString() is not { } next) return ids;
            cursor = next;
        }
        throw new InvalidOperationException("the cursor never ended");
    }

    static JsonElement MergeFilterable(string extra)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(extra)!.AsObject();
        node["filterable"] = true;
        return JsonSerializer.SerializeToElement(node);
    }

    [Fact]
    public async Task MultiSelectBooleanAndUserFieldsFilterByTheirValues()
    {
        var (tags, flag, owner, group) = (FieldArrange.Key("m"), FieldArrange.Key("b"), FieldArrange.Key("u"), FieldArrange.Key("g"));
        await app.Field("customers", group, "text");
        await app.Field("customers", tags, "multi_select", new { filterable = true, options = new[] { new { value = "x", label = "X" }, new { value = "y", label = "Y" }, new { value = "z", label = "Z" } } });
        await app.Field("customers", flag, "boolean", new { filterable = true });
        await app.Field("customers", owner, "user");
        var xy = await app.CustomerWith(new Dictionary<string, object> { [group] = "g", [tags] = new[] { "x", "y" }, [flag] = true, [owner] = 1 });
        var z = await app.CustomerWith(new Dictionary<string, object> { [group] = "g", [tags] = new[] { "z" }, [flag] = false, [owner] = 2 });
        async Task<List<long>> Ids(string query) =>
            (await (await app.Admin.GetAsync($"/admin/customers?cf.{group}=g&{query}")).ShouldHave(HttpStatusCode.OK))
                .GetProperty("data").EnumerateArray().Select(c => c.Id()).Order().ToList();

        (await Ids($"cf.{tags}=y")).ShouldBe([xy]);
        (await Ids($"cf.{tags}=y,z")).ShouldBe(new[] { xy, z }.Order().ToList());
        (await Ids($"cf.{flag}=false")).ShouldBe([z]);
        (await Ids($"cf.{flag}=true&sort_by=cf.{flag}")).ShouldBe([xy]);
        // user 1 is the admin calling: me.
        (await Ids($"cf.{owner}=me")).ShouldBe([xy]);
        (await (await app.Admin.GetAsync($"/admin/customers?sort_by=cf.{tags}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY"))
            .ErrorFields().ShouldBe(["sort_by"]);
        (await (await app.Admin.GetAsync($"/admin/customers?cf.{tags}=w")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY"))
            .ErrorFields().ShouldBe([$"cf.{tags}"]);
    }

    [Theory]
    [InlineData("cf.{plain}_empty=true", "cf.{plain}_empty")]
    [InlineData("cf.{plain}_min=1", "cf.{plain}_min")]
    [InlineData("sort_by=cf.{plain}", "sort_by")]
    [InlineData("cf.nothing_here=1", "cf.nothing_here")]
    [InlineData("sort_by=cf.nothing_here", "sort_by")]
    [InlineData("cf.{plain}=many", "cf.{plain}")]
    public async Task UnknownKeysAndUsesThatNeedAFilterableFieldAreRefused(string query, string parameter)
    {
        var plain = FieldArrange.Key("p");
        await app.Field("customers", plain, "number");

        var refused = await (await app.Admin.GetAsync($"/admin/customers?{query.Replace("{plain}", plain)}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");

        refused.ErrorFields().ShouldBe([parameter.Replace("{plain}", plain)]);
    }

    [Fact]
    public async Task AFieldThatIsNotFilterableStillFiltersByEquality()
    {
        var plain = FieldArrange.Key("p");
        await app.Field("customers", plain, "number");
        var id = await app.CustomerWith(new Dictionary<string, object> { [plain] = 42 });

        var list = await (await app.Admin.GetAsync($"/admin/customers?cf.{plain}=42")).ShouldHave(HttpStatusCode.OK);

        list.GetProperty("data").EnumerateArray().Select(c => c.Id()).ShouldBe([id]);
    }

    [Theory]
    [InlineData("deals")]
    [InlineData("activities")]
    [InlineData("contacts")]
    public async Task TheOtherListsFilterAndSortByTheirOwnFields(string entity)
    {
        var key = FieldArrange.Key("o");
        var field = await app.Field(entity, key, "number", new { filterable = true });
        await app.Ready(field.Id());
        var customer = await app.CustomerWith();
        var created = new List<long>();
        foreach (var value in new[] { 3, 1, 2 })
        {
            var (url, body) = entity switch
            {
                "deals" => ("/admin/deals", $$$"""{"title":"D","customer_id":{{{customer}}},"custom_fields":{"{{{key}}}":{{{value}}}}}"""),
                "activities" => ("/admin/activities", $$$"""{"type":"task","title":"T","customer_id":{{{customer}}},"custom_fields":{"{{{key}}}":{{{value}}}}}"""),
                _ => ($"/admin/customers/{customer}/contacts", $$$"""{"first_name":"F","custom_fields":{"{{{key}}}":{{{value}}}}}"""),
            };
            created.Add((await (await app.Admin.PostJson(url, body)).ShouldHave(HttpStatusCode.Created)).Id());
        }
        var list = entity == "contacts" ? $"/admin/customers/{customer}/contacts" : $"/admin/{entity}";

        var sorted = await (await app.Admin.GetAsync($"{list}?cf.{key}_min=2&sort_by=cf.{key}&sort_order=desc")).ShouldHave(HttpStatusCode.OK);

        sorted.GetProperty("data").EnumerateArray().Select(r => r.Id()).ShouldBe([created[0], created[2]]);
    }
}
