using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Deals;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.CustomFields;

/// <summary>Values: validated by type on every write path, merged key by key, returned on every read (contract section 11).</summary>
public class CustomFieldValueTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    /// <summary>Type, the definition's extra members, a valid value as sent, as stored, and an invalid value.</summary>
    public static TheoryData<string, string, string, string, string> Types => new()
    {
        { "text", "{}", "\"  Ada  \"", "\"Ada\"", "42" },
        { "long_text", "{}", "\"line one\\nline two\"", "\"line one\\nline two\"", $"\"{new string('x', 10_001)}\"" },
        { "number", "{}", "12.50", "12.5", "\"12\"" },
        { "currency", "{\"currency\":\"EUR\"}", "99.99", "99.99", "1.234" },
        { "date", "{}", "\"2028-02-29\"", "\"2028-02-29\"", "\"2026-02-30\"" },
        { "datetime", "{}", "\"2026-01-31T13:00:00+01:00\"", "\"2026-01-31T12:00:00Z\"", "\"2026-01-31\"" },
        { "boolean", "{}", "true", "true", "\"yes\"" },
        { "select", "{\"options\":[{\"value\":\"a\",\"label\":\"A\"},{\"value\":\"b\",\"label\":\"B\"}]}", "\"b\"", "\"b\"", "\"c\"" },
        { "multi_select", "{\"options\":[{\"value\":\"a\",\"label\":\"A\"},{\"value\":\"b\",\"label\":\"B\"}]}", "[\"b\",\"a\"]", "[\"b\",\"a\"]", "[\"a\",\"a\"]" },
        { "url", "{}", "\"https://example.com/docs?x=1\"", "\"https://example.com/docs?x=1\"", "\"ftp://example.com/file\"" },
        { "email", "{}", "\"ada@example.com\"", "\"ada@example.com\"", "\"ada-at-example\"" },
        { "user", "{}", "7", "7", "0" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task EveryTypeIsValidatedOnPostPutAndPatch(string type, string extra, string valid, string stored, string invalid)
    {
        var key = FieldArrange.Key("v");
        await app.Field("customers", key, type, JsonSerializer.Deserialize<JsonElement>(extra));
        var email = $"{key}@example.com";
        string Body(string value) => $$$"""{"name":"Typed","email":"{{{email}}}","custom_fields":{"{{{key}}}":{{{value}}}}}""";
        string Values(string value) => $$$"""{"custom_fields":{"{{{key}}}":{{{value}}}}}""";

        var refused = await (await app.Admin.PostJson("/admin/customers", Body(invalid))).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        refused.ErrorFields().ShouldBe([$"custom_fields.{key}"]);
        (await (await app.Admin.GetAsync($"/admin/customers?search={email}")).ShouldHave(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);

        var created = await (await app.Admin.PostJson("/admin/customers", Body(valid))).ShouldHave(HttpStatusCode.Created);
        created.Values()[key].ShouldBe(stored);
        var id = created.Id();

        foreach (var method in new[] { "PUT", "PATCH" })
        {
            var send = method == "PUT" ? app.Admin.PutJson($"/admin/customers/{id}", Values(invalid)) : app.Admin.PatchJson($"/admin/customers/{id}", Values(invalid));
            (await (await send).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).ErrorFields().ShouldBe([$"custom_fields.{key}"], method);
        }
        (await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK)).Values()[key].ShouldBe(stored);

        var cleared = await (await app.Admin.PatchJson($"/admin/customers/{id}", Values("null"))).ShouldHave(HttpStatusCode.OK);
        cleared.Values().ShouldNotContainKey(key);
        var again = await (await app.Admin.PutJson($"/admin/customers/{id}", Values(valid))).ShouldHave(HttpStatusCode.OK);
        again.Values()[key].ShouldBe(stored);
    }

    [Theory]
    [InlineData("contacts")]
    [InlineData("deals")]
    [InlineData("activities")]
    public async Task EveryEntityValidatesItsOwnFieldsOnEachOfItsWritePaths(string entity)
    {
        var key = FieldArrange.Key("n");
        await app.Field(entity, key, "number");
        var customer = await app.CustomerWith();
        var (create, item) = entity switch
        {
            "contacts" => ($"/admin/customers/{customer}/contacts", "/admin/contacts/{0}"),
            "deals" => ("/admin/deals", "/admin/deals/{0}"),
            _ => ("/admin/activities", "/admin/activities/{0}"),
        };
        string Body(string value) => entity switch
        {
            "contacts" => $$$"""{"first_name":"Grace","custom_fields":{"{{{key}}}":{{{value}}}}}""",
            "deals" => $$$"""{"title":"Deal","customer_id":{{{customer}}},"custom_fields":{"{{{key}}}":{{{value}}}}}""",
            _ => $$$"""{"type":"call","title":"Call","customer_id":{{{customer}}},"custom_fields":{"{{{key}}}":{{{value}}}}}""",
        };
        string Values(string value) => $$$"""{"custom_fields":{"{{{key}}}":{{{value}}}}}""";

        (await (await app.Admin.PostJson(create, Body("\"many\""))).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .ErrorFields().ShouldBe([$"custom_fields.{key}"]);
        // A customer's field is not a field of this entity.
        var customerKey = FieldArrange.Key("c");
        await app.Field("customers", customerKey, "number");
        (await (await app.Admin.PostJson(create, Body("1").Replace($"\"{key}\"", $"\"{customerKey}\""))).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .ErrorFields().ShouldBe([$"custom_fields.{customerKey}"]);

        var created = await (await app.Admin.PostJson(create, Body("3"))).ShouldHave(HttpStatusCode.Created);
        created.Values()[key].ShouldBe("3");
        var url = string.Format(item, created.Id());

        var methods = entity == "contacts" ? new[] { "PUT" } : ["PUT", "PATCH"];
        foreach (var method in methods)
        {
            Task<HttpResponseMessage> Send(string body) => method == "PUT" ? app.Admin.PutJson(url, body) : app.Admin.PatchJson(url, body);
            (await (await Send(Values("true"))).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).ErrorFields().ShouldBe([$"custom_fields.{key}"], method);
            (await (await Send(Values(method == "PUT" ? "4" : "5"))).ShouldHave(HttpStatusCode.OK)).Values()[key].ShouldBe(method == "PUT" ? "4" : "5");
        }
        (await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK)).Values()[key].ShouldBe(methods.Length == 1 ? "4" : "5");
    }

    [Fact]
    public async Task UpdatesMergeKeyByKeyNullClearsAndBlankLeavesAValue()
    {
        var (a, b) = (FieldArrange.Key("a"), FieldArrange.Key("b"));
        await app.Field("customers", a, "text");
        await app.Field("customers", b, "text");
        var id = await app.CustomerWith(new Dictionary<string, object> { [a] = "one", [b] = "two" });

        var merged = await (await app.Admin.PutJson($"/admin/customers/{id}", $$$"""{"custom_fields":{"{{{a}}}":"uno"}}""")).ShouldHave(HttpStatusCode.OK);
        merged.Values()[a].ShouldBe("\"uno\"");
        merged.Values()[b].ShouldBe("\"two\"");
        var blank = await (await app.Admin.PatchJson($"/admin/customers/{id}", $$$"""{"custom_fields":{"{{{a}}}":"  ","{{{b}}}":null}}""")).ShouldHave(HttpStatusCode.OK);
        blank.Values()[a].ShouldBe("\"uno\"");
        blank.Values().ShouldNotContainKey(b);
        (await (await app.Admin.PatchJson($"/admin/customers/{id}", """{"custom_fields":null}""")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .ErrorFields().ShouldBe(["custom_fields"]);
        (await (await app.Admin.PatchJson($"/admin/customers/{id}", """{"custom_fields":["x"]}""")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .ErrorFields().ShouldBe(["custom_fields"]);
    }

    [Fact]
    public async Task RequiredAppliesOnCreateAndOnUpdateOnlyToTheKeysSent()
    {
        var key = FieldArrange.Key("r");
        // Records created before the field became required keep working.
        var older = await app.CustomerWith();
        var field = await app.Field("customers", key, "text", new { required = true });

        var missing = await (await app.Admin.PostJson("/admin/customers", new { name = "No", email = $"{key}@example.com" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        missing.ErrorFields().ShouldContain($"custom_fields.{key}");
        var created = await app.CustomerWith(new Dictionary<string, object> { [key] = "yes" });

        (await app.Admin.PatchJson($"/admin/customers/{older}", new { status = "active" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Admin.PatchJson($"/admin/customers/{created}", new { status = "active" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.Admin.PatchJson($"/admin/customers/{created}", $$$"""{"custom_fields":{"{{{key}}}":null}}""")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .ErrorFields().ShouldBe([$"custom_fields.{key}"]);

        // Archived, the field is no longer required (nor accepted).
        await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { archived = true })).ShouldHave(HttpStatusCode.OK);
        (await app.Admin.PostJson("/admin/customers", new { name = "Yes", email = $"{key}-2@example.com" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AGetAnswerSentBackAsItIsChangesNothing()
    {
        var key = FieldArrange.Key("e");
        await app.Field("customers", key, "datetime");
        var id = await app.CustomerWith(new Dictionary<string, object> { [key] = "2026-03-01T10:00:00+02:00" });
        var got = await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK);
        var before = app.AuditActions("customer", id).Count;

        var echoed = await (await app.Admin.PutJson($"/admin/customers/{id}", got.GetRawText())).ShouldHave(HttpStatusCode.OK);

        echoed.Values()[key].ShouldBe("\"2026-03-01T08:00:00Z\"");
        app.AuditActions("customer", id).Count.ShouldBe(before);
    }

    [Fact]
    public async Task ArchivedFieldsAreHiddenFromEveryReadAndRefusedOnWritesUntilUnarchived()
    {
        var (shown, hidden) = (FieldArrange.Key("s"), FieldArrange.Key("h"));
        await app.Field("customers", shown, "text");
        var field = await app.Field("customers", hidden, "text");
        var id = await app.CustomerWith(new Dictionary<string, object> { [shown] = "kept", [hidden] = "secret" });
        var deal = await app.Admin.Deal(id);

        await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { archived = true })).ShouldHave(HttpStatusCode.OK);

        var detail = await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK);
        detail.Values().Keys.ShouldBe([shown]);
        var list = await (await app.Admin.GetAsync($"/admin/customers?cf.{shown}=kept")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Single().Values().Keys.ShouldBe([shown]);
        var nested = await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);
        nested.GetProperty("customer").Values().Keys.ShouldBe([shown]);
        (await (await app.Admin.PatchJson($"/admin/customers/{id}", $$$"""{"custom_fields":{"{{{hidden}}}":"x"}}""")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .GetProperty("data").GetProperty("errors").GetProperty($"custom_fields.{hidden}")[0].GetString().ShouldBe("is an archived custom field");
        (await (await app.Admin.GetAsync($"/admin/customers?cf.{hidden}=secret")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY"))
            .ErrorFields().ShouldBe([$"cf.{hidden}"]);

        // The values were kept: unarchiving shows them again.
        await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { archived = false })).ShouldHave(HttpStatusCode.OK);
        (await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK)).Values()[hidden].ShouldBe("\"secret\"");
    }

    [Fact]
    public async Task AChangeIsAuditedAndEventedKeyByKey()
    {
        var (tier, seats) = (FieldArrange.Key("t"), FieldArrange.Key("n"));
        await app.Field("customers", tier, "select", new { options = new[] { new { value = "gold", label = "Gold" }, new { value = "silver", label = "Silver" } } });
        await app.Field("customers", seats, "number");
        var id = await app.CustomerWith(new Dictionary<string, object> { [tier] = "gold", [seats] = 10 });

        var patched = await app.Admin.PatchJson($"/admin/customers/{id}", $$$"""{"custom_fields":{"{{{tier}}}":"silver"}}""");
        await patched.ShouldHave(HttpStatusCode.OK);

        using (var db = app.OpenConnection())
        using (var read = new Npgsql.NpgsqlCommand("SELECT changes::text FROM audit_logs WHERE resource_type = 'customer' AND resource_id = @id AND action = 'update'", db))
        {
            read.Parameters.AddWithValue("id", id);
            var changes = JsonDocument.Parse((string)read.ExecuteScalar()!).RootElement;
            changes.EnumerateObject().Select(p => p.Name).ShouldBe([$"custom_fields.{tier}"]);
            changes.GetProperty($"custom_fields.{tier}").GetProperty("old").GetString().ShouldBe("gold");
            changes.GetProperty($"custom_fields.{tier}").GetProperty("new").GetString().ShouldBe("silver");
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement? updated = null;
        while (updated is null && DateTime.UtcNow < deadline)
        {
            var feed = await (await app.Admin.GetAsync("/admin/events?types=customer.updated&limit=100")).ShouldHave(HttpStatusCode.OK);
            updated = feed.GetProperty("data").EnumerateArray().Cast<JsonElement?>()
                .FirstOrDefault(e => e!.Value.GetProperty("resource").GetProperty("id").GetInt64() == id);
            if (updated is null) await Task.Delay(100);
        }
        updated.ShouldNotBeNull();
        var evented = updated.Value;
        evented.GetProperty("changes").EnumerateObject().Select(p => p.Name).ShouldBe([$"custom_fields.{tier}"]);
        evented.GetProperty("data").Values()[tier].ShouldBe("\"silver\"");
        evented.GetProperty("data").Values()[seats].ShouldBe("10");
    }
}
