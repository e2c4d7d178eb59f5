using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Activities;

/// <summary>Arranges rows directly with SQL (deals and contacts have their endpoints in other modules).</summary>
public static class Arrange
{
    public static long Customer(this CrmFactory app, long? assignedTo = null, string status = "lead", DateTime? createdAt = null,
        string? name = null, bool deleted = false)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        return Insert(app, """
            INSERT INTO customers (name, email, company, status, assigned_to, created_at, deleted_at)
            VALUES (@name, @email, @company, @status, @assigned_to, @created_at, CASE WHEN @deleted THEN now() END) RETURNING id
            """, ("name", name ?? $"Customer {tag}"), ("email", $"{tag}@example.com"), ("company", $"Company {tag}"), ("status", status),
            ("assigned_to", assignedTo), ("created_at", createdAt ?? DateTime.UtcNow), ("deleted", deleted));
    }

    public static long Deal(this CrmFactory app, long customerId, long? ownerId = null, string stage = "prospecting",
        decimal amount = 0, string currency = "USD", int probability = 10, DateTime? createdAt = null, bool deleted = false)
        => Insert(app, """
            INSERT INTO deals (title, customer_id, stage, amount, currency, probability, owner_id, created_at, deleted_at)
            VALUES ('Deal', @customer_id, @stage, @amount, @currency, @probability, @owner_id, @created_at, CASE WHEN @deleted THEN now() END)
            RETURNING id
            """, ("customer_id", customerId), ("stage", stage), ("amount", amount), ("currency", currency), ("probability", probability),
            ("owner_id", ownerId), ("created_at", createdAt ?? DateTime.UtcNow), ("deleted", deleted));

    public static long Contact(this CrmFactory app, long customerId, bool deleted = false) =>
        Insert(app, "INSERT INTO contacts (customer_id, first_name, deleted_at) VALUES (@customer_id, 'Pat', CASE WHEN @deleted THEN now() END) RETURNING id",
            ("customer_id", customerId), ("deleted", deleted));

    public static long Activity(this CrmFactory app, long customerId, long? assignedTo = null, string type = "call",
        string status = "scheduled", DateTime? dueDate = null, DateTime? createdAt = null, bool deleted = false, long? dealId = null,
        string priority = "normal", string title = "Activity")
        => Insert(app, """
            INSERT INTO activities (type, title, status, priority, customer_id, deal_id, assigned_to, due_date, created_at, deleted_at)
            VALUES (@type, @title, @status, @priority, @customer_id, @deal_id, @assigned_to, @due_date, @created_at, CASE WHEN @deleted THEN now() END)
            RETURNING id
            """, ("type", type), ("title", title), ("status", status), ("priority", priority), ("customer_id", customerId), ("deal_id", dealId),
            ("assigned_to", assignedTo), ("due_date", dueDate), ("created_at", createdAt ?? DateTime.UtcNow), ("deleted", deleted));

    public static long Scalar(this CrmFactory app, string sql)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    static long Insert(CrmFactory app, string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            var parameter = value is null
                ? new NpgsqlParameter(name, name is "due_date" or "created_at" ? NpgsqlTypes.NpgsqlDbType.TimestampTz : NpgsqlTypes.NpgsqlDbType.Bigint) { Value = DBNull.Value }
                : new NpgsqlParameter(name, value);
            command.Parameters.Add(parameter);
        }
        return (long)command.ExecuteScalar()!;
    }
}
