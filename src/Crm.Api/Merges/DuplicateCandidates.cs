using System.Diagnostics;
using System.Globalization;
using Crm.Api.Configuration;
using Crm.Api.Events;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Api.Merges;

/// <summary>What one refresh of the customer duplicate candidates did.</summary>
public sealed record DuplicateRefresh(string Kind, int Customers, long Pairs, int Groups, TimeSpan Duration);

/// <summary>
/// The precomputed duplicate candidates of live customers (migrations/000026): pairs that share an e-mail ignoring case
/// (a customer's own, or one of the other's contacts': live customers' e-mails are unique, contract section 4), the
/// digits of a phone (7 or more), or whose "name company" reaches <see cref="CrmSettings.DuplicateThreshold"/> in pg_trgm
/// similarity; groups are the connected sets of pairs. Names are compared within blocks, as record linkage does at
/// scale: customers of the same name, or of the same company whose names start alike (the two indexes of 000026).
/// A refresh takes the customers that writes marked dirty (triggers) and recomputes their pairs and the groups they
/// touch; the first pass, a changed threshold or a large backlog (an import, a seed) rebuilds everything. One instance
/// refreshes at a time: the pass holds a lease on <c>crm_duplicate_refresh</c> (<see cref="WorkQueue"/>).
/// </summary>
public sealed class DuplicateCandidates(NpgsqlDataSource dataSource, CrmSettings settings, TimeProvider time)
{
    /// <summary>More dirty customers than this and a rebuild is cheaper than looking each one up.</summary>
    public const int RebuildAbove = 20_000;

    static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    string Threshold => settings.DuplicateThreshold.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>One pass: null when there was nothing to do or another instance holds the lease.</summary>
    public async Task<DuplicateRefresh?> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var claimed = await WorkQueue.ClaimAsync(connection, "crm_duplicate_refresh",
            $"q.threshold IS DISTINCT FROM {Threshold}::real OR EXISTS (SELECT 1 FROM crm_duplicate_dirty)", "q.id", 1,
            time.GetUtcNow().UtcDateTime, Lease, cancellationToken);
        if (claimed.Count == 0) return null;

