using System.Net;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Security;

/// <summary>
/// Writes under the reach rule (contract section 3): agents add notes and activities to any customer or deal they can
/// read, always as author/assignee themselves; with AGENT_READ_SCOPE=own a record outside their reach is refused as if
/// it did not exist (404 for a path id, 400 naming the member for an id in the body) and nothing is written. Their
/// update scope ("own") is the same definition as their read reach.
/// </summary>
public class ReachWriteTests(ReachBook book) : IClassFixture<ReachBook>
{
    HttpClient Agent7 => book.As("agent", 7);

    string Snapshot()
    {
        using var db = book.OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM activities)
                || '|' || (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM notes)
                || '|' || (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM deals)
            """, db);
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task NotesAndActivitiesCannotBeAddedOutsideTheReach()
    {
        var before = Snapshot();
        await (await Agent7.PostJson($"/admin/customers/{book.C8}/notes", new { content = "planted" })).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await Agent7.PostJson($"/admin/deals/{book.D8on8}/notes", new { content = "planted" })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        var error = await (await Agent7.PostJson("/admin/activities", new { type = "call", title = "planted", customer_id = book.C8 }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("customer_id", out _).ShouldBeTrue();
        error = await (await Agent7.PostJson("/admin/activities", new { type = "call", title = "planted", deal_id = book.D8on8 }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("deal_id", out _).ShouldBeTrue();
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public async Task NotesAndActivitiesCanBeAddedToADealInReachOnAnotherAgentsCustomer()
    {
        // D7on8 is agent 7's deal on agent 8's customer: in reach, though its customer is not.
        var note = await (await Agent7.PostJson($"/admin/deals/{book.D7on8}/notes", new { content = "on my deal" })).ShouldHave(HttpStatusCode.Created);
        note.GetProperty("author_id").GetInt64().ShouldBe(7);
        var activity = await (await Agent7.PostJson("/admin/activities", new { type = "task", title = "on my deal", deal_id = book.D7on8 }))
            .ShouldHave(HttpStatusCode.Created);
        activity.GetProperty("assigned_to").GetInt64().ShouldBe(7);
        activity.GetProperty("customer_id").GetInt64().ShouldBe(book.C8);
    }

    [Fact]
    public async Task AgentsChangeWhatTheyReachThroughTheirCustomer()
    {
        // A8onC7 is assigned to agent 8 but hangs on agent 7's customer; D8on7 is agent 8's deal on it.
        (await Agent7.PatchJson($"/admin/activities/{book.A8onC7}", new { outcome = "called back" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Agent7.PatchJson($"/admin/deals/{book.D8on7}", new { probability = 40 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var before = Snapshot();
        await (await Agent7.PatchJson($"/admin/activities/{book.A8onC8}", new { outcome = "hijacked" })).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        await (await Agent7.PatchJson($"/admin/deals/{book.D8on8}", new { probability = 1 })).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        Snapshot().ShouldBe(before);
    }
}

/// <summary>
/// With the default AGENT_READ_SCOPE=all an agent reads every record, so they may add notes and activities anywhere
/// (as author/assignee themselves), but change only what is theirs by the reach rule: the rest answers 403.
/// </summary>
public class ReachWithReadScopeAllTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    long Insert(string sql)
    {
        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, db);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task AnAgentAddsANoteAndAnActivityToAnotherAgentsCustomer()
    {
        var theirs = Insert("INSERT INTO customers (name, email, assigned_to) VALUES ('Theirs', 'theirs@all.example', 8) RETURNING id");
        var theirDeal = Insert($"INSERT INTO deals (title, customer_id, owner_id, stage) VALUES ('Their deal', {theirs}, 8, 'prospecting') RETURNING id");
        var agent = app.As("agent", 7);

        (await (await agent.PostJson($"/admin/customers/{theirs}/notes", new { content = "seen at the fair" })).ShouldHave(HttpStatusCode.Created))
            .GetProperty("author_id").GetInt64().ShouldBe(7);
        (await (await agent.PostJson($"/admin/deals/{theirDeal}/notes", new { content = "asked about pricing" })).ShouldHave(HttpStatusCode.Created))
            .GetProperty("author_id").GetInt64().ShouldBe(7);
        var activity = await (await agent.PostJson("/admin/activities", new { type = "call", title = "Follow up", customer_id = theirs }))
            .ShouldHave(HttpStatusCode.Created);
        activity.GetProperty("assigned_to").GetInt64().ShouldBe(7);
        (await (await agent.PostJson("/admin/activities", new { type = "call", title = "On their deal", deal_id = theirDeal }))
            .ShouldHave(HttpStatusCode.Created)).GetProperty("assigned_to").GetInt64().ShouldBe(7);

        // Still their own: the assignee cannot be someone else.
        await (await agent.PostJson("/admin/activities", new { type = "call", title = "For them", customer_id = theirs, assigned_to = 8 }))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Fact]
    public async Task AnAgentChangesOnlyWhatIsTheirsByTheReachRule()
    {
        var mine = Insert("INSERT INTO customers (name, email, assigned_to) VALUES ('Mine', 'mine@all.example', 7) RETURNING id");
        var theirs = Insert("INSERT INTO customers (name, email, assigned_to) VALUES ('Not mine', 'notmine@all.example', 8) RETURNING id");
        var onMine = Insert($"INSERT INTO activities (type, title, customer_id, assigned_to) VALUES ('call', 'On mine', {mine}, 8) RETURNING id");
        var onTheirs = Insert($"INSERT INTO activities (type, title, customer_id, assigned_to) VALUES ('call', 'On theirs', {theirs}, 8) RETURNING id");
        var agent = app.As("agent", 7);

        (await agent.PatchJson($"/admin/activities/{onMine}", new { outcome = "done" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agent.PatchJson($"/admin/activities/{onTheirs}", new { outcome = "done" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        (await agent.GetAsync($"/admin/activities/{onTheirs}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
