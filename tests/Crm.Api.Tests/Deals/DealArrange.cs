using System.Net;
using System.Text.Json;
using Crm.Api.Tests.Infrastructure;
using Npgsql;

namespace Crm.Api.Tests.Deals;

/// <summary>Arranges customers, contacts and deals for deal tests, each with names of its own.</summary>
public static class DealArrange
{
    public static async Task<long> Customer(this CrmFactory app, long? assignedTo = null)
    {
        var unique = Guid.NewGuid().ToString("N");
        var body = await (await app.Admin.PostJson("/admin/customers", new { name = $"Customer {unique[..6]}", email = $"c{unique}@example.com", assigned_to = assignedTo }))
            .ShouldHave(HttpStatusCode.Created);
        return body.Id();
    }

    /// <summary>A contact row written directly: the contacts endpoints belong to another module.</summary>
    public static long Contact(this CrmFactory app, long customerId, bool deleted = false)
    {
        using var db = app.OpenConnection();
        using var insert = new NpgsqlCommand(
            "INSERT INTO contacts (customer_id, first_name, deleted_at) VALUES (@c, 'Grace', CASE WHEN @d THEN now() END) RETURNING id", db);
        insert.Parameters.AddWithValue("c", customerId);
        insert.Parameters.AddWithValue("d", deleted);
        return (long)insert.ExecuteScalar()!;
    }

    public static async Task<JsonElement> Deal(this HttpClient client, long customerId, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["title"] = "Deal " + Guid.NewGuid().ToString("N")[..6], ["customer_id"] = customerId };
        if (extra is not null)
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
                body[property.Name] = property.Value;
        return await (await client.PostJson("/admin/deals", body)).ShouldHave(HttpStatusCode.Created);
    }

    public static void Sql(this CrmFactory app, string sql)
    {
        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }

    public static T Scalar<T>(this CrmFactory app, string sql)
    {
        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(sql, db);
        return (T)command.ExecuteScalar()!;
    }

    /// <summary>The deal's stage history as "from→to" strings, oldest first, read from the table itself.</summary>
    public static List<string> History(this CrmFactory app, long dealId)
    {
        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(
            "SELECT coalesce(from_stage, '-') || '→' || to_stage FROM deal_stage_history WHERE deal_id = @id ORDER BY changed_at, id", db);
        command.Parameters.AddWithValue("id", dealId);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    public static List<string> AuditActions(this CrmFactory app, string resourceType, long id)
    {
        using var db = app.OpenConnection();
        using var command = new NpgsqlCommand(
            "SELECT action FROM audit_logs WHERE resource_type = @t AND resource_id = @id ORDER BY id", db);
        command.Parameters.AddWithValue("t", resourceType);
        command.Parameters.AddWithValue("id", id);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    public static bool IsNull(this JsonElement element, string property) => element.GetProperty(property).ValueKind == JsonValueKind.Null;

    public static List<string> Titles(this JsonElement list) =>
        list.GetProperty("data").EnumerateArray().Select(d => d.Str("title")).ToList();
}
