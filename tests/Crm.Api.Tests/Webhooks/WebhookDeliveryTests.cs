using System.Net;
using System.Security.Cryptography;
using System.Text;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Webhooks;

/// <summary>
/// Deliveries to real receivers (contract section 10): Standard Webhooks signatures checked by an independent
/// implementation, retries on the backoff schedule, order per resource, rotation, test pings, manual retry,
/// automatic disabling. Each test deletes its endpoint at the end, so the shared clock moves nobody else's retries.
/// </summary>
public class WebhookDeliveryTests(WebhookFactory app) : IClassFixture<WebhookFactory>
{
    /// <summary>The contract's schedule: about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h, then failed.</summary>
    static readonly TimeSpan[] Schedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(24),
    ];

    async Task<long> CreateCustomerAsync(string email) =>
        (await (await app.Admin.PostJson("/admin/customers", new { name = "Hook", email })).ShouldHave(HttpStatusCode.Created)).Id();

    async Task DeleteWebhookAsync(long id) => await (await app.Admin.Delete($"/admin/webhooks/{id}")).ShouldHave(HttpStatusCode.OK);

    /// <summary>The next attempt is the schedule's wait (± the 10 % jitter) after the clock's now.</summary>
    void ShouldBeScheduledAfter(DateTime? next, TimeSpan wait)
    {
        next.ShouldNotBeNull();
        var delay = next.Value - app.Clock.GetUtcNow().UtcDateTime;
        delay.ShouldBeInRange(wait * 0.9 - TimeSpan.FromMilliseconds(1), wait * 1.1 + TimeSpan.FromMilliseconds(1));
    }

    static string Sign(string secret, Received request) => "v1," + Convert.ToBase64String(HMACSHA256.HashData(
        Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{request.Id}.{request.Timestamp}.{request.Body}")));

    [Fact]
    public async Task ADeliveryCarriesTheEventSignedSoThatTheStandardWebhooksPackageVerifiesIt()
    {
        await using var receiver = await Receiver.StartAsync();
        var (webhook, secret) = await app.CreateWebhookAsync(receiver.Url, "customer.created");
        var customer = await CreateCustomerAsync("signed@example.com");

        var request = (await receiver.WaitForAsync(r => r.Count == 1)).Single();
        request.Type.ShouldBe("customer.created");
        request.ResourceId.ShouldBe(customer);
        request.Json.GetProperty("data").Str("email").ShouldBe("signed@example.com");
        request.Id.ShouldBe(request.Json.GetProperty("id").GetInt64().ToString());
        var verified = await app.VerifyWithNodeAsync(request, secret);
        verified.Verified.ShouldBeTrue(verified.Output);
        // The verifier really checks: one changed byte of the body and it refuses.
        (await app.VerifyWithNodeAsync(request with { Body = request.Body.Replace("signed@", "signer@") }, secret)).Verified.ShouldBeFalse();

        var delivery = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Status: "succeeded" }])).Single();
        (delivery.Attempts, delivery.LastStatus).ShouldBe((1, 200));
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task AReceiverAnswering500IsRetriedOnTheBackoffScheduleUntilTheDeliveryFails()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = () => 500;
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "customer.created");
        await CreateCustomerAsync("retry500@example.com");

        for (var attempt = 1; attempt <= Schedule.Length; attempt++)
        {
            var row = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: var a }] && a == attempt)).Single();
            (row.Status, row.LastStatus).ShouldBe(("pending", 500));
            ShouldBeScheduledAfter(row.NextAttemptAt, Schedule[attempt - 1]);
            app.Clock.Advance(Schedule[attempt - 1] * 1.1 + TimeSpan.FromSeconds(1));
        }
        var last = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: 8 }])).Single();
        (last.Status, last.NextAttemptAt).ShouldBe(("failed", null));
        receiver.Requests.Count.ShouldBe(8);
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task AReceiverThatDoesNotAnswerWithin10SecondsIsRetried()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Hold = new TaskCompletionSource();
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "customer.created");
        await CreateCustomerAsync("timeout@example.com");

        await receiver.WaitForAsync(_ => receiver.Arrivals == 1);
        app.Clock.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(200);
        app.Deliveries(webhook).Single().Attempts.ShouldBe(0, "nine seconds are not a timeout");
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        var row = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: 1 }])).Single();
        (row.Status, row.LastStatus).ShouldBe(("pending", null));
        row.LastError.ShouldBe("no answer within 10 s");
        ShouldBeScheduledAfter(row.NextAttemptAt, Schedule[0]);
        receiver.Hold.SetResult();
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task ARefusedConnectionIsRetriedOnTheSchedule()
    {
        var (webhook, _) = await app.CreateWebhookAsync($"http://127.0.0.1:{ServiceProcess.FreePort()}/hook", "customer.created");
        await CreateCustomerAsync("refused@example.com");

        var first = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: 1 }])).Single();
        first.LastError.ShouldNotBeNullOrEmpty();
        first.LastStatus.ShouldBeNull();
        ShouldBeScheduledAfter(first.NextAttemptAt, Schedule[0]);
        app.Clock.Advance(Schedule[0] * 1.1);
        var second = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: 2 }])).Single();
        ShouldBeScheduledAfter(second.NextAttemptAt, Schedule[1]);
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task EventsOfOneResourceArriveInSequenceOrderUnderConcurrentWrites()
    {
        await using var receiver = await Receiver.StartAsync();
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "customer.*");
        var customers = new List<long>();
        for (var i = 0; i < 3; i++) customers.Add(await CreateCustomerAsync($"concurrent{i}@example.com"));

        // Ten writers per customer at once, each changing the follow-up date to a value of its own.
        var writes = customers.SelectMany(id => Enumerable.Range(1, 10).Select(n =>
            app.Admin.PatchJson($"/admin/customers/{id}", new { next_follow_up_at = $"2030-01-{n:00}T00:00:00Z" })));
        foreach (var response in await Task.WhenAll(writes)) await response.ShouldHave(HttpStatusCode.OK);

        var expected = customers.ToDictionary(id => id, EventCount);
        await receiver.WaitForAsync(_ => customers.All(id => receiver.Accepted.Count(r => r.ResourceId == id) == expected[id]));
        foreach (var id in customers)
            receiver.Accepted.Where(r => r.ResourceId == id).Select(r => r.Sequence).ShouldBe(Enumerable.Range(1, (int)expected[id]).Select(s => (long)s));
        await DeleteWebhookAsync(webhook);
    }

    long EventCount(long customerId)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand("SELECT count(*) FROM crm_events WHERE resource_type = 'customer' AND resource_id = $1", connection);
        command.Parameters.AddWithValue(customerId);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task AReceiverThatIsDownForAWhileGetsEveryEventInOrderWhenItComesBack()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = () => 503;
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "customer.*");
        var customers = new[] { await CreateCustomerAsync("down1@example.com"), await CreateCustomerAsync("down2@example.com") };
        foreach (var id in customers)
            for (var n = 1; n <= 4; n++)
                await (await app.Admin.PatchJson($"/admin/customers/{id}", new { next_follow_up_at = $"2031-02-{n:00}T00:00:00Z" })).ShouldHave(HttpStatusCode.OK);

        // Each customer's first event fails twice; the later ones wait behind it, untried.
        await app.WaitForDeliveriesAsync(webhook, d => d.Count == 10 && d.Count(x => x.Attempts == 1) == 2);
        app.Clock.Advance(TimeSpan.FromSeconds(6));
        await app.WaitForDeliveriesAsync(webhook, d => d.Count(x => x.Attempts == 2) == 2);
        receiver.Requests.Select(r => r.Sequence).Distinct().ShouldBe([1L]);

        receiver.Answer = () => 200;
        app.Clock.Advance(TimeSpan.FromSeconds(34));
        await receiver.WaitForAsync(_ => receiver.Accepted.Count == 10);
        foreach (var id in customers)
            receiver.Accepted.Where(r => r.ResourceId == id).Select(r => r.Sequence).ShouldBe([1L, 2L, 3L, 4L, 5L]);
        receiver.Accepted.Select(r => r.Id).Distinct().Count().ShouldBe(10);
        (await app.WaitForDeliveriesAsync(webhook, d => d.All(x => x.Status == "succeeded"))).Count.ShouldBe(10);
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task AfterARotationBothSecretsSignFor24HoursThenOnlyTheNewOne()
    {
        await using var receiver = await Receiver.StartAsync();
        var (webhook, oldSecret) = await app.CreateWebhookAsync(receiver.Url, "customer.created");
        var rotated = await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/rotate-secret", null)).ShouldHave(HttpStatusCode.OK);
        var newSecret = rotated.Str("secret");
        newSecret.ShouldStartWith("whsec_");
        newSecret.ShouldNotBe(oldSecret);

        await CreateCustomerAsync("rotation1@example.com");
        var during = (await receiver.WaitForAsync(r => r.Count == 1)).Single();
        during.Signature.Split(' ').Length.ShouldBe(2);
        (await app.VerifyWithNodeAsync(during, newSecret)).Verified.ShouldBeTrue();
        (await app.VerifyWithNodeAsync(during, oldSecret)).Verified.ShouldBeTrue();

        app.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await CreateCustomerAsync("rotation2@example.com");
        var after = (await receiver.WaitForAsync(r => r.Count == 2))[1];
        after.Signature.ShouldBe(Sign(newSecret, after));
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task ATestPingIsSentAtOnceAndAppearsInTheDeliveryLog()
    {
        await using var receiver = await Receiver.StartAsync();
        var (webhook, secret) = await app.CreateWebhookAsync(receiver.Url, "deal.won");

        var delivery = await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/test", null)).ShouldHave(HttpStatusCode.OK);
        (delivery.Str("status"), delivery.Str("event_type"), delivery.GetProperty("last_status").GetInt32()).ShouldBe(("succeeded", "webhook.test", 200));
        delivery.Str("last_response").ShouldBe("thanks");
        var ping = receiver.Requests.Single();
        ping.Type.ShouldBe("webhook.test");
        ping.Json.GetProperty("data").GetProperty("webhook_id").GetInt64().ShouldBe(webhook);
        (await app.VerifyWithNodeAsync(ping, secret)).Verified.ShouldBeTrue();

        var log = await (await app.Admin.GetAsync($"/admin/webhooks/{webhook}/deliveries")).ShouldHave(HttpStatusCode.OK);
        log.GetProperty("data").EnumerateArray().Single().Id().ShouldBe(delivery.Id());
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task AFailedDeliveryIsSentAgainByAManualRetry()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = () => 500;
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "deal.won");
        var ping = await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/test", null)).ShouldHave(HttpStatusCode.OK);
        ping.Str("status").ShouldBe("pending");
        await using (var connection = app.OpenConnection())
        await using (var fail = new NpgsqlCommand($"UPDATE crm_webhook_deliveries SET status = 'failed', next_attempt_at = NULL WHERE id = {ping.Id()}", connection))
            await fail.ExecuteNonQueryAsync();

        receiver.Answer = () => 200;
        var retried = await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/deliveries/{ping.Id()}/retry", null)).ShouldHave(HttpStatusCode.OK);
        retried.Str("status").ShouldBe("pending");
        var row = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Status: "succeeded" }])).Single();
        (row.Attempts, row.LastStatus).ShouldBe((2, 200));

        await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/deliveries/999999/retry", null)).ShouldBeError(HttpStatusCode.NotFound, "NOT_FOUND");
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task AnEndpointWhoseAttemptsAllFailForThreeDaysIsDisabledWithTheReason()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = () => 500;
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "customer.created");
        await CreateCustomerAsync("failing1@example.com");
        await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: 1 }]);
        (await (await app.Admin.GetAsync($"/admin/webhooks/{webhook}")).ShouldHave(HttpStatusCode.OK)).GetProperty("enabled").GetBoolean().ShouldBeTrue();

        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: 2 }]);

        var disabled = await (await app.Admin.GetAsync($"/admin/webhooks/{webhook}")).ShouldHave(HttpStatusCode.OK);
        disabled.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        disabled.Str("disabled_reason").ShouldContain("every delivery attempt failed since");
        disabled.Str("disabled_reason").ShouldContain("HTTP 500");

        var enabled = await (await app.Admin.PutJson($"/admin/webhooks/{webhook}", new { enabled = true })).ShouldHave(HttpStatusCode.OK);
        enabled.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        enabled.GetProperty("disabled_reason").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task AnAnswerIsReadOnlyTo64KBSoAnEndlessBodyStillEndsTheAttemptAndItsFirstKilobyteIsKept()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Endless = true;
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "deal.won");

        var delivery = await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/test", null)).ShouldHave(HttpStatusCode.OK);
        (delivery.Str("status"), delivery.GetProperty("last_status").GetInt32()).ShouldBe(("succeeded", 200));
        delivery.Str("last_response").ShouldBe(new string('x', 1024));
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task ARedirectIsNotFollowedAndCountsAsAFailure()
    {
        await using var target = await Receiver.StartAsync();
        await using var redirecting = await Receiver.StartAsync();
        redirecting.Answer = () => 302;
        redirecting.Location = target.Url;
        var (webhook, _) = await app.CreateWebhookAsync(redirecting.Url, "customer.created");
        await CreateCustomerAsync("redirect@example.com");

        var row = (await app.WaitForDeliveriesAsync(webhook, d => d is [{ Attempts: 1 }])).Single();
        (row.Status, row.LastStatus).ShouldBe(("pending", 302));
        row.LastError!.ShouldContain("redirects are not followed");
        target.Arrivals.ShouldBe(0);
        await DeleteWebhookAsync(webhook);
    }

    [Fact]
    public async Task CloudMetadataAddressesAreRefusedEvenWhenPrivateAddressesAreAllowed()
    {
        foreach (var url in new[] { "http://169.254.169.254/latest/meta-data", "http://[fd00:ec2::254]/", "http://[::ffff:169.254.169.254]/" })
            await (await app.Admin.PostJson("/admin/webhooks", new { url, event_types = new[] { "*" } })).ShouldBeError(HttpStatusCode.BadRequest, "UNSAFE_URL");
    }

    [Fact]
    public async Task MetricsCountAttemptsAndDeliveriesByOutcomeAndShowTheBacklog()
    {
        await using var receiver = await Receiver.StartAsync();
        var (webhook, _) = await app.CreateWebhookAsync(receiver.Url, "deal.won");
        await (await app.Admin.PostAsync($"/admin/webhooks/{webhook}/test", null)).ShouldHave(HttpStatusCode.OK);

        var metrics = await app.CreateClient().GetStringAsync("/metrics");
        // Whole names at the start of a line: prometheus-net prefixes the meter's name, and a substring would hide that.
        metrics.ShouldMatch("(?m)^crm_webhook_attempts_total\\{result=\"success\"\\}");
        metrics.ShouldMatch("(?m)^crm_webhook_deliveries_total\\{outcome=\"succeeded\"\\}");
        metrics.ShouldMatch("(?m)^crm_webhook_attempt_duration_seconds_bucket\\{");
        metrics.ShouldMatch("(?m)^crm_webhook_queue_depth ");
        metrics.ShouldMatch("(?m)^crm_event_oldest_pending_age_seconds ");
        await DeleteWebhookAsync(webhook);
    }
}
