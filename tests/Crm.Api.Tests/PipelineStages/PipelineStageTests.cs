using System.Net;
using Crm.Api.Tests.Deals;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.PipelineStages;

public class PipelineStageTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static object Stage(string name, int order = 10, string kind = "open", int probability = 40, bool isActive = true) =>
        new { name, display_name = name.Replace('_', ' '), order, color = "#123abc", probability, kind, is_active = isActive };

    [Theory]
    [InlineData("admin")]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task EveryoneListsTheSeededStagesInPipelineOrder(string role)
    {
        var list = await (await app.As(role, 5).GetAsync("/admin/pipeline-stages?page_size=100")).ShouldHave(HttpStatusCode.OK);

        var names = list.GetProperty("data").EnumerateArray().Select(s => s.Str("name")).ToList();
        names.Where(n => n is "prospecting" or "qualification" or "proposal" or "negotiation" or "closed_won" or "closed_lost")
            .ShouldBe(["prospecting", "qualification", "proposal", "negotiation", "closed_won", "closed_lost"]);
        var orders = list.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("order").GetInt32()).ToList();
        orders.ShouldBe(orders.Order().ToList());
        list.GetProperty("total_exact").GetBoolean().ShouldBeTrue();
        list.GetProperty("page").GetInt32().ShouldBe(1);
        var won = list.GetProperty("data").EnumerateArray().Single(s => s.Str("name") == "closed_won");
        won.Str("display_name").ShouldBe("Closed Won");
        won.Str("kind").ShouldBe("won");
        won.GetProperty("probability").GetInt32().ShouldBe(100);
        won.Str("color").ShouldBe("#22c55e");
        won.GetProperty("is_active").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task TheListFiltersByKindAndActivityAndSortsByName()
    {
        await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("dormant_lost", kind: "lost", isActive: false))).ShouldHave(HttpStatusCode.Created);

        var closed = await (await app.Admin.GetAsync("/admin/pipeline-stages?kind=won,lost&page_size=100")).ShouldHave(HttpStatusCode.OK);
        closed.GetProperty("data").EnumerateArray().ShouldAllBe(s => s.Str("kind") != "open");
        var inactive = await (await app.Admin.GetAsync("/admin/pipeline-stages?is_active=false&page_size=100")).ShouldHave(HttpStatusCode.OK);
        inactive.GetProperty("data").EnumerateArray().Select(s => s.Str("name")).ShouldContain("dormant_lost");
        inactive.GetProperty("data").EnumerateArray().ShouldAllBe(s => !s.GetProperty("is_active").GetBoolean());

        var byName = await (await app.Admin.GetAsync("/admin/pipeline-stages?sort_by=name&page_size=100")).ShouldHave(HttpStatusCode.OK);
        var names = byName.GetProperty("data").EnumerateArray().Select(s => s.Str("name")).ToList();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("sort_by=color")]
    [InlineData("sort_order=sideways")]
    [InlineData("kind=maybe")]
    [InlineData("is_active=perhaps")]
    [InlineData("page=0")]
    [InlineData("page_size=101")]
    public async Task BadListQueriesAreRefused(string queryString) =>
        await (await app.Admin.GetAsync($"/admin/pipeline-stages?{queryString}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");

    [Fact]
    public async Task AdminCreatesAStageWithDefaultsAndAnAuditRow()
    {
        var response = await app.Admin.PostJson("/admin/pipeline-stages", new { name = "demo_booked", display_name = "Demo booked", order = 3 });

        var stage = await response.ShouldHave(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/admin/pipeline-stages/{stage.Id()}");
        stage.Str("name").ShouldBe("demo_booked");
        stage.GetProperty("order").GetInt32().ShouldBe(3);
        stage.GetProperty("probability").GetInt32().ShouldBe(0);
        stage.Str("kind").ShouldBe("open");
        stage.GetProperty("is_active").GetBoolean().ShouldBeTrue();
        stage.IsNull("color").ShouldBeTrue();
        app.AuditActions("pipeline_stage", stage.Id()).ShouldBe(["create"]);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task OnlyAdminsManageStages(string role)
    {
        var client = app.As(role, 9);
        var prospecting = app.Scalar<long>("SELECT id FROM pipeline_stages WHERE name = 'prospecting'");

        await (await client.PostJson("/admin/pipeline-stages", Stage($"by_{role}"))).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await client.PutJson($"/admin/pipeline-stages/{prospecting}", Stage("prospecting", 1)))
            .ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await client.Delete($"/admin/pipeline-stages/{prospecting}")).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }

    [Theory]
    [InlineData("{\"display_name\":\"X\",\"order\":1}", "name")]
    [InlineData("{\"name\":\"Closed Won\",\"display_name\":\"X\",\"order\":1}", "name")]
    [InlineData("{\"name\":\"a__b\",\"display_name\":\"X\",\"order\":1}", "name")]
    [InlineData("{\"name\":\"_a\",\"display_name\":\"X\",\"order\":1}", "name")]
    [InlineData("{\"name\":\"a-b\",\"display_name\":\"X\",\"order\":1}", "name")]
    [InlineData("{\"name\":\"ok\",\"order\":1}", "display_name")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\"}", "order")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":-1}", "order")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1.5}", "order")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"color\":\"red\"}", "color")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"color\":\"#12345\"}", "color")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"color\":\"#1234567\"}", "color")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"probability\":101}", "probability")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"probability\":-1}", "probability")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"kind\":\"maybe\"}", "kind")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"is_active\":\"yes\"}", "is_active")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"id\":4}", "id")]
    [InlineData("{\"name\":\"ok\",\"display_name\":\"X\",\"order\":1,\"created_at\":\"2026-01-01T00:00:00Z\"}", "created_at")]
    public async Task InvalidStagesAreRefusedNamingTheMember(string json, string member)
    {
        var error = await (await app.Admin.SendRaw(HttpMethod.Post, "/admin/pipeline-stages", json)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        app.Scalar<long>("SELECT count(*) FROM pipeline_stages WHERE name = 'ok'").ShouldBe(0);
    }

    [Theory]
    [InlineData("name", 101)]
    [InlineData("display_name", 101)]
    public async Task OverLongStageStringsAreRefused(string member, int length)
    {
        var body = new Dictionary<string, object> { ["name"] = "long_one", ["display_name"] = "Long", ["order"] = 1, [member] = new string('x', length) };
        var error = await (await app.Admin.PostJson("/admin/pipeline-stages", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task ATakenNameIsAConflictOnCreateAndOnRename()
    {
        await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("proposal"))).ShouldBeError(HttpStatusCode.Conflict, "STAGE_EXISTS");

        var mine = await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("to_rename"))).ShouldHave(HttpStatusCode.Created);
        await (await app.Admin.PutJson($"/admin/pipeline-stages/{mine.Id()}", Stage("negotiation"))).ShouldBeError(HttpStatusCode.Conflict, "STAGE_EXISTS");
    }

    [Fact]
    public async Task PutChangesTheMembersSentAndARenameCarriesItsDeals()
    {
        var stage = await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("pilot", probability: 60))).ShouldHave(HttpStatusCode.Created);
        var deal = await app.Admin.Deal(await app.Customer(), new { stage = "pilot" });

        var replaced = await (await app.Admin.PutJson($"/admin/pipeline-stages/{stage.Id()}", new { name = "paid_pilot", display_name = "Paid pilot", order = 7 }))
            .ShouldHave(HttpStatusCode.OK);

        replaced.Str("name").ShouldBe("paid_pilot");
        replaced.GetProperty("order").GetInt32().ShouldBe(7);
        replaced.GetProperty("probability").GetInt32().ShouldBe(60);
        replaced.Str("color").ShouldBe("#123abc");
        replaced.Str("kind").ShouldBe("open");
        var moved = await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);
        moved.Str("stage").ShouldBe("paid_pilot");
        app.AuditActions("pipeline_stage", stage.Id()).ShouldBe(["create", "update"]);
    }

    [Fact]
    public async Task AStaleIfMatchOnPutOrDeleteChangesNothing()
    {
        var stage = await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("guarded"))).ShouldHave(HttpStatusCode.Created);

        await (await app.Admin.PutJson($"/admin/pipeline-stages/{stage.Id()}", Stage("guarded_renamed"), ifMatch: "\"1\""))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
        await (await app.Admin.Delete($"/admin/pipeline-stages/{stage.Id()}", ifMatch: "\"1\""))
            .ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");

        app.Scalar<string>($"SELECT name FROM pipeline_stages WHERE id = {stage.Id()}").ShouldBe("guarded");
        var put = await app.Admin.PutJson($"/admin/pipeline-stages/{stage.Id()}", Stage("guarded"), ifMatch: "*");
        (await put.ShouldHave(HttpStatusCode.OK)).Str("name").ShouldBe("guarded");
        put.Headers.ETag.ShouldNotBeNull();
        await (await app.Admin.Delete($"/admin/pipeline-stages/{stage.Id()}", ifMatch: put.Headers.ETag!.ToString())).ShouldHave(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DeletingAnUnusedStageRemovesItWithAnAuditRow()
    {
        var stage = await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("short_lived"))).ShouldHave(HttpStatusCode.Created);

        await (await app.Admin.Delete($"/admin/pipeline-stages/{stage.Id()}")).ShouldHave(HttpStatusCode.OK);

        var list = await (await app.Admin.GetAsync("/admin/pipeline-stages?page_size=100")).ShouldHave(HttpStatusCode.OK);
        list.GetProperty("data").EnumerateArray().Select(s => s.Str("name")).ShouldNotContain("short_lived");
        app.AuditActions("pipeline_stage", stage.Id()).ShouldBe(["create", "delete"]);
        await (await app.Admin.Delete($"/admin/pipeline-stages/{stage.Id()}")).ShouldBeError(HttpStatusCode.NotFound, "STAGE_NOT_FOUND");
    }

    [Fact]
    public async Task AStageThatLiveOrDeletedDealsUseCannotBeDeleted()
    {
        var live = await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("in_use_live"))).ShouldHave(HttpStatusCode.Created);
        var usedByDeleted = await (await app.Admin.PostJson("/admin/pipeline-stages", Stage("in_use_deleted"))).ShouldHave(HttpStatusCode.Created);
        var customer = await app.Customer();
        await app.Admin.Deal(customer, new { stage = "in_use_live" });
        var deleted = await app.Admin.Deal(customer, new { stage = "in_use_deleted" });
        await (await app.Admin.Delete($"/admin/deals/{deleted.Id()}")).ShouldHave(HttpStatusCode.OK);

        await (await app.Admin.Delete($"/admin/pipeline-stages/{live.Id()}")).ShouldBeError(HttpStatusCode.Conflict, "STAGE_IN_USE");
        await (await app.Admin.Delete($"/admin/pipeline-stages/{usedByDeleted.Id()}")).ShouldBeError(HttpStatusCode.Conflict, "STAGE_IN_USE");

        app.Scalar<long>("SELECT count(*) FROM pipeline_stages WHERE name LIKE 'in_use_%'").ShouldBe(2);
        app.AuditActions("pipeline_stage", live.Id()).ShouldBe(["create"]);
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("99999999999999999999", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("0", HttpStatusCode.NotFound, "STAGE_NOT_FOUND")]
    [InlineData("424242", HttpStatusCode.NotFound, "STAGE_NOT_FOUND")]
    public async Task BadOrUnknownStageIdsAnswer400Or404(string id, HttpStatusCode status, string code)
    {
        await (await app.Admin.PutJson($"/admin/pipeline-stages/{id}", Stage("whatever"))).ShouldBeError(status, code);
        await (await app.Admin.Delete($"/admin/pipeline-stages/{id}")).ShouldBeError(status, code);
    }
}
