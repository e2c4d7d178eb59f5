using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Attachments;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>
/// Every record carries <c>version</c>, the value its ETag carries without the quotes (contract sections 1 and 5): in lists,
/// on 201 (with the ETag header) and on every single-record answer, so an inline edit from a list row sends If-Match without
/// reading the record first. Echoed back in a body, a current version is ignored and a stale one refused.
/// </summary>
public class RecordVersionTests(LocalAttachmentFactory app) : IClassFixture<LocalAttachmentFactory>
{
    static string ETagOf(HttpResponseMessage response) => response.Headers.ETag!.ToString();

    static string Quoted(JsonElement record) => $"\"{record.Str("version")}\"";

    async Task<JsonElement> Created(string url, object body) => await (await app.Admin.PostJson(url, body)).ShouldHave(HttpStatusCode.Created);

    [Fact]
    public async Task EveryCreateAnswersItsVersionWithTheMatchingETag()
    {
        var customer = await app.Admin.PostJson("/admin/customers", new { name = "Versioned", email = "versioned@version.example" });
        var customerId = (await customer.ShouldHave(HttpStatusCode.Created)).Id();
        var deal = (await Created("/admin/deals", new { title = "Versioned deal", customer_id = customerId })).Id();
        var activity = (await Created("/admin/activities", new { type = "call", title = "Versioned call", customer_id = customerId })).Id();
        var creates = new List<(string Name, HttpResponseMessage Response)>
        {
            ("customer", customer),
            ("contact", await app.Admin.PostJson($"/admin/customers/{customerId}/contacts", new { first_name = "Vera" })),
            ("deal", await app.Admin.PostJson("/admin/deals", new { title = "Second deal", customer_id = customerId })),
            ("activity", await app.Admin.PostJson("/admin/activities", new { type = "task", title = "Second task", deal_id = deal })),
            ("customer note", await app.Admin.PostJson($"/admin/customers/{customerId}/notes", new { content = "On the customer" })),
            ("deal note", await app.Admin.PostJson($"/admin/deals/{deal}/notes", new { content = "On the deal" })),
            ("tag", await app.Admin.PostJson("/admin/tags", new { name = "Versioned tag" })),
            ("stage", await app.Admin.PostJson("/admin/pipeline-stages", new { name = "versioned_stage", display_name = "Versioned", order = 90 })),
            ("attachment", await app.Admin.Upload($"/admin/activities/{activity}/attachments", "v"u8.ToArray(), "v.txt", "text/plain")),
        };

        foreach (var (name, response) in creates)
        {
            var body = await response.ShouldHave(HttpStatusCode.Created);
            body.Str("version").ShouldNotBeNullOrEmpty(name);
            ETagOf(response).ShouldBe(Quoted(body), name);
            // The record as read answers the same version, under the same ETag (stages have no single GET: their list shows it).
            if (name == "stage") continue;
            var read = await app.Admin.GetAsync(response.Headers.Location!.ToString());
            ETagOf(read).ShouldBe(ETagOf(response), name);
            (await read.ShouldHave(HttpStatusCode.OK)).Str("version").ShouldBe(body.Str("version"), name);
        }
    }

    /// <summary>Each resource's list, a change its rows allow, and how to send it.</summary>
    public static TheoryData<string> Resources => ["customers", "contacts", "deals", "activities", "notes", "tags", "pipeline-stages"];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task AListRowsVersionWorksAsIfMatchWithoutReadingTheRecord(string resource)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var customer = (await Created("/admin/customers", new { name = "Row " + suffix, email = $"row-{suffix}@version.example" })).Id();
        var (list, record, method, change) = resource switch
        {
            "customers" => ("/admin/customers", $"/admin/customers/{customer}", HttpMethod.Patch, (object)new { status = "active" }),
            "contacts" => ($"/admin/customers/{customer}/contacts",
                $"/admin/contacts/{(await Created($"/admin/customers/{customer}/contacts", new { first_name = "Row" })).Id()}",
                HttpMethod.Put, new { position = "Buyer" }),
            "deals" => ("/admin/deals", $"/admin/deals/{(await Created("/admin/deals", new { title = "Row deal", customer_id = customer })).Id()}",
                HttpMethod.Patch, new { probability = 35 }),
            "activities" => ("/admin/activities",
                $"/admin/activities/{(await Created("/admin/activities", new { type = "call", title = "Row call", customer_id = customer })).Id()}",
                HttpMethod.Patch, new { status = "completed" }),
            "notes" => ($"/admin/customers/{customer}/notes",
                $"/admin/notes/{(await Created($"/admin/customers/{customer}/notes", new { content = "Row note" })).Id()}",
                HttpMethod.Put, new { content = "Row note, edited" }),
            "tags" => ("/admin/tags", $"/admin/tags/{(await Created("/admin/tags", new { name = "Row " + suffix })).Id()}", HttpMethod.Put,
                new { color = "#EF4444" }),
            _ => ("/admin/pipeline-stages",
                $"/admin/pipeline-stages/{(await Created("/admin/pipeline-stages", new { name = "row_" + suffix, display_name = "Row", order = 91 })).Id()}",
                HttpMethod.Put, new { display_name = "Row, renamed" }),
        };
        var id = long.Parse(record.Split('/')[^1]);
        var rows = (await (await app.Admin.GetAsync($"{list}?ids={id}")).ShouldHave(HttpStatusCode.OK)).GetProperty("data");
        var row = rows.EnumerateArray().Single();

