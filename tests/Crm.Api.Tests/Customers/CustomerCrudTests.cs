using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Customers;

public class CustomerCrudTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task CreatingACustomerReturns201WithLocationAndTheStoredRecord()
    {
        var response = await app.Admin.PostJson("/admin/customers", new
        {
            name = "  Ada Lovelace ", email = "ada@analytical.example", phone = "+44 20 1234", company = "Analytical Engines",
            role = "CTO", status = "prospect", contacted = true, next_follow_up_at = "2026-12-01T09:30:00+02:00",
            preferred_contact_method = "email", do_not_contact = false, notes = "met at the fair",
        });

        var body = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/customers/{body.Id()}");
        body.Str("name").ShouldBe("Ada Lovelace");
        body.Str("status").ShouldBe("prospect");
        body.GetProperty("contacted").GetBoolean().ShouldBeTrue();
        body.Str("next_follow_up_at").ShouldBe("2026-12-01T07:30:00Z");
        body.GetProperty("tags").GetArrayLength().ShouldBe(0);
        body.Str("created_at").ShouldEndWith("Z");

        var fetched = await (await app.Admin.GetAsync($"/admin/customers/{body.Id()}")).ShouldHave(HttpStatusCode.OK);
        fetched.Str("email").ShouldBe("ada@analytical.example");
        fetched.Str("company").ShouldBe("Analytical Engines");
    }

    [Fact]
    public async Task ANewCustomerDefaultsToLeadAndNotContacted()
    {
        var body = await (await app.Admin.PostJson("/admin/customers", new { name = "Defaults", email = "defaults@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        body.Str("status").ShouldBe("lead");
        body.GetProperty("contacted").GetBoolean().ShouldBeFalse();
        body.GetProperty("do_not_contact").GetBoolean().ShouldBeFalse();
        body.GetProperty("assigned_to").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData("{\"email\":\"a@example.com\"}", "name")]
    [InlineData("{\"name\":\"   \",\"email\":\"a@example.com\"}", "name")]
    [InlineData("{\"name\":\"A\"}", "email")]
    [InlineData("{\"name\":\"A\",\"email\":\"not-an-email\"}", "email")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@b\"}", "email")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"status\":\"vip\"}", "status")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"preferred_contact_method\":\"pigeon\"}", "preferred_contact_method")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"assigned_to\":0}", "assigned_to")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"assigned_to\":\"seven\"}", "assigned_to")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"next_follow_up_at\":\"tomorrow\"}", "next_follow_up_at")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"next_follow_up_at\":\"2026-01-01T10:00:00\"}", "next_follow_up_at")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"id\":5}", "id")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"created_at\":\"2026-01-01T00:00:00Z\"}", "created_at")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"deleted_at\":null}", "deleted_at")]
    [InlineData("{\"name\":\"A\",\"email\":\"a@example.com\",\"favourite_colour\":\"red\"}", "favourite_colour")]
    public async Task InvalidBodiesAreRefusedNamingTheMember(string json, string member)
    {
        var response = await app.Admin.SendRaw(HttpMethod.Post, "/admin/customers", json);

        var error = await response.ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        using var db = app.OpenConnection();
        using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM customers WHERE email = 'a@example.com'", db);
        ((long)count.ExecuteScalar()!).ShouldBe(0);
    }

    [Theory]
    [InlineData("name", 256)]
    [InlineData("phone", 51)]
    [InlineData("company", 256)]
    [InlineData("role", 101)]
    [InlineData("notes", 10_001)]
    public async Task OverLongStringsAreRefused(string member, int length)
    {
        var body = new Dictionary<string, object> { ["name"] = "Long", ["email"] = $"long-{member}@example.com", [member] = new string('x', length) };
        var error = await (await app.Admin.PostJson("/admin/customers", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task DuplicateEmailInAnyLetterCaseIsAConflict()
    {
        (await app.Admin.PostJson("/admin/customers", new { name = "First", email = "Dup@Example.com" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await app.Admin.PostJson("/admin/customers", new { name = "Second", email = "dup@example.COM" }))
            .ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");
    }

    [Fact]
    public async Task RacingCreatesWithOneEmailLeaveExactlyOneCustomer()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            app.Admin.PostJson("/admin/customers", new { name = $"Racer {i}", email = i % 2 == 0 ? "race@example.com" : "RACE@example.com" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await conflict.ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");
    }

    [Fact]
    public async Task PutChangesOnlyTheMembersSentAndNullClears()
    {
        var created = await (await app.Admin.PostJson("/admin/customers", new
        {
            name = "Replace Me", email = "replace@example.com", phone = "123", company = "Old Co", status = "active", contacted = true,
        })).ShouldHave(HttpStatusCode.Created);

        var replaced = await (await app.Admin.PutJson($"/admin/customers/{created.Id()}", "{\"name\":\"Replaced\",\"company\":null,\"phone\":\"\"}"))
            .ShouldHave(HttpStatusCode.OK);

        replaced.Str("name").ShouldBe("Replaced");
        replaced.Str("email").ShouldBe("replace@example.com");
        replaced.Str("phone").ShouldBe("123");
        replaced.GetProperty("company").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        replaced.Str("status").ShouldBe("active");
        replaced.GetProperty("contacted").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task PutToAnotherCustomersEmailIsAConflict()
    {
        await app.Admin.PostJson("/admin/customers", new { name = "Owner", email = "taken@example.com" });
        var other = await (await app.Admin.PostJson("/admin/customers", new { name = "Other", email = "other@example.com" })).ShouldHave(HttpStatusCode.Created);

        await (await app.Admin.PutJson($"/admin/customers/{other.Id()}", new { name = "Other", email = "TAKEN@example.com" }))
            .ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");
    }

    [Fact]
    public async Task PatchChangesOnlyTheMembersSent()
    {
        var created = await (await app.Admin.PostJson("/admin/customers", new
        {
            name = "Patchy", email = "patchy@example.com", status = "lead", next_follow_up_at = "2026-12-01T00:00:00Z", assigned_to = 7,
        })).ShouldHave(HttpStatusCode.Created);

        var patched = await (await app.Admin.PatchJson($"/admin/customers/{created.Id()}", new { status = "active", contacted = true }))
            .ShouldHave(HttpStatusCode.OK);
        patched.Str("status").ShouldBe("active");
        patched.GetProperty("contacted").GetBoolean().ShouldBeTrue();
        patched.Str("next_follow_up_at").ShouldBe("2026-12-01T00:00:00Z");
        patched.GetProperty("assigned_to").GetInt64().ShouldBe(7);

        var cleared = await (await app.Admin.PatchJson($"/admin/customers/{created.Id()}", "{\"next_follow_up_at\":null,\"assigned_to\":null}"))
            .ShouldHave(HttpStatusCode.OK);
        cleared.GetProperty("next_follow_up_at").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        cleared.GetProperty("assigned_to").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        cleared.Str("status").ShouldBe("active");
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest, "NO_UPDATES")]
    [InlineData("{\"name\":\"Not patchable\"}", HttpStatusCode.BadRequest, "VALIDATION_FAILED")]
    [InlineData("{\"status\":\"vip\"}", HttpStatusCode.BadRequest, "VALIDATION_FAILED")]
    [InlineData("{\"status\":null}", HttpStatusCode.BadRequest, "VALIDATION_FAILED")]
    [InlineData("{\"contacted\":\"yes\"}", HttpStatusCode.BadRequest, "VALIDATION_FAILED")]
    public async Task BadPatchesChangeNothing(string json, HttpStatusCode status, string code)
    {
        var created = await (await app.Admin.PostJson("/admin/customers", new { name = "Stable", email = $"stable{Guid.NewGuid():N}@example.com" }))
            .ShouldHave(HttpStatusCode.Created);

        await (await app.Admin.SendRaw(HttpMethod.Patch, $"/admin/customers/{created.Id()}", json)).ShouldBeError(status, code);

        var after = await (await app.Admin.GetAsync($"/admin/customers/{created.Id()}")).ShouldHave(HttpStatusCode.OK);
        after.Str("status").ShouldBe("lead");
        after.Str("updated_at").ShouldBe(created.Str("updated_at"));
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("1.5", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("99999999999999999999", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("0", HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND")]
    [InlineData("-3", HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND")]
    [InlineData("424242", HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND")]
    public async Task BadOrUnknownIdsAnswer400Or404(string id, HttpStatusCode status, string code)
    {
        await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldBeError(status, code);
        await (await app.Admin.PatchJson($"/admin/customers/{id}", new { status = "active" })).ShouldBeError(status, code);
        await (await app.Admin.Delete($"/admin/customers/{id}")).ShouldBeError(status, code);
    }
}
