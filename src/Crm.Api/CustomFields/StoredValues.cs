using System.Text.Json;
using Crm.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Crm.Api.CustomFields;

/// <summary>
/// What a definition change must know about the values already stored: whether they all still fit (a type or options
/// change keeps stored JSON as it is, so each value must be valid under the new definition unchanged), and whether
/// they repeat (before <c>unique</c> is turned on). Runs in the change's transaction, after <see cref="LockAsync"/>:
/// writes to the entity's table wait the few seconds it takes, so no value can slip in between the check and the change.
/// </summary>
public static class StoredValues
{
    const int Examples = 3;

    public static async Task LockAsync(CrmDb db, string entity, CancellationToken cancellationToken)
    {
        var table = FieldEntity.All.Single(e => e == entity);
        // A long transaction on the table must not hold the admin's request (and the writers queued behind it) for long.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '5s'", cancellationToken);
        // The table name is one of the four constants, never input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"LOCK TABLE {table} IN SHARE MODE", cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>Null when every stored value (of live and deleted records) fits <paramref name="field"/>; else what does not.</summary>
    public static async Task<string?> MisfitsAsync(CrmDb db, CustomField field, CancellationToken cancellationToken)
    {
        var table = FieldEntity.All.Single(e => e == field.Entity);
        await using var command = Command(db, $"SELECT id, custom_fields -> $1 FROM {table} WHERE custom_fields ? $1 ORDER BY id", field.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        var examples = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            using var value = JsonDocument.Parse(reader.GetString(1));
            if (FieldValues.Fits(field, value.RootElement)) continue;
            if (count++ < Examples) examples.Add($"{reader.GetInt64(0)} ({Shorten(value.RootElement.GetRawText())})");
        }
        return count == 0 ? null
            : $"{count} stored value(s) are not valid for a {field.Type} field as they are, e.g. in {table} {string.Join(", ", examples)}: change them first";
    }

    /// <summary>Null when no two live records hold the same value; else which values repeat.</summary>
    public static async Task<string?> RepeatsAsync(CrmDb db, CustomField field, CancellationToken cancellationToken)
    {
        var table = FieldEntity.All.Single(e => e == field.Entity);
        await using var command = Command(db, $"""
            SELECT (custom_fields -> $1)::text, count(*) FROM {table} WHERE deleted_at IS NULL AND custom_fields ? $1
             GROUP BY custom_fields -> $1 HAVING count(*) > 1 ORDER BY count(*) DESC LIMIT {Examples}
            """, field.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var repeats = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) repeats.Add($"{Shorten(reader.GetString(0))} ({reader.GetInt64(1)} records)");
        return repeats.Count == 0 ? null : $"stored values repeat, e.g. {string.Join(", ", repeats)}: make them unique first";
    }

    static NpgsqlCommand Command(CrmDb db, string sql, string key)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return command;
    }

    static string Shorten(string json) => json.Length <= 60 ? json : json[..57] + "...";
}
