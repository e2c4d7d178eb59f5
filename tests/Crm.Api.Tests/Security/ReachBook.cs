using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Attachments;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Security;

/// <summary>
/// A small book for the reach rule (contract section 3) with AGENT_READ_SCOPE=own, written row by row so every
/// relation is exact. Agents 7 and 8 each have a customer; each owns a deal on both customers; activities and notes
/// hang on customers, on deals, and (legacy rows, as the Go service left them) on nothing; attachments hang on a
/// customer, a deal and an activity of each side. The names say whose each record is: "D8on7" is agent 8's deal on
/// agent 7's customer. What each agent reaches is written out in the tests from the contract's definition.
/// </summary>
public class ReachBook : CrmFactory, IAsyncLifetime
{
    public string Attachments { get; } = Directory.CreateTempSubdirectory("crm-reach-").FullName;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["AGENT_READ_SCOPE"] = "own", ["STORAGE_BACKEND"] = "local", ["STORAGE_LOCAL_PATH"] = Attachments,
    };

    public long C7, C8, CNobody, K7, K8;
    public long D7on7, D8on7, D7on8, D8on8;
    public long H7on7, H8on7, H7on8, H8on8;
    public long A8onC7, A7onC8, A8onD7on8, A8onC8, A8onD8on8, L7, L8;
    public long N8onC7, N7onC8, N8onD7on8, N8onC8, LN7, LN8;
    public long FileOnC7, FileOnC8, FileOnD7on8, FileOnD8on8, FileOnA7onC8, FileOnA8onC8;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await using var db = OpenConnection();
        var future = DateTime.UtcNow.AddDays(7);

        C7 = Insert(db, "INSERT INTO customers (name, email, assigned_to) VALUES ('Reachbook Seven', 'seven@reach.example', 7) RETURNING id");
        C8 = Insert(db, "INSERT INTO customers (name, email, assigned_to) VALUES ('Reachbook Eight', 'eight@reach.example', 8) RETURNING id");
        CNobody = Insert(db, "INSERT INTO customers (name, email) VALUES ('Reachbook Nobody', 'nobody@reach.example') RETURNING id");
        K7 = Insert(db, $"INSERT INTO contacts (customer_id, first_name, is_primary) VALUES ({C7}, 'Kim Seven', true) RETURNING id");
        K8 = Insert(db, $"INSERT INTO contacts (customer_id, first_name, is_primary) VALUES ({C8}, 'Kim Eight', true) RETURNING id");

        long Deal(string title, long customer, long owner, string stage, decimal amount) => Insert(db,
            $"INSERT INTO deals (title, customer_id, owner_id, stage, amount) VALUES ('Reachbook {title}', {customer}, {owner}, '{stage}', {amount}) RETURNING id");
        D7on7 = Deal("D7on7", C7, 7, "closed_won", 100);
        D8on7 = Deal("D8on7", C7, 8, "prospecting", 200);
        D7on8 = Deal("D7on8", C8, 7, "closed_won", 500);
        D8on8 = Deal("D8on8", C8, 8, "prospecting", 300);
        long History(long deal, long by) => Insert(db,
            $"INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, changed_by) VALUES ({deal}, NULL, 'prospecting', {by}) RETURNING id");
        (H7on7, H8on7, H7on8, H8on8) = (History(D7on7, 7), History(D8on7, 8), History(D7on8, 7), History(D8on8, 8));

        // Legacy rows linked to nothing, the way adoption keeps them: the link constraints back as NOT VALID.
        Execute(db, "ALTER TABLE activities DROP CONSTRAINT activities_linked; ALTER TABLE notes DROP CONSTRAINT notes_linked");
        long Activity(string title, long? customer, long? deal, long assignee) => Insert(db,
            $"INSERT INTO activities (type, title, customer_id, deal_id, assigned_to, due_date) VALUES ('call', 'Reachbook {title}', {Sql(customer)}, {Sql(deal)}, {assignee}, @due) RETURNING id",
            ("due", future));
        A8onC7 = Activity("A8onC7", C7, null, 8);
        A7onC8 = Activity("A7onC8", C8, null, 7);
        A8onD7on8 = Activity("A8onD7on8", C8, D7on8, 8);
        A8onC8 = Activity("A8onC8", C8, null, 8);
        A8onD8on8 = Activity("A8onD8on8", C8, D8on8, 8);
        L7 = Activity("L7", null, null, 7);
        L8 = Activity("L8", null, null, 8);
        long Note(string content, long? customer, long? deal, long author) => Insert(db,
            $"INSERT INTO notes (content, customer_id, deal_id, author_id) VALUES ('Reachbook {content}', {Sql(customer)}, {Sql(deal)}, {author}) RETURNING id");
        N8onC7 = Note("N8onC7", C7, null, 8);
        N7onC8 = Note("N7onC8", C8, null, 7);
        N8onD7on8 = Note("N8onD7on8", C8, D7on8, 8);
        N8onC8 = Note("N8onC8", C8, null, 8);
        LN7 = Note("LN7", null, null, 7);
        LN8 = Note("LN8", null, null, 8);
        Execute(db, """
            ALTER TABLE activities ADD CONSTRAINT activities_linked CHECK (customer_id IS NOT NULL OR deal_id IS NOT NULL) NOT VALID;
            ALTER TABLE notes ADD CONSTRAINT notes_linked CHECK (customer_id IS NOT NULL OR deal_id IS NOT NULL) NOT VALID
            """);

        var admin = Admin;
        async Task<long> Upload(string path) => (await admin.Uploaded($"/admin/{path}/attachments", "reach"u8.ToArray(), "reach.txt", "text/plain")).Id();
        FileOnC7 = await Upload($"customers/{C7}");
        FileOnC8 = await Upload($"customers/{C8}");
        FileOnD7on8 = await Upload($"deals/{D7on8}");
        FileOnD8on8 = await Upload($"deals/{D8on8}");
        FileOnA7onC8 = await Upload($"activities/{A7onC8}");
        FileOnA8onC8 = await Upload($"activities/{A8onC8}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(Attachments, recursive: true); } catch (IOException) { }
    }

    static string Sql(long? id) => id?.ToString() ?? "NULL";

    static long Insert(NpgsqlConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (long)command.ExecuteScalar()!;
    }

    static void Execute(NpgsqlConnection db, string sql)
    {
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }

    /// <summary>The ids of a list response's rows.</summary>
    public static async Task<long[]> IdsOf(HttpResponseMessage response) =>
        (await response.ShouldHave(HttpStatusCode.OK)).GetProperty("data").EnumerateArray().Select(r => r.Id()).Order().ToArray();

    public static long[] Sorted(params long[] ids) => [.. ids.Order()];

    public static IEnumerable<long> Ids(JsonElement array) => array.EnumerateArray().Select(r => r.Id());
}
