using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Activities;

public class ActivityCrudTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task CreatingAnActivityReturns201WithLocationDefaultsAndTheCallerAsAssignee()
    {
        var customer = app.Customer();

        var response = await app.Admin.PostJson("/admin/activities", new
        {
            type = "call", title = "  Intro call ", description = "Say hello", customer_id = customer,
            due_date = "2030-06-01T10:00:00+02:00", duration_minutes = 30,
        });

        var body = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/activities/{body.Id()}");
        body.Str("title").ShouldBe("Intro call");
        body.Str("status").ShouldBe("scheduled");
        body.Str("priority").ShouldBe("normal");
        body.GetProperty("assigned_to").GetInt64().ShouldBe(1);
        body.Str("due_date").ShouldBe("2030-06-01T08:00:00Z");
        body.GetProperty("duration_minutes").GetInt32().ShouldBe(30);
        body.GetProperty("completed_at").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("is_overdue").GetBoolean().ShouldBeFalse();

        var fetched = await (await app.Admin.GetAsync($"/admin/activities/{body.Id()}")).ShouldHave(HttpStatusCode.OK);
        fetched.Str("description").ShouldBe("Say hello");
        fetched.GetProperty("customer_id").GetInt64().ShouldBe(customer);
    }

    [Fact]
    public async Task AnActivityLinkedOnlyToADealAlsoShowsOnTheDealsCustomer()
    {
        var customer = app.Customer();
        var deal = app.Deal(customer);

        var body = await (await app.Admin.PostJson("/admin/activities", new { type = "meeting", title = "Demo", deal_id = deal }))
            .ShouldHave(HttpStatusCode.Created);

        body.GetProperty("deal_id").GetInt64().ShouldBe(deal);
        body.GetProperty("customer_id").GetInt64().ShouldBe(customer);
        var list = await (await app.Admin.GetAsync($"/admin/activities?customer_id={customer}")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldContain(body.Id());
    }

    [Fact]
    public async Task AnActivityWithoutCustomerOrDealIsAMissingLink()
    {
        await (await app.Admin.PostJson("/admin/activities", new { type = "task", title = "Orphan" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "MISSING_LINK");
    }

    [Fact]
    public async Task LinksThatDoNotFitTogetherAreRefusedNamingTheMember()
    {
        var customer = app.Customer();
        var otherCustomer = app.Customer();
        var otherDeal = app.Deal(otherCustomer);
        var otherContact = app.Contact(otherCustomer);
        var deletedCustomer = app.Customer(deleted: true);
        var deletedDeal = app.Deal(customer, deleted: true);
        var deletedContact = app.Contact(customer, deleted: true);

        async Task Refused(object body, string member)
        {
            var error = await (await app.Admin.PostJson("/admin/activities", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
            error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        }

        await Refused(new { type = "call", title = "x", customer_id = 987654 }, "customer_id");
        await Refused(new { type = "call", title = "x", customer_id = deletedCustomer }, "customer_id");
        await Refused(new { type = "call", title = "x", deal_id = 987654 }, "deal_id");
        await Refused(new { type = "call", title = "x", deal_id = deletedDeal }, "deal_id");
        await Refused(new { type = "call", title = "x", customer_id = customer, deal_id = otherDeal }, "deal_id");
        await Refused(new { type = "call", title = "x", customer_id = customer, contact_id = otherContact }, "contact_id");
        await Refused(new { type = "call", title = "x", customer_id = customer, contact_id = deletedContact }, "contact_id");
        await Refused(new { type = "call", title = "x", deal_id = app.Deal(customer), contact_id = otherContact }, "contact_id");
        app.Scalar($"SELECT count(*) FROM activities WHERE customer_id IN ({customer}, {otherCustomer})").ShouldBe(0);
    }

    [Fact]
    public async Task ADealAndContactOfTheSameCustomerAreAccepted()
    {
        var customer = app.Customer();
        var deal = app.Deal(customer);
        var contact = app.Contact(customer);

        var body = await (await app.Admin.PostJson("/admin/activities", new
        {
            type = "email", title = "Follow up", customer_id = customer, deal_id = deal, contact_id = contact, priority = "urgent",
        })).ShouldHave(HttpStatusCode.Created);

        body.GetProperty("contact_id").GetInt64().ShouldBe(contact);
        body.Str("priority").ShouldBe("urgent");
    }

    [Theory]
    [InlineData("{\"title\":\"x\",\"customer_id\":CUSTOMER}", "type")]
    [InlineData("{\"type\":\"fax\",\"title\":\"x\",\"customer_id\":CUSTOMER}", "type")]
    [InlineData("{\"type\":\"call\",\"customer_id\":CUSTOMER}", "title")]
    [InlineData("{\"type\":\"call\",\"title\":\"  \",\"customer_id\":CUSTOMER}", "title")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"status\":\"done\",\"customer_id\":CUSTOMER}", "status")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"priority\":\"asap\",\"customer_id\":CUSTOMER}", "priority")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"duration_minutes\":-1,\"customer_id\":CUSTOMER}", "duration_minutes")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"duration_minutes\":100001,\"customer_id\":CUSTOMER}", "duration_minutes")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"duration_minutes\":\"long\",\"customer_id\":CUSTOMER}", "duration_minutes")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":0}", "customer_id")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":\"abc\"}", "customer_id")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":CUSTOMER,\"deal_id\":-4}", "deal_id")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":CUSTOMER,\"assigned_to\":0}", "assigned_to")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":CUSTOMER,\"due_date\":\"next week\"}", "due_date")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":CUSTOMER,\"completed_at\":\"2026-01-01T00:00:00Z\"}", "completed_at")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":CUSTOMER,\"is_overdue\":true}", "is_overdue")]
    [InlineData("{\"type\":\"call\",\"title\":\"x\",\"customer_id\":CUSTOMER,\"id\":3}", "id")]
    public async Task InvalidBodiesAreRefusedNamingTheMember(string json, string member)
    {
        var customer = app.Customer();
        var response = await app.Admin.SendRaw(HttpMethod.Post, "/admin/activities", json.Replace("CUSTOMER", customer.ToString()));

        var error = await response.ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        app.Scalar($"SELECT count(*) FROM activities WHERE customer_id = {customer}").ShouldBe(0);
    }

    [Theory]
    [InlineData("title", 256)]
    [InlineData("description", 10_001)]
    [InlineData("outcome", 10_001)]
    public async Task OverLongStringsAreRefused(string member, int length)
    {
        var body = new Dictionary<string, object> { ["type"] = "note", ["title"] = "Long", ["customer_id"] = app.Customer(), [member] = new string('x', length) };
        var error = await (await app.Admin.PostJson("/admin/activities", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task CreatingACompletedActivityStampsCompletedAt()
    {
        var body = await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = "Done", status = "completed", customer_id = app.Customer() }))
            .ShouldHave(HttpStatusCode.Created);
        body.GetProperty("completed_at").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task PatchingToCompletedSetsCompletedAtAndLeavingCompletedClearsIt()
    {
        var id = await CreateAsync();

        var completed = await (await app.Admin.PatchJson($"/admin/activities/{id}", new { status = "completed", outcome = "Went well" }))
            .ShouldHave(HttpStatusCode.OK);
        completed.Str("status").ShouldBe("completed");
        completed.Str("outcome").ShouldBe("Went well");
        var completedAt = completed.Str("completed_at");

        var stillCompleted = await (await app.Admin.PatchJson($"/admin/activities/{id}", new { outcome = "Went very well" })).ShouldHave(HttpStatusCode.OK);
        stillCompleted.Str("completed_at").ShouldBe(completedAt);

        var reopened = await (await app.Admin.PatchJson($"/admin/activities/{id}", new { status = "scheduled" })).ShouldHave(HttpStatusCode.OK);
        reopened.GetProperty("completed_at").ValueKind.ShouldBe(JsonValueKind.Null);
        reopened.Str("outcome").ShouldBe("Went very well");
    }

    [Fact]
    public async Task PutChangesTheMembersSentAndLeavingCompletedClearsCompletedAt()
    {
        var customer = app.Customer();
        var created = await (await app.Admin.PostJson("/admin/activities", new
        {
            type = "call", title = "Old", status = "completed", customer_id = customer, outcome = "ok", duration_minutes = 5, priority = "high",
        })).ShouldHave(HttpStatusCode.Created);

        var replaced = await (await app.Admin.PutJson($"/admin/activities/{created.Id()}", "{\"type\":\"task\",\"title\":\"New\",\"status\":\"scheduled\",\"outcome\":null}"))
            .ShouldHave(HttpStatusCode.OK);

        replaced.Str("type").ShouldBe("task");
        replaced.Str("title").ShouldBe("New");
        replaced.Str("status").ShouldBe("scheduled");
        replaced.Str("priority").ShouldBe("high");
        replaced.GetProperty("outcome").ValueKind.ShouldBe(JsonValueKind.Null);
        replaced.GetProperty("duration_minutes").GetInt32().ShouldBe(5);
        replaced.GetProperty("completed_at").ValueKind.ShouldBe(JsonValueKind.Null);

        var completed = await (await app.Admin.PutJson($"/admin/activities/{created.Id()}", new { status = "completed" }))
            .ShouldHave(HttpStatusCode.OK);
        completed.GetProperty("completed_at").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task PutChecksLinksLikeCreate()
    {
        var id = await CreateAsync();
        await (await app.Admin.PutJson($"/admin/activities/{id}", "{\"customer_id\":null,\"deal_id\":null}"))
            .ShouldBeError(HttpStatusCode.BadRequest, "MISSING_LINK");
        var error = await (await app.Admin.PutJson($"/admin/activities/{id}", new { type = "task", title = "x", customer_id = app.Customer(), deal_id = app.Deal(app.Customer()) }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("deal_id", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{}", "NO_UPDATES")]
    [InlineData("{\"title\":\"Not patchable\"}", "VALIDATION_FAILED")]
    [InlineData("{\"status\":\"done\"}", "VALIDATION_FAILED")]
    [InlineData("{\"status\":null}", "VALIDATION_FAILED")]
    [InlineData("{\"due_date\":\"soon\"}", "VALIDATION_FAILED")]
    public async Task BadPatchesChangeNothing(string json, string code)
    {
        var id = await CreateAsync();
        var before = await (await app.Admin.GetAsync($"/admin/activities/{id}")).ShouldHave(HttpStatusCode.OK);

        await (await app.Admin.SendRaw(HttpMethod.Patch, $"/admin/activities/{id}", json)).ShouldBeError(HttpStatusCode.BadRequest, code);

        var after = await (await app.Admin.GetAsync($"/admin/activities/{id}")).ShouldHave(HttpStatusCode.OK);
        after.Str("updated_at").ShouldBe(before.Str("updated_at"));
    }

    [Fact]
    public async Task PatchCanClearTheDueDateAndOutcome()
    {
        var id = await CreateAsync(dueDate: "2030-01-01T00:00:00Z");
        await app.Admin.PatchJson($"/admin/activities/{id}", new { outcome = "x" });

        var cleared = await (await app.Admin.PatchJson($"/admin/activities/{id}", "{\"due_date\":null,\"outcome\":null}")).ShouldHave(HttpStatusCode.OK);

        cleared.GetProperty("due_date").ValueKind.ShouldBe(JsonValueKind.Null);
        cleared.GetProperty("outcome").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task IsOverdueIsComputedFromStatusAndDueDate()
    {
        var id = await CreateAsync(dueDate: "2020-01-01T00:00:00Z");
        (await (await app.Admin.GetAsync($"/admin/activities/{id}")).ShouldHave(HttpStatusCode.OK)).GetProperty("is_overdue").GetBoolean().ShouldBeTrue();

        var later = await (await app.Admin.PatchJson($"/admin/activities/{id}", new { due_date = "2099-01-01T00:00:00Z" })).ShouldHave(HttpStatusCode.OK);
        later.GetProperty("is_overdue").GetBoolean().ShouldBeFalse();

        await app.Admin.PatchJson($"/admin/activities/{id}", new { due_date = "2020-01-01T00:00:00Z" });
        var done = await (await app.Admin.PatchJson($"/admin/activities/{id}", new { status = "cancelled" })).ShouldHave(HttpStatusCode.OK);
        done.GetProperty("is_overdue").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task DeleteIsSoftAndTheActivityThenAnswers404()
    {
        var id = await CreateAsync();

        (await app.Admin.Delete($"/admin/activities/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await app.Admin.GetAsync($"/admin/activities/{id}")).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        await (await app.Admin.Delete($"/admin/activities/{id}")).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        app.Scalar($"SELECT count(*) FROM activities WHERE id = {id} AND deleted_at IS NOT NULL").ShouldBe(1);
        var list = await (await app.Admin.GetAsync("/admin/activities?page_size=100&status=scheduled,completed,cancelled")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldNotContain(id);
    }

    [Fact]
    public async Task WritesLeaveAuditRowsInTheSameTransaction()
    {
        var id = await CreateAsync();
        await app.Admin.PatchJson($"/admin/activities/{id}", new { status = "completed" });
        await app.Admin.Delete($"/admin/activities/{id}");

        app.Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'activity' AND resource_id = {id} AND action = 'create'").ShouldBe(1);
        app.Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'activity' AND resource_id = {id} AND action = 'update' AND changes ? 'status'").ShouldBe(1);
        app.Scalar($"SELECT count(*) FROM audit_logs WHERE resource_type = 'activity' AND resource_id = {id} AND action = 'delete'").ShouldBe(1);
    }

    [Fact]
    public async Task AStaleIfMatchIsRefusedWith412AndChangesNothing()
    {
        var id = await CreateAsync();
        var read = await app.Admin.GetAsync($"/admin/activities/{id}");
        var etag = read.Headers.ETag!.Tag;
        (await app.Admin.PatchJson($"/admin/activities/{id}", new { outcome = "first" }, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await app.Admin.PatchJson($"/admin/activities/{id}", new { outcome = "second" }, etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.PutJson($"/admin/activities/{id}", new { type = "call", title = "x", customer_id = 1 }, etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.Delete($"/admin/activities/{id}", etag)).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        var current = await app.Admin.GetAsync($"/admin/activities/{id}");
        (await current.ShouldHave(HttpStatusCode.OK)).Str("outcome").ShouldBe("first");
        (await app.Admin.Delete($"/admin/activities/{id}", current.Headers.ETag!.Tag)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("99999999999999999999", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("0", HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND")]
    [InlineData("424242", HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND")]
    public async Task BadOrUnknownIdsAnswer400Or404(string id, HttpStatusCode status, string code)
    {
        await (await app.Admin.GetAsync($"/admin/activities/{id}")).ShouldBeError(status, code);
        await (await app.Admin.PutJson($"/admin/activities/{id}", new { type = "call", title = "x", customer_id = 1 })).ShouldBeError(status, code);
        await (await app.Admin.PatchJson($"/admin/activities/{id}", new { status = "completed" })).ShouldBeError(status, code);
        await (await app.Admin.Delete($"/admin/activities/{id}")).ShouldBeError(status, code);
    }

    async Task<long> CreateAsync(string? dueDate = null) =>
        (await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = "Call", customer_id = app.Customer(), due_date = dueDate }))
            .ShouldHave(HttpStatusCode.Created)).Id();
}
