using System.Net;
using System.Text.Json;
using Crm.Api.Merges;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Api.Tests.Merges;

/// <summary>
/// Duplicate candidates through the real pipeline (contract section 9): customers alike by e-mail (ignoring case), phone
/// digits or name+company similarity ≥ 0.8, kept by the background refresh after the writes that matter.
/// </summary>
public class DuplicateTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    static string Tag() => Guid.NewGuid().ToString("N")[..8];

    async Task<long> CustomerAsync(object body) => (await (await app.Admin.PostJson("/admin/customers", body)).ShouldHave(HttpStatusCode.Created)).Id();

    long Scalar(string sql, params (string, object)[] parameters)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    double Similarity(string a, string b)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand("SELECT similarity(lower(@a), lower(@b))", connection);
        command.Parameters.AddWithValue("a", a);
        command.Parameters.AddWithValue("b", b);
        return Math.Round(Convert.ToDouble(command.ExecuteScalar()), 3);
    }

    /// <summary>The groups that hold any of <paramref name="ids"/>, once <paramref name="done"/> holds for them (the refresh runs every few seconds).</summary>
    async Task<List<JsonElement>> GroupsAsync(long[] ids, Func<List<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var groups = new List<JsonElement>();
            for (var page = 1; ; page++)
            {
                var body = await (await app.Admin.GetAsync($"/admin/customers/duplicates?page_size=100&page={page}")).ShouldHave(HttpStatusCode.OK);
                groups.AddRange(body.GetProperty("data").EnumerateArray().Where(g => Members(g).Intersect(ids).Any()));
                if (page >= body.GetProperty("total_pages").GetInt32()) break;
            }
            if (done(groups)) return groups;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the duplicates never settled: {JsonSerializer.Serialize(groups)}");
            await Task.Delay(250);
        }
    }

    static long[] Members(JsonElement group) => [.. group.GetProperty("customers").EnumerateArray().Select(c => c.Id()).Order()];

    static string Reasons(JsonElement element) => string.Join(",", element.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

    static string Set(params long[] ids) => string.Join(",", ids.Order());

    [Fact]
    public async Task CustomersAlikeByEmailPhoneOrNameAndCompanyAreGroupedWithTheirReasonsAndScores()
    {
        var t = Tag();
        var mail = await CustomerAsync(new { name = $"Mail {t}", email = $"shared-{t}@example.com" });
        // Live customers' e-mails are unique, so the e-mail of one matches a contact of the other (ignoring case).
        var mailTwin = await CustomerAsync(new { name = $"Other {t}", email = $"other-{t}@example.com",
            contacts = new[] { new { first_name = "Pat", email = $"SHARED-{t}@Example.com" } } });
        var phone = await CustomerAsync(new { name = $"Phone {t}", email = $"p1-{t}@example.com", phone = "+1 (555) 010-2030" });
        var phoneTwin = await CustomerAsync(new { name = $"Dial {t}", email = $"p2-{t}@example.com", phone = "15550102030" });
        var (nameA, companyA, companyB) = ($"Jonathan Q{t} Smithers", $"Globex{t} Logistics Incorporated", $"Globex{t} Logistic Incorporated");
        var named = await CustomerAsync(new { name = nameA, email = $"n1-{t}@example.com", company = companyA });
        var namedTwin = await CustomerAsync(new { name = nameA, email = $"n2-{t}@example.com", company = companyB });
        // The same name at another company is not alike; nor is a short shared number.
        var elsewhere = await CustomerAsync(new { name = nameA, email = $"n3-{t}@example.com", company = $"Initech{t}" });
        var shortA = await CustomerAsync(new { name = $"Short {t}", email = $"s1-{t}@example.com", phone = "12-34" });
        var shortB = await CustomerAsync(new { name = $"Tiny {t}", email = $"s2-{t}@example.com", phone = "1234" });
        long[] all = [mail, mailTwin, phone, phoneTwin, named, namedTwin, elsewhere, shortA, shortB];

        var groups = await GroupsAsync(all, g => g.Count >= 3);

        groups.Select(g => Set(Members(g))).ShouldBe([Set(mail, mailTwin), Set(phone, phoneTwin), Set(named, namedTwin)], ignoreOrder: true);
        var byFirst = groups.ToDictionary(g => Members(g)[0]);
        var similarity = Similarity($"{nameA} {companyA}", $"{nameA} {companyB}");
        similarity.ShouldBeGreaterThanOrEqualTo(0.8);
        (Reasons(byFirst[Math.Min(mail, mailTwin)]), byFirst[Math.Min(mail, mailTwin)].GetProperty("score").GetDouble()).ShouldBe(("email", 0.95));
        (Reasons(byFirst[phone]), byFirst[phone].GetProperty("score").GetDouble()).ShouldBe(("phone", 0.9));
        var pair = byFirst[named].GetProperty("pairs")[0];
        (Reasons(pair), pair.GetProperty("similarity").GetDouble(), pair.GetProperty("score").GetDouble()).ShouldBe(("name_company", similarity, similarity));
        pair.GetProperty("ids").EnumerateArray().Select(x => x.GetInt64()).ShouldBe([named, namedTwin]);
    }

    [Fact]
    public async Task PairsChainIntoOneGroupAndWritesThatMatterRefreshIt()
    {
        var t = Tag();
        var a = await CustomerAsync(new { name = $"Chain A {t}", email = $"ca-{t}@example.com", phone = "+49 30 1234567" });
        var b = await CustomerAsync(new { name = $"Zed Q{t} Kowalczyk", email = $"cb-{t}@example.com", phone = "49301234567", company = $"Umbra{t} Systems" });
        var c = await CustomerAsync(new { name = $"Zed Q{t} Kowalczyk", email = $"cc-{t}@example.com", company = $"Umbra{t} Systems" });

        var groups = await GroupsAsync([a, b, c], g => g.Count == 1 && Members(g[0]).Length == 3);
        var group = groups[0];
        Reasons(group).ShouldBe("phone,name_company");
        group.GetProperty("score").GetDouble().ShouldBe(1.0);
        group.GetProperty("pairs").GetArrayLength().ShouldBe(2);
        Scalar("SELECT size FROM crm_customer_duplicate_groups WHERE id = @id", ("id", Math.Min(a, Math.Min(b, c)))).ShouldBe(3);

        // A new phone breaks the chain's first link; deleting c leaves nothing alike.
        await (await app.Admin.PutJson($"/admin/customers/{a}", new { phone = "+33 1 99 88 77 66" })).ShouldHave(HttpStatusCode.OK);
        Set(Members((await GroupsAsync([a, b, c], g => g.Count == 1 && Members(g[0]).Length == 2)).Single())).ShouldBe(Set(b, c));
        await (await app.Admin.Delete($"/admin/customers/{c}")).ShouldHave(HttpStatusCode.OK);
        await GroupsAsync([a, b, c], g => g.Count == 0);
        // After the first rebuild, writes are refreshed one by one.
        Scalar("SELECT count(*) FROM crm_duplicate_refresh WHERE kind = 'update'").ShouldBe(1);
    }

    [Fact]
    public async Task ARefreshWaitsWhileAnotherInstanceHoldsTheLease()
    {
        var t = Tag();
        var candidates = app.Services.GetRequiredService<DuplicateCandidates>();
        await GroupsAsync([], _ => Scalar("SELECT count(*) FROM crm_duplicate_dirty") == 0 && Scalar("SELECT count(*) FROM crm_duplicate_refresh WHERE threshold IS NOT NULL") == 1);
        Scalar("UPDATE crm_duplicate_refresh SET locked_until = now() + interval '1 hour' RETURNING 1");
        try
        {
            var a = await CustomerAsync(new { name = $"Lease {t}", email = $"l1-{t}@example.com", phone = "+1 212 555 0199" });
            var b = await CustomerAsync(new { name = $"Held {t}", email = $"l2-{t}@example.com", phone = "12125550199" });

            (await candidates.RefreshAsync(CancellationToken.None)).ShouldBeNull();
            Scalar("SELECT count(*) FROM crm_duplicate_dirty WHERE customer_id = ANY (@ids)", ("ids", new[] { a, b })).ShouldBe(2);
            Scalar("UPDATE crm_duplicate_refresh SET locked_until = NULL RETURNING 1");
            Set(Members((await GroupsAsync([a, b], g => g.Count == 1)).Single())).ShouldBe(Set(a, b));
        }
        finally
        {
            Scalar("UPDATE crm_duplicate_refresh SET locked_until = NULL RETURNING 1");
        }
    }

    [Fact]
    public async Task ACustomersContactsAreComparedWithEachOther()
    {
        var t = Tag();
        var customer = await CustomerAsync(new
        {
            name = $"Contacts {t}", email = $"k-{t}@example.com",
            contacts = new object[]
            {
                new { first_name = "Maria", last_name = "Gonzalez", email = $"maria-{t}@example.com" },
                new { first_name = "M.", last_name = "G.", email = $"MARIA-{t}@example.com" },
                new { first_name = "Bartholomew", last_name = "Kingsley-Hughes" },
                new { first_name = "Bartholomew", last_name = "Kingsley Hughes" },
                new { first_name = "Someone", last_name = "Else", phone = "+1 555 0100" },
            },
        });
        var contacts = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts?page_size=100")).ShouldHave(HttpStatusCode.OK);
        var id = contacts.GetProperty("data").EnumerateArray().ToDictionary(c => c.Str("first_name") + " " + c.Str("last_name"), c => c.Id());

        var body = await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts/duplicates")).ShouldHave(HttpStatusCode.OK);

        var groups = body.GetProperty("data").EnumerateArray().ToList();
        body.GetProperty("total").GetInt32().ShouldBe(2);
        groups.Select(g => Set([.. g.GetProperty("contacts").EnumerateArray().Select(c => c.Id())]))
            .ShouldBe([Set(id["Bartholomew Kingsley-Hughes"], id["Bartholomew Kingsley Hughes"]), Set(id["Maria Gonzalez"], id["M. G."])]);
        (Reasons(groups[0]), groups[0].GetProperty("score").GetDouble()).ShouldBe(("name_company", 1.0));
        (Reasons(groups[1]), groups[1].GetProperty("score").GetDouble()).ShouldBe(("email", 0.95));
        await (await app.Admin.GetAsync("/admin/customers/99999999/contacts/duplicates")).ShouldBeError(HttpStatusCode.NotFound, "CUSTOMER_NOT_FOUND");
        await (await app.Admin.GetAsync($"/admin/customers/{customer}/contacts/duplicates?page_size=0")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
        await (await app.Admin.GetAsync("/admin/customers/duplicates?threshold=0.5")).ShouldBeError(HttpStatusCode.BadRequest, "INVALID_QUERY");
    }
}
