using System.Net;
using System.Text.Json;
using Crm.Api.CustomFields;
using Crm.Api.Tests.Deals;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Crm.Api.Tests.CustomFields;

/// <summary>Definitions: who may shape them, their rules, type changes, uniqueness, archive, delete, undo and purge (contract section 11).</summary>
public class CustomFieldDefinitionTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Theory]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task EveryoneReadsDefinitionsButOnlyAdminsShapeThem(string role)
    {
        var field = await app.Field("deals", FieldArrange.Key("r"), "text");
        var client = app.As(role, 3);

        (await (await client.GetAsync($"/admin/custom-fields/{field.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("key").ShouldBe(field.Str("key"));
        await (await client.GetAsync("/admin/custom-fields/schema")).ShouldHave(HttpStatusCode.OK);
        await (await client.PostJson("/admin/custom-fields", new { entity = "deals", key = FieldArrange.Key(), label = "L", type = "text" }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await client.PutJson($"/admin/custom-fields/{field.Id()}", new { label = "Mine" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await client.Delete($"/admin/custom-fields/{field.Id()}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Fact]
    public async Task ADefinitionIsCreatedAuditedAndDescribedInTheEntitysJsonSchema()
    {
        var key = FieldArrange.Key("tier");
        var field = await app.Field("contacts", key, "select", new
        {
            required = true, description = "Agreed level", options = new[] { new { value = "gold", label = "Gold", color = "#FFD700" } },
        });

        field.Str("entity").ShouldBe("contacts");
        field.GetProperty("options")[0].Str("color").ShouldBe("#FFD700");
        field.Str("index_state").ShouldBe("ready");
        app.AuditActions("custom_field", field.Id()).ShouldBe(["create"]);
        var schemas = await (await app.Admin.GetAsync("/admin/custom-fields/schema")).ShouldHave(HttpStatusCode.OK);
        var contacts = schemas.GetProperty("contacts");
        contacts.GetProperty("required").EnumerateArray().Select(k => k.GetString()).ShouldContain(key);
        var property = contacts.GetProperty("properties").GetProperty(key);
        property.GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldBe(["gold"]);
        property.Str("title").ShouldBe(key.Replace('_', ' '));
        contacts.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        schemas.GetProperty("customers").GetProperty("properties").TryGetProperty(key, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("""{"entity":"customers","key":"Tier","label":"L","type":"text"}""", "key")]
    [InlineData("""{"entity":"customers","key":"9lives","label":"L","type":"text"}""", "key")]
    [InlineData("""{"entity":"customers","key":"seats_min","label":"L","type":"number"}""", "key")]
    [InlineData("""{"entity":"customers","key":"renewal_empty","label":"L","type":"date"}""", "key")]
    [InlineData("""{"entity":"customers","key":"a_very_long_key_of_more_than_forty_chars_x","label":"L","type":"text"}""", "key")]
    [InlineData("""{"entity":"notes","key":"x","label":"L","type":"text"}""", "entity")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"money"}""", "type")]
    [InlineData("""{"entity":"customers","key":"x","label":"","type":"text"}""", "label")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"select"}""", "options")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"text","options":[{"value":"a","label":"A"}]}""", "options")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"select","options":[{"value":"a,b","label":"A"}]}""", "options[0].value")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"select","options":[{"value":"a","label":"A"},{"value":"a","label":"B"}]}""", "options")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"currency"}""", "currency")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"currency","currency":"eur"}""", "currency")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"number","currency":"EUR"}""", "currency")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"boolean","unique":true}""", "unique")]
    [InlineData("""{"entity":"customers","key":"x","label":"L","type":"text","index_state":"ready"}""", "index_state")]
    public async Task AnInvalidDefinitionIsRefusedNamingTheMember(string body, string member)
    {
        var refused = await (await app.Admin.PostJson("/admin/custom-fields", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        refused.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(refused.GetRawText());
    }

    [Fact]
    public async Task AKeyIsUniquePerEntityAndCannotChange()
    {
        var key = FieldArrange.Key("k");
        var field = await app.Field("customers", key, "text");
        await app.Field("deals", key, "text");

        await (await app.Admin.PostJson("/admin/custom-fields", new { entity = "customers", key, label = "Again", type = "number" }))
            .ShouldBeError(HttpStatusCode.Conflict, "FIELD_EXISTS");
        await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { key = "other" })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { entity = "deals" })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        // Echoing them unchanged is fine.
        (await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { key, entity = "customers", label = "Renamed" })).ShouldHave(HttpStatusCode.OK))
            .Str("label").ShouldBe("Renamed");
    }

    [Fact]
    public async Task ATypeChangeIsRefusedUnlessEveryStoredValueFitsTheNewType()
    {
        var key = FieldArrange.Key("t");
        var field = await app.Field("customers", key, "text");
        await app.CustomerWith(new Dictionary<string, object> { [key] = "gold" });
        var deleted = await app.CustomerWith(new Dictionary<string, object> { [key] = "bronze" });
        await (await app.Admin.Delete($"/admin/customers/{deleted}")).ShouldHave(HttpStatusCode.OK);
        var url = $"/admin/custom-fields/{field.Id()}";

        var refused = await (await app.Admin.PutJson(url, new { type = "number" })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        refused.ErrorFields().ShouldBe(["type"]);
        // A deleted customer's value counts too: a restore would bring it back.
        await (await app.Admin.PutJson(url, new { type = "select", options = new[] { new { value = "gold", label = "Gold" } } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        (await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK)).Str("type").ShouldBe("text");

        var changed = await (await app.Admin.PutJson(url, new { type = "select", options = new[] { new { value = "gold", label = "Gold" }, new { value = "bronze", label = "Bronze" } } }))
            .ShouldHave(HttpStatusCode.OK);
        changed.Str("type").ShouldBe("select");
        // An option that stored values use cannot go.
        (await (await app.Admin.PutJson(url, new { options = new[] { new { value = "gold", label = "Gold" } } })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .ErrorFields().ShouldBe(["options"]);
        app.AuditActions("custom_field", field.Id()).ShouldBe(["create", "update"]);
    }

    [Fact]
    public async Task UniqueValuesHoldUnderConcurrentWrites()
    {
        var key = FieldArrange.Key("u");
        var field = await app.Field("customers", key, "text", new { unique = true });
        (await app.Ready(field.Id())).Str("index_state").ShouldBe("ready");

        var attempts = Enumerable.Range(0, 8).Select(i => app.Admin.PostJson("/admin/customers",
            $$$"""{"name":"Racer {{{i}}}","email":"{{{key}}}-{{{i}}}@example.com","custom_fields":{"{{{key}}}":"ACME-1"}}""")).ToList();
        var answers = await Task.WhenAll(attempts);

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var loser in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            (await loser.ShouldBeError(HttpStatusCode.Conflict, "CONFLICT")).ErrorFields().ShouldBe([$"custom_fields.{key}"]);
        // Another value is fine; the same value on an update is not.
        var other = await app.CustomerWith(new Dictionary<string, object> { [key] = "ACME-2" });
        (await (await app.Admin.PatchJson($"/admin/customers/{other}", $$$"""{"custom_fields":{"{{{key}}}":"ACME-1"}}""")).ShouldBeError(HttpStatusCode.Conflict, "CONFLICT"))
            .ErrorFields().ShouldBe([$"custom_fields.{key}"]);
    }

    [Fact]
    public async Task TheUniqueIndexDecidesARaceThatTheCheckCannotSee()
    {
        var key = FieldArrange.Key("u");
        var field = await app.Field("customers", key, "text", new { unique = true });
        await app.Ready(field.Id());
        var first = await app.CustomerWith(new Dictionary<string, object> { [key] = "SAME" });
        var second = await app.CustomerWith(new Dictionary<string, object> { [key] = "OTHER" });

        // A write that bypasses the check (another service, a bulk path) is still stopped by the index.
        using var db = app.OpenConnection();
        using var update = new NpgsqlCommand($"UPDATE customers SET custom_fields = jsonb_build_object('{key}', 'SAME') WHERE id = {second}", db);
        var violation = Should.Throw<PostgresException>(() => update.ExecuteNonQuery());
        violation.SqlState.ShouldBe(PostgresErrorCodes.UniqueViolation);
        violation.ConstraintName.ShouldBe($"cf{field.Id()}_unique_{key}");
        first.ShouldNotBe(second);
    }

    [Fact]
    public async Task TurningUniqueOnIsRefusedWhileValuesRepeat()
    {
        var key = FieldArrange.Key("u");
        var field = await app.Field("customers", key, "number");
        await app.CustomerWith(new Dictionary<string, object> { [key] = 5 });
        await app.CustomerWith(new Dictionary<string, object> { [key] = 5 });

        (await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { unique = true })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))
            .ErrorFields().ShouldBe(["unique"]);
    }

    [Fact]
    public async Task FilterableBuildsAnIndexInTheBackgroundAndDroppingItRemovesIt()
    {
        var key = FieldArrange.Key("i");
        var field = await app.Field("customers", key, "number", new { filterable = true });
        field.Str("index_state").ShouldBe("pending");

        (await app.Ready(field.Id())).Str("index_state").ShouldBe("ready");
        Indexes(field.Id()).ShouldBe([$"cf{field.Id()}_sort_number"]);

        await (await app.Admin.PutJson($"/admin/custom-fields/{field.Id()}", new { filterable = false })).ShouldHave(HttpStatusCode.OK);
        await app.Ready(field.Id());
        Indexes(field.Id()).ShouldBeEmpty();
    }

    List<string> Indexes(long fieldId)
    {
        using var db = app.OpenConnection();
        using var read = new NpgsqlCommand($"SELECT indexname FROM pg_indexes WHERE indexname LIKE 'cf{fieldId}\\_%' ORDER BY 1", db);
        using var reader = read.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    [Fact]
    public async Task OnlyAnArchivedFieldIsDeletedItsValuesStayThirtyDaysForUndoThenArePurged()
    {
        var key = FieldArrange.Key("d");
        var field = await app.Field("customers", key, "text", new { filterable = true });
        var url = $"/admin/custom-fields/{field.Id()}";
        var customer = await app.CustomerWith(new Dictionary<string, object> { [key] = "kept" });

        await (await app.Admin.Delete(url)).ShouldBeError(HttpStatusCode.Conflict, "CONFLICT");
        await (await app.Admin.PutJson(url, new { archived = true })).ShouldHave(HttpStatusCode.OK);
        (await (await app.Admin.Delete(url)).ShouldHave(HttpStatusCode.OK)).Str("message").ShouldBe("Custom field deleted successfully");

        var deleted = await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK);
        deleted.IsNull("deleted_at").ShouldBeFalse();
        (await (await app.Admin.GetAsync("/admin/custom-fields?deleted=true&page_size=100")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(f => f.Id()).ShouldContain(field.Id());
        // The key stays taken while the values wait; the record does not show them.
        await (await app.Admin.PostJson("/admin/custom-fields", new { entity = "customers", key, label = "New", type = "text" }))
            .ShouldBeError(HttpStatusCode.Conflict, "FIELD_EXISTS");
        (await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK)).Values().ShouldNotContainKey(key);
        StoredValue(customer, key).ShouldBe("\"kept\"");

        // Undo: back, archived, with its value.
        (await (await app.Admin.PostJson($"{url}/restore", new { })).ShouldHave(HttpStatusCode.OK)).IsNull("deleted_at").ShouldBeTrue();
        await (await app.Admin.PutJson(url, new { archived = false })).ShouldHave(HttpStatusCode.OK);
        (await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK)).Values()[key].ShouldBe("\"kept\"");

        await (await app.Admin.PutJson(url, new { archived = true })).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.Delete(url)).ShouldHave(HttpStatusCode.OK);
        var jobs = Jobs(DateTimeOffset.UtcNow);
        // Not before the 30 days are over...
        while (await jobs.PurgeAsync(CancellationToken.None)) { }
        StoredValue(customer, key).ShouldBe("\"kept\"");
        // ...then the values go, and the definition with them: the key is free again.
        jobs = Jobs(DateTimeOffset.UtcNow.AddDays(31));
        // A pass that claims nothing may only mean the service's own worker held the row for a moment (SKIP LOCKED):
        // passes go on until the value is gone, bounded (~10 s).
        for (var pass = 0; pass < 200 && StoredValue(customer, key) is not null; pass++)
            if (!await jobs.PurgeAsync(CancellationToken.None)) await Task.Delay(50);
        StoredValue(customer, key).ShouldBeNull();
        await (await app.Admin.GetAsync(url)).ShouldBeError(HttpStatusCode.NotFound, "FIELD_NOT_FOUND");
        await app.Field("customers", key, "number");
        app.AuditActions("custom_field", field.Id()).ShouldBe(["create", "update", "delete", "restore", "update", "update", "delete"]);
    }

    CustomFieldJobs Jobs(DateTimeOffset now) =>
        new(app.Services.GetRequiredService<NpgsqlDataSource>(), new FakeTimeProvider(now), NullLogger<CustomFieldJobs>.Instance);

    string? StoredValue(long customer, string key)
    {
        using var db = app.OpenConnection();
        using var read = new NpgsqlCommand($"SELECT (custom_fields -> '{key}')::text FROM customers WHERE id = {customer}", db);
        return read.ExecuteScalar() as string;
    }
}

/// <summary>A second instance of the service on the first one's database.</summary>
public sealed class SecondInstance(string database) : CrmFactory(database);

/// <summary>Definitions are cached per instance and every instance hears of a change (LISTEN/NOTIFY).</summary>
public class CustomFieldCacheTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task AFieldDefinedOnOneInstanceIsUsableOnAnotherWithoutReadingDefinitionsPerRequest()
    {
        await using var other = new SecondInstance(app.DatabaseName);
        var cache = other.Services.GetRequiredService<CustomFieldCache>();
        await (await other.Admin.GetAsync("/admin/customers")).ShouldHave(HttpStatusCode.OK);
        // Requests read the cached definitions once the instance listens.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var loads = cache.Loads;
        while (true)
        {
            await (await other.Admin.GetAsync("/admin/customers")).ShouldHave(HttpStatusCode.OK);
            if (cache.Loads == loads || DateTime.UtcNow > deadline) break;
            loads = cache.Loads;
            await Task.Delay(50);
        }
        for (var i = 0; i < 5; i++) await (await other.Admin.GetAsync("/admin/customers")).ShouldHave(HttpStatusCode.OK);
        cache.Loads.ShouldBe(loads);

        var key = FieldArrange.Key("x");
        await app.Field("customers", key, "number");

        // The other instance hears of it (bounded wait), and its next requests use it.
        HttpStatusCode status;
        do
        {
            status = (await other.Admin.PostJson("/admin/customers",
                $$$"""{"name":"Elsewhere","email":"{{{key}}}@example.com","custom_fields":{"{{{key}}}":1}}""")).StatusCode;
            if (status != HttpStatusCode.Created) await Task.Delay(50);
        } while (status != HttpStatusCode.Created && DateTime.UtcNow < deadline);
        status.ShouldBe(HttpStatusCode.Created);
        // One reload for the change (not one per request since).
        cache.Loads.ShouldBeInRange(loads + 1, loads + 2);
    }
}
