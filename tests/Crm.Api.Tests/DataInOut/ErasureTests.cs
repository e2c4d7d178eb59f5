using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Crm.Api.Tests.Attachments;
using Crm.Api.Tests.Infrastructure;
using Crm.Api.Tests.Webhooks;
using Npgsql;

namespace Crm.Api.Tests.DataInOut;

/// <summary>
/// Erasure (contract section 9) through the real pipeline, the real job runner, a real webhook receiver and a real
/// attachment directory; checked from outside the service: a pg_dump of the whole database and the files of the store.
/// </summary>
public class ErasureTests(ErasureTests.ErasureFactory app) : IClassFixture<ErasureTests.ErasureFactory>
{
    /// <summary>Webhooks on (deliveries hold copies of events) and attachments in a directory the test lists.</summary>
    public sealed class ErasureFactory : WebhookFactory
    {
        public string StoreDirectory { get; } = Directory.CreateTempSubdirectory("crm-erasure-").FullName;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
        {
            ["STORAGE_BACKEND"] = "local", ["STORAGE_LOCAL_PATH"] = StoreDirectory,
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            try { Directory.Delete(StoreDirectory, recursive: true); } catch (IOException) { }
        }
    }

    static string Tag() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A customer with one of everything that can hold its personal data; returns its id.</summary>
    async Task<long> PersonAsync(string name, string email, string contactName, string contactEmail)
    {
        // Created by an import whose file also has a failing row quoting the same e-mail (kept in the errors file).
        var import = await app.Admin.ImportAsync("customers", "create",
            $"name,email,phone,company\n{name},{email},+1 555 0100,{name} Ltd\n{name} Again,{email.ToUpperInvariant()},,\n",
            fileName: $"{name}.csv");
        (import.Count("created"), import.Count("failed")).ShouldBe((1, 1));
        var list = await (await app.Admin.GetAsync($"/admin/customers?search={Uri.EscapeDataString(email)}")).ShouldHave(HttpStatusCode.OK);
        var id = list.GetProperty("data").EnumerateArray().Single().Id();

        // Audit history with old and new values.
        await (await app.Admin.PutJson($"/admin/customers/{id}", new { name, email, phone = "+1 555 0199", company = $"{name} Holdings", notes = $"Met {name} at the fair" }))
            .ShouldHave(HttpStatusCode.OK);
        // A contact created with an Idempotency-Key: its cached answer holds the contact.
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/customers/{id}/contacts")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { first_name = contactName, last_name = "Contact", email = contactEmail, phone = "+1 555 0142", notes = $"Assistant of {name}" }),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", $"contact-{email}");
        var contact = await (await app.Admin.SendAsync(request)).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PutJson($"/admin/contacts/{contact.Id()}", new { first_name = contactName, email = contactEmail, position = $"Deputy of {name}" }))
            .ShouldHave(HttpStatusCode.OK);

        // A merge into it that copied another customer's company: the merge record keeps the company it had ("<name> Holdings").
        var twin = await (await app.Admin.PostJson("/admin/customers", new { name = $"Twin {Tag()}", email = $"twin-{Tag()}@example.com", company = "Twin Co" }))
            .ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson($"/admin/customers/{id}/merge", new { source_id = twin.Id(), prefer = new { company = "source" } }))
            .ShouldHave(HttpStatusCode.OK);

        var deal = await (await app.Admin.PostJson("/admin/deals", new { title = $"{name} renewal", description = $"Call {email}", customer_id = id, amount = 1234.5 }))
            .ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = $"Call {name}", description = $"Dial {email}", customer_id = id, deal_id = deal.Id() }))
            .ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson($"/admin/customers/{id}/notes", new { content = $"{name} prefers mornings; write to {email}" })).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson($"/admin/deals/{deal.Id()}/notes", new { content = $"{contactName} signs for {name}" })).ShouldHave(HttpStatusCode.Created);
        await app.Admin.Uploaded($"/admin/customers/{id}/attachments", Encoding.UTF8.GetBytes($"Passport of {name}, {email}"), $"{name} passport.txt", "text/plain");
        await app.Admin.Uploaded($"/admin/deals/{deal.Id()}/attachments", Encoding.UTF8.GetBytes($"Contract signed by {contactName} <{contactEmail}>"), $"{contactName}.txt", "text/plain");
        return id;
    }

    string Dump()
    {
        var start = new ProcessStartInfo("pg_dump", ["--no-owner", "--dbname", TestDatabase.Url(app.DatabaseName)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var dump = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error.Result);
        return dump;
    }

    /// <summary>Every file of the store: its path and its bytes, as text.</summary>
    List<(string Path, string Content)> Store() =>
        [.. Directory.EnumerateFiles(app.StoreDirectory, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f)))];

    [Fact]
    public async Task ErasureLeavesNoPersonalValueInTheDatabaseDumpOrTheStoreAndKeepsTheRest()
    {
        var t = Tag();
        await using var receiver = await Receiver.StartAsync();
        receiver.Echo = true;
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url);

        var (name, email, contactName, contactEmail) = ($"Zelda Quimby{t}", $"zelda.quimby.{t}@erase.example", $"Ottilie{t}", $"ottilie.{t}@erase.example");
        var (otherName, otherEmail) = ($"Marvin Keep{t}", $"marvin.keep.{t}@keep.example");
        var id = await PersonAsync(name, email, contactName, contactEmail);
        var other = await PersonAsync(otherName, otherEmail, $"Keeper{t}", $"keeper.{t}@keep.example");
        // Every event so far delivered, so each delivery holds the receiver's answer (which quotes the event).
        await app.WaitForDeliveriesAsync(webhook, rows => rows.Count >= 20 && rows.All(r => r.Status == "succeeded"));
        var dealsBefore = await (await app.Admin.GetAsync($"/admin/deals?customer_id={id}")).ShouldHave(HttpStatusCode.OK);
        var before = Dump().ToLowerInvariant();
        foreach (var secret in new[] { name, email, contactName, contactEmail }) before.ShouldContain(secret.ToLowerInvariant());

        // A wrong or missing confirmation changes nothing.
        await (await app.Admin.PostJson($"/admin/customers/{id}/erase", new { confirm = otherEmail })).ShouldBeError(HttpStatusCode.BadRequest, "CONFIRMATION_REQUIRED");
        await (await app.Admin.PostJson($"/admin/customers/{id}/erase", new { })).ShouldBeError(HttpStatusCode.BadRequest, "CONFIRMATION_REQUIRED");
        (await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK)).Str("email").ShouldBe(email);
        await (await app.Admin.PostJson("/admin/customers/99999999/erase", new { confirm = email })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");

        var response = await app.Admin.PostJson($"/admin/customers/{id}/erase", new { confirm = email.ToUpperInvariant() });
        var queued = await response.ShouldHave(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().ShouldBe($"/admin/jobs/{queued.Id()}");
        queued.Str("kind").ShouldBe("erase");
        var job = await app.Admin.WaitForJobAsync(queued.Id());
        job.Str("status").ShouldBe("completed", string.Join("\n", app.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Exception!.ToString())));
        // Asked again (the e-mail is gone now): the same job, nothing erased twice.
        var again = await (await app.Admin.PostJson($"/admin/customers/{id}/erase", new { confirm = email })).ShouldHave(HttpStatusCode.Accepted);
        again.Id().ShouldBe(queued.Id());

        var dump = Dump().ToLowerInvariant();
        foreach (var secret in new[] { name, email, contactName, contactEmail, "zelda", "quimby" })
            dump.ShouldNotContain(secret.ToLowerInvariant(), customMessage: $"{secret} is still in the database");
        foreach (var kept in new[] { otherName, otherEmail, $"Keeper{t}", $"keeper.{t}@keep.example" })
            dump.ShouldContain(kept.ToLowerInvariant(), customMessage: $"{kept} (another customer's) was erased too");
        var store = Store();
        bool Mentions(string text) => new[] { name, email, contactName, contactEmail }.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase));
        store.Where(f => Mentions(f.Path) || Mentions(f.Content)).Select(f => f.Path).ShouldBeEmpty();
        store.Count(f => f.Content.Contains(otherEmail)).ShouldBe(1, "the other customer's attachment stays");

        // What the reports need stays: the ids, amounts, stages and dates.
        var customer = await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK);
        (customer.Str("name"), customer.Str("email"), customer.Str("phone"), customer.Str("company")).ShouldBe(("[erased]", "[erased]", "[erased]", "[erased]"));
        var dealsAfter = await (await app.Admin.GetAsync($"/admin/deals?customer_id={id}")).ShouldHave(HttpStatusCode.OK);
        var (was, now) = (dealsBefore.GetProperty("data")[0], dealsAfter.GetProperty("data")[0]);
        (now.Id(), now.GetProperty("amount").GetDecimal(), now.Str("stage"), now.Str("created_at"), now.Str("title"))
            .ShouldBe((was.Id(), was.GetProperty("amount").GetDecimal(), was.Str("stage"), was.Str("created_at"), "[erased]"));
        (await (await app.Admin.GetAsync($"/admin/customers/{other}")).ShouldHave(HttpStatusCode.OK)).Str("email").ShouldBe(otherEmail);

        // Audited as erase without personal data; its event carries the erased record, so receivers overwrite their copy.
        await using (var connection = app.OpenConnection())
        {
            await using var command = new NpgsqlCommand("""
                SELECT a.changes IS NULL, e.type, e.data::jsonb->>'email' FROM audit_logs a
                JOIN crm_events e ON e.resource_type = a.resource_type AND e.resource_id = a.resource_id AND e.request_id = a.request_id
                WHERE a.resource_type = 'customer' AND a.resource_id = $1 AND a.action = 'erase'
                """, connection);
            command.Parameters.AddWithValue(id);
            await using var reader = await command.ExecuteReaderAsync();
            (await reader.ReadAsync()).ShouldBeTrue("no erase entry in the audit log");
            (reader.GetBoolean(0), reader.GetString(1), reader.GetString(2)).ShouldBe((true, "customer.updated", "[erased]"));
            (await reader.ReadAsync()).ShouldBeFalse("erased twice");
        }
    }

    [Fact]
    public async Task ErasedCustomersStayLiveSideBySideAndTheirEmailsAreFreeAgain()
    {
        var t = Tag();
        var erased = new List<long>();
        foreach (var name in new[] { "First", "Second" })
        {
            var email = $"{name.ToLowerInvariant()}-{t}@example.com";
            var customer = await (await app.Admin.PostJson("/admin/customers", new { name = $"{name} {t}", email })).ShouldHave(HttpStatusCode.Created);
            var job = await (await app.Admin.PostJson($"/admin/customers/{customer.Id()}/erase", new { confirm = email })).ShouldHave(HttpStatusCode.Accepted);
            (await app.Admin.WaitForJobAsync(job.Id())).Str("status").ShouldBe("completed");
            erased.Add(customer.Id());
        }
        foreach (var id in erased)
        {
            var customer = await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK);
            (customer.Str("email"), customer.GetProperty("deleted_at").ValueKind).ShouldBe(("[erased]", JsonValueKind.Null));
        }
        // The erased address is no one's now; a live one is still unique.
        await (await app.Admin.PostJson("/admin/customers", new { name = "New", email = $"first-{t}@example.com" })).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson("/admin/customers", new { name = "Again", email = $"FIRST-{t}@example.com" }))
            .ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");
    }

    [Fact]
    public async Task OnlyAnAdminErases()
    {
        var t = Tag();
        var email = $"kept-{t}@example.com";
        var customer = await (await app.Admin.PostJson("/admin/customers", new { name = $"Kept {t}", email })).ShouldHave(HttpStatusCode.Created);
        (await (await app.Admin.GetAsync("/admin/me")).ShouldHave(HttpStatusCode.OK)).GetProperty("permissions").EnumerateArray()
            .Select(p => p.GetString()).ShouldContain("customers:erase:all");
        foreach (var role in new[] { "manager", "agent" })
            await (await app.As(role, 7).PostJson($"/admin/customers/{customer.Id()}/erase", new { confirm = email }))
                .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await (await app.Admin.GetAsync($"/admin/customers/{customer.Id()}")).ShouldHave(HttpStatusCode.OK)).Str("email").ShouldBe(email);
    }

    [Fact]
    public async Task TheAuditLogStaysAppendOnlyButForAnErasuresValues()
    {
        var customer = await (await app.Admin.PostJson("/admin/customers", new { name = $"Audited {Tag()}", email = $"audited-{Tag()}@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        await using var connection = app.OpenConnection();
        async Task<string?> TryAsync(string sql, bool erasing = false)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            try
            {
                if (erasing)
                    await using (var declare = new NpgsqlCommand("SELECT set_config('crm.erasure', 'on', true)", connection, transaction))
                        await declare.ExecuteNonQueryAsync();
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                command.Parameters.AddWithValue(customer.Id());
                await command.ExecuteNonQueryAsync();
                return null;
            }
            catch (PostgresException e) { return e.MessageText; }
            finally { await transaction.RollbackAsync(); }
        }
        const string Values = "UPDATE audit_logs SET changes = '{}' WHERE resource_type = 'customer' AND resource_id = $1";
        (await TryAsync(Values)).ShouldBe("audit_logs is append-only");
        (await TryAsync(Values, erasing: true)).ShouldBeNull();
        (await TryAsync("UPDATE audit_logs SET action = 'x' WHERE resource_type = 'customer' AND resource_id = $1", erasing: true))
            .ShouldBe("audit_logs is append-only");
        (await TryAsync("DELETE FROM audit_logs WHERE resource_type = 'customer' AND resource_id = $1", erasing: true))
            .ShouldBe("audit_logs is append-only");
    }
}
