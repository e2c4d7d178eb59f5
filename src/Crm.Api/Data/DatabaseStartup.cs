using Crm.Api.Configuration;
using Crm.Api.Data.Adoption;
using Npgsql;

namespace Crm.Api.Data;

/// <summary>
/// Runs before the server accepts requests: applies pending migrations when MIGRATE_ON_START is set, and
/// refuses to serve a schema left dirty by a failed migration, or the Go service's legacy schema (never adopted here).
/// An unreachable database does not stop the start: the service comes up not-ready (/ready answers 503) and recovers
/// when the database does.
/// </summary>
public sealed class DatabaseStartup(Migrator migrator, CrmSettings settings, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The service never adopts the Go service's database: that is an operator's step, with a backup (contract section 8).
            var schema = await migrator.InspectAsync(cancellationToken);
            if (schema.Kind == SchemaKind.Legacy)
                throw new AdoptionRefusedException(
                    "The database holds the Go CRM service's legacy schema. The service never adopts it on its own: stop the Go service, run " +
                    "'crm migrate check', then 'crm migrate up --backup-to <file>' (README, \"Replacing the Go service\"). Refusing to serve.");
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
