using System.Net;
using Crm.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Api.Tests.Security.ReachBook;

namespace Crm.Api.Tests.Security;

/// <summary>
/// The reach rule on every surface where a record can appear, with AGENT_READ_SCOPE=own (contract section 3): agent 7
/// sees what is theirs — customers assigned to them; deals they own or of their customers; activities assigned to them
/// or of their customers or deals; contacts, notes and attachments through their customer or deal, notes also by
/// author — and everything else answers 404 or is absent, as if it did not exist. The expected ids are written here
/// from that definition and the book's names (<see cref="ReachBook"/>), never computed by the service's own predicate.
/// </summary>
public class ReachTests(ReachBook book) : IClassFixture<ReachBook>
{
    HttpClient Agent7 => book.As("agent", 7);
    HttpClient Agent8 => book.As("agent", 8);

    [Fact]
    public async Task CustomerListAndSearchShowOnlyTheAgentsCustomers()
    {
        (await IdsOf(await Agent7.GetAsync("/admin/customers"))).ShouldBe([book.C7]);
        (await IdsOf(await Agent7.GetAsync("/admin/customers?search=reachbook"))).ShouldBe([book.C7]);
        (await IdsOf(await Agent7.GetAsync("/admin/customers?assigned_to=8"))).ShouldBeEmpty();
        (await IdsOf(await Agent7.GetAsync("/admin/customers?assigned_to=none"))).ShouldBeEmpty();
        var page = await (await Agent7.GetAsync("/admin/customers")).ShouldHave(HttpStatusCode.OK);
        page.GetProperty("total").GetInt32().ShouldBe(1);
        (await IdsOf(await book.As("manager", 2).GetAsync("/admin/customers?search=reachbook"))).ShouldBe(Sorted(book.C7, book.C8, book.CNobody));

        await (await Agent7.GetAsync($"/admin/customers/{book.C8}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await Agent7.GetAsync($"/admin/customers/{book.CNobody}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
    }

    [Fact]
    public async Task TheCustomerPageShowsWhatIsReachedThroughTheCustomerAndNothingElse()
    {
        var page = await (await Agent7.GetAsync($"/admin/customers/{book.C7}")).ShouldHave(HttpStatusCode.OK);

        Ids(page.GetProperty("contacts")).ShouldBe([book.K7]);
        // D7on7 is won; agent 8's open deal on agent 7's customer is agent 7's through the customer.
        Ids(page.GetProperty("open_deals")).ShouldBe([book.D8on7]);
        Ids(page.GetProperty("upcoming_activities")).ShouldBe([book.A8onC7]);
        page.GetProperty("recent_timeline").EnumerateArray().Select(e => $"{e.Str("type")}:{e.Id()}").Order()
            .ShouldBe(new[] { $"activity:{book.A8onC7}", $"note:{book.N8onC7}", $"stage_change:{book.H7on7}", $"stage_change:{book.H8on7}" }.Order());
        var counts = page.GetProperty("counts");
        (counts.GetProperty("contacts").GetInt32(), counts.GetProperty("open_deals").GetInt32(), counts.GetProperty("activities").GetInt32(),
            counts.GetProperty("notes").GetInt32(), counts.GetProperty("attachments").GetInt32()).ShouldBe((1, 1, 1, 1, 1));

        // What the page shows, each record's own route shows too (the v1 page showed deals that their routes hid).
        foreach (var url in new[] { $"/admin/deals/{book.D8on7}", $"/admin/activities/{book.A8onC7}", $"/admin/notes/{book.N8onC7}",
                     $"/admin/contacts/{book.K7}", $"/admin/deals/{book.D8on7}/stage-history", $"/admin/attachments/{book.FileOnC7}" })
            (await Agent7.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);

        // Agent 8 reaches their own deal, activity and note on agent 7's customer, but not the customer's page.
        await (await Agent8.GetAsync($"/admin/customers/{book.C7}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        foreach (var url in new[] { $"/admin/deals/{book.D8on7}", $"/admin/activities/{book.A8onC7}", $"/admin/notes/{book.N8onC7}" })
            (await Agent8.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        await (await Agent7.GetAsync($"/admin/customers/{book.C8}")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
    }

    [Fact]
    public async Task DealsTheirDetailAndStageHistoryFollowTheRule()
    {
        var reached = Sorted(book.D7on7, book.D8on7, book.D7on8);
        (await IdsOf(await Agent7.GetAsync("/admin/deals"))).ShouldBe(reached);
        (await IdsOf(await Agent7.GetAsync("/admin/deals?search=reachbook"))).ShouldBe(reached);
        (await IdsOf(await Agent7.GetAsync($"/admin/deals?customer_id={book.C8}"))).ShouldBe([book.D7on8]);
        (await IdsOf(await Agent7.GetAsync("/admin/deals?owner_id=8"))).ShouldBe([book.D8on7]);
        (await (await Agent7.GetAsync("/admin/deals?paging=cursor")).ShouldHave(HttpStatusCode.OK))
            .GetProperty("data").EnumerateArray().Select(d => d.Id()).Order().ShouldBe(reached);

        foreach (var deal in reached)
            (await Agent7.GetAsync($"/admin/deals/{deal}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await Agent7.GetAsync($"/admin/deals/{book.D8on8}")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");

        (await IdsOf(await Agent7.GetAsync($"/admin/deals/{book.D7on8}/stage-history"))).ShouldBe([book.H7on8]);
        await (await Agent7.GetAsync($"/admin/deals/{book.D8on8}/stage-history")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
    }

    [Fact]
    public async Task ActivitiesTheirDetailAndSearchFollowTheRule()
    {
        var reached = Sorted(book.A8onC7, book.A7onC8, book.A8onD7on8, book.L7);
        (await IdsOf(await Agent7.GetAsync("/admin/activities"))).ShouldBe(reached);
        (await IdsOf(await Agent7.GetAsync("/admin/activities?search=reachbook"))).ShouldBe(reached);
        (await IdsOf(await Agent7.GetAsync($"/admin/activities?customer_id={book.C8}"))).ShouldBe(Sorted(book.A7onC8, book.A8onD7on8));
        (await IdsOf(await Agent7.GetAsync($"/admin/activities?deal_id={book.D8on8}"))).ShouldBeEmpty();

        foreach (var activity in reached)
            (await Agent7.GetAsync($"/admin/activities/{activity}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var activity in new[] { book.A8onC8, book.A8onD8on8, book.L8 })
            await (await Agent7.GetAsync($"/admin/activities/{activity}")).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
    }

    [Fact]
    public async Task MyActivitiesListOnlyTheCallersOwnWork()
    {
        (await IdsOf(await Agent7.GetAsync("/admin/me/activities"))).ShouldBe(Sorted(book.A7onC8, book.L7));
        (await IdsOf(await Agent8.GetAsync("/admin/me/activities"))).ShouldBe(Sorted(book.A8onC7, book.A8onD7on8, book.A8onC8, book.A8onD8on8, book.L8));
        (await IdsOf(await Agent7.GetAsync("/admin/me/activities?assigned_to=8"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task NotesAndTheirListsFollowTheRule()
    {
        (await IdsOf(await Agent7.GetAsync($"/admin/customers/{book.C7}/notes"))).ShouldBe([book.N8onC7]);
        (await IdsOf(await Agent7.GetAsync($"/admin/deals/{book.D7on8}/notes"))).ShouldBe([book.N8onD7on8]);
        await (await Agent7.GetAsync($"/admin/customers/{book.C8}/notes")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await Agent7.GetAsync($"/admin/deals/{book.D8on8}/notes")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");

        // A note the agent wrote is theirs wherever it hangs; legacy notes on nothing belong to their author alone.
        foreach (var note in new[] { book.N8onC7, book.N7onC8, book.N8onD7on8, book.LN7 })
            (await Agent7.GetAsync($"/admin/notes/{note}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var note in new[] { book.N8onC8, book.LN8 })
            await (await Agent7.GetAsync($"/admin/notes/{note}")).ShouldBeError(HttpStatusCode.NotFound, "NOTE_NOT_FOUND");
    }

    [Fact]
    public async Task ContactsFollowTheirCustomer()
    {
        (await IdsOf(await Agent7.GetAsync($"/admin/customers/{book.C7}/contacts"))).ShouldBe([book.K7]);
        await (await Agent7.GetAsync($"/admin/customers/{book.C8}/contacts")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        (await Agent7.GetAsync($"/admin/contacts/{book.K7}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await Agent7.GetAsync($"/admin/contacts/{book.K8}")).ShouldBeError(HttpStatusCode.NotFound, "CONTACT_NOT_FOUND");
    }

    [Fact]
    public async Task AttachmentsFollowTheirRecordInListsMetadataAndDownloads()
    {
        (await IdsOf(await Agent7.GetAsync($"/admin/customers/{book.C7}/attachments"))).ShouldBe([book.FileOnC7]);
        (await IdsOf(await Agent7.GetAsync($"/admin/deals/{book.D7on8}/attachments"))).ShouldBe([book.FileOnD7on8]);
        (await IdsOf(await Agent7.GetAsync($"/admin/activities/{book.A7onC8}/attachments"))).ShouldBe([book.FileOnA7onC8]);
        await (await Agent7.GetAsync($"/admin/customers/{book.C8}/attachments")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await Agent7.GetAsync($"/admin/deals/{book.D8on8}/attachments")).ShouldBeError(HttpStatusCode.NotFound, "DEAL_NOT_FOUND");
        await (await Agent7.GetAsync($"/admin/activities/{book.A8onC8}/attachments")).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");

        foreach (var file in new[] { book.FileOnC7, book.FileOnD7on8, book.FileOnA7onC8 })
        {
            (await Agent7.GetAsync($"/admin/attachments/{file}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var download = await Agent7.GetAsync($"/admin/attachments/{file}/download");
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await download.Content.ReadAsStringAsync()).ShouldBe("reach");
        }
        foreach (var file in new[] { book.FileOnC8, book.FileOnD8on8, book.FileOnA8onC8 })
        {
            await (await Agent7.GetAsync($"/admin/attachments/{file}")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
            await (await Agent7.GetAsync($"/admin/attachments/{file}/download")).ShouldBeError(HttpStatusCode.NotFound, "ATTACHMENT_NOT_FOUND");
        }
    }

    [Fact]
    public async Task TheOverviewCountsOnlyTheRecordsInReach()
    {
        var report = await (await Agent7.GetAsync("/admin/reports/overview")).ShouldHave(HttpStatusCode.OK);

        report.GetProperty("customers").GetProperty("total").GetInt32().ShouldBe(1);
        var deals = report.GetProperty("deals");
        (deals.GetProperty("total").GetInt32(), deals.GetProperty("open_count").GetInt32(), deals.GetProperty("won_count").GetInt32())
            .ShouldBe((3, 1, 2));
        deals.GetProperty("won_value_by_currency").GetProperty("USD").GetDecimal().ShouldBe(600m);
        deals.GetProperty("open_value_by_currency").GetProperty("USD").GetDecimal().ShouldBe(200m);
        report.GetProperty("activities").GetProperty("total").GetInt32().ShouldBe(4);
        Ids(report.GetProperty("recent_deals")).Order().ShouldBe(Sorted(book.D7on7, book.D8on7, book.D7on8));
        // D7on8 is agent 7's won deal, but its customer is not theirs: the customer is not listed (its name would leak).
        Ids(report.GetProperty("top_customers")).ShouldBe([book.C7]);

        var everything = await (await book.As("manager", 2).GetAsync("/admin/reports/overview")).ShouldHave(HttpStatusCode.OK);
        everything.GetProperty("customers").GetProperty("total").GetInt32().ShouldBe(3);
        everything.GetProperty("deals").GetProperty("total").GetInt32().ShouldBe(4);
        everything.GetProperty("activities").GetProperty("total").GetInt32().ShouldBe(7);
        Ids(everything.GetProperty("top_customers")).ShouldBe([book.C8, book.C7]);
    }

    [Fact]
    public async Task BothFormsOfTheBigListsHoldExactlyTheRecordsInReach()
    {
        // The deal and activity lists run the rule either as one predicate or, for a caller with few records, as parts
        // joined by UNION ALL (Reach.WithinListAsync); the book's agents have few, so the tests above run the parts.
        using var scope = book.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Crm.Api.Data.CrmDb>();
        var expected = new Dictionary<long, (long[] Deals, long[] Activities)>
        {
            [7] = (Sorted(book.D7on7, book.D8on7, book.D7on8), Sorted(book.A8onC7, book.A7onC8, book.A8onD7on8, book.L7)),
            [8] = (Sorted(book.D8on7, book.D8on8, book.D7on8), Sorted(book.A8onC7, book.A7onC8, book.A8onD7on8, book.A8onC8, book.A8onD8on8, book.L8)),
            [9] = ([], []),
        };
        foreach (var (agent, (deals, activities)) in expected)
        {
            var live = db.Deals.Where(d => d.DeletedAt == null);
            (await live.Where(Crm.Api.Security.Reach.Own<Crm.Api.Deals.Deal>(db, agent)).Select(d => d.Id).OrderBy(id => id).ToListAsync()).ShouldBe(deals);
            (await Crm.Api.Security.Reach.DealsInParts(live, db, agent).Select(d => d.Id).OrderBy(id => id).ToListAsync()).ShouldBe(deals);
            var alive = db.Activities.Where(a => a.DeletedAt == null);
            (await alive.Where(Crm.Api.Security.Reach.Own<Crm.Api.Activities.Activity>(db, agent)).Select(a => a.Id).OrderBy(id => id).ToListAsync())
                .ShouldBe(activities);
            (await Crm.Api.Security.Reach.ActivitiesInParts(alive, db, agent).Select(a => a.Id).OrderBy(id => id).ToListAsync()).ShouldBe(activities);
        }
    }

    [Fact]
    public async Task LegacyRecordsLinkedToNothingAreReachedByTheirAssigneeOrAuthorAndByManagers()
    {
        (await Agent7.GetAsync($"/admin/activities/{book.L7}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Agent7.GetAsync($"/admin/notes/{book.LN7}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Agent8.GetAsync($"/admin/activities/{book.L8}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Agent8.GetAsync($"/admin/notes/{book.LN8}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await Agent8.GetAsync($"/admin/activities/{book.L7}")).ShouldBeError(HttpStatusCode.NotFound, "ACTIVITY_NOT_FOUND");
        await (await Agent8.GetAsync($"/admin/notes/{book.LN7}")).ShouldBeError(HttpStatusCode.NotFound, "NOTE_NOT_FOUND");
        foreach (var role in new[] { "admin", "manager" })
            foreach (var url in new[] { $"/admin/activities/{book.L7}", $"/admin/activities/{book.L8}", $"/admin/notes/{book.LN7}", $"/admin/notes/{book.LN8}" })
                (await book.As(role, 2).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{role} {url}");
    }
}
