using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Api.Data;

/// <summary>
/// One round trip for a read that needs several lists: PostgreSQL builds one jsonb document (rows with
/// <see cref="Row"/>, lists with <see cref="Array"/>) and the service reads it into the entities EF Core would have
/// read, so the entities' mappers to the contract's records stay the only ones. The service spends ~0.25 ms of CPU per
/// statement (docs/performance.md): a page of five lists in five statements paid that five times. The statement still
/// goes through EF Core (<c>SqlQueryRaw</c>), so statement timeouts, the prepared-statement guard and auto-prepare apply.
/// </summary>
public static class SqlJson
{
    /// <summary>
    /// Row <paramref name="alias"/> of a table as its entity's JSON: every column by name, the row version (xmin) and the
    /// custom fields as text, as the entities hold them.
    /// </summary>
    public static string Row(string alias) =>
        $"(to_jsonb({alias}) || jsonb_build_object('version', {alias}.xmin::text::bigint, 'custom_fields', {alias}.custom_fields::text))";

    /// <summary>A JSON array (never null) of <paramref name="item"/> for the rows of <paramref name="from"/>, in <paramref name="orderBy"/>, at most <paramref name="limit"/>.</summary>
    public static string Array(string item, string from, string orderBy, int? limit = null) =>
        $"""
        COALESCE((SELECT jsonb_agg(s.doc ORDER BY s.n) FROM (SELECT {item} AS doc, row_number() OVER (ORDER BY {orderBy}) AS n
                    FROM {from} ORDER BY {orderBy}{(limit is null ? "" : $" LIMIT {limit}")}) s), '[]'::jsonb)
        """;

    /// <summary>The document the statement <paramref name="sql"/> returns as its one column <c>doc</c>; null when it returns no row.</summary>
    public static async Task<T?> QueryAsync<T>(CrmDb db, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken) where T : class
    {
        // SqlQueryRaw reads a scalar from a column named "Value"; ToListAsync sends the statement as written (no wrapping).
        var statement = "SELECT doc::text AS \"Value\" FROM (" + sql + ") AS document";
        var documents = await db.Database.SqlQueryRaw<string>(statement, parameters).ToListAsync(cancellationToken);
        return documents.Count == 0 ? null : JsonSerializer.Deserialize<T>(documents[0], Options);
    }

    /// <summary>Column names as the entities' properties (snake_case); timestamps as UTC, as Npgsql reads timestamptz.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new UtcDateTime() },
    };

    /// <summary>
    /// to_jsonb writes a timestamptz with its offset and a date without one. System.Text.Json would turn the first into
    /// local time; EF Core reads it as UTC, and a date as an unspecified DateTime.
    /// </summary>
    sealed class UtcDateTime : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString()!;
            return text.Length == 10
                ? DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            throw new NotSupportedException("SqlJson reads documents only");
    }
}
