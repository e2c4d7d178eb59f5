using System.Text.Json;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests.Adoption;

/// <summary>
/// The end-to-end run, once per test class: a legacy database with dirty data and CMS rows is looked at, checked
/// and adopted by the published <c>crm</c> program exactly as an operator would (a refused <c>up</c> first, then one with
/// a backup and every policy, then a second <c>up</c>), and the service then runs on the adopted database. What each
/// step printed and what the database held before and after are kept for the tests to assert on.
/// </summary>
public sealed class AdoptedLegacyFactory : CrmFactory
{
    public static readonly string[] LegacyTables =
        ["customers", "contacts", "pipeline_stages", "deals", "activities", "notes", "tags", "audit_logs"];

    public static readonly string[] CmsTables =
        ["blogs", "categories", "content_items", "content_sources", "media", "pages", "posts", "transcripts", "user_interactions", "visitors"];

    public LegacyDatabase Legacy { get; private set; } = null!;
    public JsonElement CheckWithoutPolicies { get; private set; }
    public int CheckWithoutPoliciesExit { get; private set; }
    public int CheckWithPoliciesExit { get; private set; }
    public (int ExitCode, string Output) RefusedUp { get; private set; }
    public (string Before, string After) DumpAroundRefusedUp { get; private set; }
    public (int ExitCode, string Output) Up { get; private set; }
    public string BackupFile { get; } = Path.Combine(Path.GetTempPath(), $"crm-adoption-{Guid.NewGuid():N}.dump");
    public (int ExitCode, string Output) SecondUp { get; private set; }
    public (string Before, string After) DumpAroundSecondUp { get; private set; }
    public Dictionary<string, Dictionary<string, JsonElement>> Before { get; } = [];
    public Dictionary<string, Dictionary<string, JsonElement>> After { get; } = [];
    public (HashSet<string> Before, HashSet<string> After) CustomerTags { get; private set; }
    public (string Before, string After) CmsDump { get; private set; }
    public string CrmTablesDumpBefore { get; private set; } = "";
    public long EventsAfterUp { get; private set; }

    protected override async Task<string> CreateDatabaseAsync()
    {
        Legacy = await LegacyDatabase.CreateAsync();
        foreach (var table in LegacyTables) Before[table] = await Legacy.TableAsync(table);
        var tagsBefore = await TagPairsAsync();
        var cmsBefore = await Legacy.DumpAsync(CmsTables);
        CrmTablesDumpBefore = await Legacy.DumpAsync([.. LegacyTables, "customer_tags"]);

        var (checkExit, checkOutput) = await Legacy.MigrateAsync("check", "--json");
        CheckWithoutPoliciesExit = checkExit;
        CheckWithoutPolicies = JsonDocument.Parse(checkOutput.Split('\n').Single(l => l.StartsWith('{'))).RootElement.Clone();
        CheckWithPoliciesExit = (await Legacy.MigrateAsync("check", "--resolve", LegacyDatabase.AllPolicies)).ExitCode;

        var beforeRefusal = await Legacy.DumpAsync();
        RefusedUp = await Legacy.MigrateAsync("up", "--backup-to", BackupFile);
        DumpAroundRefusedUp = (beforeRefusal, await Legacy.DumpAsync());

        Up = await Legacy.MigrateAsync("up", "--backup-to", BackupFile, "--resolve", LegacyDatabase.AllPolicies);
        foreach (var table in LegacyTables) After[table] = await Legacy.TableAsync(table);
        CustomerTags = (tagsBefore, await TagPairsAsync());
        CmsDump = (cmsBefore, await Legacy.DumpAsync(CmsTables));
        EventsAfterUp = await Legacy.ScalarAsync<long>("SELECT count(*) FROM crm_events");

        var beforeSecond = await Legacy.DumpAsync();
        SecondUp = await Legacy.MigrateAsync("up");
        DumpAroundSecondUp = (beforeSecond, await Legacy.DumpAsync());
        return Legacy.Name;
    }

    async Task<HashSet<string>> TagPairsAsync() =>
        (await Legacy.RowsAsync("SELECT customer_id || ':' || tag_id FROM customer_tags")).Select(r => r[0]!).ToHashSet();

    public override async ValueTask DisposeAsync()
    {
        File.Delete(BackupFile);
        await base.DisposeAsync();
    }
}
