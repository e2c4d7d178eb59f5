using System.Net;
using System.Text.Json;
using Crm.Api.Tests.CustomFields;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.DataInOut;

/// <summary>Exports through the real pipeline (contract section 9).</summary>
public class ExportTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Tag() => Guid.NewGuid().ToString("N")[..8];

    async Task<JsonElement> CustomerAsync(string name, string email, object? extra = null)
    {
        var body = JsonSerializer.SerializeToNode(new { name, email })!.AsObject();
        foreach (var (key, value) in JsonSerializer.SerializeToNode(extra ?? new { })!.AsObject()) body[key] = value?.DeepClone();
        return await (await app.Admin.PostJson("/admin/customers", body.ToJsonString())).ShouldHave(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ACsvExportHasEveryColumnEveryMatchingRowInTheListsSortAndAFileName()
    {
        var t = Tag();
        await CustomerAsync($"B {t}", $"b-{t}@example.com", new { company = $"Co {t}", status = "active", external_id = $"x-{t}" });
        await CustomerAsync($"A {t}", $"a-{t}@example.com", new { company = $"Co {t}", status = "active" });
        await CustomerAsync($"C {t}", $"c-{t}@example.com", new { company = $"Co {t}", status = "lead" });

        var response = await app.Admin.GetAsync($"/admin/customers/export?search=Co%20{t}&status=active&sort_by=name&sort_order=asc");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"customers-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        var rows = Csv.Parse(await response.Content.ReadAsStringAsync());
        rows.Select(r => r["name"]).ShouldBe([$"A {t}", $"B {t}"]);
        rows[1]["external_id"].ShouldBe($"x-{t}");
        rows[1].Keys.ShouldBe(["id", "name", "email", "phone", "company", "role", "status", "assigned_to", "contacted", "next_follow_up_at",
            "preferred_contact_method", "do_not_contact", "notes", "tags", "created_at", "updated_at", "deleted_at", "version", "external_id"]);
    }

    [Fact]
    public async Task IdsAndCustomFieldFiltersSelectTheRowsAsInTheList()
    {
        var t = Tag();
        var key = $"export_{t}";
        await app.Field("customers", key, "text");
        async Task<long> With(string name, string value) =>
            (await CustomerAsync($"{name} {t}", $"{name}-{t}@example.com", new { custom_fields = new Dictionary<string, string> { [key] = value } })).Id();
        var (a, b, c) = (await With("a", "x"), await With("b", "y"), await With("c", "x"));
        async Task<List<long>> Exported(string query) =>
            Csv.Parse(await app.Admin.GetStringAsync($"/admin/customers/export?fields=id&{query}")).Select(r => long.Parse(r["id"]!)).Order().ToList();

        (await Exported($"ids={a},{b}")).ShouldBe([a, b]);
        (await Exported($"cf.{key}=x")).ShouldBe([a, c]);
        (await Exported($"cf.{key}=x&ids={b},{c}")).ShouldBe([c]);
        await (await app.Admin.GetAsync($"/admin/customers/export?ids=0")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Fact]
    public async Task FieldsPickTheColumnsAndJsonLinesCarryTypedValues()
    {
        var t = Tag();
        await CustomerAsync($"J {t}", $"j-{t}@example.com", new { contacted = true });

        var csv = await app.Admin.GetStringAsync($"/admin/customers/export?search=j-{t}&fields=email,contacted");
        Csv.Records(csv).ShouldBe([["email", "contacted"], [$"j-{t}@example.com", "true"]]);

        var response = await app.Admin.GetAsync($"/admin/customers/export?search=j-{t}&format=jsonl&fields=email,contacted,created_at");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var row = JsonDocument.Parse(lines.Single()).RootElement;
        row.GetProperty("contacted").GetBoolean().ShouldBeTrue();
        row.Str("created_at").ShouldEndWith("Z");
        row.EnumerateObject().Select(p => p.Name).ShouldBe(["email", "contacted", "created_at"]);

        await (await app.Admin.GetAsync("/admin/customers/export?fields=email,shoe_size")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        await (await app.Admin.GetAsync("/admin/customers/export?page=2")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Fact]
    public async Task FormulaCellsAreEscapedAndTheImporterStripsThemSoARoundTripChangesNothing()
    {
        var t = Tag();
        var formula = $"=HYPERLINK(\"http://evil.example\",\"{t}\")";
        await CustomerAsync(formula, $"f-{t}@example.com", new { company = $"+{t}", notes = "-1+1", phone = "@home", role = "\tTabbed" });
        await CustomerAsync($"Plain {t}", $"p-{t}@example.com", new { company = $"+{t}" });

        var csv = await app.Admin.GetStringAsync($"/admin/customers/export?search=%2B{t}&sort_by=email");
        var rows = Csv.Parse(csv);
        var evil = rows.Single(r => r["email"] == $"f-{t}@example.com");
        (evil["name"], evil["company"], evil["notes"], evil["phone"]).ShouldBe(("'" + formula, $"'+{t}", "'-1+1", "'@home"));

        // The file has an (empty) external_id column, which would be the default match key (section 9).
        var job = await app.Admin.ImportAsync("customers", "upsert", csv, options: new Dictionary<string, string> { ["match_on"] = "email" });
        (job.Count("unchanged"), job.Count("updated"), job.Count("created"), job.Count("failed")).ShouldBe((2, 0, 0, 0));
        var stored = (await (await app.Admin.GetAsync($"/admin/customers?search=f-{t}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data")[0];
        (stored.Str("name"), stored.Str("company")).ShouldBe((formula, $"+{t}"));
    }

    [Fact]
    public async Task DealsActivitiesAndContactsExportTheirOwnColumns()
    {
        var t = Tag();
        var customer = await CustomerAsync($"Rel {t}", $"rel-{t}@example.com");
        await (await app.Admin.PostJson($"/admin/customers/{customer.Id()}/contacts", new { first_name = $"Pat {t}" })).ShouldHave(HttpStatusCode.Created);
        var deal = await (await app.Admin.PostJson("/admin/deals", new { title = $"Deal {t}", customer_id = customer.Id(), amount = 10.5 })).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = $"Call {t}", deal_id = deal.Id() })).ShouldHave(HttpStatusCode.Created);

        var deals = Csv.Parse(await app.Admin.GetStringAsync($"/admin/deals/export?customer_id={customer.Id()}"));
        (deals.Single()["title"], deals.Single()["amount"], deals.Single()["stage"]).ShouldBe(($"Deal {t}", "10.50", "prospecting"));
        deals.Single().ContainsKey("customer").ShouldBeFalse();
        var activities = Csv.Parse(await app.Admin.GetStringAsync($"/admin/activities/export?deal_id={deal.Id()}"));
        (activities.Single()["title"], activities.Single()["is_overdue"], activities.Single()["customer_id"]).ShouldBe(($"Call {t}", "false", customer.Id().ToString()));
        var contacts = Csv.Parse(await app.Admin.GetStringAsync($"/admin/contacts/export?customer_id={customer.Id()}"));
        contacts.Single()["first_name"].ShouldBe($"Pat {t}");
    }

    [Fact]
    public async Task AgentsMayNotExportByDefault()
    {
        await (await app.As("agent", 3).GetAsync("/admin/customers/export")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await app.As("manager", 2).GetAsync("/admin/customers/export?fields=id")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>AGENT_EXPORT=true with AGENT_READ_SCOPE=own: an agent exports what their reach holds, nothing else.</summary>
public class AgentExportFactory : CrmFactory
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["AGENT_EXPORT"] = "true", ["AGENT_READ_SCOPE"] = "own" };
}

public class AgentExportTests(AgentExportFactory app) : IClassFixture<AgentExportFactory>
{
    [Fact]
    public async Task AnAgentExportsOnlyTheRecordsWithinTheirReach()
    {
        var t = Guid.NewGuid().ToString("N")[..8];
        var mine = await (await app.Admin.PostJson("/admin/customers", new { name = $"Mine {t}", email = $"mine-{t}@example.com", assigned_to = 31 }))
            .ShouldHave(HttpStatusCode.Created);
        var theirs = await (await app.Admin.PostJson("/admin/customers", new { name = $"Theirs {t}", email = $"theirs-{t}@example.com", assigned_to = 32 }))
            .ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson("/admin/deals", new { title = $"Mine {t}", customer_id = mine.Id(), owner_id = 1 })).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson("/admin/deals", new { title = $"Theirs {t}", customer_id = theirs.Id(), owner_id = 1 })).ShouldHave(HttpStatusCode.Created);

        var agent = app.As("agent", 31);
        Csv.Parse(await agent.GetStringAsync($"/admin/customers/export?search={t}")).Select(r => r["name"]).ShouldBe([$"Mine {t}"]);
        Csv.Parse(await agent.GetStringAsync($"/admin/deals/export?search={t}")).Select(r => r["title"]).ShouldBe([$"Mine {t}"]);
    }
}
