using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Events;

/// <summary>
/// Every audited change appends its event to crm_events in the same transaction (contract section 10): the type of its
/// action, the resource as the API shows it after the change, the actor, the diff, and the resource's sequence.
/// </summary>
public class OutboxTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    sealed record Row(string Type, long Sequence, long ActorUserId, string ActorRole, JsonElement Data, JsonElement? Changes, string? RequestId);

    List<Row> EventsOf(string resourceType, long id)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT type, sequence, actor_user_id, actor_role, data::text, changes::text, request_id
            FROM crm_events WHERE resource_type = $1 AND resource_id = $2 ORDER BY sequence
            """, connection);
        command.Parameters.AddWithValue(resourceType);
        command.Parameters.AddWithValue(id);
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
            rows.Add(new Row(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3),
                JsonDocument.Parse(reader.GetString(4)).RootElement,
                reader.IsDBNull(5) ? null : JsonDocument.Parse(reader.GetString(5)).RootElement,
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        return rows;
    }

    async Task<JsonElement> CreateCustomer(string email) =>
        await (await app.Admin.PostJson("/admin/customers", new { name = "Ada", email })).ShouldHave(HttpStatusCode.Created);

    [Fact]
    public async Task CreatingACustomerAppendsCustomerCreatedWithTheCustomerTheActorAndTheRequestId()
    {
        var response = await app.As("manager", 7).PostJson("/admin/customers", new { name = "Ada Lovelace", email = "ada@example.com" });
        var customer = await response.ShouldHave(HttpStatusCode.Created);

        var created = EventsOf("customer", customer.Id()).ShouldHaveSingleItem();
        created.Type.ShouldBe("customer.created");
        created.Sequence.ShouldBe(1);
        (created.ActorUserId, created.ActorRole).ShouldBe((7L, "manager"));
        created.Data.Str("email").ShouldBe("ada@example.com");
        created.Data.GetProperty("id").GetInt64().ShouldBe(customer.Id());
        created.Data.GetProperty("deleted_at").ValueKind.ShouldBe(JsonValueKind.Null);
        created.Changes!.Value.GetProperty("name").GetProperty("new").GetString().ShouldBe("Ada Lovelace");
        created.RequestId.ShouldBe(response.Headers.GetValues("X-Request-ID").Single());
    }

    [Fact]
    public async Task UpdateDeleteAndRestoreFollowInSequenceAndTheDeleteCarriesTheCustomerWithDeletedAt()
    {
        var id = (await CreateCustomer("seq@example.com")).Id();
        await (await app.Admin.PatchJson($"/admin/customers/{id}", new { status = "active" })).ShouldHave(HttpStatusCode.OK);
        (await app.Admin.Delete($"/admin/customers/{id}")).IsSuccessStatusCode.ShouldBeTrue();
        await (await app.Admin.PostAsync($"/admin/customers/{id}/restore", null)).ShouldHave(HttpStatusCode.OK);

        var events = EventsOf("customer", id);
        events.Select(e => e.Type).ShouldBe(["customer.created", "customer.updated", "customer.deleted", "customer.restored"]);
        events.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L, 4L]);
        events[1].Changes!.Value.GetProperty("status").GetProperty("new").GetString().ShouldBe("active");
        events[1].Data.Str("status").ShouldBe("active");
        events[2].Data.Str("email").ShouldBe("seq@example.com");
        events[2].Data.GetProperty("deleted_at").ValueKind.ShouldBe(JsonValueKind.String);
        events[3].Data.GetProperty("deleted_at").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task AChangeThatChangesNothingEmitsNothing()
    {
        var id = (await CreateCustomer("same@example.com")).Id();
        await (await app.Admin.PatchJson($"/admin/customers/{id}", new { status = "lead" })).ShouldHave(HttpStatusCode.OK);

        EventsOf("customer", id).Select(e => e.Type).ShouldBe(["customer.created"]);
    }

    [Fact]
    public async Task MovingADealToAWonStageEmitsStageChangedThenWonAndALostStageLost()
    {
        var customer = (await CreateCustomer("deals@example.com")).Id();
        var won = await (await app.Admin.PostJson("/admin/deals", new { title = "Big", customer_id = customer, amount = 10 })).ShouldHave(HttpStatusCode.Created);
        var lost = await (await app.Admin.PostJson("/admin/deals", new { title = "Small", customer_id = customer })).ShouldHave(HttpStatusCode.Created);

        await (await app.Admin.PatchJson($"/admin/deals/{won.Id()}", new { probability = 90 })).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PatchJson($"/admin/deals/{won.Id()}", new { stage = "closed_won" })).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PatchJson($"/admin/deals/{lost.Id()}", new { stage = "closed_lost", lost_reason = "price" })).ShouldHave(HttpStatusCode.OK);

        var wonEvents = EventsOf("deal", won.Id());
        wonEvents.Select(e => e.Type).ShouldBe(["deal.created", "deal.updated", "deal.stage_changed", "deal.won"]);
        wonEvents.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L, 4L]);
        wonEvents[3].Data.Str("stage").ShouldBe("closed_won");
        wonEvents[2].Changes!.Value.GetProperty("stage").GetProperty("old").GetString().ShouldBe("prospecting");
        EventsOf("deal", lost.Id()).Select(e => e.Type).ShouldBe(["deal.created", "deal.stage_changed", "deal.lost"]);
    }

    [Fact]
    public async Task CompletingAnActivityEmitsActivityCompletedAndOtherEditsActivityUpdated()
    {
        var customer = (await CreateCustomer("act@example.com")).Id();
        var activity = await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = "Call", customer_id = customer })).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PatchJson($"/admin/activities/{activity.Id()}", new { outcome = "voicemail" })).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.PatchJson($"/admin/activities/{activity.Id()}", new { status = "completed" })).ShouldHave(HttpStatusCode.OK);
        (await app.Admin.Delete($"/admin/activities/{activity.Id()}")).IsSuccessStatusCode.ShouldBeTrue();

        var events = EventsOf("activity", activity.Id());
        events.Select(e => e.Type).ShouldBe(["activity.created", "activity.updated", "activity.completed", "activity.deleted"]);
        events[2].Data.Str("status").ShouldBe("completed");
        events[3].Data.GetProperty("deleted_at").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task AssigningAndUnassigningATagEmitTagEventsOnTheCustomerWithItsTags()
    {
        var customer = (await CreateCustomer("tags@example.com")).Id();
        var tag = await (await app.Admin.PostJson("/admin/tags", new { name = "VIP", color = "#FF0000" })).ShouldHave(HttpStatusCode.Created);
        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag.Id()}", null)).IsSuccessStatusCode.ShouldBeTrue();
        (await app.Admin.Delete($"/admin/customers/{customer}/tags/{tag.Id()}")).IsSuccessStatusCode.ShouldBeTrue();

        var events = EventsOf("customer", customer);
        events.Select(e => e.Type).ShouldBe(["customer.created", "tag.assigned", "tag.unassigned"]);
        events[1].Data.GetProperty("tags").EnumerateArray().Select(t => t.Str("name")).ShouldBe(["VIP"]);
        events[2].Data.GetProperty("tags").GetArrayLength().ShouldBe(0);
        // A tag's own create is audited but has no event type.
        EventsOf("tag", tag.Id()).ShouldBeEmpty();
    }

    [Fact]
    public async Task MakingAnotherContactPrimaryEmitsContactUpdatedForTheOneDemoted()
    {
        var customer = (await CreateCustomer("contacts@example.com")).Id();
        var first = await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new { first_name = "First" })).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new { first_name = "Second", is_primary = true })).ShouldHave(HttpStatusCode.Created);

        var demoted = EventsOf("contact", first.Id());
        demoted.Select(e => e.Type).ShouldBe(["contact.created", "contact.updated"]);
        demoted[1].Data.GetProperty("is_primary").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task AWriteWhoseTransactionRollsBackAtCommitLeavesNoEventNoAuditRowAndNoCustomer()
    {
        // A deferred constraint trigger fails the commit of a transaction that appended an event for this email, after
        // the event row was written (the probe sequence, which no rollback undoes, proves that it was).
        await using (var connection = app.OpenConnection())
        await using (var setup = new NpgsqlCommand("""
            CREATE SEQUENCE rollback_probe;
            CREATE FUNCTION fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.data->>'email' = 'doomed@example.com' THEN
                    PERFORM nextval('rollback_probe');
                    RAISE EXCEPTION 'refusing this commit';
                END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER fail_commit AFTER INSERT ON crm_events DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION fail_commit();
            """, connection))
            await setup.ExecuteNonQueryAsync();

        var response = await app.Admin.PostJson("/admin/customers", new { name = "Doomed", email = "doomed@example.com" });
        response.IsSuccessStatusCode.ShouldBeFalse();

        await using var check = app.OpenConnection();
        await using var counts = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM customers WHERE email = 'doomed@example.com'),
                   (SELECT count(*) FROM crm_events WHERE data->>'email' = 'doomed@example.com'),
                   (SELECT count(*) FROM audit_logs WHERE changes->'email'->>'new' = 'doomed@example.com'),
                   (SELECT last_value FROM rollback_probe WHERE is_called)
            """, check);
        await using var reader = await counts.ExecuteReaderAsync();
        await reader.ReadAsync();
        (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)).ShouldBe((0L, 0L, 0L));
        reader.IsDBNull(3).ShouldBeFalse("the event row was written before the commit failed");
    }
}
