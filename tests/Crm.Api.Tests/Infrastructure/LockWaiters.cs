using Npgsql;

namespace Crm.Api.Tests.Infrastructure;

public static class LockWaiters
{
    /// <summary>Sessions of this connection's database (other than itself) waiting on a lock: requests held in flight.</summary>
    public static long SessionsWaitingOnLocks(this NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()", connection);
        return (long)command.ExecuteScalar()!;
    }
}
