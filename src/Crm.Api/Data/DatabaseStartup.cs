using Crm.Api.Configuration;
using Npgsql;

namespace Crm.Api.Data;

/// <summary>
/// Runs before the server accepts requests: applies pending migrations when MIGRATE_ON_START is set, and
/// refuses to serve a schema left dirty by a failed migration. An unreachable database does not stop the
/// start: the service comes up not-ready (/ready answers 503) and recovers when the database does.
/// </summary>
public sealed class DatabaseStartup(Migrator migrator, CrmSettings settings, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (settings.MigrateOnStart) await migrator.UpAsync(cancellationToken: cancellationToken);
            var version = await migrator.VersionAsync(cancellationToken);
            if (version.Dirty)
                throw new SchemaDirtyException(
                    $"The database schema is dirty at version {version.Version}: a migration failed part-way. " +
                    "Fix it, then run 'crm migrate force <version>'. Refusing to serve.");
        }
        catch (NpgsqlException e) when (Http.ErrorHandlingMiddleware.IsDatabaseUnavailable(e))
        {
            logger.LogWarning("The database is unreachable at start; serving as not ready until it answers");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class SchemaDirtyException(string message) : Exception(message);
