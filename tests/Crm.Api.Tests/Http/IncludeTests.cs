using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Tests.Infrastructure;
using Crm.Api.Tests.Security;
using static Crm.Api.Tests.Security.ReachBook;

namespace Crm.Api.Tests.Http;

/// <summary>
/// <c>include=</c> on the customer and deal pages (issue 13): each included list is what its own list route answers with
/// page_size=100, within the caller's reach, so a detail page is one call. Run on the reach book (AGENT_READ_SCOPE=own),
/// where the expected ids are written from the book's names: "D8on7" is agent 8's deal on agent 7's customer.
/// </summary>
public class IncludeTests(ReachBook book) : IClassFixture<ReachBook>
{
    const string All = "contacts,deals,activities,notes,attachments,tags";

    HttpClient Agent7 => book.As("agent", 7);

    /// <summary>A list answer without its signed download links, which carry the moment they were issued.</summary>
    static string Comparable(JsonElement list)
    {
        var node = JsonNode.Parse(list.GetRawText())!;
        foreach (var row in node["data"]!.AsArray()) row!.AsObject().Remove("download_url");
        return node.ToJsonString();
    }

    async Task TheListIsWhatItsRouteAnswers(HttpClient client, JsonElement included, string name, string route)
    {
        var separate = await (await client.GetAsync(route + (route.Contains('?') ? "&" : "?") + "page_size=100")).ShouldHave(HttpStatusCode.OK);
        Comparable(included.GetProperty(name)).ShouldBe(Comparable(separate), name);
    }

