using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Deals;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Pipelines;

/// <summary>Pipelines: stages belong to one each, a deal's pipeline follows its stage (contract section 11).</summary>
public class PipelineTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Unique(string prefix) => $"{prefix}_{Guid.NewGuid().ToString("N")[..8]}";

    async Task<JsonElement> Pipeline(string? name = null, bool isDefault = false) =>
        await (await app.Admin.PostJson("/admin/pipelines", new { name = name ?? Unique("Pipeline"), order = 5, is_default = isDefault }))
            .ShouldHave(HttpStatusCode.Created);

    async Task<string> Stage(long pipelineId, string kind = "open", int order = 1)
    {
        var name = Unique("stage");
        var stage = await (await app.Admin.PostJson("/admin/pipeline-stages",
            new { name, display_name = name, order, kind, probability = 30, pipeline_id = pipelineId })).ShouldHave(HttpStatusCode.Created);
        stage.GetProperty("pipeline_id").GetInt64().ShouldBe(pipelineId);
        return name;
    }

    static long DefaultPipeline => 1;

    [Fact]
    public async Task TheSeededStagesFormTheDefaultPipelineSales()
    {
        var sales = await (await app.As("agent", 3).GetAsync($"/admin/pipelines/{DefaultPipeline}")).ShouldHave(HttpStatusCode.OK);

        sales.Str("name").ShouldBe("Sales");
        sales.GetProperty("is_default").GetBoolean().ShouldBeTrue();
        sales.GetProperty("stages").EnumerateArray().Select(s => s.Str("name")).Take(6)
            .ShouldBe(["prospecting", "qualification", "proposal", "negotiation", "closed_won", "closed_lost"]);
    }

    [Fact]
    public async Task ADealsPipelineIsItsStagesAndAPipelineIdThatDisagreesIsInvalidStage()
    {
        var renewals = (await Pipeline()).Id();
        var due = await Stage(renewals, order: 1);
        var customer = await app.Customer();

        // No stage: the first open stage of the pipeline sent, or of the default pipeline.
        var inRenewals = await app.Admin.Deal(customer, new { pipeline_id = renewals });
        inRenewals.Str("stage").ShouldBe(due);
        inRenewals.GetProperty("pipeline_id").GetInt64().ShouldBe(renewals);
        var inSales = await app.Admin.Deal(customer);
        inSales.Str("stage").ShouldBe("prospecting");
        inSales.GetProperty("pipeline_id").GetInt64().ShouldBe(DefaultPipeline);

        await (await app.Admin.PostJson("/admin/deals", new { title = "X", customer_id = customer, stage = "proposal", pipeline_id = renewals }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        await (await app.Admin.PutJson($"/admin/deals/{inSales.Id()}", new { pipeline_id = renewals }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        (await (await app.Admin.PostJson("/admin/deals", new { title = "X", customer_id = customer, pipeline_id = 999_999 }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).GetProperty("data").GetProperty("errors").TryGetProperty("pipeline_id", out _).ShouldBeTrue();

        // Moving a deal to another pipeline is moving it to one of its stages; sending both agrees.
        var moved = await (await app.Admin.PutJson($"/admin/deals/{inSales.Id()}", new { stage = due, pipeline_id = renewals })).ShouldHave(HttpStatusCode.OK);
        moved.GetProperty("pipeline_id").GetInt64().ShouldBe(renewals);
        var back = await (await app.Admin.PatchJson($"/admin/deals/{inSales.Id()}", new { stage = "qualification" })).ShouldHave(HttpStatusCode.OK);
        back.GetProperty("pipeline_id").GetInt64().ShouldBe(DefaultPipeline);
        var history = await (await app.Admin.GetAsync($"/admin/deals/{inSales.Id()}/stage-history")).ShouldHave(HttpStatusCode.OK);
        history.GetProperty("data").EnumerateArray().Select(h => h.Str("to_stage")).ShouldBe(["prospecting", due, "qualification"]);
    }

    [Fact]
    public async Task ListsReportsAndStagesFilterByPipeline()
    {
        var partners = (await Pipeline()).Id();
        var open = await Stage(partners, order: 1);
        var customer = await app.Customer();
        var deal = await app.Admin.Deal(customer, new { pipeline_id = partners, amount = 100 });
        await app.Admin.Deal(customer, new { amount = 7 });

        var deals = await (await app.Admin.GetAsync($"/admin/deals?pipeline_id={partners}")).ShouldHave(HttpStatusCode.OK);
        deals.GetProperty("data").EnumerateArray().Select(d => d.Id()).ShouldBe([deal.Id()]);
        var stages = await (await app.Admin.GetAsync($"/admin/pipeline-stages?pipeline_id={partners}")).ShouldHave(HttpStatusCode.OK);
        stages.GetProperty("data").EnumerateArray().Select(s => s.Str("name")).ShouldBe([open]);
        var overview = await (await app.Admin.GetAsync($"/admin/reports/overview?pipeline_id={partners}")).ShouldHave(HttpStatusCode.OK);
        overview.GetProperty("deals").GetProperty("total").GetInt32().ShouldBe(1);
        overview.GetProperty("deals").GetProperty("by_stage").EnumerateObject().Select(p => p.Name).ShouldBe([open]);
        overview.GetProperty("deals").GetProperty("open_value_by_currency").GetProperty("USD").GetDecimal().ShouldBe(100m);
        overview.GetProperty("recent_deals").EnumerateArray().Select(d => d.Id()).ShouldBe([deal.Id()]);
    }

    [Fact]
    public async Task APipelineThatDealsUseCannotBeDeletedNorItsStagesMoved()
    {
        var used = (await Pipeline()).Id();
        var stage = await Stage(used);
        var other = (await Pipeline()).Id();
        var deal = await app.Admin.Deal(await app.Customer(), new { stage });
        await (await app.Admin.Delete($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);

        // Even a deleted deal keeps its stage (a restore brings it back there).
        await (await app.Admin.Delete($"/admin/pipelines/{used}")).ShouldBeError(HttpStatusCode.Conflict, "PIPELINE_IN_USE");
        var stageId = (await (await app.Admin.GetAsync($"/admin/pipeline-stages?pipeline_id={used}")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data")[0].Id();
        await (await app.Admin.PutJson($"/admin/pipeline-stages/{stageId}", new { pipeline_id = other })).ShouldBeError(HttpStatusCode.Conflict, "STAGE_IN_USE");

        // An unused pipeline goes, with its stages.
        var unusedStage = await Stage(other);
        await (await app.Admin.Delete($"/admin/pipelines/{other}")).ShouldHave(HttpStatusCode.OK);
        await (await app.Admin.GetAsync($"/admin/pipelines/{other}")).ShouldBeError(HttpStatusCode.NotFound, "PIPELINE_NOT_FOUND");
        (await (await app.Admin.GetAsync("/admin/pipeline-stages?page_size=100")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(s => s.Str("name")).ShouldNotContain(unusedStage);
        app.AuditActions("pipeline", other).ShouldBe(["create", "delete"]);
    }

    [Fact]
    public async Task ThereIsAlwaysExactlyOneDefaultPipeline()
    {
        await (await app.Admin.Delete($"/admin/pipelines/{DefaultPipeline}")).ShouldBeError(HttpStatusCode.Conflict, "CONFLICT");
        await (await app.Admin.PutJson($"/admin/pipelines/{DefaultPipeline}", new { is_default = false })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        var next = await Pipeline(isDefault: true);
        var stage = await Stage(next.Id());
        (await (await app.Admin.GetAsync($"/admin/pipelines/{DefaultPipeline}")).ShouldHave(HttpStatusCode.OK)).GetProperty("is_default").GetBoolean().ShouldBeFalse();
        // The first open stage a new deal starts in is now the new default's.
        (await app.Admin.Deal(await app.Customer())).Str("stage").ShouldBe(stage);

        await (await app.Admin.PutJson($"/admin/pipelines/{DefaultPipeline}", new { is_default = true })).ShouldHave(HttpStatusCode.OK);
        var all = await (await app.Admin.GetAsync("/admin/pipelines?page_size=100")).ShouldHave(HttpStatusCode.OK);
        all.GetProperty("data").EnumerateArray().Where(p => p.GetProperty("is_default").GetBoolean()).Select(p => p.Id()).ShouldBe([DefaultPipeline]);
    }

    [Fact]
    public async Task PipelineNamesAreUniqueIgnoringCase()
    {
        var name = Unique("Upsell");
        await Pipeline(name);

        await (await app.Admin.PostJson("/admin/pipelines", new { name = name.ToUpperInvariant() })).ShouldBeError(HttpStatusCode.Conflict, "CONFLICT");
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("agent")]
    public async Task EveryoneReadsPipelinesButOnlyAdminsManageThem(string role)
    {
        var client = app.As(role, 3);
        await (await client.GetAsync("/admin/pipelines")).ShouldHave(HttpStatusCode.OK);
        await (await client.PostJson("/admin/pipelines", new { name = Unique("Nope") })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
        await (await client.PutJson($"/admin/pipelines/{DefaultPipeline}", new { name = "Mine" })).ShouldBeError(HttpStatusCode.Forbidden, "INSUFFICIENT_PERMISSIONS");
    }
}
