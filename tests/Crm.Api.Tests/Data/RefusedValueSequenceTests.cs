using System.Net;
using Crm.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Crm.Api.Tests.Data;

/// <summary>The published program on one pooled connection, so that every statement shares one prepared-statement cache.</summary>
public sealed class OneConnectionService : PublishedService
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["DB_MAX_POOL_SIZE"] = "1" };
}

/// <summary>
/// Issue 17's sequence, 50 rounds against a real instance: a NUL in a body, a tag colour with a line break, a token
/// name over 255 characters, each followed by an innocent write of the same kind by another user. Each of these once
/// made the next write answer 500 (npgsql/npgsql#6391, docs/npgsql-6391.md).
/// </summary>
public class RefusedValueSequenceTests(OneConnectionService service, ITestOutputHelper output) : IClassFixture<OneConnectionService>
{
    const int Rounds = 50;

    [Fact]
    public async Task FiftyRoundsOfRefusedValuesLeaveEveryInnocentWriteSucceeding()
    {
        using var attacker = service.Client("agent", 66);
        using var longName = service.Client("agent", 67, new string('n', 300));
        using var innocent = service.Client("manager", 2);
        var statuses = new List<(string Step, HttpStatusCode Status)>();
        async Task Send(string step, HttpClient client, string url, object body) =>
            statuses.Add((step, (await client.PostJson(url, body)).StatusCode));

        for (var round = 0; round < Rounds; round++)
        {
            await Send("nul", attacker, "/admin/customers", new { name = $"nul\0{round}", email = $"nul{round}@example.com" });
            await Send("innocent", innocent, "/admin/customers", new { name = $"After nul {round}", email = $"after-nul-{round}@example.com" });
            await Send("colour", service.Client("admin", 1), "/admin/tags", new { name = $"colour {round}", color = "#ffffff\n" });
            await Send("innocent", service.Client("admin", 3), "/admin/tags", new { name = $"after colour {round}", color = "#ffffff" });
            await Send("long name", longName, "/admin/customers", new { name = $"Long {round}", email = $"long-{round}@example.com" });
            await Send("innocent", innocent, "/admin/customers", new { name = $"After long {round}", email = $"after-long-{round}@example.com" });
        }

        var innocentWrites = statuses.Where(s => s.Step == "innocent").ToList();
        Figures.Report(output, $"refused-value sequence: {Rounds} rounds, {statuses.Count} requests, innocent writes: " +
            $"{innocentWrites.Count(s => s.Status == HttpStatusCode.Created)} x 201, {statuses.Count(s => (int)s.Status >= 500)} x 5xx");
        statuses.ShouldAllBe(s => (int)s.Status < 500);
        innocentWrites.ShouldAllBe(s => s.Status == HttpStatusCode.Created);
        statuses.Where(s => s.Step == "nul").ShouldAllBe(s => s.Status == HttpStatusCode.BadRequest);
        // The colour's line break is trimmed like any string's (contract section 1), the long name shortened: both stored.
        statuses.Where(s => s.Step is "colour" or "long name").ShouldAllBe(s => s.Status == HttpStatusCode.Created);
    }
}
