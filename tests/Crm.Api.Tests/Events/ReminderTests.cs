using System.Net;
using Crm.Api.Tests.Infrastructure;
using Crm.Api.Tests.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Crm.Api.Tests.Events;

/// <summary>Another instance of the service on the same database, reading the same (fake) clock.</summary>
public sealed class PeerInstance(string database, FakeTimeProvider clock) : CrmFactory(database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    }

    /// <summary>Starts the host (and with it the scheduler).</summary>
    public PeerInstance Started()
    {
        _ = Services;
        return this;
    }
}

/// <summary>Arranging and reading reminders of one application's database.</summary>
static class Reminders
{
    /// <summary>Two scheduler passes of every instance (each polls every 2 s): long enough for a duplicate to show.</summary>
    public static Task SeveralPassesAsync() => Task.Delay(TimeSpan.FromSeconds(5));

    public static List<string> Of(CrmFactory app, long activity) => Rows(app, """
        SELECT type FROM crm_events WHERE resource_type = 'activity' AND resource_id = $1 AND type IN ('activity.due', 'activity.overdue')
        ORDER BY id
        """, activity);

    public static List<string> Outcomes(CrmFactory app, long activity) =>
        Rows(app, "SELECT kind || ':' || outcome FROM crm_reminders WHERE activity_id = $1 ORDER BY kind", activity);

    static List<string> Rows(CrmFactory app, string sql, long activity)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(activity);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    public static async Task<List<string>> WaitAsync(Func<List<string>> read, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (read() is var rows && rows.Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{rows.Count} of {count} expected rows: {string.Join(", ", rows)}");
            await Task.Delay(100);
        }
        return read();
    }

    public static async Task<long> CreateActivityAsync(CrmFactory app, DateTimeOffset due)
    {
        var customer = (await (await app.Admin.PostJson("/admin/customers", new { name = "Remind", email = $"remind{Guid.NewGuid():N}@example.com" }))
            .ShouldHave(HttpStatusCode.Created)).Id();
        return (await (await app.Admin.PostJson("/admin/activities", new { type = "call", title = "Call back", customer_id = customer, due_date = due.UtcDateTime.ToString("O") }))
            .ShouldHave(HttpStatusCode.Created)).Id();
    }
}

/// <summary>
/// activity.due and activity.overdue (contract section 10), with two instances of the service running the scheduler
/// on one database, a restart, and a clock the test moves: once per activity and due date, again when it moves.
/// </summary>
public class ReminderTests(WebhookFactory app) : IClassFixture<WebhookFactory>
{
    List<string> RemindersOf(long activity) => Reminders.Of(app, activity);

    [Fact]
    public async Task RemindersFireOnceEachAcrossTwoInstancesAndARestartAndAgainWhenTheDueDateMoves()
    {
        await using var peer = new PeerInstance(app.DatabaseName, app.Clock).Started();
        var activity = await Reminders.CreateActivityAsync(app, app.Clock.GetUtcNow().AddMinutes(30));

        app.Clock.Advance(TimeSpan.FromMinutes(16)); // 15 minutes before the due date: activity.due
        (await Reminders.WaitAsync(() => RemindersOf(activity), 1)).ShouldBe(["activity.due"]);
        await Reminders.SeveralPassesAsync();
        RemindersOf(activity).ShouldBe(["activity.due"]);

        // A restart of the other instance: what was sent stays sent.
        await peer.DisposeAsync();
        await using var restarted = new PeerInstance(app.DatabaseName, app.Clock).Started();
        await Reminders.SeveralPassesAsync();
        RemindersOf(activity).ShouldBe(["activity.due"]);

        app.Clock.Advance(TimeSpan.FromMinutes(15)); // past the due date: activity.overdue
        (await Reminders.WaitAsync(() => RemindersOf(activity), 2)).ShouldBe(["activity.due", "activity.overdue"]);
        await Reminders.SeveralPassesAsync();
        RemindersOf(activity).Count.ShouldBe(2);

        // Moving the due date re-arms both.
        await (await app.Admin.PatchJson($"/admin/activities/{activity}", new { due_date = app.Clock.GetUtcNow().AddMinutes(20).UtcDateTime.ToString("O") }))
            .ShouldHave(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        (await Reminders.WaitAsync(() => RemindersOf(activity), 3)).ShouldBe(["activity.due", "activity.overdue", "activity.due"]);
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        (await Reminders.WaitAsync(() => RemindersOf(activity), 4)).ShouldBe(["activity.due", "activity.overdue", "activity.due", "activity.overdue"]);
        await Reminders.SeveralPassesAsync();
        RemindersOf(activity).Count.ShouldBe(4);
    }

    [Fact]
    public async Task AReminderMoreThanAnHourLateIsRecordedAsSkippedNotSent()
    {
        var activity = await Reminders.CreateActivityAsync(app, app.Clock.GetUtcNow().AddMinutes(30));
        // The clock jumps as if no instance had run for three hours.
        app.Clock.Advance(TimeSpan.FromHours(3));

        (await Reminders.WaitAsync(() => Reminders.Outcomes(app, activity), 2)).ShouldBe(["due:skipped", "overdue:skipped"]);
        RemindersOf(activity).ShouldBeEmpty();
    }
}

/// <summary>A database whose scheduler has just run for the first time: nothing due before that moment fires.</summary>
public class ReminderStartTests(WebhookFactory app) : IClassFixture<WebhookFactory>
{
    [Fact]
    public async Task AReminderDueBeforeTheSchedulerFirstRanNeverFires()
    {
        await app.Admin.GetAsync("/admin/me");
        await Reminders.SeveralPassesAsync();
        // Half an hour overdue: a late reminder may go within the hour, but this one fell due before the scheduler
        // ever ran, like years of legacy activities.
        var activity = await Reminders.CreateActivityAsync(app, app.Clock.GetUtcNow().AddMinutes(-30));
        await Reminders.SeveralPassesAsync();

        Reminders.Of(app, activity).ShouldBeEmpty();
        Reminders.Outcomes(app, activity).ShouldBeEmpty();
    }
}
