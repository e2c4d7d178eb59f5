using System.Net;
using System.Text;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.DataInOut;

/// <summary>Imports through the real pipeline and the real job runner (contract section 9).</summary>
public class ImportTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Tag() => Guid.NewGuid().ToString("N")[..8];

    async Task<JsonElement> CustomerAsync(string email, string? externalId = null, string name = "Existing") =>
        await (await app.Admin.PostJson("/admin/customers", new { name, email, external_id = externalId })).ShouldHave(HttpStatusCode.Created);

    async Task<JsonElement> GetCustomerByEmailAsync(string email)
    {
        var list = await (await app.Admin.GetAsync($"/admin/customers?search={Uri.EscapeDataString(email)}")).ShouldHave(HttpStatusCode.OK);
        return list.GetProperty("data").EnumerateArray().Single(c => c.Str("email").Equals(email, StringComparison.OrdinalIgnoreCase));
    }

    long Scalar(string sql, params (string, object)[] parameters)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public async Task CreateModeAddsGoodRowsAndFailsBadAndDuplicateRowsAlone()
    {
        var t = Tag();
        await CustomerAsync($"taken-{t}@example.com");
        var csv = $"""
            name,email,status,phone
            Ada {t},ada-{t}@example.com,prospect,+44 1
            No Email {t},,lead,
            Bad Status {t},bad-{t}@example.com,sleeping,
            Taken {t},TAKEN-{t}@example.com,lead,
            Grace {t},grace-{t}@example.com,,
            Grace Again {t},grace-{t}@example.com,,
            """;

        var job = await app.Admin.ImportAsync("customers", "create", csv);

        job.Str("status").ShouldBe("completed");
        job.Str("kind").ShouldBe("import");
        (job.Count("total_rows"), job.Count("processed_rows"), job.Count("created"), job.Count("failed")).ShouldBe((6, 6, 2, 4));
        var ada = await GetCustomerByEmailAsync($"ada-{t}@example.com");
        (ada.Str("name"), ada.Str("status"), ada.Str("phone")).ShouldBe(($"Ada {t}", "prospect", "+44 1"));
        // A status left empty takes the default, as an absent member of a POST does.
        (await GetCustomerByEmailAsync($"grace-{t}@example.com")).Str("status").ShouldBe("lead");

        var errors = await app.Admin.ErrorsAsync(job.Id());
        errors.Select(e => (e["row_number"], e["error_code"], e["error_field"])).ShouldBe([
            ("2", "VALIDATION_FAILED", "email"), ("3", "VALIDATION_FAILED", "status"), ("4", "EMAIL_EXISTS", "email"), ("6", "EMAIL_EXISTS", "email")]);
        // The original columns come first, as the file had them, ready to fix and upload again.
        errors[1]["name"].ShouldBe($"Bad Status {t}");
        errors[1]["status"].ShouldBe("sleeping");
        errors.ShouldAllBe(e => e["error_message"].Length > 0);
    }

    [Fact]
    public async Task FixingTheErrorsFileAndUploadingItAgainBringsEveryRowIn()
    {
        var t = Tag();
        var csv = $"name,email,status\nOne {t},one-{t}@example.com,lead\nTwo {t},two-{t}@example,lead\nThree {t},three-{t}@example.com,asleep\n";
        var first = await app.Admin.ImportAsync("customers", "create", csv);
        first.Count("failed").ShouldBe(2);

        var fixedFile = (await app.Admin.ErrorsFileAsync(first.Id()))
            .Replace($"two-{t}@example,", $"two-{t}@example.com,").Replace(",asleep,", ",active,");
        var second = await app.Admin.ImportAsync("customers", "create", fixedFile);

        (second.Count("created"), second.Count("failed")).ShouldBe((2, 0));
        (await GetCustomerByEmailAsync($"three-{t}@example.com")).Str("status").ShouldBe("active");
    }

    [Fact]
    public async Task UpsertUpdatesMatchesCreatesTheRestAndARerunChangesNothing()
    {
        var t = Tag();
        var existing = await CustomerAsync($"known-{t}@example.com", name: "Old Name");
        var csv = $"name,email,company\nNew Name {t},KNOWN-{t}@example.com,Acme\nFresh {t},fresh-{t}@example.com,Initech\n";

        var first = await app.Admin.ImportAsync("customers", "upsert", csv);
        (first.Count("created"), first.Count("updated"), first.Count("unchanged"), first.Count("failed")).ShouldBe((1, 1, 0, 0));
        var updated = await (await app.Admin.GetAsync($"/admin/customers/{existing.Id()}")).ShouldHave(HttpStatusCode.OK);
        (updated.Str("name"), updated.Str("company")).ShouldBe(($"New Name {t}", "Acme"));

        var again = await app.Admin.ImportAsync("customers", "upsert", csv);
        (again.Count("created"), again.Count("updated"), again.Count("unchanged")).ShouldBe((0, 0, 2));

        // One audit entry per created or changed record, each naming the job as its request; none for the rerun.
        Scalar("SELECT count(*) FROM audit_logs WHERE resource_type = 'customer' AND request_id = @job", ("job", first.Id().ToString())).ShouldBe(2);
        Scalar("SELECT count(*) FROM audit_logs WHERE resource_type = 'customer' AND request_id = @job", ("job", again.Id().ToString())).ShouldBe(0);
        Scalar("SELECT count(*) FROM crm_events WHERE type = 'import.completed' AND resource_id = @job", ("job", first.Id())).ShouldBe(1);
    }

    [Fact]
    public async Task UpdateModeLeavesEmptyCellsAloneClearsBackslashNAndFailsRowsWithoutAMatch()
    {
        var t = Tag();
        var existing = await (await app.Admin.PostJson("/admin/customers",
            new { name = "Keep", email = $"upd-{t}@example.com", phone = "+1 555", company = "Clear Me" })).ShouldHave(HttpStatusCode.Created);
        var csv = $"email,name,phone,company\nupd-{t}@example.com,,,\\N\nmissing-{t}@example.com,X,,\n,Nobody,,\n";

        var job = await app.Admin.ImportAsync("customers", "update", csv);

        (job.Count("updated"), job.Count("failed"), job.Count("created")).ShouldBe((1, 2, 0));
        var stored = await (await app.Admin.GetAsync($"/admin/customers/{existing.Id()}")).ShouldHave(HttpStatusCode.OK);
        (stored.Str("name"), stored.Str("phone")).ShouldBe(("Keep", "+1 555"));
        stored.GetProperty("company").ValueKind.ShouldBe(JsonValueKind.Null);
        var errors = await app.Admin.ErrorsAsync(job.Id());
        errors.Select(e => (e["row_number"], e["error_code"], e["error_field"])).ShouldBe([("2", "CUSTOMER_NOT_FOUND", "email"), ("3", "VALIDATION_FAILED", "email")]);
    }

    [Fact]
    public async Task ADryRunCountsWhatWouldHappenAndChangesNothing()
    {
        var t = Tag();
        var csv = $"name,email\nDry {t},dry-{t}@example.com\nBad {t},nope\n";
        var job = await app.Admin.ImportAsync("customers", "create", csv, options: new Dictionary<string, string> { ["dry_run"] = "true" });

        job.GetProperty("dry_run").GetBoolean().ShouldBeTrue();
        (job.Count("created"), job.Count("failed")).ShouldBe((1, 1));
        Scalar("SELECT count(*) FROM customers WHERE email = @e", ("e", $"dry-{t}@example.com")).ShouldBe(0);
        Scalar("SELECT count(*) FROM audit_logs WHERE request_id = @job AND resource_type = 'customer'", ("job", job.Id().ToString())).ShouldBe(0);
    }

    [Fact]
    public async Task AMappingRenamesColumnsAndLeavesOthersOut()
    {
        var t = Tag();
        var csv = $"Full Name;E-Mail Address;Internal Score\nMapped {t};mapped-{t}@example.com;99\n";
        var job = await app.Admin.ImportAsync("customers", "create", csv, options: new Dictionary<string, string>
        {
            ["mapping"] = JsonSerializer.Serialize(new Dictionary<string, string?> { ["Full Name"] = "name", ["E-Mail Address"] = "email", ["Internal Score"] = null }),
        });

        job.Count("created").ShouldBe(1);
        (await GetCustomerByEmailAsync($"mapped-{t}@example.com")).Str("name").ShouldBe($"Mapped {t}");
    }

    [Fact]
    public async Task AColumnThatIsNoFieldIsRefusedBeforeAnyRowIsRead()
    {
        var response = await app.Admin.PostImportAsync("customers", "create", "name,email,shoe_size\nA,a@example.com,44\n");
        var error = await response.ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("message").GetString()!.ShouldContain("shoe_size");

        await (await app.Admin.PostImportAsync("planets", "create", "name\nMars\n")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostImportAsync("customers", "merge", "name\nMars\n")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PostImportAsync("deals", "update", "title,email\nT,x@example.com\n", options: new Dictionary<string, string> { ["match_on"] = "email" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task AUtf8FileWithAByteOrderMarkAndSemicolonsReadsLikeAnyOther()
    {
        var t = Tag();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"name;email;company\n\"Zoë; {t}\";bom-{t}@example.com;\"Ünïcode \"\"Co\"\"\"\n")).ToArray();
        var response = await app.Admin.PostImportAsync("customers", "create", "", bytes: bytes);
        var job = await app.Admin.WaitForJobAsync((await response.ShouldHave(HttpStatusCode.Accepted)).Id());

        job.Count("created").ShouldBe(1);
        var customer = await GetCustomerByEmailAsync($"bom-{t}@example.com");
        (customer.Str("name"), customer.Str("company")).ShouldBe(($"Zoë; {t}", "Ünïcode \"Co\""));
    }

    [Fact]
    public async Task JsonLinesRowsCarryTypedValuesAndNullClears()
    {
        var t = Tag();
        var lines = $$"""
            {"name": "Jay {{t}}", "email": "jay-{{t}}@example.com", "contacted": true, "external_id": "jl-{{t}}"}
            not json
            {"name": "Kay {{t}}", "email": "kay-{{t}}@example.com", "contacted": "yes"}
            """;
        var job = await app.Admin.ImportAsync("customers", "create", lines, fileName: "rows.jsonl");
        (job.Count("created"), job.Count("failed")).ShouldBe((2, 1));
        (await GetCustomerByEmailAsync($"jay-{t}@example.com")).GetProperty("contacted").GetBoolean().ShouldBeTrue();

        var update = await app.Admin.ImportAsync("customers", "update", $$"""{"external_id": "jl-{{t}}", "contacted": false, "company": null}""", fileName: "u.jsonl");
        update.Count("updated").ShouldBe(1);
        (await GetCustomerByEmailAsync($"jay-{t}@example.com")).GetProperty("contacted").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task RelatedRecordsAreFoundByEmailAndExternalIdAndStagesByName()
    {
        var t = Tag();
        var customer = await CustomerAsync($"rel-{t}@example.com", externalId: $"crm-{t}");
        var contacts = await app.Admin.ImportAsync("contacts", "create",
            $"customer_email,first_name,email,external_id\nrel-{t}@example.com,Pat,pat-{t}@example.com,c-{t}\nnobody-{t}@example.com,Sam,,\n");
        (contacts.Count("created"), contacts.Count("failed")).ShouldBe((1, 1));
        (await app.Admin.ErrorsAsync(contacts.Id()))[0]["error_field"].ShouldBe("customer_email");

        var deals = await app.Admin.ImportAsync("deals", "create",
            $"title,customer_external_id,contact_email,stage,amount,external_id\nBig {t},crm-{t},pat-{t}@example.com,negotiation,1200.50,d-{t}\nLost {t},crm-{t},,closed_lost,5,\n");
        (deals.Count("created"), deals.Count("failed")).ShouldBe((1, 1));
        (await app.Admin.ErrorsAsync(deals.Id()))[0]["error_code"].ShouldBe("INVALID_TRANSITION");
        var deal = (await (await app.Admin.GetAsync($"/admin/deals?external_id=d-{t}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data")[0];
        (deal.Str("stage"), deal.GetProperty("amount").GetDecimal(), deal.GetProperty("customer_id").GetInt64()).ShouldBe(("negotiation", 1200.50m, customer.Id()));
        deal.GetProperty("contact_id").GetInt64().ShouldBe((await (await app.Admin.GetAsync($"/admin/customers/{customer.Id()}/contacts")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data")[0].Id());

        var activities = await app.Admin.ImportAsync("activities", "create", $"type,title,deal_external_id,due_date\ncall,Call {t},d-{t},2030-01-02T10:00:00Z\n");
        activities.Count("created").ShouldBe(1);
        var activity = (await (await app.Admin.GetAsync($"/admin/activities?deal_id={deal.Id()}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data")[0];
        activity.GetProperty("customer_id").GetInt64().ShouldBe(customer.Id());
    }

    [Fact]
    public async Task AContactEmailThatMatchesTwoContactsOfTheCustomerIsAmbiguous()
    {
        var t = Tag();
        var customer = await CustomerAsync($"amb-{t}@example.com");
        foreach (var name in new[] { "One", "Two" })
            await (await app.Admin.PostJson($"/admin/customers/{customer.Id()}/contacts", new { first_name = name, email = $"same-{t}@example.com" }))
                .ShouldHave(HttpStatusCode.Created);

        var job = await app.Admin.ImportAsync("contacts", "update", $"customer_id,email,position\n{customer.Id()},same-{t}@example.com,Boss\n");

        job.Count("failed").ShouldBe(1);
        (await app.Admin.ErrorsAsync(job.Id()))[0]["error_code"].ShouldBe("AMBIGUOUS_MATCH");
    }

    [Fact]
    public async Task OnlyAdminsAndManagersImportAndJobsAreTheirsToSee()
    {
        await (await app.As("agent", 3).PostImportAsync("customers", "create", "name,email\nA,a@example.com\n"))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");

        var t = Tag();
        var manager = app.As("manager", 2);
        var job = await manager.ImportAsync("customers", "create", $"name,email\nM {t},m-{t}@example.com\n");
        job.Count("created").ShouldBe(1);
        (await GetCustomerByEmailAsync($"m-{t}@example.com")).GetProperty("assigned_to").ValueKind.ShouldBe(JsonValueKind.Null);
        Scalar("SELECT user_id FROM audit_logs WHERE request_id = @job AND resource_type = 'customer'", ("job", job.Id().ToString())).ShouldBe(2);

        // An agent sees no one else's job.
        await (await app.As("agent", 3).GetAsync($"/admin/jobs/{job.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "JOB_NOT_FOUND");
        (await (await app.As("agent", 3).GetAsync("/admin/jobs")).ShouldHave(HttpStatusCode.OK)).GetProperty("data").GetArrayLength().ShouldBe(0);
        (await (await app.Admin.GetAsync($"/admin/imports/{job.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task CancellingARunningImportStopsItAtTheNextBatchAndKeepsWhatCommitted()
    {
        var t = Tag();
        // Row 300 updates a customer the test holds locked, so the first batch (500 rows) is still running when the cancel comes.
        var held = await CustomerAsync($"row300-{t}@example.com");
        var csv = new StringBuilder("name,email\n");
        for (var i = 1; i <= 1000; i++) csv.Append($"Row {i},row{i}-{t}@example.com\n");
        await using var locker = app.OpenConnection();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand($"SELECT 1 FROM customers WHERE id = {held.Id()} FOR UPDATE", locker, transaction))
            await lockRow.ExecuteNonQueryAsync();
        var response = await app.Admin.PostImportAsync("customers", "upsert", csv.ToString(), options: new Dictionary<string, string> { ["match_on"] = "email" });
        var id = (await response.ShouldHave(HttpStatusCode.Accepted)).Id();
        await WaiterAsync($"{locker.ProcessID} = ANY(pg_blocking_pids(pid))");

        // The batch holds the job's row until it commits, so the cancel waits for it: released once the cancel is waiting too.
        var cancel = app.Admin.PostAsync($"/admin/jobs/{id}/cancel", null);
        await WaiterAsync("query LIKE '%cancel_requested%'");
        await transaction.RollbackAsync();
        // Still running when the cancel is recorded, unless the next batch already stopped it by the time the answer reads it back.
        (await (await cancel).ShouldHave(HttpStatusCode.OK)).Str("status").ShouldBeOneOf("running", "cancelled");
        var job = await app.Admin.WaitForJobAsync(id);

        (job.Str("status"), job.Count("processed_rows"), job.Count("created"), job.Count("updated")).ShouldBe(("cancelled", 500, 499, 1));
        Scalar("SELECT count(*) FROM customers WHERE email LIKE @p", ("p", $"%-{t}@example.com")).ShouldBe(500);
        job.GetProperty("finished_at").ValueKind.ShouldBe(JsonValueKind.String);
    }

    /// <summary>
    /// Waits until a session of the database that <paramref name="condition"/> picks waits on a lock (bounded). Named, not
    /// counted: other sessions of the service may wait on locks meanwhile (a count passed before the cancel waited).
    /// </summary>
    async Task WaiterAsync(string condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Scalar($"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND {condition}") == 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"no session ({condition}) waited on a lock");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task AnEndedJobCannotBeCancelled()
    {
        var t = Tag();
        var job = await app.Admin.ImportAsync("customers", "create", $"name,email\nC {t},c-{t}@example.com\n");
        await (await app.Admin.PostAsync($"/admin/jobs/{job.Id()}/cancel", null)).ShouldBeError(HttpStatusCode.Conflict, "JOB_NOT_CANCELLABLE");
        await (await app.Admin.PostAsync("/admin/jobs/999999/cancel", null)).ShouldBeError(HttpStatusCode.NotFound, "JOB_NOT_FOUND");
    }
}
