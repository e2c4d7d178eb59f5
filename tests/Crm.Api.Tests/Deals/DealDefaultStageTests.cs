using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deals;

/// <summary>Changes the seeded stages, so it runs on a database of its own.</summary>
public class DealDefaultStageTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task NewDealsStartInTheFirstActiveOpenStageAndNeedOneToExist()
    {
        var customer = await app.Customer();
        var stages = await (await app.Admin.GetAsync("/admin/pipeline-stages?kind=open")).ShouldHave(HttpStatusCode.OK);
        var open = stages.GetProperty("data").EnumerateArray().ToList();

        async Task Deactivate(System.Text.Json.JsonElement stage) =>
            await (await app.Admin.PutJson($"/admin/pipeline-stages/{stage.Id()}", new
            {
                name = stage.Str("name"), display_name = stage.Str("display_name"), order = stage.GetProperty("order").GetInt32(),
                probability = stage.GetProperty("probability").GetInt32(), is_active = false,
            })).ShouldHave(HttpStatusCode.OK);

        await Deactivate(open[0]);
        var deal = await app.Admin.Deal(customer);
        deal.Str("stage").ShouldBe("qualification");
        deal.GetProperty("probability").GetInt32().ShouldBe(25);

        foreach (var stage in open.Skip(1)) await Deactivate(stage);
        await (await app.Admin.PostJson("/admin/deals", new { title = "Nowhere to go", customer_id = customer }))
            .ShouldBeError(HttpStatusCode.BadRequest, "INVALID_STAGE");
        (await app.Admin.Deal(customer, new { stage = "closed_won" })).Str("stage").ShouldBe("closed_won");
    }
}
