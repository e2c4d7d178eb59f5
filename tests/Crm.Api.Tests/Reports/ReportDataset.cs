using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Reports;

public sealed record CustomerRow(long Id, string Name, string Email, string Company, string Status, long? AssignedTo, DateTime CreatedAt, bool Deleted);
public sealed record DealRow(long Id, long CustomerId, string Stage, decimal Amount, string Currency, int Probability, long? OwnerId, DateTime CreatedAt, bool Deleted);
public sealed record ActivityRow(long Id, long CustomerId, string Type, string Status, long? AssignedTo, DateTime? DueDate, DateTime CreatedAt, bool Deleted);

/// <summary>
/// A random but reproducible CRM, built in memory and inserted with SQL. The tests compute the report's expected
/// figures from these lists with LINQ, independently of the service's SQL. It adds a stage <c>signed</c> of kind won,
/// so that won deals are recognised by the stage's kind and not by its name.
/// </summary>
public sealed class ReportDataset
{
    public static readonly Dictionary<string, string> StageKinds = new()
    {
        ["prospecting"] = "open", ["qualification"] = "open", ["proposal"] = "open", ["negotiation"] = "open",
        ["closed_won"] = "won", ["closed_lost"] = "lost", ["signed"] = "won",
    };
    public static readonly string[] CustomerStatuses = ["lead", "prospect", "active", "inactive", "churned"];
    public static readonly string[] ActivityTypes = ["call", "email", "meeting", "task", "note"];
    static readonly string[] ActivityStatuses = ["scheduled", "completed", "cancelled"];
    static readonly string[] Currencies = ["USD", "EUR", "JPY"];
    static readonly long?[] Users = [null, 7, 8, 9];

    public List<CustomerRow> Customers { get; } = [];
    public List<DealRow> Deals { get; } = [];
    public List<ActivityRow> Activities { get; } = [];

    /// <summary>The rows as the database holds them now (after writes through the API), read with plain SELECTs.</summary>
    public static ReportDataset Read(CrmFactory app)
    {
        var data = new ReportDataset();
        using var connection = app.OpenConnection();
        void Each(string sql, Action<NpgsqlDataReader> row)
        {
            using var command = new NpgsqlCommand(sql, connection);
            using var reader = command.ExecuteReader();
            while (reader.Read()) row(reader);
        }
        long? Long(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
        Each("SELECT id, name, email, COALESCE(company, ''), status, assigned_to, created_at, deleted_at IS NOT NULL FROM customers", r =>
            data.Customers.Add(new CustomerRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Long(r, 5),
                r.GetDateTime(6), r.GetBoolean(7))));
        Each("SELECT id, customer_id, stage, amount, currency, probability, owner_id, created_at, deleted_at IS NOT NULL FROM deals", r =>
            data.Deals.Add(new DealRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetDecimal(3), r.GetString(4), r.GetInt32(5), Long(r, 6),
                r.GetDateTime(7), r.GetBoolean(8))));
        Each("SELECT id, customer_id, type, status, assigned_to, due_date, created_at, deleted_at IS NOT NULL FROM activities", r =>
            data.Activities.Add(new ActivityRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), Long(r, 4),
                r.IsDBNull(5) ? null : r.GetDateTime(5), r.GetDateTime(6), r.GetBoolean(7))));
        return data;
    }

    public static ReportDataset Insert(CrmFactory app)
    {
        var random = new Random(20260131);
        var data = new ReportDataset();
        var year = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        DateTime InYear() => year.AddMinutes(random.Next(0, 365 * 24 * 60));
        T Pick<T>(T[] values) => values[random.Next(values.Length)];

        using var connection = app.OpenConnection();
        using var transaction = connection.BeginTransaction();
        long Insert(string sql, params object?[] values)
        {
            using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            return (long)command.ExecuteScalar()!;
        }

        Insert("INSERT INTO pipeline_stages (name, display_name, \"order\", probability, kind) VALUES ('signed', 'Signed', 7, 100, 'won') RETURNING id");
        for (var i = 0; i < 14; i++)
        {
            var (status, owner, created, deleted) = (Pick(CustomerStatuses), Pick(Users), InYear(), i % 7 == 6);
            var (name, email) = ($"Customer {i}", $"customer{i}@report.example");
            var id = Insert("INSERT INTO customers (name, email, company, status, assigned_to, created_at, deleted_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                name, email, $"Co {i}", status, owner, created, deleted ? created.AddDays(1) : null);
            data.Customers.Add(new CustomerRow(id, name, email, $"Co {i}", status, owner, created, deleted));
        }
        var stages = StageKinds.Keys.ToArray();
        for (var i = 0; i < 60; i++)
        {
            var customer = Pick(data.Customers.ToArray());
            var (stage, amount, currency, probability) = (Pick(stages), random.Next(0, 5_000_000) / 100m, Pick(Currencies), random.Next(0, 101));
            var (owner, created, deleted) = (Pick(Users), InYear(), customer.Deleted || i % 11 == 10);
            var id = Insert("INSERT INTO deals (title, customer_id, stage, amount, currency, probability, owner_id, created_at, deleted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                $"Deal {i}", customer.Id, stage, amount, currency, probability, owner, created, deleted ? created.AddDays(1) : null);
            data.Deals.Add(new DealRow(id, customer.Id, stage, amount, currency, probability, owner, created, deleted));
        }
        for (var i = 0; i < 50; i++)
        {
            var customer = Pick(data.Customers.ToArray());
            var due = (i % 3) switch { 0 => (DateTime?)null, 1 => DateTime.UtcNow.AddDays(-random.Next(1, 90)), _ => DateTime.UtcNow.AddDays(random.Next(1, 90)) };
            var (type, status, owner, created, deleted) = (Pick(ActivityTypes), Pick(ActivityStatuses), Pick(Users), InYear(), customer.Deleted || i % 13 == 12);
            var id = Insert("INSERT INTO activities (type, title, status, customer_id, assigned_to, due_date, created_at, deleted_at) VALUES ($1, 'Activity', $2, $3, $4, $5, $6, $7) RETURNING id",
                type, status, customer.Id, owner, due, created, deleted ? created.AddDays(1) : null);
            data.Activities.Add(new ActivityRow(id, customer.Id, type, status, owner, due, created, deleted));
        }
        transaction.Commit();
        return data;
    }
}
