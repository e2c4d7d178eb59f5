using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Compatibility.GoShapes;

namespace Crm.Api.Tests.Compatibility;

/// <summary>
/// Contract section 1, Go-era bodies: a Console edits the object it read and PUTs it back whole. Read-only members are
/// ignored while they equal the stored value (or are views of other records), refused naming the member when they would
/// change it; unknown members are refused; <c>duration</c> is the Go name of <c>duration_minutes</c>, in both directions.
/// </summary>
public class GoBodyTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Unique() => Guid.NewGuid().ToString("N")[..10];

    async Task<long> Post(string url, object body) => (await (await app.Admin.PostJson(url, body)).ShouldHave(HttpStatusCode.Created)).Id();

    async Task<(long Customer, long Contact, long Deal, long Activity)> Records()
    {
        var customer = await Post("/admin/customers", new { name = "Round " + Unique(), email = $"round.{Unique()}@example.com", company = "Co" });
        var contact = await Post($"/admin/customers/{customer}/contacts", new { first_name = "Ann", last_name = "Lee" });
        var deal = await Post("/admin/deals", new { title = "Deal", customer_id = customer, contact_id = contact, amount = 100 });
        var activity = await Post("/admin/activities", new { type = "call", title = "Call", customer_id = customer, deal_id = deal, contact_id = contact, duration_minutes = 30 });
        await Post($"/admin/deals/{deal}/notes", new { content = "A note" });
        var tag = await Post("/admin/tags", new { name = "Round " + Unique() });
        (await app.Admin.PostAsync($"/admin/customers/{customer}/tags/{tag}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (customer, contact, deal, activity);
    }

    async Task<JsonElement> Get(string url) => await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK);

    static Dictionary<string, JsonElement> Edit(Dictionary<string, JsonElement> body, string member, object? value)
    {
        body[member] = JsonSerializer.SerializeToElement(value);
        return body;
    }

    static Dictionary<string, JsonElement> Whole(JsonElement read) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(read.GetRawText())!;

    public static TheoryData<string, string, string, object> Resources() => new()
    {
        // resource, URL pattern, member to edit, new value
        { "customer", "/admin/customers/{customer}", "company", "Edited Co" },
        { "contact", "/admin/contacts/{contact}", "position", "Edited position" },
        { "deal", "/admin/deals/{deal}", "title", "Edited deal" },
        { "activity", "/admin/activities/{activity}", "title", "Edited call" },
    };

    string Url(string pattern, (long Customer, long Contact, long Deal, long Activity) r) => pattern.Replace("{customer}", r.Customer.ToString())
        .Replace("{contact}", r.Contact.ToString()).Replace("{deal}", r.Deal.ToString()).Replace("{activity}", r.Activity.ToString());

    static Shape GoShapeOf(string resource) => resource switch
    {
        "customer" => CustomerDetail,
        "contact" => Contact,
        "deal" => DealDetail,
        _ => ActivityDetail,
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task AGetEditPutOfTheWholeGoShapedObjectWorks(string resource, string pattern, string member, object value)
    {
        var url = Url(pattern, await Records());
        var read = await Get(url);

        // What a Console written against the Go service holds: the Go members only (nested objects, detail lists and counts included).
        var goObject = read.AsGo(GoShapeOf(resource));
        var updated = await (await app.Admin.PutJson(url, Edit(goObject, member, value))).ShouldHave(HttpStatusCode.OK);

        updated.GetProperty(member).ToString().ShouldBe(value.ToString());
        var after = await Get(url);
        foreach (var (name, sent) in goObject.Where(m => m.Key != member && m.Key != "updated_at" && read.GetProperty(m.Key).ValueKind != JsonValueKind.Object
                     && read.GetProperty(m.Key).ValueKind != JsonValueKind.Array))
            after.GetProperty(name).GetRawText().ShouldBe(sent.GetRawText(), name);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task AGetEditPutOfOurOwnDetailObjectWorks(string resource, string pattern, string member, object value)
    {
        var url = Url(pattern, await Records());
        var read = await Get(url);

        var updated = await (await app.Admin.PutJson(url, Edit(Whole(read), member, value))).ShouldHave(HttpStatusCode.OK);

        updated.GetProperty(member).ToString().ShouldBe(value.ToString(), resource);
    }

    [Theory]
    [InlineData("/admin/customers/{customer}", "created_at", "2001-01-01T00:00:00Z")]
    [InlineData("/admin/customers/{customer}", "id", 424242)]
    [InlineData("/admin/customers/{customer}", "deleted_at", "2001-01-01T00:00:00Z")]
    [InlineData("/admin/customers/{customer}", "tags", "[]")]
    [InlineData("/admin/contacts/{contact}", "customer_id", 424242)]
    [InlineData("/admin/contacts/{contact}", "customer", "{\"id\":424242}")]
    [InlineData("/admin/deals/{deal}", "actual_close_date", "2001-01-01T00:00:00Z")]
    [InlineData("/admin/deals/{deal}", "customer", "{\"id\":424242,\"name\":\"Other\"}")]
    [InlineData("/admin/activities/{activity}", "completed_at", "2001-01-01T00:00:00Z")]
    [InlineData("/admin/activities/{activity}", "deal", "{\"id\":424242}")]
    public async Task AReadOnlyMemberThatDiffersIsRefusedNamingItAndNothingChanges(string pattern, string member, object value)
    {
        var url = Url(pattern, await Records());
        var read = await Get(url);
        var body = Whole(read);
        body[member] = value is string text && (text.StartsWith('{') || text.StartsWith('[')) ? JsonDocument.Parse(text).RootElement : JsonSerializer.SerializeToElement(value);
        // An editable member changed in the same body: the refusal must leave it unchanged too.
        var editable = pattern.Contains("customers") ? "company" : pattern.Contains("contacts") ? "position" : "title";
        body[editable] = JsonSerializer.SerializeToElement("Changed too");

        var error = await (await app.Admin.PutJson(url, body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        (await Get(url)).GetRawText().ShouldBe(read.GetRawText());
    }

    [Theory]
    [InlineData("PUT", "/admin/customers/{customer}")]
    [InlineData("PATCH", "/admin/customers/{customer}")]
    [InlineData("POST", "/admin/customers")]
    [InlineData("PUT", "/admin/deals/{deal}")]
    [InlineData("PUT", "/admin/activities/{activity}")]
    [InlineData("PUT", "/admin/contacts/{contact}")]
    public async Task AnUnknownMemberIsRefusedNamingIt(string method, string pattern)
    {
        var url = Url(pattern, await Records());

        var error = await (await app.Admin.SendRaw(new HttpMethod(method), url, "{\"nickname\":\"Ada\"}")).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        error.GetProperty("data").GetProperty("errors").TryGetProperty("nickname", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task DurationIsTheGoNameOfDurationMinutesBothWays()
    {
        var records = await Records();
        var url = $"/admin/activities/{records.Activity}";

        var byGoName = await (await app.Admin.PutJson(url, new { duration = 75 })).ShouldHave(HttpStatusCode.OK);
        byGoName.GetProperty("duration_minutes").GetInt32().ShouldBe(75);
        byGoName.GetProperty("duration").GetInt32().ShouldBe(75);

        var byOurName = await (await app.Admin.PutJson(url, new { duration_minutes = 20, duration = 20 })).ShouldHave(HttpStatusCode.OK);
        byOurName.GetProperty("duration").GetInt32().ShouldBe(20);

        var error = await (await app.Admin.PutJson(url, new { duration_minutes = 10, duration = 11 })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("duration", out _).ShouldBeTrue();
        (await Get(url)).GetProperty("duration_minutes").GetInt32().ShouldBe(20);
    }

    [Fact]
    public async Task DeletesOfOurOwnResourcesAnswerTheGoStyleMessageToo()
    {
        var records = await Records();
        var note = await Post($"/admin/customers/{records.Customer}/notes", new { content = "Bye" });
        var stage = await Post("/admin/pipeline-stages", new { name = "s_" + Unique(), display_name = "Unused", order = 90 });

        (await (await app.Admin.Delete($"/admin/notes/{note}")).ShouldHave(HttpStatusCode.OK)).Str("message").ShouldBe("Note deleted successfully");
        (await (await app.Admin.Delete($"/admin/pipeline-stages/{stage}")).ShouldHave(HttpStatusCode.OK)).Str("message")
            .ShouldBe("Pipeline stage deleted successfully");
    }
}
