using Crm.Api.Configuration;
using Crm.Api.Data;
using Crm.Api.Security;
using Npgsql;

namespace Crm.Api;

/// <summary>The command line (contract section 7). Problems are reported in one clear message, never a stack trace.</summary>
public static class Cli
{
    static readonly string Usage = $"""
        usage: crm [serve]
               {MigrateCommand.Usage}
               crm token --role admin|manager|agent --user-id <id> [--ttl 1h] [--name <name>] [--email <email>]
               crm healthcheck
               {Seeding.SeedCommand.Usage}
               crm reports verify | rebuild
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "serve";
        try
        {
            return verb switch
            {
                "serve" => await ServeAsync(args),
                "migrate" => await Migrate(args.SkipWhile(a => a != "migrate").Skip(1).ToArray()),
                "token" => Token(args.SkipWhile(a => a != "token").Skip(1).ToArray()),
                "healthcheck" => await Operations.HealthcheckCommand.RunAsync(),
                "seed" => await Seeding.SeedCommand.RunAsync(args.SkipWhile(a => a != "seed").Skip(1).ToArray(),
                    CrmSettings.Load(Environment.GetEnvironmentVariable, requireSecret: false).ConnectionString, Console.Out, Console.Error),
                "reports" => await Reports.ReportAggregates.RunCommandAsync(args.SkipWhile(a => a != "reports").Skip(1).ToArray(),
                    CrmSettings.Load(Environment.GetEnvironmentVariable, requireSecret: false).ConnectionString, Console.Out, Console.Error),
                "help" or "--help" => Print(Usage, 0),
                _ => Print($"unknown command \"{verb}\"\n{Usage}", 2),
            };
        }
        catch (InvalidConfigurationException e)
        {
            return Print(e.Message, 1);
        }
        catch (UsageException e)
        {
            return Print($"{e.Message}\n{Usage}", 2);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException && verb != "serve")
        {
            return Print($"{verb} failed: {e.Message}", 1);
        }
    }

    static async Task<int> ServeAsync(string[] args)
    {
        try
        {
            await CrmApp.Build(args.Where(a => a != "serve").ToArray()).RunAsync();
            return 0;
        }
        catch (Exception e) when (e is SchemaDirtyException or Data.Adoption.AdoptionRefusedException)
        {
            return Print(e.Message, 1);
        }
        catch (NpgsqlException e)
        {
            return Print($"Cannot prepare the database: {e.Message}", 1);
        }
    }

    static Task<int> Migrate(string[] args)
    {
        var settings = CrmSettings.Load(Environment.GetEnvironmentVariable, requireSecret: false);
        return MigrateCommand.RunAsync(args, settings.ConnectionString, settings.MigrationsTable, Console.Out, Console.Error);
    }

    static int Token(string[] args)
    {
        var settings = CrmSettings.Load(Environment.GetEnvironmentVariable, requireDatabase: false);
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

        var role = Option("--role")?.ToLowerInvariant() ?? throw new UsageException("--role is required");
        if (role is not ("admin" or "manager" or "agent")) throw new UsageException("--role must be admin, manager or agent");
        if (!long.TryParse(Option("--user-id"), out var userId) || userId <= 0) throw new UsageException("--user-id must be a positive integer");
        var ttl = Option("--ttl") is { } raw ? ParseDuration(raw) : TimeSpan.FromHours(1);

        Console.WriteLine(TokenVerifier.Mint(settings, role, userId, ttl, Option("--name"), Option("--email")));
        return 0;
    }

    /// <summary>Go-style durations: 90s, 15m, 1h, 7d.</summary>
    static TimeSpan ParseDuration(string raw)
    {
        if (raw.Length >= 2 && double.TryParse(raw[..^1], System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
            switch (raw[^1])
            {
                case 's': return TimeSpan.FromSeconds(n);
                case 'm': return TimeSpan.FromMinutes(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'd': return TimeSpan.FromDays(n);
            }
        throw new UsageException("--ttl must be a duration such as 30m, 1h or 7d");
    }

    static int Print(string message, int exitCode)
    {
        (exitCode == 0 ? Console.Out : Console.Error).WriteLine(message);
        return exitCode;
    }

    sealed class UsageException(string message) : Exception(message);
}
