using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Compatibility.GoShapes;

namespace Crm.Api.Tests.Compatibility;

/// <summary>
/// One test per route of the Go original (original-service.md §1.1, all 34 still exist): the request a Go-era Console
/// sent, with the Go request members (§1.4-§1.9: <c>duration</c>, <c>""</c> for "unchanged", the Go query parameter
/// names), replayed against this service; the answer must carry every member the Go service wrote, with its JSON type
/// (<see cref="GoShapes"/>). Every deal is in USD, so the overview's Go sums are numbers.
/// </summary>
public class GoRouteTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    HttpClient Admin => app.Admin;

    static string Unique() => Guid.NewGuid().ToString("N")[..10];

    // Go-era request bodies, member for member the Go request structs (§1.4 CustomerCreateRequest, §1.5, §1.6 DealCreateRequest,
    // §1.7 ActivityCreateRequest, §1.8), with Go's RFC 3339 offsets.
    async Task<JsonElement> GoCustomer(string status = "prospect") => await (await Admin.PostJson("/admin/customers", new
    {
        name = "Go Customer " + Unique(), email = $"go.{Unique()}@example.com", phone = "+966 11 000 0000", company = "Turfa",
        role = "Buyer", status, assigned_to = 1, notes = "From the Go Console", next_follow_up_at = "2030-03-01T09:00:00+03:00",
    })).ShouldHave(HttpStatusCode.Created);

    async Task<JsonElement> GoContact(long customer) => await (await Admin.PostJson($"/admin/customers/{customer}/contacts", new
    {
        first_name = "Grace", last_name = "Hopper", email = $"grace.{Unique()}@example.com", phone = "+1 555 0100", position = "CTO",
        notes = "Prefers calls", is_primary = true,
    })).ShouldHave(HttpStatusCode.Created);

    async Task<JsonElement> GoDeal(long customer, long? contact = null) => await (await Admin.PostJson("/admin/deals", new
    {
        title = "Go Deal " + Unique(), description = "Licence", customer_id = customer, contact_id = contact, stage = "proposal",
        amount = 1200.50, currency = "USD", probability = 40, expected_close_date = "2030-06-30T00:00:00Z", owner_id = 1,
    })).ShouldHave(HttpStatusCode.Created);

    async Task<JsonElement> GoActivity(long customer, long? deal = null, long? contact = null) => await (await Admin.PostJson("/admin/activities", new
    {
        title = "Go Call " + Unique(), type = "call", status = "scheduled", customer_id = customer, deal_id = deal, contact_id = contact,
        assigned_to = 1, due_date = "2030-01-15T10:00:00+03:00", duration = 45, description = "Discovery", priority = "high",
    })).ShouldHave(HttpStatusCode.Created);

    async Task<JsonElement> GoTag() => await (await Admin.PostJson("/admin/tags", new { name = "Go " + Unique(), color = "#22c55e" }))
        .ShouldHave(HttpStatusCode.Created);

    static async Task<JsonElement> ShouldAnswerGo(HttpResponseMessage response, HttpStatusCode status, Shape shape)
    {
        var body = await response.ShouldHave(status);
        body.ShouldHaveGoShape(shape);
        return body;
    }

    [Fact]
    public async Task R01_Health() => await ShouldAnswerGo(await app.CreateClient().GetAsync("/health"), HttpStatusCode.OK, Health);

    [Fact]
    public async Task R02_Ready() => await ShouldAnswerGo(await app.CreateClient().GetAsync("/ready"), HttpStatusCode.OK, Ready);

    [Fact]
    public async Task R03_Metrics()
    {
        var response = await app.CreateClient().GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
    }

    [Fact]
    public async Task R04_Me()
    {
        var me = await ShouldAnswerGo(await Admin.GetAsync("/admin/me"), HttpStatusCode.OK, Me);
        me.GetProperty("user").GetProperty("is_active").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task R05_MyActivities()
    {
        var customer = (await GoCustomer()).Id();
        await GoActivity(customer, (await GoDeal(customer)).Id());
        var page = await ShouldAnswerGo(await Admin.GetAsync("/admin/me/activities?status=scheduled&page=1&page_size=50"), HttpStatusCode.OK, List(Activity));
        page.GetProperty("data").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task R06_ListCustomers()
    {
        var tag = (await GoTag()).Id();
        var customer = (await GoCustomer()).Id();
        (await Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ShouldAnswerGo(await Admin.GetAsync($"/admin/customers?page=1&page_size=100&status=prospect&assigned_to=1&search=go%20customer&tags={tag}&created_from=2020-01-01T00:00:00Z&created_to=2099-01-01T00:00:00Z&sort_by=name&sort_order=asc"),
            HttpStatusCode.OK, List(Customer));
        page.GetProperty("data").EnumerateArray().Select(c => c.Id()).ShouldBe([customer]);
    }

    [Fact]
    public async Task R07_CreateCustomer() => (await GoCustomer()).ShouldHaveGoShape(Customer);

    [Fact]
    public async Task R08_GetCustomer()
    {
        var customer = (await GoCustomer()).Id();
        await GoContact(customer);
        await GoDeal(customer);
        await GoActivity(customer);
        var detail = await ShouldAnswerGo(await Admin.GetAsync($"/admin/customers/{customer}"), HttpStatusCode.OK, CustomerDetail);
        detail.GetProperty("contacts_count").GetInt32().ShouldBe(1);
        detail.GetProperty("open_deals_count").GetInt32().ShouldBe(1);
        detail.GetProperty("upcoming_activities_count").GetInt32().ShouldBe(1);
        detail.GetProperty("recent_activities").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task R09_PutCustomer()
    {
        var created = await GoCustomer();
        // §1.4 CustomerUpdateRequest: empty strings mean "leave unchanged".
        var updated = await ShouldAnswerGo(await Admin.PutJson($"/admin/customers/{created.Id()}", new
        {
            name = "Renamed in Go", email = "", phone = "", company = "Turfa Holding", role = "", status = "active", assigned_to = 1,
            contacted = true, notes = "", next_follow_up_at = "2030-04-01T09:00:00Z",
        }), HttpStatusCode.OK, Customer);
        updated.Str("name").ShouldBe("Renamed in Go");
        updated.Str("email").ShouldBe(created.Str("email"));
        updated.Str("phone").ShouldBe(created.Str("phone"));
        updated.Str("company").ShouldBe("Turfa Holding");
    }

    [Fact]
    public async Task R10_PatchCustomer()
    {
        var created = await GoCustomer();
        var patched = await ShouldAnswerGo(await Admin.PatchJson($"/admin/customers/{created.Id()}", new
        {
            status = "active", assigned_to = 2, contacted = true, next_follow_up_at = "2030-05-01T09:00:00Z",
        }), HttpStatusCode.OK, Customer);
        patched.GetProperty("assigned_to").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task R11_DeleteCustomer()
    {
        var body = await ShouldAnswerGo(await Admin.Delete($"/admin/customers/{(await GoCustomer()).Id()}"), HttpStatusCode.OK, Message);
        body.Str("message").ShouldBe("Customer deleted successfully");
    }

    [Fact]
    public async Task R12_ListContacts()
    {
        var customer = (await GoCustomer()).Id();
        await GoContact(customer);
        var page = await ShouldAnswerGo(await Admin.GetAsync($"/admin/customers/{customer}/contacts?page=1&page_size=20"), HttpStatusCode.OK, List(Contact));
        page.GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task R13_CreateContact() => (await GoContact((await GoCustomer()).Id())).ShouldHaveGoShape(Contact);

    [Fact]
    public async Task R14_AssignTag()
    {
        var body = await ShouldAnswerGo(await Admin.PostAsync($"/admin/customers/{(await GoCustomer()).Id()}/tags/{(await GoTag()).Id()}", null),
            HttpStatusCode.OK, Message);
        body.Str("message").ShouldBe("Tag assigned successfully");
    }

    [Fact]
    public async Task R15_RemoveTag()
    {
        var (customer, tag) = ((await GoCustomer()).Id(), (await GoTag()).Id());
        await Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null);
        var body = await ShouldAnswerGo(await Admin.Delete($"/admin/customers/{customer}/tags/{tag}"), HttpStatusCode.OK, Message);
        body.Str("message").ShouldBe("Tag removed successfully");
    }

    [Fact]
    public async Task R16_PutContact()
    {
        var contact = await GoContact((await GoCustomer()).Id());
        var updated = await ShouldAnswerGo(await Admin.PutJson($"/admin/contacts/{contact.Id()}", new
        {
            first_name = "Grace B.", last_name = "", email = "", phone = "", position = "CEO", notes = "", is_primary = true,
        }), HttpStatusCode.OK, Contact);
        updated.Str("last_name").ShouldBe("Hopper");
        updated.Str("position").ShouldBe("CEO");
    }

    [Fact]
    public async Task R17_DeleteContact()
    {
        var body = await ShouldAnswerGo(await Admin.Delete($"/admin/contacts/{(await GoContact((await GoCustomer()).Id())).Id()}"), HttpStatusCode.OK, Message);
        body.Str("message").ShouldBe("Contact deleted successfully");
    }

    [Fact]
    public async Task R18_ListDeals()
    {
        var customer = (await GoCustomer()).Id();
        var deal = (await GoDeal(customer)).Id();
        var page = await ShouldAnswerGo(await Admin.GetAsync($"/admin/deals?page=1&page_size=20&stage=proposal&owner_id=1&customer_id={customer}&search=go%20deal&amount_min=1000&amount_max=2000&expected_close_from=2030-01-01T00:00:00Z&expected_close_to=2030-12-31T00:00:00Z&sort_by=amount&sort_order=desc"),
            HttpStatusCode.OK, List(Deal));
        page.GetProperty("data").EnumerateArray().Select(d => d.Id()).ShouldBe([deal]);
    }

    [Fact]
    public async Task R19_CreateDeal() => (await GoDeal((await GoCustomer()).Id())).ShouldHaveGoShape(Deal);

    [Fact]
    public async Task R20_GetDeal()
    {
        var customer = (await GoCustomer()).Id();
        var contact = (await GoContact(customer)).Id();
        var deal = (await GoDeal(customer, contact)).Id();
        await GoActivity(customer, deal, contact);
        await (await Admin.PostJson($"/admin/deals/{deal}/notes", new { content = "Asked for a quote" })).ShouldHave(HttpStatusCode.Created);
        var detail = await ShouldAnswerGo(await Admin.GetAsync($"/admin/deals/{deal}"), HttpStatusCode.OK, DealDetail);
        detail.GetProperty("contact").Id().ShouldBe(contact);
        detail.GetProperty("activities").GetArrayLength().ShouldBe(1);
        detail.GetProperty("notes").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task R21_PutDeal()
    {
        var customer = (await GoCustomer()).Id();
        var deal = await GoDeal(customer);
        // §1.6 DealUpdateRequest, as a Go-era form sends it: actual_close_date echoed as read (null), "" for untouched text.
        var updated = await ShouldAnswerGo(await Admin.PutJson($"/admin/deals/{deal.Id()}", new
        {
            title = "Go Deal renamed", description = "", customer_id = customer, contact_id = (long?)null, stage = "negotiation",
            amount = 1500, currency = "USD", probability = 60, expected_close_date = "2030-07-31T00:00:00Z", actual_close_date = (string?)null,
            owner_id = 1, lost_reason = "",
        }), HttpStatusCode.OK, Deal);
        updated.Str("stage").ShouldBe("negotiation");
        updated.Str("description").ShouldBe("Licence");
    }

    [Fact]
    public async Task R22_PatchDeal()
    {
        var deal = await GoDeal((await GoCustomer()).Id());
        var closed = await ShouldAnswerGo(await Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = "closed_lost", lost_reason = "Budget" }),
            HttpStatusCode.OK, Deal);
        closed.GetProperty("actual_close_date").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task R23_DeleteDeal()
    {
        var body = await ShouldAnswerGo(await Admin.Delete($"/admin/deals/{(await GoDeal((await GoCustomer()).Id())).Id()}"), HttpStatusCode.OK, Message);
        body.Str("message").ShouldBe("Deal deleted successfully");
    }

    [Fact]
    public async Task R24_ListActivities()
    {
        var customer = (await GoCustomer()).Id();
        var deal = (await GoDeal(customer)).Id();
        var activity = (await GoActivity(customer, deal)).Id();
        var page = await ShouldAnswerGo(await Admin.GetAsync($"/admin/activities?page=1&page_size=20&type=call&status=scheduled&priority=high&assigned_to=1&customer_id={customer}&deal_id={deal}&search=go%20call&due_date_from=2030-01-01T00:00:00Z&due_date_to=2030-02-01T00:00:00Z&sort_by=title&sort_order=desc"),
            HttpStatusCode.OK, List(Activity));
        page.GetProperty("data").EnumerateArray().Select(a => a.Id()).ShouldBe([activity]);
    }

    [Fact]
    public async Task R25_CreateActivity()
    {
        var created = await GoActivity((await GoCustomer()).Id());
        created.ShouldHaveGoShape(Activity);
        created.GetProperty("duration").GetInt32().ShouldBe(45);
        created.GetProperty("duration_minutes").GetInt32().ShouldBe(45);
    }

    [Fact]
    public async Task R26_GetActivity()
    {
        var customer = (await GoCustomer()).Id();
        var contact = (await GoContact(customer)).Id();
        var activity = await GoActivity(customer, (await GoDeal(customer)).Id(), contact);
        var detail = await ShouldAnswerGo(await Admin.GetAsync($"/admin/activities/{activity.Id()}"), HttpStatusCode.OK, ActivityDetail);
        detail.GetProperty("contact").Id().ShouldBe(contact);
    }

    [Fact]
    public async Task R27_PutActivity()
    {
        var customer = (await GoCustomer()).Id();
        var activity = await GoActivity(customer);
        // §1.7 PUT body: completed_at echoed as read (null), duration under its Go name.
        var updated = await ShouldAnswerGo(await Admin.PutJson($"/admin/activities/{activity.Id()}", new
        {
            title = "Go Call moved", description = "", type = "meeting", status = "scheduled", customer_id = customer, deal_id = (long?)null,
            contact_id = (long?)null, assigned_to = 1, due_date = "2030-02-01T10:00:00Z", completed_at = (string?)null, duration = 90,
            outcome = "", priority = "urgent",
        }), HttpStatusCode.OK, Activity);
        updated.GetProperty("duration_minutes").GetInt32().ShouldBe(90);
        updated.Str("description").ShouldBe("Discovery");
    }

    [Fact]
    public async Task R28_PatchActivity()
    {
        var activity = await GoActivity((await GoCustomer()).Id());
        var done = await ShouldAnswerGo(await Admin.PatchJson($"/admin/activities/{activity.Id()}", new { status = "completed", outcome = "Pilot agreed" }),
            HttpStatusCode.OK, Activity);
        done.GetProperty("completed_at").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task R29_DeleteActivity()
    {
        var body = await ShouldAnswerGo(await Admin.Delete($"/admin/activities/{(await GoActivity((await GoCustomer()).Id())).Id()}"), HttpStatusCode.OK, Message);
        body.Str("message").ShouldBe("Activity deleted successfully");
    }

    [Fact]
    public async Task R30_ListTags()
    {
        await GoTag();
        await ShouldAnswerGo(await Admin.GetAsync("/admin/tags"), HttpStatusCode.OK, TagList);
    }

    [Fact]
    public async Task R31_CreateTag() => (await GoTag()).ShouldHaveGoShape(Tag);

    [Fact]
    public async Task R32_PutTag()
    {
        var tag = await GoTag();
        var updated = await ShouldAnswerGo(await Admin.PutJson($"/admin/tags/{tag.Id()}", new { name = "Go renamed " + Unique(), color = "" }),
            HttpStatusCode.OK, Tag);
        updated.Str("color").ShouldBe("#22c55e");
    }

    [Fact]
    public async Task R33_DeleteTag()
    {
        var body = await ShouldAnswerGo(await Admin.Delete($"/admin/tags/{(await GoTag()).Id()}"), HttpStatusCode.OK, Message);
        body.Str("message").ShouldBe("Tag deleted successfully");
    }

    [Fact]
    public async Task R34_Overview()
    {
        var customer = (await GoCustomer()).Id();
        var deal = await GoDeal(customer);
        await Admin.PatchJson($"/admin/deals/{deal.Id()}", new { stage = "closed_won" });
        // Only records created from this deal on, with a won deal to rank.
        var report = await ShouldAnswerGo(await Admin.GetAsync($"/admin/reports/overview?from={Uri.EscapeDataString(deal.Str("created_at"))}"),
            HttpStatusCode.OK, Overview);
        report.GetProperty("recent_deals").GetArrayLength().ShouldBeGreaterThan(0);
        report.GetProperty("top_customers").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
