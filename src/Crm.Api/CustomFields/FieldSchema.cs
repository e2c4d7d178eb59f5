using Crm.Api.Configuration;
using Crm.Api.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api.CustomFields;

/// <summary>The definitions at one moment: immutable, shared by every request that reads it.</summary>
public sealed class FieldSchema
{
    readonly Dictionary<(string Entity, string Key), CustomField> _active;

    public static readonly FieldSchema Empty = new([]);

    public FieldSchema(IReadOnlyList<CustomField> definitions)
    {
        Definitions = definitions;
        _active = definitions.Where(f => f.IsActive).ToDictionary(f => (f.Entity, f.Key));
    }

    /// <summary>Every definition not yet purged: active, archived and deleted.</summary>
    public IReadOnlyList<CustomField> Definitions { get; }

    /// <summary>The live, unarchived field of this key: the only ones whose values are shown, written and filtered.</summary>
    public CustomField? Active(string entity, string key) => _active.GetValueOrDefault((entity, key));

    public IEnumerable<CustomField> ActiveOf(string entity) =>
        Definitions.Where(f => f.Entity == entity && f.IsActive).OrderBy(f => f.Order).ThenBy(f => f.Id);

    /// <summary>Why a key cannot be used, for error messages.</summary>
    public string Unknown(string entity, string key) =>
        Definitions.FirstOrDefault(f => f.Entity == entity && f.Key == key) is { } hidden
            ? hidden.DeletedAt is null ? "is an archived custom field" : "is a deleted custom field"
            : $"is not a custom field of {entity}";
}

/// <summary>
/// The definitions, cached in memory and kept current across instances (contract section 11). Every change to
/// <c>crm_custom_fields</c>, by any instance or any writer, fires <c>NOTIFY crm_custom_fields</c> (a trigger); each
/// instance LISTENs on a connection of its own and reloads on a notification. While that connection is not
/// listening (starting, or lost), every request reads the definitions from the database itself, so a stale copy is
/// never used. Measured choice: a per-request version check costs a round trip on every request, the notification
/// none (docs/performance.md).
/// </summary>
public sealed class CustomFieldCache(NpgsqlDataSource dataSource, CrmSettings settings, ILogger<CustomFieldCache> logger) : BackgroundService
{
    public const string Channel = "crm_custom_fields";

    volatile FieldSchema? _current;
    volatile bool _listening;
    long _loads;
    long _tickets;
    long _published;
    readonly Lock _publishing = new();

    /// <summary>The last loaded definitions (for serialisation, which cannot wait); empty before the first load.</summary>
    public FieldSchema Snapshot => _current ?? FieldSchema.Empty;

    /// <summary>How many times the definitions were read (tests see the cache work).</summary>
    public long Loads => Interlocked.Read(ref _loads);

    /// <summary>The current definitions: the cached ones while the listener keeps them current, else read now.</summary>
    public async Task<FieldSchema> CurrentAsync(CancellationToken cancellationToken = default) =>
        _listening && _current is { } current ? current : await ReloadAsync(cancellationToken);

    /// <summary>Reads the definitions now (after a change of this instance's, so that its next request sees it at once).</summary>
    public async Task<FieldSchema> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await LoadAsync(connection, cancellationToken);
    }

    async Task<FieldSchema> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Loads run side by side (the listener's, and a definition route's right after its change): one that started
        // earlier may have read the rows before that change and finish later. Only a load that started after the one
        // published may replace it, so the cache never goes back to definitions older than those already served.
        var ticket = Interlocked.Increment(ref _tickets);
        var options = new DbContextOptionsBuilder<CrmDb>().UseNpgsql(connection).Options;
        await using var db = new CrmDb(options);
        // A few rows: ordered here, so that a request that loads them (listener down) sorts nothing in SQL (ExplainTests).
        var definitions = (await db.CustomFields.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(f => f.Entity, StringComparer.Ordinal).ThenBy(f => f.Order).ThenBy(f => f.Id).ToList();
        Interlocked.Increment(ref _loads);
        var schema = new FieldSchema(definitions);
        lock (_publishing)
        {
            if (ticket > _published)
            {
                _published = ticket;
                _current = schema;
            }
        }
        return schema;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A connection outside the pool: the listener holds it for the instance's life, and a pooled one
                // would take a request's connection for good (with DB_MAX_POOL_SIZE=1, every request's).
                await using var connection = new NpgsqlConnection(
                    new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                var changed = 0;
                connection.Notification += (_, _) => Interlocked.Exchange(ref changed, 1);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                // Loaded after LISTEN: a change committed in between is either in this load or notified after it.
                await LoadAsync(connection, stoppingToken);
                _listening = true;
                if (failures > 0) logger.LogInformation("Listening for custom field changes again");
                failures = 0;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                    if (Interlocked.Exchange(ref changed, 0) == 1) await LoadAsync(connection, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _listening = false;
                if (failures++ == 0) logger.LogWarning(e, "Not listening for custom field changes; reading them per request until it works again");
                try { await Task.Delay(TimeSpan.FromSeconds(Math.Min(failures, 5)), stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _listening = false;
        await base.StopAsync(cancellationToken);
    }
}
