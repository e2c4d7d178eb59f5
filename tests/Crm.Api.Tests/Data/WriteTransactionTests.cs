using System.Net;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Data;

/// <summary>
/// A write is one transaction without subtransactions: the record, its audit row and its event are written by the same
/// transaction id. EF Core's automatic savepoint around each save (two round trips per save) would give each save a
/// subtransaction of its own, and the rows different xmins.
/// </summary>
public class WriteTransactionTests(CrmFactory app) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task ACreatedCustomerItsAuditRowAndItsEventAreWrittenByOneTransactionWithoutSavepoints()
    {
        var t = Guid.NewGuid().ToString("N")[..8];
        var created = await (await app.Admin.PostJson("/admin/customers", new { name = $"One {t}", email = $"one-{t}@example.com" }))
            .ShouldHave(HttpStatusCode.Created);

        await using var connection = app.OpenConnection();
        await using var command = new NpgsqlCommand("""
            SELECT c.xmin::text, a.xmin::text, e.xmin::text, (e.xid::text::bigint % 4294967296)::text
            FROM customers c
            JOIN audit_logs a ON a.resource_type = 'customer' AND a.resource_id = c.id AND a.action = 'create'
            JOIN crm_events e ON e.resource_type = 'customer' AND e.resource_id = c.id AND e.type = 'customer.created'
            WHERE c.id = @id
            """, connection);
        command.Parameters.AddWithValue("id", created.Id());
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        var (customer, audit, @event, topLevel) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));

        // The event's xid is the top-level transaction's (pg_current_xact_id); every row carries that same id.
        (customer, audit, @event).ShouldBe((topLevel, topLevel, topLevel));
    }
}
