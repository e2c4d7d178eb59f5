using System.Text;

namespace Crm.Api.Seeding;

/// <summary>A user of the CMS that generated records are assigned to (this service stores only their ids).</summary>
public sealed record SeedUser(long Id, string Name, string Role, int Weight);

/// <summary>What to generate: how many customers, from which seed, relative to which moment, for which users.</summary>
public sealed record SeedPlan(long Customers, int Seed, DateTime Now, IReadOnlyList<SeedUser> Users, TimeSpan History);

/// <summary>A stage deals are seeded in; the bulk seed writes its pipeline with each deal (the Go service's schema has none: 0).</summary>
public sealed record SeedStage(string Name, string Kind, int Probability, long PipelineId = 0);

/// <summary>The first id of each table; ids are reserved from the tables' sequences before writing.</summary>
public sealed record IdBase(long Customers, long Contacts, long Deals, long Activities, long Notes, long StageHistory);

/// <summary>
/// The generated dataset as pure functions of (plan, customer index): customer i has 2 contacts, 1 or 2 deals
/// (1.5 on average), 5 activities, 2 notes and 0–3 tags. Because nothing depends on what was drawn before, every
/// table is written in its own streaming pass, and ids are arithmetic (deal k of customer i is
/// <c>Deals + i + (i+1)/2 + k</c>), so no pass needs to remember another's rows. A deal has one or two history rows;
/// each deal owns two history ids, and the second stays unused when the deal never left its first stage.
/// </summary>
public sealed class Dataset(SeedPlan plan, IdBase ids, IReadOnlyList<SeedStage> stages, IReadOnlyList<long> tagIds)
{
    public const int ContactsPerCustomer = 2, ActivitiesPerCustomer = 5, NotesPerCustomer = 2, HistoryPerDeal = 2;
    internal const int CustomerStream = 1, ContactStream = 2, DealStream = 3, ActivityStream = 4, NoteStream = 5, TagStream = 6, CompanyStream = 7;

    static readonly int[] StatusWeights = [35, 20, 30, 10, 5];
    static readonly string[] Currencies = ["USD", "EUR", "GBP"];
    static readonly int[] CurrencyWeights = [70, 20, 10];

    readonly int[] _stageWeights = stages.Select((s, i) => s.Kind switch
        { "won" => 18, "lost" => 12, _ => Math.Max(5, 30 - 5 * stages.Take(i).Count(p => p.Kind == "open")) }).ToArray();
    readonly int[] _userWeights = plan.Users.Select(u => u.Weight).ToArray();
    readonly int _companyPool = (int)Math.Max(40, plan.Customers / 6);

    public SeedPlan Plan => plan;
    public IdBase Ids => ids;
    public IReadOnlyList<long> TagIds => tagIds;
    public SeedStage FirstStage => stages.First(s => s.Kind == "open");

    public static int DealsOf(long i) => i % 2 == 0 ? 2 : 1;
    public static long DealCount(long customers) => customers + (customers + 1) / 2;
    public static long StageHistoryIdCount(long customers) => HistoryPerDeal * DealCount(customers);
    public long CustomerId(long i) => ids.Customers + i;
    public long ContactId(long i, int k) => ids.Contacts + ContactsPerCustomer * i + k;
    public long DealId(long i, int k) => ids.Deals + i + (i + 1) / 2 + k;
    public long ActivityId(long i, int k) => ids.Activities + ActivitiesPerCustomer * i + k;
    public long NoteId(long i, int k) => ids.Notes + NotesPerCustomer * i + k;
    public long StageHistoryId(long i, int k, int move) => ids.StageHistory + HistoryPerDeal * (DealId(i, k) - ids.Deals) + move;

    /// <summary>What children need to know of their customer; drawn from the customer's own stream.</summary>
    public readonly record struct CustomerFacts(string First, string Last, string? Company, string Domain, long? Owner, DateTime CreatedAt);

    public CustomerFacts Customer(long i, out Rng rng)
    {
        rng = Rng.For(plan.Seed, i, CustomerStream);
        var first = rng.Skewed(Names.First, 1.8);
        var last = Names.Surname(ref rng);
        string? company = null;
        string domain;
        if (rng.Chance(0.85))
        {
            var c = Rng.For(plan.Seed, rng.SkewedIndex(_companyPool, 1.6), CompanyStream);
            var (word, industry, suffix) = (c.Pick(Names.CompanyWords), c.Pick(Names.Industries), c.Pick(Names.CompanySuffixes));
            company = suffix.Length == 0 ? $"{word} {industry}" : $"{word} {industry} {suffix}";
            domain = $"{Slug(word)}{Slug(industry)}.{(suffix is "GmbH" ? "de" : suffix is "BV" ? "nl" : "com")}";
        }
        else domain = rng.Skewed(Names.FreeMail, 1.5);
        // Customers were won over the whole history, oldest first, so ids and created_at rise together.
        var slot = plan.History.TotalSeconds / plan.Customers;
        var createdAt = plan.Now.AddSeconds(-plan.History.TotalSeconds + Math.Floor(slot * i + rng.Unit() * slot));
        var owner = rng.Chance(0.06) ? (long?)null : plan.Users[rng.Weighted(_userWeights)].Id;
        return new CustomerFacts(first, last, company, domain, owner, createdAt);
    }

    public string Status(ref Rng rng) => Customers.CustomerStatus.All[rng.Weighted(StatusWeights)];

    public SeedUser User(ref Rng rng) => plan.Users[rng.Weighted(_userWeights)];

    public string UserName(long? id) => plan.Users.FirstOrDefault(u => u.Id == id)?.Name ?? $"User {id}";

    /// <summary>A moment between <paramref name="from"/> and the plan's now, in whole seconds.</summary>
    public DateTime Between(ref Rng rng, DateTime from) =>
        from.AddSeconds(Math.Floor(Math.Max(0, (plan.Now - from).TotalSeconds) * rng.Unit()));

    public readonly record struct DealFacts(SeedStage Stage, DateTime CreatedAt, DateTime StageChangedAt, string Currency, decimal Amount);

    public DealFacts Deal(long i, int k, CustomerFacts customer, out Rng rng)
    {
        rng = Rng.For(plan.Seed, 2 * i + k, DealStream);
        var stage = stages[rng.Weighted(_stageWeights)];
        var created = Between(ref rng, customer.CreatedAt);
        var changed = stage == FirstStage ? created : Between(ref rng, created);
        var currency = Currencies[rng.Weighted(CurrencyWeights)];
        var amount = Math.Round((decimal)(500 * Math.Exp(rng.Unit() * 6)) / 10) * 10;
        return new DealFacts(stage, created, changed, currency, amount);
    }

    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (char.IsAsciiLetterOrDigit(ch)) builder.Append(char.ToLowerInvariant(ch));
        return builder.ToString();
    }

    public static string Phone(ref Rng rng) => rng.Below(4) switch
    {
        0 => $"+1 ({rng.Between(201, 989)}) 555-{rng.Between(1000, 9999)}",
        1 => $"+44 20 {rng.Between(7000, 7999)} {rng.Between(1000, 9999)}",
        2 => $"+49 30 {rng.Between(100000, 999999)}",
        _ => $"+33 1 {rng.Between(10, 99)} {rng.Between(10, 99)} {rng.Between(10, 99)} {rng.Between(10, 99)}",
    };
}
