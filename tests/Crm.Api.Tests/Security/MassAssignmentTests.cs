using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Security;

/// <summary>
/// Mass assignment (OWASP API3): read-only members in any body are refused naming the member, and the row is unchanged;
/// an agent cannot hand a record to someone else through owner_id or assigned_to.
/// </summary>
public class MassAssignmentTests(MassAssignmentTests.Records app) : IClassFixture<MassAssignmentTests.Records>
{
    public sealed class Records : CrmFactory, IAsyncLifetime
    {
        public long Customer, Contact, Deal, Activity, Note, Tag;

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            var agent = As("agent", 5);
            Customer = (await (await agent.PostJson("/admin/customers", new { name = "Owned", email = "owned@mass.example" })).ShouldHave(HttpStatusCode.Created)).Id();
            Contact = (await (await agent.PostJson($"/admin/customers/{Customer}/contacts", new { first_name = "Con" })).ShouldHave(HttpStatusCode.Created)).Id();
            Deal = (await (await agent.PostJson("/admin/deals", new { title = "Deal", customer_id = Customer })).ShouldHave(HttpStatusCode.Created)).Id();
            Activity = (await (await agent.PostJson("/admin/activities", new { type = "task", title = "Task", customer_id = Customer })).ShouldHave(HttpStatusCode.Created)).Id();
            Note = (await (await agent.PostJson($"/admin/customers/{Customer}/notes", new { content = "Note" })).ShouldHave(HttpStatusCode.Created)).Id();
            Tag = (await (await Admin.PostJson("/admin/tags", new { name = "Tag" })).ShouldHave(HttpStatusCode.Created)).Id();
        }
    }

    public static TheoryData<string, string, string> ReadOnlyMembers()
    {
        var data = new TheoryData<string, string, string>();
        var members = new[] { "id", "created_at", "updated_at", "deleted_at" };
        foreach (var member in members)
        {
            data.Add("POST", "/admin/customers", member);
            data.Add("PUT", "/admin/customers/{customer}", member);
            data.Add("POST", "/admin/customers/{customer}/contacts", member);
            data.Add("PUT", "/admin/contacts/{contact}", member);
            data.Add("POST", "/admin/deals", member);
            data.Add("PUT", "/admin/deals/{deal}", member);
            data.Add("POST", "/admin/activities", member);
            data.Add("PUT", "/admin/activities/{activity}", member);
            data.Add("POST", "/admin/customers/{customer}/notes", member);
            data.Add("PUT", "/admin/notes/{note}", member);
            data.Add("POST", "/admin/tags", member);
            data.Add("PUT", "/admin/tags/{tag}", member);
        }
        foreach (var member in new[] { "author_id", "author_name" })
        {
            data.Add("POST", "/admin/customers/{customer}/notes", member);
            data.Add("PUT", "/admin/notes/{note}", member);
        }
        data.Add("PUT", "/admin/deals/{deal}", "actual_close_date");
        data.Add("PUT", "/admin/deals/{deal}", "stage_changed_at");
        data.Add("PUT", "/admin/activities/{activity}", "completed_at");
        data.Add("PUT", "/admin/activities/{activity}", "is_overdue");
        data.Add("PUT", "/admin/customers/{customer}", "tags");
        data.Add("PUT", "/admin/tags/{tag}", "customer_count");
        return data;
    }

    string Resolve(string url) => url.Replace("{customer}", app.Customer.ToString()).Replace("{contact}", app.Contact.ToString())
        .Replace("{deal}", app.Deal.ToString()).Replace("{activity}", app.Activity.ToString())
        .Replace("{note}", app.Note.ToString()).Replace("{tag}", app.Tag.ToString());

    Dictionary<string, object?> ValidBody(string url) => url switch
    {
        "/admin/customers" => new() { ["name"] = "New", ["email"] = "new@mass.example" },
        _ when url.StartsWith("/admin/customers/{customer}/contacts") || url.StartsWith("/admin/contacts") => new() { ["first_name"] = "Con" },
        _ when url.StartsWith("/admin/customers/{customer}/notes") || url.StartsWith("/admin/notes") => new() { ["content"] = "Note" },
        _ when url.StartsWith("/admin/customers") => new() { ["name"] = "Owned", ["email"] = "owned@mass.example" },
        _ when url.StartsWith("/admin/deals") => new() { ["title"] = "Deal", ["customer_id"] = app.Customer },
        _ when url.StartsWith("/admin/activities") => new() { ["type"] = "task", ["title"] = "Task", ["customer_id"] = app.Customer },
        _ => new() { ["name"] = "Tag" },
    };

    string Snapshot()
    {
        using var db = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand("""
            SELECT (SELECT count(*) FROM customers) || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM customers)
                || '|' || (SELECT count(*) FROM contacts) || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM contacts)
                || '|' || (SELECT count(*) FROM deals) || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM deals)
                || '|' || (SELECT count(*) FROM activities) || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM activities)
                || '|' || (SELECT count(*) FROM notes) || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM notes)
                || '|' || (SELECT count(*) FROM tags) || (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM tags)
            """, db);
        return (string)command.ExecuteScalar()!;
    }

    [Theory]
    [MemberData(nameof(ReadOnlyMembers))]
    public async Task ReadOnlyMembersAreRefusedAndNothingChanges(string method, string url, string member)
    {
        var body = ValidBody(url);
        body[member] = member switch
        {
            "id" or "author_id" or "customer_count" => 424242,
            "is_overdue" => true,
            "tags" => new[] { new { id = 424242 } },
            "author_name" => "Someone else",
            _ => "2020-01-01T00:00:00Z",
        };
        var before = Snapshot();

        var response = await app.Admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), Resolve(url))
        {
            Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"),
        });

        var error = await response.ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        Snapshot().ShouldBe(before);
    }

    [Theory]
    [InlineData("PATCH", "/admin/customers/{customer}", "assigned_to")]
    [InlineData("PUT", "/admin/customers/{customer}", "assigned_to")]
    [InlineData("POST", "/admin/customers", "assigned_to")]
    [InlineData("PUT", "/admin/deals/{deal}", "owner_id")]
    [InlineData("POST", "/admin/deals", "owner_id")]
    [InlineData("PUT", "/admin/activities/{activity}", "assigned_to")]
    [InlineData("POST", "/admin/activities", "assigned_to")]
    public async Task AnAgentCannotGiveARecordToSomeoneElse(string method, string url, string member)
    {
        var body = method == "PATCH" ? new Dictionary<string, object?>() : ValidBody(url);
        body[member] = 99;
        var before = Snapshot();

        var response = await app.As("agent", 5).SendAsync(new HttpRequestMessage(new HttpMethod(method), Resolve(url))
        {
            Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"),
        });

        await response.ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        Snapshot().ShouldBe(before);
    }
}
