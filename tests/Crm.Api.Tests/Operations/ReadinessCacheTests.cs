using System.Net;
using Crm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Api.Tests.Operations;

/// <summary>/ready needs no token: the database is asked at most once a second, however many probes come.</summary>
public class ReadinessCacheTests(ReadinessCacheTests.ClockFactory app) : IClassFixture<ReadinessCacheTests.ClockFactory>
{
    public sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    public sealed class ClockFactory : CrmFactory
    {
        public Clock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    void MarkSchema(bool dirty)
    {
        using var connection = app.OpenConnection();
        using var command = new Npgsql.NpgsqlCommand($"UPDATE crm_schema_migrations SET dirty = {dirty}", connection);
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task ADatabaseChangeShowsWithinOneSecondAndNotBefore()
    {
        var client = app.CreateClient();
        (await client.GetAsync("/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            MarkSchema(dirty: true);
            for (var i = 0; i < 20; i++) (await client.GetAsync("/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

            app.Clock.Now += TimeSpan.FromSeconds(1);

            var body = await (await client.GetAsync("/ready")).ShouldBeError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
            body.GetProperty("data").GetProperty("checks").Str("schema").ShouldStartWith("dirty");
        }
        finally
        {
            MarkSchema(dirty: false);
        }
    }
}
