using Npgsql;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>A test class's own empty database (no schema), dropped after the class: for migration tests.</summary>
public abstract class EmptyDatabase : IAsyncLifetime
{
    protected string Database { get; private set; } = "";
    protected NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateEmptyAsync();
        DataSource = NpgsqlDataSource.Create(TestDatabase.ConnectionString(Database));
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(Database);
    }
}