        var watch = Stopwatch.StartNew();
        var started = time.GetUtcNow().UtcDateTime;
        DuplicateRefresh result;
        try
        {
            var rebuild = await ScalarAsync<bool>(connection, $"""
                SELECT threshold IS DISTINCT FROM {Threshold}::real
                    OR (SELECT count(*) FROM (SELECT 1 FROM crm_duplicate_dirty LIMIT {RebuildAbove + 1}) x) > {RebuildAbove}
                  FROM crm_duplicate_refresh
                """, cancellationToken);
            (List<Pair> Pairs, long Customers)? everything = null;
            if (rebuild)
            {
                // Until this rebuild is written, any pass rebuilds: the dirty rows it covers are gone from now on.
                await ExecuteAsync(connection, "UPDATE crm_duplicate_refresh SET threshold = NULL", cancellationToken);
                await ExecuteAsync(connection, "DELETE FROM crm_duplicate_dirty", cancellationToken);
                everything = await ReadAllAsync(connection, cancellationToken);
                if (everything is null) return await ReleaseAsync(connection, null);
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (!await LockedAsync(connection, cancellationToken)) return await ReleaseAsync(connection, transaction);
            result = everything is { } all
                ? await ReplaceAllAsync(connection, all.Pairs, all.Customers, cancellationToken)
                : await UpdateAsync(connection, cancellationToken);
            result = result with { Duration = watch.Elapsed };
            await using (var done = Command($"""
                UPDATE crm_duplicate_refresh SET threshold = {Threshold}, kind = $1, started_at = $2, finished_at = $3, duration_ms = $4,
                       customers = $5, pairs = (SELECT count(*) FROM crm_customer_duplicate_pairs), locked_until = NULL
                """, connection))
            {
                done.Parameters.Add(new NpgsqlParameter<string> { TypedValue = result.Kind });
                done.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = started });
                done.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = time.GetUtcNow().UtcDateTime });
                done.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (long)watch.Elapsed.TotalMilliseconds });
                done.Parameters.Add(new NpgsqlParameter<long> { TypedValue = result.Customers });
                await done.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Let the next pass (of any instance) try again at once rather than after the lease.
            await using var release = Command("UPDATE crm_duplicate_refresh SET locked_until = NULL", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
            throw;
        }
        return result;
    }

    public sealed record Pair(long A, long B, string[] Reasons, float? Similarity, float Score);

    /// <summary>
    /// Every pair of all live customers, read in a read-only transaction: the minutes this takes at a million customers hold
    /// no transaction id, so they hold back neither the event feed (contract section 10) nor anything else waiting on xmin.
    /// Null when a table lock is in the way.
    /// </summary>
    async Task<(List<Pair>, long)?> ReadAllAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var read = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SET TRANSACTION READ ONLY", cancellationToken);
        if (!await LockedAsync(connection, cancellationToken)) return null;
        var pairs = new List<Pair>();
        await using (var command = Command(PairsSql("", full: true), connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                pairs.Add(new(reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<string[]>(2), reader.IsDBNull(3) ? null : reader.GetFloat(3), reader.GetFloat(4)));
        var customers = await ScalarAsync<long>(connection, "SELECT count(*) FROM customers WHERE deleted_at IS NULL", cancellationToken);
        await read.CommitAsync(cancellationToken);
        return (pairs, customers);
    }

    /// <summary>Never queue behind a table lock (a migration, a VACUUM FULL): every reader after would queue behind this pass.</summary>
    static async Task<bool> LockedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(connection, "LOCK TABLE customers, contacts IN ACCESS SHARE MODE NOWAIT", cancellationToken);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
    }

    /// <summary>A pass that met a table lock gives up its lease (after its aborted transaction); the next one tries again.</summary>
    static async Task<DuplicateRefresh?> ReleaseAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        if (transaction is not null) await transaction.RollbackAsync(CancellationToken.None);
        await ExecuteAsync(connection, "UPDATE crm_duplicate_refresh SET locked_until = NULL", CancellationToken.None);
        return null;
    }

    /// <summary>Every pair and group anew, in one short transaction.</summary>
    static async Task<DuplicateRefresh> ReplaceAllAsync(NpgsqlConnection connection, List<Pair> pairs, long customers, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "DELETE FROM crm_customer_duplicate_pairs", cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY crm_customer_duplicate_pairs (a_id, b_id, reasons, similarity, score) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var pair in pairs)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(pair.A, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(pair.B, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(pair.Reasons, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                if (pair.Similarity is { } similarity) await writer.WriteAsync(similarity, NpgsqlDbType.Real, cancellationToken);
                else await writer.WriteNullAsync(cancellationToken);
                await writer.WriteAsync(pair.Score, NpgsqlDbType.Real, cancellationToken);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await ExecuteAsync(connection, "DELETE FROM crm_customer_duplicate_members", cancellationToken);
        await ExecuteAsync(connection, "DELETE FROM crm_customer_duplicate_groups", cancellationToken);
        var groups = await WriteGroupsAsync(connection, [.. pairs.Select(p => (p.A, p.B))], cancellationToken);
        return new DuplicateRefresh("rebuild", (int)customers, pairs.Count, groups, TimeSpan.Zero);
    }

    /// <summary>The pairs of the dirty customers, and the groups that contain them before or after.</summary>
    async Task<DuplicateRefresh> UpdateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var dirty = new List<long>();
        await using (var take = Command("DELETE FROM crm_duplicate_dirty RETURNING customer_id", connection))
        await using (var reader = await take.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) dirty.Add(reader.GetInt64(0));
        var ids = dirty.Distinct().ToArray();

        await using (var delete = Command("DELETE FROM crm_customer_duplicate_pairs WHERE a_id = ANY ($1) OR b_id = ANY ($1)", connection))
        {
            delete.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        long pairs;
        await using (var insert = Command($"INSERT INTO crm_customer_duplicate_pairs {PairsSql("AND id = ANY ($1)", full: false)}", connection))
        {
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
            pairs = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        // The groups to redo: the dirty customers, everything connected to them now, and every old group of any of them.
        var (reached, edges) = await ConnectedAsync(connection, ids, cancellationToken);
        foreach (var sql in (string[])[
            "DELETE FROM crm_customer_duplicate_groups WHERE id IN (SELECT group_id FROM crm_customer_duplicate_members WHERE customer_id = ANY ($1))",
            "DELETE FROM crm_customer_duplicate_members WHERE customer_id = ANY ($1)"])
        {
            await using var clear = Command(sql, connection);
            clear.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. reached] });
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        var groups = await WriteGroupsAsync(connection, edges, cancellationToken);
        return new DuplicateRefresh("update", ids.Length, pairs, groups, TimeSpan.Zero);
    }

    /// <summary>
    /// The customers reachable from <paramref name="seeds"/> through current pairs or shared old groups (a breadth-first
    /// walk), and the current pairs among them: redoing exactly these leaves every other group as it was.
    /// </summary>
    static async Task<(HashSet<long>, List<(long, long)>)> ConnectedAsync(NpgsqlConnection connection, long[] seeds,
        CancellationToken cancellationToken)
    {
        var reached = new HashSet<long>(seeds);
        var edges = new HashSet<(long, long)>();
        var frontier = seeds;
        while (frontier.Length > 0)
        {
            var next = new List<long>();
            foreach (var (a, b) in await EdgesAsync(connection,
                "SELECT a_id, b_id FROM crm_customer_duplicate_pairs WHERE a_id = ANY ($1) OR b_id = ANY ($1)", frontier, cancellationToken))
            {
                edges.Add((a, b));
                if (reached.Add(a)) next.Add(a);
                if (reached.Add(b)) next.Add(b);
            }
            foreach (var mate in await IdsAsync(connection, """
                SELECT customer_id FROM crm_customer_duplicate_members
                 WHERE group_id IN (SELECT group_id FROM crm_customer_duplicate_members WHERE customer_id = ANY ($1))
                """, frontier, cancellationToken))
                if (reached.Add(mate)) next.Add(mate);
            frontier = [.. next];
        }
        return (reached, [.. edges]);
    }

    /// <summary>Writes the connected sets of <paramref name="edges"/> as groups (named by their smallest id) and members.</summary>
    static async Task<int> WriteGroupsAsync(NpgsqlConnection connection, List<(long A, long B)> edges, CancellationToken cancellationToken)
    {
        var groupOf = Components.Of(edges);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY crm_customer_duplicate_members (customer_id, group_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (customer, group) in groupOf)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(customer, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(group, NpgsqlDbType.Bigint, cancellationToken);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        var groups = groupOf.Values.Distinct().ToArray();
        await using var insert = Command("""
            INSERT INTO crm_customer_duplicate_groups (id, score, size, reasons)
            SELECT group_id, score, size, reasons
              FROM (SELECT group_id, count(*) AS size FROM crm_customer_duplicate_members WHERE group_id = ANY ($1) GROUP BY 1) members
              -- Each pair counted once: by its smaller id's membership.
              JOIN (SELECT m.group_id, max(p.score) AS score,
                           array_remove(ARRAY[CASE WHEN bool_or('email' = ANY (p.reasons)) THEN 'email' END,
                                              CASE WHEN bool_or('phone' = ANY (p.reasons)) THEN 'phone' END,
                                              CASE WHEN bool_or('name_company' = ANY (p.reasons)) THEN 'name_company' END], NULL) AS reasons
                      FROM crm_customer_duplicate_members m JOIN crm_customer_duplicate_pairs p ON p.a_id = m.customer_id
                     WHERE m.group_id = ANY ($1)
                     GROUP BY m.group_id) pairs USING (group_id)
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = groups });
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return groups.Length;
    }

    /// <summary>
    /// The pairs (a_id &lt; b_id, reasons, similarity, score) of the live customers that <paramref name="scope"/> selects
    /// (a condition on <c>customers</c>) with any live customer. A full pass looks each symmetric pair up from its smaller
    /// id only; the e-mail of a customer against the other's contacts is not symmetric and is looked up both ways.
    /// </summary>
    string PairsSql(string scope, bool full)
    {
        var other = full ? "c.id > s.id" : "c.id <> s.id";
        var name = "lower(c.name) || ' ' || lower(c.company)";
        return $"""
            WITH s AS MATERIALIZED (
                SELECT id, lower(email) AS email, crm_phone_digits(phone) AS phone, lower(name) AS name, lower(company) AS company
                  FROM customers WHERE deleted_at IS NULL {scope}),
            found (x, y, reason, similarity) AS (
                SELECT s.id, c.id, 'email', NULL::real
                  FROM s JOIN customers c ON lower(c.email) = s.email AND c.deleted_at IS NULL AND {other}
                UNION ALL
                SELECT s.id, c.id, 'email', NULL
                  FROM s JOIN contacts k ON lower(k.email) = s.email AND k.deleted_at IS NULL AND k.email IS NOT NULL AND k.customer_id <> s.id
                  JOIN customers c ON c.id = k.customer_id AND c.deleted_at IS NULL
                UNION ALL
                SELECT s.id, c.id, 'email', NULL
                  FROM s JOIN contacts k ON k.customer_id = s.id AND k.deleted_at IS NULL AND k.email IS NOT NULL
                  JOIN customers c ON lower(c.email) = lower(k.email) AND c.deleted_at IS NULL AND c.id <> s.id
                UNION ALL
                SELECT s.id, c.id, 'phone', NULL
                  FROM s JOIN customers c ON crm_phone_digits(c.phone) = s.phone AND c.deleted_at IS NULL AND c.phone IS NOT NULL AND {other}
                 WHERE length(s.phone) >= 7
                UNION ALL
                SELECT x, y, 'name_company', similarity FROM (
                    SELECT s.id AS x, c.id AS y, similarity(s.name || ' ' || s.company, {name}) AS similarity
                      FROM s JOIN customers c ON lower(c.name) = s.name AND c.deleted_at IS NULL AND c.company IS NOT NULL AND {other}
                     WHERE s.company IS NOT NULL
                    UNION
                    SELECT s.id, c.id, similarity(s.name || ' ' || s.company, {name})
                      FROM s JOIN customers c ON lower(c.company) = s.company AND left(lower(c.name), 2) = left(s.name, 2)
                                             AND c.deleted_at IS NULL AND c.company IS NOT NULL AND {other}
                ) n WHERE similarity >= {Threshold}),
            pairs AS (
                SELECT least(x, y) AS a, greatest(x, y) AS b, bool_or(reason = 'email') AS email, bool_or(reason = 'phone') AS phone,
                       max(similarity) AS similarity
                  FROM found GROUP BY 1, 2)
            SELECT a, b,
                   array_remove(ARRAY[CASE WHEN email THEN 'email' END, CASE WHEN phone THEN 'phone' END,
                                      CASE WHEN similarity IS NOT NULL THEN 'name_company' END], NULL),
                   similarity, {Scoring.Sql("email", "phone", "similarity")}
              FROM pairs
            """;
    }

    static async Task<List<(long, long)>> EdgesAsync(NpgsqlConnection connection, string sql, long[]? ids, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, connection);
        if (ids is not null) command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var edges = new List<(long, long)>();
        while (await reader.ReadAsync(cancellationToken)) edges.Add((reader.GetInt64(0), reader.GetInt64(1)));
        return edges;
    }

    static async Task<List<long>> IdsAsync(NpgsqlConnection connection, string sql, long[] ids, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<long>();
        while (await reader.ReadAsync(cancellationToken)) found.Add(reader.GetInt64(0));
        return found;
    }

    /// <summary>A rebuild at a million customers takes longer than a connection's default command timeout; the lease bounds it.</summary>
    static NpgsqlCommand Command(string sql, NpgsqlConnection connection) => new(sql, connection) { CommandTimeout = 0 };

    static async Task<long> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

/// <summary>How alike two records are, from their reasons: independent evidence adds up, 1 − ∏(1 − weight).</summary>
public static class Scoring
{
    public const double Email = 0.95, Phone = 0.9;

    /// <summary>The score as SQL over a boolean e-mail match, a boolean phone match and a similarity (null when below the threshold).</summary>
    public static string Sql(string email, string phone, string similarity) => string.Create(CultureInfo.InvariantCulture,
        $"round((1 - (1 - CASE WHEN {email} THEN {Email} ELSE 0 END) * (1 - CASE WHEN {phone} THEN {Phone} ELSE 0 END) * (1 - coalesce({similarity}, 0)))::numeric, 3)::real");
}

/// <summary>Connected sets of a graph's edges (union-find); each node maps to the smallest id of its set.</summary>
public static class Components
{
    public static Dictionary<long, long> Of(IEnumerable<(long A, long B)> edges)
    {
        var parent = new Dictionary<long, long>();
        long Find(long x)
        {
            if (!parent.TryGetValue(x, out var p)) { parent[x] = x; return x; }
            var root = p;
            while (parent[root] != root) root = parent[root];
            // Path compression without recursion (a long chain would overflow the stack).
            while (x != root) (x, parent[x]) = (parent[x], root);
            return root;
        }
        foreach (var (a, b) in edges)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) continue;
            // The smaller id is the root, so a set is named by its smallest member.
            if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
        }
        return parent.Keys.ToDictionary(x => x, Find);
    }
}

/// <summary>The refresh's hosted loop: every few seconds, when writes marked customers dirty.</summary>
public sealed class DuplicateRefreshService(DuplicateCandidates candidates, ILogger<DuplicateRefreshService> logger)
    : PollingService(logger, TimeSpan.FromSeconds(2))
{
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var done = await candidates.RefreshAsync(cancellationToken);
        if (done is { Kind: "rebuild" })
            logger.LogInformation("Duplicate candidates rebuilt: {Customers} customers, {Pairs} pairs, {Groups} groups in {Milliseconds} ms",
                done.Customers, done.Pairs, done.Groups, (long)done.Duration.TotalMilliseconds);
        // Writes that came in while this pass ran wait for the next interval: a burst of writes is one pass (debounced).
        return false;
    }
}

public static class MergeServices
{
    /// <summary>The duplicate candidates and the background pass that keeps them.</summary>
    public static IServiceCollection AddMerges(this IServiceCollection services)
    {
        services.AddSingleton<DuplicateCandidates>();
        services.AddHostedService<DuplicateRefreshService>();
        return services;
    }
}