    async Task<long> TagOn(long customer, string name)
    {
        var tag = (await (await book.Admin.PostJson("/admin/tags", new { name })).ShouldHave(HttpStatusCode.Created)).Id();
        await (await book.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null)).ShouldHave(HttpStatusCode.OK);
        return tag;
    }

    [Fact]
    public async Task TheCustomerPageIncludesWhatTheSeparateCallsAnswerWithinReach()
    {
        var tag = await TagOn(book.C7, "Include Seven");

        var page = await (await Agent7.GetAsync($"/admin/customers/{book.C7}?include={All}")).ShouldHave(HttpStatusCode.OK);
        var included = page.GetProperty("included");

        Ids(included.GetProperty("contacts").GetProperty("data")).ShouldBe([book.K7]);
        Ids(included.GetProperty("deals").GetProperty("data")).Order().ShouldBe(Sorted(book.D7on7, book.D8on7));
        Ids(included.GetProperty("activities").GetProperty("data")).ShouldBe([book.A8onC7]);
        Ids(included.GetProperty("notes").GetProperty("data")).ShouldBe([book.N8onC7]);
        Ids(included.GetProperty("attachments").GetProperty("data")).ShouldBe([book.FileOnC7]);
        Ids(included.GetProperty("tags").GetProperty("data")).ShouldBe([tag]);

        await TheListIsWhatItsRouteAnswers(Agent7, included, "contacts", $"/admin/customers/{book.C7}/contacts");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "deals", $"/admin/deals?customer_id={book.C7}");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "activities", $"/admin/activities?customer_id={book.C7}");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "notes", $"/admin/customers/{book.C7}/notes");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "attachments", $"/admin/customers/{book.C7}/attachments");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "tags", $"/admin/tags?ids={tag}");
    }

    [Fact]
    public async Task ADealPageOnSomeoneElsesCustomerIncludesOnlyWhatTheAgentReaches()
    {
        await TagOn(book.C8, "Include Eight");

        // Agent 7 owns D7on8 on agent 8's customer: the deal's activities, notes and files are theirs through the deal; the
        // customer's contacts and tags are not, and of the customer's deals only their own.
        var page = await (await Agent7.GetAsync($"/admin/deals/{book.D7on8}?include={All}")).ShouldHave(HttpStatusCode.OK);
        var included = page.GetProperty("included");

        Ids(included.GetProperty("contacts").GetProperty("data")).ShouldBeEmpty();
        Ids(included.GetProperty("deals").GetProperty("data")).ShouldBe([book.D7on8]);
        Ids(included.GetProperty("activities").GetProperty("data")).ShouldBe([book.A8onD7on8]);
        Ids(included.GetProperty("notes").GetProperty("data")).ShouldBe([book.N8onD7on8]);
        Ids(included.GetProperty("attachments").GetProperty("data")).ShouldBe([book.FileOnD7on8]);
        Ids(included.GetProperty("tags").GetProperty("data")).ShouldBeEmpty();
        included.GetProperty("contacts").GetProperty("total").GetInt32().ShouldBe(0);

        await (await Agent7.GetAsync($"/admin/customers/{book.C8}/contacts")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "deals", $"/admin/deals?customer_id={book.C8}");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "activities", $"/admin/activities?deal_id={book.D7on8}");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "notes", $"/admin/deals/{book.D7on8}/notes");
        await TheListIsWhatItsRouteAnswers(Agent7, included, "attachments", $"/admin/deals/{book.D7on8}/attachments");
    }

    [Fact]
    public async Task AnAdminsCustomerPageIncludesEverythingOfTheCustomer()
    {
        var included = (await (await book.Admin.GetAsync($"/admin/customers/{book.C8}?include=contacts,deals,activities,notes,attachments"))
            .ShouldHave(HttpStatusCode.OK)).GetProperty("included");

        Ids(included.GetProperty("contacts").GetProperty("data")).ShouldBe([book.K8]);
        Ids(included.GetProperty("deals").GetProperty("data")).Order().ShouldBe(Sorted(book.D7on8, book.D8on8));
        Ids(included.GetProperty("activities").GetProperty("data")).Order().ShouldBe(Sorted(book.A7onC8, book.A8onD7on8, book.A8onC8, book.A8onD8on8));
        Ids(included.GetProperty("notes").GetProperty("data")).Order().ShouldBe(Sorted(book.N7onC8, book.N8onD7on8, book.N8onC8));
        Ids(included.GetProperty("attachments").GetProperty("data")).ShouldBe([book.FileOnC8]);
        // Only what was asked for.
        included.GetProperty("tags").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task WithoutIncludeThePagesAreAsBefore()
    {
        var customer = await (await book.Admin.GetAsync($"/admin/customers/{book.C7}")).ShouldHave(HttpStatusCode.OK);
        var deal = await (await book.Admin.GetAsync($"/admin/deals/{book.D7on7}")).ShouldHave(HttpStatusCode.OK);

        customer.GetProperty("included").ValueKind.ShouldBe(JsonValueKind.Null);
        deal.GetProperty("included").ValueKind.ShouldBe(JsonValueKind.Null);
        Ids(customer.GetProperty("contacts")).ShouldBe([book.K7]);
    }

    [Fact]
    public async Task AnIncludedListIsBoundedAndItsTotalSaysHowManyThereAre()
    {
        var customer = (await (await book.Admin.PostJson("/admin/customers", new { name = "Many Contacts", email = "many@include.example" }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        await using (var db = book.OpenConnection())
        await using (var insert = new Npgsql.NpgsqlCommand(
            $"INSERT INTO contacts (customer_id, first_name, is_primary) SELECT {customer}, 'Contact ' || n, n = 1 FROM generate_series(1, 105) n", db))
            await insert.ExecuteNonQueryAsync();

        var contacts = (await (await book.Admin.GetAsync($"/admin/customers/{customer}?include=contacts")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("included").GetProperty("contacts");

        contacts.GetProperty("data").GetArrayLength().ShouldBe(100);
        (contacts.GetProperty("total").GetInt32(), contacts.GetProperty("total_pages").GetInt32()).ShouldBe((105, 2));
    }

    [Theory]
    [InlineData("include=timeline")]
    [InlineData("include=contacts,Deals")]
    [InlineData("include=contacts&include=deals")]
    public async Task AnUnknownIncludeIsRefusedNamingTheParameter(string query)
    {
        foreach (var url in new[] { $"/admin/customers/{book.C7}", $"/admin/deals/{book.D7on7}" })
        {
            var error = await (await book.Admin.GetAsync($"{url}?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
            error.GetProperty("data").GetProperty("errors").TryGetProperty("include", out _).ShouldBeTrue(url);
        }
        // Refused before the record is looked up: a missing one answers the same 400.
        await (await book.Admin.GetAsync($"/admin/customers/999999?{query}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }
}
