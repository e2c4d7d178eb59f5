using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Contacts;

public class ContactCrudTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<long> NewCustomer(long? assignedTo = null) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Acme", email = $"c{Guid.NewGuid():N}@example.com", assigned_to = assignedTo }))
            .ShouldHave(HttpStatusCode.Created)).Id();

    async Task<JsonElement> NewContact(long customerId, object body) =>
        await (await app.Admin.PostJson($"/admin/customers/{customerId}/contacts", body)).ShouldHave(HttpStatusCode.Created);

    [Fact]
    public async Task CreatingAContactReturns201WithLocationAndTheStoredRecord()
    {
        var customer = await NewCustomer();

        var response = await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new
        {
            first_name = " Grace ", last_name = "Hopper", email = "grace@navy.example", phone = "+1 555", position = "Admiral", notes = "COBOL",
        });

        var body = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/contacts/{body.Id()}");
        body.Str("first_name").ShouldBe("Grace");
        body.Str("last_name").ShouldBe("Hopper");
        body.GetProperty("customer_id").GetInt64().ShouldBe(customer);
        body.Str("position").ShouldBe("Admiral");
        body.Str("created_at").ShouldEndWith("Z");

        var fetched = await (await app.Admin.GetAsync($"/admin/contacts/{body.Id()}")).ShouldHave(HttpStatusCode.OK);
        fetched.Str("email").ShouldBe("grace@navy.example");
    }

    [Fact]
    public async Task ACustomersFirstContactBecomesPrimaryAndLaterOnesDoNot()
    {
        var customer = await NewCustomer();

        var first = await NewContact(customer, new { first_name = "First", is_primary = false });
        var second = await NewContact(customer, new { first_name = "Second" });

        first.GetProperty("is_primary").GetBoolean().ShouldBeTrue();
        second.GetProperty("is_primary").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task CreatingAPrimaryContactUnprimariesThePreviousOne()
    {
        var customer = await NewCustomer();
        var first = await NewContact(customer, new { first_name = "First" });

        var second = await NewContact(customer, new { first_name = "Second", is_primary = true });

        second.GetProperty("is_primary").GetBoolean().ShouldBeTrue();
        var old = await (await app.Admin.GetAsync($"/admin/contacts/{first.Id()}")).ShouldHave(HttpStatusCode.OK);
        old.GetProperty("is_primary").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task TheListShowsThePrimaryFirstThenTheOldestFirstInPages()
    {
        var customer = await NewCustomer();
        var a = (await NewContact(customer, new { first_name = "Alpha" })).Id();
        var b = (await NewContact(customer, new { first_name = "Bravo" })).Id();
        var c = (await NewContact(customer, new { first_name = "Charlie", is_primary = true })).Id();
        var d = (await NewContact(customer, new { first_name = "Delta" })).Id();
        await NewContact(await NewCustomer(), new { first_name = "Elsewhere" });

        var page1 = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?page_size=3")).ShouldHave(HttpStatusCode.OK);
        page1.GetProperty("data").EnumerateArray().Select(x => x.Id()).ShouldBe([c, a, b]);
        page1.GetProperty("total").GetInt32().ShouldBe(4);
        page1.GetProperty("total_pages").GetInt32().ShouldBe(2);
        var page2 = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?page_size=3&page=2")).ShouldHave(HttpStatusCode.OK);
        page2.GetProperty("data").EnumerateArray().Select(x => x.Id()).ShouldBe([d]);

        var reversed = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?sort_order=desc")).ShouldHave(HttpStatusCode.OK);
        reversed.GetProperty("data").EnumerateArray().Select(x => x.Id()).ShouldBe([d, b, a, c]);
    }

    [Theory]
    [InlineData("asc")]
    [InlineData("desc")]
    public async Task CursorPagingWalksThePrimaryFirstOrderWithoutGapsOrRepeats(string order)
    {
        var customer = await NewCustomer();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add((await NewContact(customer, new { first_name = $"C{i}", is_primary = i == 2 })).Id());
        var expected = new[] { ids[2], ids[0], ids[1], ids[3], ids[4] };
        if (order == "desc") expected = expected.Reverse().ToArray();

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            (++pages).ShouldBeLessThanOrEqualTo(100, "the cursor never ended");
            var url = $"/admin/customers/{customer}/contacts?paging=cursor&page_size=2&sort_order={order}" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(x => x.Id()));
            cursor = page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);

        seen.ShouldBe(expected);
    }

    [Fact]
    public async Task TheListSortsByName()
    {
        var customer = await NewCustomer();
        var zed = (await NewContact(customer, new { first_name = "Zed", last_name = "Adams" })).Id();
        var amy = (await NewContact(customer, new { first_name = "Amy", last_name = "Young" })).Id();

        var byFirst = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?sort_by=first_name")).ShouldHave(HttpStatusCode.OK);
        byFirst.GetProperty("data").EnumerateArray().Select(x => x.Id()).ShouldBe([amy, zed]);
        var byLast = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?sort_by=last_name&sort_order=desc")).ShouldHave(HttpStatusCode.OK);
        byLast.GetProperty("data").EnumerateArray().Select(x => x.Id()).ShouldBe([amy, zed]);
        var byCreated = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?sort_by=created_at&sort_order=desc")).ShouldHave(HttpStatusCode.OK);
        byCreated.GetProperty("data").EnumerateArray().Select(x => x.Id()).ShouldBe([amy, zed]);
        var byUpdated = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?sort_by=updated_at")).ShouldHave(HttpStatusCode.OK);
        byUpdated.GetProperty("data").EnumerateArray().Select(x => x.Id()).ShouldBe([zed, amy]);
    }

    [Theory]
    [InlineData("sort_by=email")]
    [InlineData("sort_order=up")]
    [InlineData("page=0")]
    [InlineData("page_size=101")]
    [InlineData("cursor=garbage")]
    public async Task BadListQueriesAreRefused(string query)
    {
        var customer = await NewCustomer();
        await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Theory]
    [InlineData("{}", "first_name")]
    [InlineData("{\"first_name\":\"  \"}", "first_name")]
    [InlineData("{\"first_name\":\"A\",\"email\":\"nope\"}", "email")]
    [InlineData("{\"first_name\":\"A\",\"is_primary\":\"yes\"}", "is_primary")]
    [InlineData("{\"first_name\":\"A\",\"id\":3}", "id")]
    [InlineData("{\"first_name\":\"A\",\"customer_id\":3}", "customer_id")]
    [InlineData("{\"first_name\":\"A\",\"created_at\":\"2026-01-01T00:00:00Z\"}", "created_at")]
    public async Task InvalidBodiesAreRefusedNamingTheMember(string json, string member)
    {
        var customer = await NewCustomer();

        var error = await (await app.Admin.SendRaw(HttpMethod.Post, $"/admin/customers/{customer}/contacts", json))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        var list = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("first_name", 101)]
    [InlineData("last_name", 101)]
    [InlineData("email", 256)]
    [InlineData("phone", 51)]
    [InlineData("position", 101)]
    [InlineData("notes", 10_001)]
    public async Task OverLongStringsAreRefused(string member, int length)
    {
        var customer = await NewCustomer();
        var value = member == "email" ? new string('x', length - 12) + "@example.com" : new string('x', length);
        var body = new Dictionary<string, object> { ["first_name"] = "Long", [member] = value };

        var error = await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task ContactsOfAnUnknownOrDeletedCustomerAreNotFound()
    {
        var deleted = await NewCustomer();
        await NewContact(deleted, new { first_name = "Gone" });
        (await app.Admin.Delete($"/admin/customers/{deleted}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var customer in new[] { deleted, 987654L })
        {
            await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
            await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new { first_name = "X" }))
                .ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        }
        await (await app.Admin.GetAsync("/admin/customers/abc/contacts")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_ID");
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("0", HttpStatusCode.NotFound, "CONTACT_NOT_FOUND")]
    [InlineData("424242", HttpStatusCode.NotFound, "CONTACT_NOT_FOUND")]
    public async Task BadOrUnknownContactIdsAnswer400Or404(string id, HttpStatusCode status, string code)
    {
        await (await app.Admin.GetAsync($"/admin/contacts/{id}")).ShouldBeError(status, code);
        await (await app.Admin.PutJson($"/admin/contacts/{id}", new { first_name = "X" })).ShouldBeError(status, code);
        await (await app.Admin.Delete($"/admin/contacts/{id}")).ShouldBeError(status, code);
    }
}
