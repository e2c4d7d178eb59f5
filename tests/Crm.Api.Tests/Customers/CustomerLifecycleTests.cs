using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Customers;

public class CustomerLifecycleTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<long> CreateCustomer(string email, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["name"] = "Lifecycle", ["email"] = email };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        return (await (await app.Admin.PostJson("/admin/customers", body)).ShouldHave(HttpStatusCode.Created)).Id();
    }

    long Scalar(string sql)
    {
        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    void Execute(string sql)
    {
        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }

    /// <summary>Two contacts, a deal with a note and an activity, a customer note, and one contact deleted earlier on its own.</summary>
    void ArrangeChildren(long customer) => Execute($"""
        INSERT INTO contacts (customer_id, first_name, is_primary) VALUES ({customer}, 'Primary', true), ({customer}, 'Second', false);
        INSERT INTO contacts (customer_id, first_name, deleted_at) VALUES ({customer}, 'Gone before', now() - interval '1 day');
        INSERT INTO deals (customer_id, title, stage) VALUES ({customer}, 'Big deal', 'proposal');
        INSERT INTO activities (type, title, deal_id) SELECT 'call', 'Call about the deal', id FROM deals WHERE customer_id = {customer};
        INSERT INTO activities (type, title, customer_id, status, due_date) VALUES ('meeting', 'Kick-off', {customer}, 'scheduled', now() + interval '2 days');
        INSERT INTO notes (content, customer_id, author_id) VALUES ('Customer note', {customer}, 1);
        INSERT INTO notes (content, deal_id, author_id) SELECT 'Deal note', id, 1 FROM deals WHERE customer_id = {customer};
        INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, changed_by) SELECT id, 'prospecting', 'proposal', 1 FROM deals WHERE customer_id = {customer};
        """);

    string LiveChildren(long customer) =>
        $"""
        SELECT (SELECT count(*) FROM contacts WHERE customer_id = {customer} AND deleted_at IS NULL) * 1000
             + (SELECT count(*) FROM deals WHERE customer_id = {customer} AND deleted_at IS NULL) * 100
             + (SELECT count(*) FROM activities a WHERE (a.customer_id = {customer} OR a.deal_id IN (SELECT id FROM deals WHERE customer_id = {customer})) AND a.deleted_at IS NULL) * 10
             + (SELECT count(*) FROM notes n WHERE (n.customer_id = {customer} OR n.deal_id IN (SELECT id FROM deals WHERE customer_id = {customer})) AND n.deleted_at IS NULL)
        """;

    [Fact]
    public async Task TheDetailSummarisesRelatedRecords()
    {
        var customer = await CreateCustomer("detail@example.com");
        ArrangeChildren(customer);

        var detail = await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK);

        detail.GetProperty("contacts").EnumerateArray().Select(c => c.Str("first_name")).ShouldBe(["Primary", "Second"]);
        detail.GetProperty("open_deals").EnumerateArray().Select(d => d.Str("title")).ShouldBe(["Big deal"]);
        detail.GetProperty("upcoming_activities").EnumerateArray().Select(a => a.Str("title")).ShouldBe(["Kick-off"]);
        var timeline = detail.GetProperty("recent_timeline").EnumerateArray().Select(e => e.Str("type")).ToList();
        timeline.Count(t => t == "note").ShouldBe(2);
        timeline.Count(t => t == "activity").ShouldBe(2);
        timeline.Count(t => t == "stage_change").ShouldBe(1);
        var counts = detail.GetProperty("counts");
        counts.GetProperty("contacts").GetInt32().ShouldBe(2);
        counts.GetProperty("open_deals").GetInt32().ShouldBe(1);
        counts.GetProperty("activities").GetInt32().ShouldBe(1);
        counts.GetProperty("notes").GetInt32().ShouldBe(1);
        counts.GetProperty("attachments").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task DeleteCascadesAndRestoreBringsBackExactlyWhatItRemoved()
    {
        var customer = await CreateCustomer("cascade@example.com");
        ArrangeChildren(customer);
        Scalar(LiveChildren(customer)).ShouldBe(2000 + 100 + 20 + 2);

        (await app.Admin.Delete($"/admin/customers/{customer}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        Scalar(LiveChildren(customer)).ShouldBe(0);
        await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.Delete($"/admin/customers/{customer}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");

        var restored = await (await app.Admin.PostAsync($"/admin/customers/{customer}/restore", null)).ShouldHave(HttpStatusCode.OK);
        restored.GetProperty("deleted_at").ValueKind.ShouldBe(JsonValueKind.Null);
        Scalar(LiveChildren(customer)).ShouldBe(2000 + 100 + 20 + 2);
        Scalar($"SELECT count(*) FROM contacts WHERE customer_id = {customer} AND first_name = 'Gone before' AND deleted_at IS NOT NULL").ShouldBe(1);
    }

    [Fact]
    public async Task RestoringWhenAnotherLiveCustomerTookTheEmailIsAConflict()
    {
        var original = await CreateCustomer("reused@example.com");
        (await app.Admin.Delete($"/admin/customers/{original}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CreateCustomer("REUSED@example.com");

        await (await app.Admin.PostAsync($"/admin/customers/{original}/restore", null)).ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");
        Scalar($"SELECT count(*) FROM customers WHERE id = {original} AND deleted_at IS NOT NULL").ShouldBe(1);
    }

    [Fact]
    public async Task AgentsCannotRestore()
    {
        var customer = await CreateCustomer("agent-restore@example.com");
        await app.Admin.Delete($"/admin/customers/{customer}");
        await (await app.As("agent", 4).PostAsync($"/admin/customers/{customer}/restore", null))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Fact]
    public async Task AStaleIfMatchChangesNothing()
    {
        var customer = await CreateCustomer("etag@example.com");
        var get = await app.Admin.GetAsync($"/admin/customers/{customer}");
        var etag = get.Headers.ETag!.ToString();
        etag.ShouldStartWith("\"");

        var patched = await app.Admin.PatchJson($"/admin/customers/{customer}", new { status = "active" }, ifMatch: etag);
        patched.StatusCode.ShouldBe(HttpStatusCode.OK);
        patched.Headers.ETag!.ToString().ShouldNotBe(etag);

        await (await app.Admin.PatchJson($"/admin/customers/{customer}", new { status = "churned" }, ifMatch: etag))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.PutJson($"/admin/customers/{customer}", new { name = "X", email = "etag@example.com" }, ifMatch: etag))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.Delete($"/admin/customers/{customer}", ifMatch: $"W/{etag}"))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        var current = await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK);
        current.Str("status").ShouldBe("active");
    }

    [Fact]
    public async Task ParallelPatchesWithOneETagLetExactlyOneThrough()
    {
        var customer = await CreateCustomer("race-etag@example.com");
        var etag = (await app.Admin.GetAsync($"/admin/customers/{customer}")).Headers.ETag!.ToString();

        var statuses = new[] { "prospect", "active", "inactive", "churned" };
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            app.Admin.PatchJson($"/admin/customers/{customer}", new { status = statuses[i % 4], assigned_to = 100 + i }, ifMatch: etag)));

        responses.Count(r => r.IsSuccessStatusCode).ShouldBe(1);
        foreach (var refused in responses.Where(r => !r.IsSuccessStatusCode))
            await refused.ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'customer' AND resource_id = {customer} AND action = 'update'").ShouldBe(1);
    }

    /// <summary>The retry of unconditional writes is shared by every resource, not a feature of deals.</summary>
    [Fact]
    public async Task ParallelPatchesWithoutAnETagAllApply()
    {
        var customer = await CreateCustomer("race-no-etag@example.com");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            app.Admin.PatchJson($"/admin/customers/{customer}", new { assigned_to = 100 + i })));

        foreach (var response in responses) await response.ShouldHave(HttpStatusCode.OK);
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'customer' AND resource_id = {customer} AND action = 'update'").ShouldBe(20);
    }

    [Fact]
    public async Task EveryChangeIsAuditedWithItsFieldDiff()
    {
        var customer = await CreateCustomer("audited@example.com", new { status = "lead" });
        await app.As("manager", 3, "Maria").PatchJson($"/admin/customers/{customer}", new { status = "active" });
        await app.Admin.Delete($"/admin/customers/{customer}");
        await app.Admin.PostAsync($"/admin/customers/{customer}/restore", null);

        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(
            $"SELECT action, user_id, user_name, user_role, changes::text, request_id FROM audit_logs WHERE resource_type = 'customer' AND resource_id = {customer} ORDER BY id", db);
        using var reader = command.ExecuteReader();
        var rows = new List<(string Action, long User, string? Name, string? Role, JsonElement Changes, string? RequestId)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), JsonDocument.Parse(reader.GetString(4)).RootElement.Clone(),
                reader.IsDBNull(5) ? null : reader.GetString(5)));

        rows.Select(r => r.Action).ShouldBe(["create", "update", "delete", "restore"]);
        rows[0].Changes.GetProperty("email").GetProperty("new").GetString().ShouldBe("audited@example.com");
        rows[1].User.ShouldBe(3);
        rows[1].Name.ShouldBe("Maria");
        rows[1].Role.ShouldBe("manager");
        rows[1].Changes.EnumerateObject().Select(p => p.Name).ShouldBe(["status"]);
        rows[1].Changes.GetProperty("status").GetProperty("old").GetString().ShouldBe("lead");
        rows[1].Changes.GetProperty("status").GetProperty("new").GetString().ShouldBe("active");
        rows[2].Changes.GetProperty("deleted_at").GetProperty("old").ValueKind.ShouldBe(JsonValueKind.Null);
        rows[3].Changes.GetProperty("deleted_at").GetProperty("new").ValueKind.ShouldBe(JsonValueKind.Null);
        rows.ShouldAllBe(r => !string.IsNullOrEmpty(r.RequestId));
    }

    [Fact]
    public async Task AFailedWriteLeavesNoAuditRow()
    {
        await CreateCustomer("unique@example.com");
        var before = Scalar("SELECT count(*) FROM audit_logs");

        await (await app.Admin.PostJson("/admin/customers", new { name = "Dup", email = "UNIQUE@example.com" })).ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");

        Scalar("SELECT count(*) FROM audit_logs").ShouldBe(before);
    }

    [Fact]
    public void TheAuditTrailIsAppendOnlyInTheDatabase()
    {
        Execute("INSERT INTO audit_logs (resource_type, resource_id, action, user_id) VALUES ('customer', 1, 'create', 1)");
        foreach (var sql in new[] { "UPDATE audit_logs SET action = 'x'", "DELETE FROM audit_logs", "TRUNCATE audit_logs" })
            Should.Throw<PostgresException>(() => Execute(sql)).Message.ShouldContain("append-only");
    }
}
