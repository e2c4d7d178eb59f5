using System.Globalization;
using Npgsql;

namespace Crm.Api.Seeding;

/// <summary>
/// <c>seed --customers N [--seed S]</c>: a deterministic bulk dataset for benchmarks; <c>seed --demo</c>: a small
/// company for the Console's first day, written once (a second run finds its marker and changes nothing).
/// </summary>
public static class SeedCommand
{
    public const string Usage = "crm seed --demo | --customers <n> [--seed <n>] [--rebuild-indexes auto|always|never] | --legacy <n> [--seed <n>]";

    /// <summary>From this size on, dropping and rebuilding indexes beats maintaining them row by row.</summary>
    const long RebuildThreshold = 50_000;

    /// <summary>The demo company's people: the CMS user ids 1–5, one admin, one manager and three agents.</summary>
    public static readonly SeedUser[] DemoUsers =
    [
        new(1, "Alex Morgan", "admin", 5), new(2, "Priya Shah", "manager", 15), new(3, "Diego Alvarez", "agent", 27),
        new(4, "Hannah Becker", "agent", 27), new(5, "Kenji Watanabe", "agent", 26),
    ];

    public const int DemoCustomers = 300;

    /// <summary>Bulk data is spread over a sales team of 50 users (ids 1–50), so an owner filter selects about 2 %.</summary>
    public static SeedUser[] BulkUsers { get; } = Enumerable.Range(1, 50)
        .Select(id => new SeedUser(id, $"{Names.First[id * 7 % Names.First.Length]} {Names.Last[id * 11 % Names.Last.Length]}",
            id == 1 ? "admin" : id <= 5 ? "manager" : "agent", 1))
        .ToArray();

    public static SeedPlan DemoPlan(DateTime now) => new(DemoCustomers, 2026, now, DemoUsers, TimeSpan.FromDays(730));

    /// <summary>Relative to the start of the current UTC day: the same size and seed give the same rows all day.</summary>
    public static SeedPlan BulkPlan(long customers, int seed, DateTime now) =>
        new(customers, seed, now.Date, BulkUsers, TimeSpan.FromDays(3 * 365));

    public static async Task<int> RunAsync(string[] args, string connectionString, TextWriter output, TextWriter errors,
        CancellationToken cancellationToken = default)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (Option("--legacy") is { } legacy) return await LegacyAsync(legacy, Option("--seed"), connectionString, output, errors, cancellationToken);
        var demo = args.Contains("--demo");
        long customers = 0;
        if (demo == (Option("--customers") is not null)
            || (!demo && !(long.TryParse(Option("--customers"), NumberStyles.None, CultureInfo.InvariantCulture, out customers) && customers is > 0 and <= 50_000_000)))
            return Fail(errors, "seed needs either --demo or --customers <n> (1 to 50,000,000)");
        var seed = 42;
        if (Option("--seed") is { } rawSeed && !int.TryParse(rawSeed, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            return Fail(errors, "--seed must be a non-negative integer");
        var rebuild = Option("--rebuild-indexes") ?? "auto";
        if (rebuild is not ("auto" or "always" or "never")) return Fail(errors, "--rebuild-indexes must be auto, always or never");

        var now = DateTime.UtcNow;
        now = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var plan = demo ? DemoPlan(now) : BulkPlan(customers, seed, now);
        var options = new SeedOptions(rebuild == "always" || (rebuild == "auto" && plan.Customers >= RebuildThreshold),
            demo ? "demo" : null);

        // Rebuilding a trigram index over millions of rows takes minutes: no command timeout.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        var expected = (long)(plan.Customers * Tables.All.Sum(t => t.RowsPerCustomer));
        var result = await BulkSeeder.SeedAsync(dataSource, plan, options, new Progress(errors, expected), cancellationToken);
        if (!result.Written)
        {
            output.WriteLine("demo data is already present; nothing written");
            return 0;
        }

        var total = result.Rows.Values.Sum();
        output.WriteLine($"seeded {total:N0} rows in {result.Elapsed.TotalSeconds:F1} s ({total / Math.Max(0.001, result.Elapsed.TotalSeconds):N0} rows/s):");
        foreach (var (table, rows) in result.Rows) output.WriteLine($"  {table,-20} {rows,12:N0}");
        if (demo)
            output.WriteLine("users: " + string.Join(", ", DemoUsers.Select(u => $"{u.Id} {u.Name} ({u.Role})")) +
                             "\nmint a token with: crm token --role agent --user-id 3 --name \"Diego Alvarez\"");
        return 0;
    }

    /// <summary><c>seed --legacy N</c>: the Go service's database with N customers and every kind of legacy dirt, for adoption tests and benchmarks.</summary>
    static async Task<int> LegacyAsync(string rawCustomers, string? rawSeed, string connectionString, TextWriter output, TextWriter errors,
        CancellationToken cancellationToken)
    {
        if (!long.TryParse(rawCustomers, NumberStyles.None, CultureInfo.InvariantCulture, out var customers) || customers is < 1 or > 10_000_000)
            return Fail(errors, "--legacy needs a number of customers (1 to 10,000,000)");
        var seed = 42;
        if (rawSeed is not null && !int.TryParse(rawSeed, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            return Fail(errors, "--seed must be a non-negative integer");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var result = await Legacy.LegacySeeder.SeedAsync(dataSource, customers, seed, new Progress(errors, customers * 11), cancellationToken: cancellationToken);
        output.WriteLine($"seeded the Go service's legacy schema with {result.Rows.Values.Sum():N0} rows in {result.Elapsed.TotalSeconds:F1} s:");
        foreach (var (table, rows) in result.Rows) output.WriteLine($"  {table,-20} {rows,12:N0}");
        output.WriteLine("next: crm migrate check");
        return 0;
    }

    static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine($"{message}\nusage: {Usage}");
        return 2;
    }
}
