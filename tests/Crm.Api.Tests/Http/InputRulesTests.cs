using System.Net;
using System.Text;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Http;

/// <summary>
/// What a body may hold before any SQL runs (contract section 1, issue 17): exact member names, UTF-8 only, no NUL,
/// text in one Unicode form, names and e-mails without hidden characters or look-alike scripts; and the headers every
/// JSON answer carries.
/// </summary>
public class InputRulesTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Unique() => Guid.NewGuid().ToString("N")[..8];

    Task<HttpResponseMessage> PostCustomer(string json) => app.Admin.SendRaw(HttpMethod.Post, "/admin/customers", json);

    long Count(string sql)
    {
        using var connection = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public async Task MemberNamesAreExact()
    {
        var body = await (await PostCustomer($"{{\"Name\":\"Ada\",\"email\":\"ada-{Unique()}@example.com\"}}"))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        body.GetProperty("data").GetProperty("errors").TryGetProperty("Name", out _).ShouldBeTrue(body.ToString());
    }

    [Fact]
    public async Task InvalidUtf8InABodyIsInvalidJson()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"name\":\"Ada \u00ff\",\"email\":\"x@example.com\"}");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF; // a byte that never occurs in UTF-8
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        await (await app.Admin.PostAsync("/admin/customers", content)).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Fact]
    public async Task AnEscapedLoneSurrogateIsInvalidJson() =>
        await (await PostCustomer("{\"name\":\"Ada \\ud800\",\"email\":\"x@example.com\"}")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_JSON");

    [Theory]
    [InlineData("/admin/tags", "{\"name\":\"nul\\u0000tag\"}", "name")]
    [InlineData("/admin/customers", "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"notes\":\"a\\u0000b\"}", "notes")]
    public async Task ANulInAnyStringIsRefusedNamingTheMember(string url, string json, string member)
    {
        var body = await (await app.Admin.SendRaw(HttpMethod.Post, url, json)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        body.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(body.ToString());
    }

    /// <summary>Issue 17: <c>"#ffffff\n"</c> passed a <c>$</c>-anchored pattern and reached the database's CHECK. A colour
    /// is trimmed like every string (contract section 1), so a trailing line break is dropped; one inside is refused.</summary>
    [Fact]
    public async Task AColourWithALineBreakNeverReachesTheDatabase()
    {
        var trimmed = await (await app.Admin.PostJson("/admin/tags", new { name = $"colour {Unique()}", color = "#ffffff\r\n" }))
            .ShouldHave(HttpStatusCode.Created);
        trimmed.Str("color").ShouldBe("#ffffff");

        foreach (var color in new[] { "#fff\nfff", "#ffffff\nx" })
        {
            var body = await (await app.Admin.PostJson("/admin/tags", new { name = $"colour {Unique()}", color }))
                .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
            // Named by the validator, not a database error mapped after the fact.
            body.GetProperty("data").GetProperty("errors").TryGetProperty("color", out _).ShouldBeTrue(body.ToString());
        }
    }

    [Fact]
    public async Task TextIsStoredInNormalFormCSoOneNameHasOneSpelling()
    {
        var local = $"jose{Unique()}";
        var composed = await (await app.Admin.PostJson("/admin/customers", new { name = "Jos\u00e9", email = $"{local}\u00e9@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        composed.Str("name").ShouldBe("Jos\u00e9");

        var decomposed = await app.Admin.PostJson("/admin/customers", new { name = "Jose\u0301", email = $"{local}e\u0301@example.com" });

        await decomposed.ShouldBeError(HttpStatusCode.Conflict, "EMAIL_EXISTS");
        var tag = await (await app.Admin.PostJson("/admin/tags", new { name = $"Caf\u0065\u0301 {Unique()}" })).ShouldHave(HttpStatusCode.Created);
        tag.Str("name").ShouldStartWith("Caf\u00e9 ");
    }

    [Theory]
    [InlineData("ada\u200b@example.com")] // zero-width space
    [InlineData("ada\u200d@example.com")] // zero-width joiner
    [InlineData("\u202eada@example.com")] // right-to-left override
    [InlineData("ad\u2066a@example.com")] // left-to-right isolate
    [InlineData("ada\ufeff@example.com")] // byte order mark
    [InlineData("p\u0430ypal@example.com")] // a Cyrillic "а" among Latin letters
    [InlineData("\u03b1dmin@example.com")] // a Greek alpha before Latin letters
    public async Task EmailsWithHiddenCharactersOrMixedScriptsAreRefused(string email)
    {
        var before = Count("SELECT count(*) FROM customers");
        var body = await (await app.Admin.PostJson("/admin/customers", new { name = "Look-alike", email }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        body.GetProperty("data").GetProperty("errors").TryGetProperty("email", out _).ShouldBeTrue();
        Count("SELECT count(*) FROM customers").ShouldBe(before);
    }

    [Theory]
    [InlineData("\u5c71\u7530\u3068\u3082\u3053")] // kanji and hiragana: one Japanese address
    [InlineData("\u0438\u0432\u0430\u043d.\u043f\u0435\u0442\u0440\u043e\u0432")] // Cyrillic only
    [InlineData("ada.lovelace-1815")] // Latin, digits and signs
    public async Task EmailsInOneScriptAreAccepted(string local) =>
        await (await app.Admin.PostJson("/admin/customers", new { name = "Script", email = $"{local}{Random.Shared.Next(100_000, 999_999)}@example.com" }))
            .ShouldHave(HttpStatusCode.Created);

    [Theory]
    [InlineData("/admin/customers", "name", "Ada\u202e Lovelace")]
    [InlineData("/admin/customers", "name", "Ada\u200b Lovelace")]
    [InlineData("/admin/customers", "name", "Ada\u0007 Lovelace")]
    [InlineData("/admin/tags", "name", "VIP\u200e")]
    public async Task NamesWithHiddenCharactersAreRefused(string url, string member, string name)
    {
        object body = url == "/admin/tags" ? new { name } : new { name, email = $"hidden-{Unique()}@example.com" };
        var answer = await (await app.Admin.PostJson(url, body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        answer.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue();
    }

    /// <summary>PUT and PATCH merge only the members sent (contract section 1); what they merge obeys the same rules as a create.</summary>
    [Theory]
    [InlineData("PATCH", "{\"name\":\"Ada\\u202e Lovelace\"}", "name")]
    [InlineData("PUT", "{\"name\":\"Ada\\u200b Lovelace\"}", "name")]
    [InlineData("PATCH", "{\"email\":\"p\\u0430ypal@example.com\"}", "email")]
    [InlineData("PUT", "{\"email\":\"ada\\ufeff@example.com\"}", "email")]
    [InlineData("PATCH", "{\"notes\":\"a\\u0000b\"}", "notes")]
    public async Task AnUpdateMergesOnlyWhatTheRulesAccept(string method, string json, string member)
    {
        var email = $"merge-{Unique()}@example.com";
        var id = (await (await app.Admin.PostJson("/admin/customers", new { name = "Ada Lovelace", email, notes = "kept" }))
            .ShouldHave(HttpStatusCode.Created)).Id();

        var body = await (await app.Admin.SendRaw(new HttpMethod(method), $"/admin/customers/{id}", json))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        body.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(body.ToString());

        var stored = await (await app.Admin.GetAsync($"/admin/customers/{id}")).ShouldHave(HttpStatusCode.OK);
        stored.Str("name").ShouldBe("Ada Lovelace");
        stored.Str("email").ShouldBe(email);
        stored.Str("notes").ShouldBe("kept");
    }

    /// <summary>Found by the fuzzer: the generic update handlers were given a null body and answered 500.</summary>
    [Theory]
    [InlineData("PATCH", "/admin/deals/1", "null")]
    [InlineData("PATCH", "/admin/activities/1", "")]
    [InlineData("PUT", "/admin/customers/1", "null")]
    [InlineData("PUT", "/admin/contacts/1", "")]
    public async Task AnUpdateWithoutABodyIsInvalidJson(string method, string url, string json) =>
        await (await app.Admin.SendRaw(new HttpMethod(method), url, json)).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_JSON");

    [Fact]
    public async Task MergedNamesOfContactsAndTagsObeyTheRulesAndAreStoredInNormalFormC()
    {
        var customer = (await (await app.Admin.PostJson("/admin/customers", new { name = "Parent", email = $"parent-{Unique()}@example.com" }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        var contact = (await (await app.Admin.PostJson($"/admin/customers/{customer}/contacts", new { first_name = "Grace" }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        await (await app.Admin.PutJson($"/admin/contacts/{contact}", new { last_name = "Hop\u2066per" }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var renamed = await (await app.Admin.PutJson($"/admin/contacts/{contact}", new { first_name = "Jose\u0301" })).ShouldHave(HttpStatusCode.OK);
        renamed.Str("first_name").ShouldBe("Jos\u00e9");

        var tag = (await (await app.Admin.PostJson("/admin/tags", new { name = $"tag {Unique()}" })).ShouldHave(HttpStatusCode.Created)).Id();
        await (await app.Admin.PutJson($"/admin/tags/{tag}", new { name = "VIP\u200e" })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await app.Admin.PutJson($"/admin/tags/{tag}", new { color = "#fff\nfff" })).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    /// <summary>A webhook URL is a user's string too: one that reads as one address and goes to another is refused.</summary>
    [Theory]
    [InlineData("https://example.com/\u202emoc.live/hook")]
    [InlineData("https://exa\u200bmple.com/hook")]
    public async Task AWebhookUrlWithHiddenCharactersIsRefused(string url)
    {
        var body = await (await app.Admin.PostJson("/admin/webhooks", new { url, event_types = new[] { "*" } }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        body.GetProperty("data").GetProperty("errors").TryGetProperty("url", out _).ShouldBeTrue(body.ToString());
    }

    [Fact]
    public async Task ANameMayKeepTheZeroWidthNonJoinerThatPersianSpellingNeeds()
    {
        var name = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"; // "mi-khaham", joined by U+200C as Persian writes it
        var created = await (await app.Admin.PostJson("/admin/customers", new { name, email = $"fa-{Unique()}@example.com" }))
            .ShouldHave(HttpStatusCode.Created);
        created.Str("name").ShouldBe(name);
    }

    [Theory]
    [InlineData("/admin/customers")]
    [InlineData("/admin/customers/999999")]
    [InlineData("/admin/nowhere")]
    public async Task JsonAnswersAreNeitherCachedNorSniffed(string url)
    {
        var response = await app.Admin.GetAsync(url);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task AnUnauthenticatedErrorIsNotCachedEither()
    {
        var response = await app.CreateClient().GetAsync("/admin/customers");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }
}
