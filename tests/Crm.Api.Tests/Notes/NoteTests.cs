using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Contacts;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Notes;

public class NoteTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    async Task<long> NewCustomer(long? assignedTo = null) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Acme", email = $"c{Guid.NewGuid():N}@example.com", assigned_to = assignedTo }))
            .ShouldHave(HttpStatusCode.Created)).Id();

    long Scalar(string sql)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    // Deals have their own module; a row is enough here.
    long NewDeal(long customerId, long? ownerId = null) =>
        Scalar($"INSERT INTO deals (title, customer_id, stage, owner_id) VALUES ('Deal', {customerId}, 'prospecting', {ownerId?.ToString() ?? "NULL"}) RETURNING id");

    async Task<JsonElement> NewNote(HttpClient client, string url, string content = "A note") =>
        await (await client.PostJson(url, new { content })).ShouldHave(HttpStatusCode.Created);

    static IEnumerable<long> Ids(JsonElement list) => list.GetProperty("data").EnumerateArray().Select(x => x.Id());

    [Fact]
    public async Task ACustomerNoteTakesItsAuthorFromTheToken()
    {
        var customer = await NewCustomer();

        var response = await app.As("manager", 5, "Margaret Hamilton").PostJson($"/admin/customers/{customer}/notes", new { content = "  Called them.\nAll good. " });

        var note = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/notes/{note.Id()}");
        note.Str("content").ShouldBe("  Called them.\nAll good. ");
        note.GetProperty("customer_id").GetInt64().ShouldBe(customer);
        note.GetProperty("deal_id").ValueKind.ShouldBe(JsonValueKind.Null);
        note.GetProperty("author_id").GetInt64().ShouldBe(5);
        note.Str("author_name").ShouldBe("Margaret Hamilton");
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'note' AND resource_id = {note.Id()} AND action = 'create'").ShouldBe(1);
    }

    [Fact]
    public async Task ADealNoteCarriesTheDealsCustomerAndShowsOnTheCustomer()
    {
        var customer = await NewCustomer();
        var deal = NewDeal(customer);
        var customerNote = (await NewNote(app.Admin, $"/admin/customers/{customer}/notes", "on the customer")).Id();

        var dealNote = await NewNote(app.Admin, $"/admin/deals/{deal}/notes", "on the deal");

        dealNote.GetProperty("deal_id").GetInt64().ShouldBe(deal);
        dealNote.GetProperty("customer_id").GetInt64().ShouldBe(customer);
        Ids(await (await app.Admin.GetAsync($"/admin/deals/{deal}/notes")).ShouldHave(HttpStatusCode.OK)).ShouldBe([dealNote.Id()]);
        Ids(await (await app.Admin.GetAsync($"/admin/customers/{customer}/notes")).ShouldHave(HttpStatusCode.OK)).ShouldBe([dealNote.Id(), customerNote]);
        var detail = await (await app.Admin.GetAsync($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK);
        detail.GetProperty("counts").GetProperty("notes").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task ListsAreNewestFirstPagedAndSortable()
    {
        var customer = await NewCustomer();
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add((await NewNote(app.Admin, $"/admin/customers/{customer}/notes", $"Note {i}")).Id());
        (await app.Admin.PutJson($"/admin/notes/{ids[0]}", new { content = "edited last" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page1 = await (await app.Admin.GetAsync($"/admin/customers/{customer}/notes?page_size=2")).ShouldHave(HttpStatusCode.OK);
        Ids(page1).ShouldBe([ids[2], ids[1]]);
        page1.GetProperty("total").GetInt32().ShouldBe(3);
        Ids(await (await app.Admin.GetAsync($"/admin/customers/{customer}/notes?page_size=2&page=2")).ShouldHave(HttpStatusCode.OK)).ShouldBe([ids[0]]);
        Ids(await (await app.Admin.GetAsync($"/admin/customers/{customer}/notes?sort_by=updated_at")).ShouldHave(HttpStatusCode.OK))
            .ShouldBe([ids[0], ids[2], ids[1]]);
        Ids(await (await app.Admin.GetAsync($"/admin/customers/{customer}/notes?sort_by=created_at&sort_order=asc")).ShouldHave(HttpStatusCode.OK))
            .ShouldBe([ids[0], ids[1], ids[2]]);

        await (await app.Admin.GetAsync($"/admin/customers/{customer}/notes?sort_by=content")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        await (await app.Admin.GetAsync($"/admin/deals/{NewDeal(customer)}/notes?page_size=0")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }

    [Theory]
    [InlineData("{}", "content")]
    [InlineData("{\"content\":\" \\n \"}", "content")]
    [InlineData("{\"content\":\"x\",\"author_id\":9}", "author_id")]
    [InlineData("{\"content\":\"x\",\"author_name\":\"Someone\"}", "author_name")]
    [InlineData("{\"content\":\"x\",\"customer_id\":1}", "customer_id")]
    [InlineData("{\"content\":\"x\",\"deal_id\":1}", "deal_id")]
    [InlineData("{\"content\":5}", "content")]
    public async Task InvalidBodiesAreRefusedNamingTheMember(string json, string member)
    {
        var customer = await NewCustomer();

        var error = await (await app.Admin.SendRaw(HttpMethod.Post, $"/admin/customers/{customer}/notes", json)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        Scalar($"SELECT count(*) FROM notes WHERE customer_id = {customer}").ShouldBe(0);
    }

    [Fact]
    public async Task ContentUpTo10000CharactersIsAccepted()
    {
        var customer = await NewCustomer();
        (await app.Admin.PostJson($"/admin/customers/{customer}/notes", new { content = new string('x', 10_000) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await app.Admin.PostJson($"/admin/customers/{customer}/notes", new { content = new string('x', 10_001) }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task NotesOfUnknownOrDeletedParentsAreNotFound()
    {
        var customer = await NewCustomer();
        var deal = NewDeal(customer);
        var note = (await NewNote(app.Admin, $"/admin/deals/{deal}/notes")).Id();
        Scalar($"UPDATE deals SET deleted_at = now() WHERE id = {deal} RETURNING id");

        await (await app.Admin.GetAsync($"/admin/deals/{deal}/notes")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await app.Admin.PostJson($"/admin/deals/{deal}/notes", new { content = "x" })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await app.Admin.GetAsync("/admin/deals/987654/notes")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await app.Admin.GetAsync($"/admin/notes/{note}")).ShouldBeError(HttpStatusCode.NotFound, "NOTE_NOT_FOUND");

        var customerNote = (await NewNote(app.Admin, $"/admin/customers/{customer}/notes")).Id();
        (await app.Admin.Delete($"/admin/customers/{customer}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await app.Admin.GetAsync($"/admin/customers/{customer}/notes")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.PostJson($"/admin/customers/{customer}/notes", new { content = "x" })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.GetAsync($"/admin/notes/{customerNote}")).ShouldBeError(HttpStatusCode.NotFound, "NOTE_NOT_FOUND");
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("0", HttpStatusCode.NotFound, "NOTE_NOT_FOUND")]
    [InlineData("424242", HttpStatusCode.NotFound, "NOTE_NOT_FOUND")]
    public async Task BadOrUnknownNoteIdsAnswer400Or404(string id, HttpStatusCode status, string code)
    {
        await (await app.Admin.GetAsync($"/admin/notes/{id}")).ShouldBeError(status, code);
        await (await app.Admin.PutJson($"/admin/notes/{id}", new { content = "x" })).ShouldBeError(status, code);
        await (await app.Admin.Delete($"/admin/notes/{id}")).ShouldBeError(status, code);
    }

    [Fact]
    public async Task EditingWithAStaleIfMatchChangesNothing()
    {
        var note = (await NewNote(app.Admin, $"/admin/customers/{await NewCustomer()}/notes", "v1")).Id();
        var etag = (await app.Admin.GetAsync($"/admin/notes/{note}")).Headers.ETag!.ToString();

        var edited = await (await app.Admin.PutJson($"/admin/notes/{note}", new { content = "v2" }, etag)).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PutJson($"/admin/notes/{note}", new { content = "v3" }, etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.Delete($"/admin/notes/{note}", etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        edited.Str("content").ShouldBe("v2");
        (await (await app.Admin.GetAsync($"/admin/notes/{note}")).ShouldHave(HttpStatusCode.OK)).Str("content").ShouldBe("v2");
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'note' AND resource_id = {note} AND action = 'update'").ShouldBe(1);
    }

    [Fact]
    public async Task OnlyTheAuthorOrAManagerEditsAndDeletesANote()
    {
        var customer = await NewCustomer(assignedTo: 7);
        var author = app.As("agent", 7);
        var colleague = app.As("agent", 8);
        var note = (await NewNote(author, $"/admin/customers/{customer}/notes", "mine")).Id();

        await (await colleague.PutJson($"/admin/notes/{note}", new { content = "theirs" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await colleague.Delete($"/admin/notes/{note}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await author.PutJson($"/admin/notes/{note}", new { content = "still mine" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.As("manager", 2).PutJson($"/admin/notes/{note}", new { content = "managed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await author.Delete($"/admin/notes/{note}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await author.GetAsync($"/admin/notes/{note}")).ShouldBeError(HttpStatusCode.NotFound, "NOTE_NOT_FOUND");
        Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'note' AND resource_id = {note} AND action = 'delete'").ShouldBe(1);
        var other = (await NewNote(author, $"/admin/customers/{customer}/notes")).Id();
        (await app.As("manager", 2).Delete($"/admin/notes/{other}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AgentsAddNotesToAnyCustomerOrDealTheyCanRead()
    {
        // Contract section 3: notes may be added to any customer or deal the agent can read (all of them by default).
        var agent = app.As("agent", 7);
        var mine = await NewCustomer(assignedTo: 7);
        var theirs = await NewCustomer(assignedTo: 8);

        (await agent.PostJson($"/admin/customers/{mine}/notes", new { content = "ok" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await agent.PostJson($"/admin/deals/{NewDeal(theirs, ownerId: 7)}/notes", new { content = "my deal" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await agent.PostJson($"/admin/deals/{NewDeal(mine, ownerId: 8)}/notes", new { content = "my customer" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await agent.PostJson($"/admin/customers/{theirs}/notes", new { content = "their customer" })).ShouldHave(HttpStatusCode.Created))
            .GetProperty("author_id").GetInt64().ShouldBe(7);
        (await (await agent.PostJson($"/admin/deals/{NewDeal(theirs, ownerId: 8)}/notes", new { content = "their deal" })).ShouldHave(HttpStatusCode.Created))
            .GetProperty("author_id").GetInt64().ShouldBe(7);
        (await agent.GetAsync($"/admin/customers/{theirs}/notes")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public class NoteOwnReadScopeTests(OwnReadScopeFactory app) : IClassFixture<OwnReadScopeFactory>
{
    [Fact]
    public async Task AgentsWithOwnReadScopeSeeNotesOfTheirCustomersAndNotesTheyWrote()
    {
        var agent = app.As("agent", 7);
        var customer = (await (await app.Admin.PostJson("/admin/customers", new { name = "Moves", email = "moves@example.com", assigned_to = 7 }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var mine = (await (await agent.PostJson($"/admin/customers/{customer}/notes", new { content = "mine" })).ShouldHave(HttpStatusCode.Created)).Id();
        var admins = (await (await app.Admin.PostJson($"/admin/customers/{customer}/notes", new { content = "admin's" })).ShouldHave(HttpStatusCode.Created)).Id();
        (await agent.GetAsync($"/admin/notes/{admins}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.Admin.PatchJson($"/admin/customers/{customer}", new { assigned_to = 8 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await agent.GetAsync($"/admin/customers/{customer}/notes")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await agent.GetAsync($"/admin/notes/{admins}")).ShouldBeError(HttpStatusCode.NotFound, "NOTE_NOT_FOUND");
        await (await agent.PutJson($"/admin/notes/{admins}", new { content = "x" })).ShouldBeError(HttpStatusCode.NotFound, "NOTE_NOT_FOUND");
        (await agent.GetAsync($"/admin/notes/{mine}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.PutJson($"/admin/notes/{mine}", new { content = "still mine" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