        var edit = await app.Admin.SendAsync(Request(method, record, change, Quoted(row)));
        var edited = await edit.ShouldHave(HttpStatusCode.OK);

        edited.Str("version").ShouldNotBe(row.Str("version"));
        ETagOf(edit).ShouldBe(Quoted(edited));
        // The row's version is stale now: the same edit from the same row is refused, and changes nothing.
        await (await app.Admin.SendAsync(Request(method, record, change, Quoted(row)))).ShouldBeError(HttpStatusCode.PreconditionFailed, "PRECONDITION_FAILED");
    }

    static HttpRequestMessage Request(HttpMethod method, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task EverySingleRecordAnswerCarriesTheVersionItsETagNames()
    {
        var customer = await Created("/admin/customers", new { name = "Single", email = "single@version.example" });
        var url = $"/admin/customers/{customer.Id()}";
        var deal = await Created("/admin/deals", new { title = "Single deal", customer_id = customer.Id() });

        var answers = new List<HttpResponseMessage>
        {
            await app.Admin.GetAsync(url),
            await app.Admin.GetAsync(url + "?include=contacts"),
            await app.Admin.PutJson(url, new { company = "Single Co" }),
            await app.Admin.PatchJson(url, new { contacted = true }),
            await app.Admin.GetAsync($"/admin/deals/{deal.Id()}"),
            await app.Admin.PatchJson($"/admin/deals/{deal.Id()}", new { probability = 15 }),
        };
        await (await app.Admin.Delete(url)).ShouldHave(HttpStatusCode.OK);
        answers.Add(await app.Admin.PostAsync(url + "/restore", null));

        foreach (var answer in answers)
        {
            var body = await answer.ShouldHave(HttpStatusCode.OK);
            ETagOf(answer).ShouldBe(Quoted(body), answer.RequestMessage!.RequestUri!.ToString());
        }
    }

    [Fact]
    public async Task AVersionEchoedInABodyIsIgnoredWhenCurrentAndRefusedWhenStale()
    {
        var customer = await Created("/admin/customers", new { name = "Echo", email = "echo@version.example" });
        var url = $"/admin/customers/{customer.Id()}";

        var renamed = await (await app.Admin.PutJson(url, new { name = "Echo renamed", version = customer.Str("version") })).ShouldHave(HttpStatusCode.OK);
        renamed.Str("name").ShouldBe("Echo renamed");

        // The version read before the rename is gone: the body names it, and nothing changes.
        var error = await (await app.Admin.PutJson(url, new { name = "Lost update", version = customer.Str("version") }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["version"]);
        await (await app.Admin.PatchJson(url, new { status = "churned", version = customer.Str("version") }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var stored = await (await app.Admin.GetAsync(url)).ShouldHave(HttpStatusCode.OK);
        (stored.Str("name"), stored.Str("status"), stored.Str("version")).ShouldBe(("Echo renamed", "lead", renamed.Str("version")));

        // A whole detail page sent back as read (its included lists too) changes nothing and is accepted.
        var page = await (await app.Admin.GetAsync(url + "?include=tags")).ShouldHave(HttpStatusCode.OK);
        (await (await app.Admin.PutJson(url, page.GetRawText())).ShouldHave(HttpStatusCode.OK)).Str("version").ShouldBe(page.Str("version"));
    }

    [Fact]
    public async Task AReplayedCreateCarriesTheETagOfTheFirstAnswer()
    {
        HttpRequestMessage Post()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/admin/customers")
            {
                Content = new StringContent("""{"name": "Replayed", "email": "replayed@version.example"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", "version-replay");
            return request;
        }

        var first = await app.Admin.SendAsync(Post());
        var created = await first.ShouldHave(HttpStatusCode.Created);
        var replay = await app.Admin.SendAsync(Post());

        (await replay.ShouldHave(HttpStatusCode.Created)).Id().ShouldBe(created.Id());
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        ETagOf(replay).ShouldBe(Quoted(created));
    }
}
