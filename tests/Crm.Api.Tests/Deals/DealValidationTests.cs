using System.Net;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Deals;

public class DealValidationTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Theory]
    [InlineData("{\"customer_id\":@c}", "title")]
    [InlineData("{\"title\":\"  \",\"customer_id\":@c}", "title")]
    [InlineData("{\"title\":\"T\"}", "customer_id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":0}", "customer_id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":987654}", "customer_id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":\"one\"}", "customer_id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"contact_id\":987654}", "contact_id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"contact_id\":-1}", "contact_id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"amount\":-1}", "amount")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"amount\":1.234}", "amount")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"amount\":10000000000000}", "amount")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"amount\":1e400}", "amount")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"amount\":\"12\"}", "amount")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"currency\":\"usd\"}", "currency")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"currency\":\"EURO\"}", "currency")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"probability\":101}", "probability")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"probability\":-1}", "probability")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"probability\":\"high\"}", "probability")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"expected_close_date\":\"next week\"}", "expected_close_date")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"owner_id\":0}", "owner_id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"stage\":5}", "stage")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"id\":3}", "id")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"actual_close_date\":\"2026-01-01T00:00:00Z\"}", "actual_close_date")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"stage_changed_at\":\"2026-01-01T00:00:00Z\"}", "stage_changed_at")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"deleted_at\":null}", "deleted_at")]
    [InlineData("{\"title\":\"T\",\"customer_id\":@c,\"weight\":3}", "weight")]
    public async Task InvalidDealsAreRefusedNamingTheMember(string json, string member)
    {
        var customer = await app.Customer();

        var response = await app.Admin.SendRaw(HttpMethod.Post, "/admin/deals", json.Replace("@c", customer.ToString()));

        var error = await response.ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue(error.ToString());
        app.Scalar<long>($"SELECT count(*) FROM deals WHERE customer_id = {customer}").ShouldBe(0);
    }

    [Theory]
    [InlineData("title", 256)]
    [InlineData("description", 10_001)]
    [InlineData("lost_reason", 501)]
    public async Task OverLongDealStringsAreRefused(string member, int length)
    {
        var body = new Dictionary<string, object> { ["title"] = "Long", ["customer_id"] = await app.Customer(), [member] = new string('x', length) };
        var error = await (await app.Admin.PostJson("/admin/deals", body)).ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty(member, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task TheLargestAmountWithTwoDecimalsIsAccepted()
    {
        var deal = await app.Admin.Deal(await app.Customer(), new { amount = 9999999999999.99m });
        var fetched = await (await app.Admin.GetAsync($"/admin/deals/{deal.Id()}")).ShouldHave(HttpStatusCode.OK);
        fetched.GetProperty("amount").GetDecimal().ShouldBe(9999999999999.99m);
    }

    [Fact]
    public async Task AContactOfAnotherCustomerOrADeletedOneIsRefused()
    {
        var customer = await app.Customer();
        var othersContact = app.Contact(await app.Customer());
        var deletedContact = app.Contact(customer, deleted: true);

        foreach (var contact in new[] { othersContact, deletedContact })
        {
            var error = await (await app.Admin.PostJson("/admin/deals", new { title = "Wrong contact", customer_id = customer, contact_id = contact }))
                .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
            error.GetProperty("data").GetProperty("errors").TryGetProperty("contact_id", out _).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task ADeletedCustomerCannotGetNewDeals()
    {
        var customer = await app.Customer();
        await (await app.Admin.Delete($"/admin/customers/{customer}")).ShouldHave(HttpStatusCode.OK);

        var error = await (await app.Admin.PostJson("/admin/deals", new { title = "Ghost", customer_id = customer }))
            .ShouldBeError(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        error.GetProperty("data").GetProperty("errors").TryGetProperty("customer_id", out _).ShouldBeTrue();
    }
}
