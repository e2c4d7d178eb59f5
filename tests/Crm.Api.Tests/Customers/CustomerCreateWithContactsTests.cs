using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Crm.Api.Tests.Deals;

namespace Crm.Api.Tests.Customers;

/// <summary>
/// POST /admin/customers with <c>contacts</c> and <c>tag_ids</c> (issue 13, "fewer round trips"): the customer, its contacts and
/// its tags are stored in one transaction, each audited and evented as its own call would be, or nothing is stored at all.
/// </summary>
public class CustomerCreateWithContactsTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<long> TagAsync(string name) =>
        (await (await app.Admin.PostJson("/admin/tags", new { name, color = "#112233" })).ShouldHave(HttpStatusCode.Created)).Id();

    static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string requestId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/customers") { Content = JsonContent(body) };
        request.Headers.Add("X-Request-ID", requestId);
        return client.SendAsync(request);
    }

    static StringContent JsonContent(object body) => new(body as string ?? JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    long Scalar(string sql) => app.Scalar<long>(sql);

    /// <summary>What a request left behind: customers with the email, contacts of them, tag rows, audit rows and events.</summary>
    (long Customers, long Contacts, long TagRows, long AuditRows, long Events) Traces(string email, string requestId) => (
        Scalar($"SELECT count(*) FROM customers WHERE email = '{email}'"),
        Scalar($"SELECT count(*) FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE c.email = '{email}'"),
        Scalar($"SELECT count(*) FROM customer_tags t JOIN customers c ON c.id = t.customer_id WHERE c.email = '{email}'"),
        Scalar($"SELECT count(*) FROM audit_logs WHERE request_id = '{requestId}'"),
        Scalar($"SELECT count(*) FROM crm_events WHERE request_id = '{requestId}'"));

    [Fact]
    public async Task ACustomerIsCreatedWithTwoContactsAndTagsInOneCall()
    {
        var vip = await TagAsync("Create VIP");
        var partner = await TagAsync("Create Partner");
        var requestId = $"create-with-contacts-{Guid.NewGuid():N}";

        var response = await PostAsync(app.Admin, new
        {
            name = "Ada Lovelace", email = "ada@create-with.example",
            contacts = new object[]
            {
                new { first_name = "Grace", last_name = "Hopper", email = "grace@create-with.example" },
                new { first_name = "Alan", is_primary = true, phone = "+44 161 496 0000" },
            },
            tag_ids = new[] { partner, vip },
        }, requestId);

        var created = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/customers/{created.Id()}");
        // The one marked primary is primary, and comes first.
        var contacts = created.GetProperty("contacts").EnumerateArray().ToList();
        contacts.Select(c => (c.Str("first_name"), c.GetProperty("is_primary").GetBoolean())).ShouldBe([("Alan", true), ("Grace", false)]);
        contacts.ShouldAllBe(c => c.GetProperty("customer_id").GetInt64() == created.Id());
        created.GetProperty("tags").EnumerateArray().Select(t => t.Str("name")).ShouldBe(["Create Partner", "Create VIP"]);

        // The detail page shows the same records.
        var page = await (await app.Admin.GetAsync($"/admin/customers/{created.Id()}")).ShouldHave(HttpStatusCode.OK);
        page.GetProperty("contacts").EnumerateArray().Select(c => c.Id()).ShouldBe(contacts.Select(c => c.Id()));
        page.GetProperty("tags").EnumerateArray().Select(t => t.Id()).Order().ShouldBe(new[] { vip, partner }.Order());

        // One audit row and one event per record and per tag assignment, as the separate calls write them.
        Scalar($"SELECT count(*) FROM audit_logs WHERE request_id = '{requestId}' AND resource_type = 'customer' AND action = 'create'").ShouldBe(1);
        Scalar($"SELECT count(*) FROM audit_logs WHERE request_id = '{requestId}' AND resource_type = 'contact' AND action = 'create'").ShouldBe(2);
        Scalar($"SELECT count(*) FROM audit_logs WHERE request_id = '{requestId}' AND resource_type = 'customer' AND action = 'tag_assign'").ShouldBe(2);
        Scalar($"SELECT count(*) FROM crm_events WHERE request_id = '{requestId}' AND type = 'customer.created'").ShouldBe(1);
        Scalar($"SELECT count(*) FROM crm_events WHERE request_id = '{requestId}' AND type = 'contact.created'").ShouldBe(2);
        Scalar($"SELECT count(*) FROM crm_events WHERE request_id = '{requestId}' AND type = 'tag.assigned'").ShouldBe(2);
        // Everything committed in one transaction (the events carry its id).
        Scalar($"SELECT count(DISTINCT xid) FROM crm_events WHERE request_id = '{requestId}'").ShouldBe(1);
    }

    [Fact]
    public async Task WithoutAMarkedPrimaryTheFirstContactIsPrimary()
    {
        var created = await (await app.Admin.PostJson("/admin/customers", new
        {
            name = "First Primary", email = "first@create-with.example",
            contacts = new object[] { new { first_name = "One" }, new { first_name = "Two", is_primary = false }, new { first_name = "Three" } },
        })).ShouldHave(HttpStatusCode.Created);

        created.GetProperty("contacts").EnumerateArray().Select(c => (c.Str("first_name"), c.GetProperty("is_primary").GetBoolean()))
            .ShouldBe([("One", true), ("Two", false), ("Three", false)]);
    }

    [Fact]
    public async Task AFailingContactLeavesNothingAndIsNamedByItsPath()
    {
        var tag = await TagAsync("Create Failing");
        var requestId = $"failing-contact-{Guid.NewGuid():N}";

        var error = await (await PostAsync(app.Admin, new
        {
            name = "Nothing Stored", email = "nothing@create-with.example", tag_ids = new[] { tag },
            contacts = new object[] { new { first_name = "Good" }, new { first_name = "Bad", email = "not-an-email" } },
        }, requestId)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["contacts[1].email"]);
        Traces("nothing@create-with.example", requestId).ShouldBe((0, 0, 0, 0, 0));
    }

    [Theory]
    [InlineData("""[{"first_name": ""}]""", "contacts[0].first_name")]
    [InlineData("""[{"first_name": "A"}, {"last_name": "No first name"}]""", "contacts[1].first_name")]
    [InlineData("""[{"first_name": "A", "is_primary": true}, {"first_name": "B", "is_primary": true}]""", "contacts[1].is_primary")]
    [InlineData("""[{"first_name": "A", "favourite_colour": "red"}]""", "contacts[0].favourite_colour")]
    [InlineData("""[{"first_name": "A", "id": 5}]""", "contacts[0].id")]
    [InlineData("""[{"first_name": "A", "is_primary": "yes"}]""", "contacts[0].is_primary")]
    [InlineData("""[null]""", "contacts[0]")]
    [InlineData("""{"first_name": "A"}""", "contacts")]
    public async Task InvalidContactsAreRefusedNamingTheirPath(string contacts, string member)
    {
        var json = $$"""{"name": "Invalid Contacts", "email": "invalid@create-with.example", "contacts": {{contacts}}}""";
        var error = await (await app.Admin.SendRaw(HttpMethod.Post, "/admin/customers", json)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        Scalar("SELECT count(*) FROM customers WHERE email = 'invalid@create-with.example'").ShouldBe(0);
    }

    [Fact]
    public async Task MoreThanAHundredContactsAreRefused()
    {
        var contacts = Enumerable.Range(1, 101).Select(i => new { first_name = $"C{i}" }).ToArray();
        var error = await (await app.Admin.PostJson("/admin/customers", new { name = "Crowd", email = "crowd@create-with.example", contacts }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("contacts", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AnUnknownOrDeletedTagLeavesNothing()
    {
        var deleted = await TagAsync("Create Deleted");
        await (await app.Admin.Delete($"/admin/tags/{deleted}")).ShouldHave(HttpStatusCode.OK);
        var requestId = $"unknown-tag-{Guid.NewGuid():N}";

        var error = await (await PostAsync(app.Admin, new
        {
            name = "Unknown Tag", email = "unknown-tag@create-with.example", contacts = new[] { new { first_name = "Kept" } },
            tag_ids = new[] { deleted, 999_999 },
        }, requestId)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty("tag_ids", out _).ShouldBeTrue();
        Traces("unknown-tag@create-with.example", requestId).ShouldBe((0, 0, 0, 0, 0));
        (await app.Admin.SendRaw(HttpMethod.Post, "/admin/customers", """{"name": "Zero", "email": "zero@create-with.example", "tag_ids": [0]}"""))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>A failure in the database after the customer row was written (a trigger refuses one contact) rolls back everything.</summary>
    [Fact]
    public async Task AContactTheDatabaseRefusesRollsBackTheCustomerItsContactsAndTags()
    {
        var tag = await TagAsync("Create Rollback");
        var requestId = $"rollback-{Guid.NewGuid():N}";
        app.Sql("""
            CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.first_name = 'Boom' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_boom BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION refuse_boom()
            """);
        try
        {
            var response = await PostAsync(app.Admin, new
            {
                name = "Rolled Back", email = "rollback@create-with.example", tag_ids = new[] { tag },
                contacts = new[] { new { first_name = "Fine" }, new { first_name = "Boom" } },
            }, requestId);

            await response.ShouldBeError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
            Traces("rollback@create-with.example", requestId).ShouldBe((0, 0, 0, 0, 0));
        }
        finally
        {
            app.Sql("DROP TRIGGER refuse_boom ON contacts; DROP FUNCTION refuse_boom()");
        }
    }

    [Fact]
    public async Task AnAgentCreatesTheirOwnCustomerWithContactsAndTags()
    {
        var tag = await TagAsync("Create Agent");
        var created = await (await app.As("agent", 3).PostJson("/admin/customers", new
        {
            name = "Agent Made", email = "agent@create-with.example", contacts = new[] { new { first_name = "Their Contact" } }, tag_ids = new[] { tag },
        })).ShouldHave(HttpStatusCode.Created);

        created.GetProperty("assigned_to").GetInt64().ShouldBe(3);
        created.GetProperty("contacts").GetArrayLength().ShouldBe(1);
        created.GetProperty("tags").EnumerateArray().Select(t => t.Id()).ShouldBe([tag]);
    }
}
