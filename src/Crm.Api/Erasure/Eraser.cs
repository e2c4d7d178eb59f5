using System.Data.Common;
using Crm.Api.AuditLogs;
using Crm.Api.Data;
using Crm.Api.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Api.Erasure;

/// <summary>The records of one customer, by kind, that an erasure rewrites, and what of them was personal.</summary>
public sealed record ErasedRecords(long CustomerId, long[] Contacts, long[] Deals, long[] Activities, long[] Notes, long[] Attachments)
{
    /// <summary>(audit resource type, id) of every record, for the audit log, the event feed and the deliveries.</summary>
    public IEnumerable<(string Type, long Id)> Resources =>
    [
        ("customer", CustomerId), .. Contacts.Select(id => ("contact", id)), .. Deals.Select(id => ("deal", id)),
        .. Activities.Select(id => ("activity", id)), .. Notes.Select(id => ("note", id)), .. Attachments.Select(id => ("attachment", id)),
    ];
}

/// <summary>
/// Erases a customer's personal data (contract section 9) inside the caller's transaction: the rows of the customer, its
/// contacts, deals, activities, notes and attachments keep their ids, amounts, stages, statuses and dates, while names,
/// e-mails, phones, companies and free text become <c>[erased]</c> (nullable ones stay null when they were), and custom
/// field values of text kinds go; then every stored copy: the audit log's values, the event feed's data and changes, webhook
/// delivery payloads and responses, import error rows and job options, and cached idempotent responses. Copies are
/// found by record (everything about the erased records) and by e-mail (anything else that quotes one of the erased
/// addresses: a merge, a failed import row). Rerunning it finds nothing left to change. The attachment bytes are the
/// caller's to remove once this commits (<see cref="ObjectKeysAsync"/>).
/// </summary>
public sealed class Eraser(CrmDb db, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
{
    NpgsqlConnection Connection => (NpgsqlConnection)db.Database.GetDbConnection();

    /// <summary>Erases the customer; false when there is no such customer.</summary>
    public async Task<bool> EraseAsync(long customerId)
    {
        // The customer's row lock serialises erasures of one customer and holds off its writers until this commits.
        var customer = await ReadAsync("SELECT name, email, phone, company FROM customers WHERE id = $1 FOR UPDATE", [customerId], r =>
            new[] { r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3) });
        if (customer is not [var person]) return false;
        var records = await RecordsAsync(customerId);
        var contacts = await ReadAsync("SELECT first_name, last_name, email, phone FROM contacts WHERE id = ANY($1)", [records.Contacts], r =>
            new[] { r.GetString(0), Text(r, 1), Text(r, 2), Text(r, 3), $"{r.GetString(0)} {Text(r, 1)}".Trim() });
        var emails = contacts.Select(c => c[2]).Append(person[1]).OfType<string>().Where(e => e.Contains('@')).ToArray();
        var values = new PersonalData([.. person.OfType<string>(), .. contacts.SelectMany(c => c).OfType<string>()]);

        await EraseRowsAsync(records);
        await EraseCopiesAsync(records, values, emails);

        // Audited without personal data (no changes); each record's event carries its erased state, so that receivers
        // overwrite their copies too.
        foreach (var (type, id) in records.Resources) audit.Record(type, id, "erase", null, null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The customer's records of every kind, deleted ones included.</summary>
    async Task<ErasedRecords> RecordsAsync(long customerId)
    {
        var contacts = await IdsAsync("SELECT id FROM contacts WHERE customer_id = $1", customerId);
        var deals = await IdsAsync("SELECT id FROM deals WHERE customer_id = $1", customerId);
        var activities = await IdsAsync("SELECT id FROM activities WHERE customer_id = $1 OR deal_id = ANY($2) OR contact_id = ANY($3)",
            customerId, deals, contacts);
        var notes = await IdsAsync("SELECT id FROM notes WHERE customer_id = $1 OR deal_id = ANY($2) OR activity_id = ANY($3)",
            customerId, deals, activities);
        var attachments = await IdsAsync("SELECT id FROM attachments WHERE customer_id = $1 OR deal_id = ANY($2) OR activity_id = ANY($3)",
            customerId, deals, activities);
        return new ErasedRecords(customerId, contacts, deals, activities, notes, attachments);
    }

    /// <summary>The store keys of the customer's attachments, for removing their bytes.</summary>
    public async Task<List<string>> ObjectKeysAsync(long customerId)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var records = await RecordsAsync(customerId);
        return await ReadAsync("SELECT object_key FROM attachments WHERE id = ANY($1)", [records.Attachments], r => r.GetString(0));
    }

    async Task EraseRowsAsync(ErasedRecords records)
    {
        var now = time.UtcNowMicroseconds();
        await ExecuteAsync($"""
            UPDATE customers SET name = '{PersonalData.Erased}', email = '{PersonalData.Erased}', {Erase("phone", "company", "role", "notes")},
                custom_fields = custom_fields - $3::text[], updated_at = $2
            WHERE id = $1
            """, records.CustomerId, now, await TextFieldsAsync("customers"));
        await ExecuteAsync($"""
            UPDATE contacts SET first_name = '{PersonalData.Erased}', {Erase("last_name", "email", "phone", "position", "notes")},
                custom_fields = custom_fields - $3::text[], updated_at = $2
            WHERE id = ANY($1)
            """, records.Contacts, now, await TextFieldsAsync("contacts"));
        await ExecuteAsync($"""
            UPDATE deals SET title = '{PersonalData.Erased}', {Erase("description", "lost_reason")},
                custom_fields = custom_fields - $3::text[], updated_at = $2
            WHERE id = ANY($1)
            """, records.Deals, now, await TextFieldsAsync("deals"));
        await ExecuteAsync($"""
            UPDATE activities SET title = '{PersonalData.Erased}', {Erase("description", "outcome")},
                custom_fields = custom_fields - $3::text[], updated_at = $2
            WHERE id = ANY($1)
            """, records.Activities, now, await TextFieldsAsync("activities"));
        await ExecuteAsync($"UPDATE notes SET content = '{PersonalData.Erased}', updated_at = $2 WHERE id = ANY($1)", records.Notes, now);
        // The bytes go from the store once this commits; the rows stay (ids, sizes, dates) as deleted, so nothing offers
        // a download of bytes that are gone. The checksum of the file goes too: it would confirm who holds a copy.
        await ExecuteAsync($"""
            UPDATE attachments SET file_name = '{PersonalData.Erased}', sha256 = repeat('0', 64), deleted_at = coalesce(deleted_at, $2)
            WHERE id = ANY($1)
            """, records.Attachments, now);
    }

    /// <summary>Custom fields whose values are text a person wrote (text, long text, url, e-mail): their values go.</summary>
    async Task<string[]> TextFieldsAsync(string entity) =>
        [.. await ReadAsync("SELECT key FROM crm_custom_fields WHERE entity = $1 AND type IN ('text', 'long_text', 'url', 'email')", [entity],
            r => r.GetString(0))];

    static string Erase(params string[] columns) =>
        string.Join(", ", columns.Select(c => $"{c} = CASE WHEN {c} IS NOT NULL THEN '{PersonalData.Erased}' END"));

    async Task EraseCopiesAsync(ErasedRecords records, PersonalData values, string[] emails)
    {
        var resources = records.Resources.ToHashSet();
        var types = resources.Select(r => r.Type).ToArray();
        var ids = resources.Select(r => r.Id).ToArray();
        var patterns = emails.Select(Search.Contains).ToArray();
        // An import's own audit entry and event name its file, which may be named after the person: imports are few, all are read.
        const string OfTheRecords = "(resource_type, resource_id) IN (SELECT * FROM unnest($1::text[], $2::bigint[])) OR resource_type = 'import'";

        // The audit log is append-only except for this (migrations/000027): the entries' values, in this transaction only.
        await ExecuteAsync("SELECT set_config('crm.erasure', 'on', true)");
        foreach (var row in await ReadAsync($"""
            SELECT id, resource_type, resource_id, changes::text, old_values::text, new_values::text FROM audit_logs
            WHERE {OfTheRecords} OR concat_ws(' ', changes::text, old_values::text, new_values::text) ILIKE ANY($3)
            """, [types, ids, patterns], r => (Id: r.GetInt64(0), Of: resources.Contains((r.GetString(1), r.GetInt64(2))), Columns: new[] { Text(r, 3), Text(r, 4), Text(r, 5) })))
        {
            var scrubbed = row.Columns.Select(c => values.Scrub(c, row.Of)).ToArray();
            if (scrubbed.All(s => s is null)) continue;
            await ExecuteAsync("""
                UPDATE audit_logs SET changes = coalesce($2::jsonb, changes), old_values = coalesce($3::jsonb, old_values),
                    new_values = coalesce($4::jsonb, new_values)
                WHERE id = $1
                """, row.Id, Json(scrubbed[0]), Json(scrubbed[1]), Json(scrubbed[2]));
        }

        // json columns keep the text as written (escapes included): they are compared as jsonb, which decodes them.
        foreach (var row in await ReadAsync($"""
            SELECT id, resource_type, resource_id, data::text, changes::text FROM crm_events
            WHERE {OfTheRecords} OR concat_ws(' ', data::jsonb::text, changes::jsonb::text) ILIKE ANY($3)
            """, [types, ids, patterns], r => (Id: r.GetInt64(0), Of: resources.Contains((r.GetString(1), r.GetInt64(2))), Data: r.GetString(3), Changes: Text(r, 4))))
        {
            var (data, changes) = (values.Scrub(row.Data, row.Of), values.Scrub(row.Changes, row.Of));
            if (data is null && changes is null) continue;
            await ExecuteAsync("UPDATE crm_events SET data = coalesce($2::json, data), changes = coalesce($3::json, changes) WHERE id = $1",
                row.Id, Json(data), Json(changes));
        }

        // A delivery's body is built from its event when it is sent; a receiver's answer may quote what it received.
        foreach (var row in await ReadAsync($"""
            SELECT id, resource_type, resource_id, payload::text, last_response FROM crm_webhook_deliveries
            WHERE {OfTheRecords} OR payload::jsonb::text ILIKE ANY($3) OR last_response ILIKE ANY($3)
            """, [types, ids, patterns], r => (Id: r.GetInt64(0), Of: resources.Contains((r.GetString(1), r.GetInt64(2))), Payload: Text(r, 3), Response: Text(r, 4))))
        {
            var payload = values.Scrub(row.Payload, row.Of);
            var response = row.Response is not null && (row.Of || values.Contains(row.Response)) && row.Response != PersonalData.Erased;
            if (payload is null && !response) continue;
            await ExecuteAsync("""
                UPDATE crm_webhook_deliveries SET payload = coalesce($2::json, payload), last_response = CASE WHEN $3 THEN $4 ELSE last_response END
                WHERE id = $1
                """, row.Id, Json(payload), response, PersonalData.Erased);
        }

        // A merge remembers the fields it copied and the survivor's values before them (unmerge restores those): a merge
        // of one of the records, on either side, or one that copied an erased address.
        foreach (var (table, merged) in new[] { ("crm_customer_merges", new[] { records.CustomerId }), ("crm_contact_merges", records.Contacts) })
            foreach (var row in await ReadAsync($"""
                SELECT id, copied::text, target_id = ANY($1) OR source_id = ANY($1) FROM {table}
                WHERE target_id = ANY($1) OR source_id = ANY($1) OR copied::text ILIKE ANY($2)
                """, [merged, patterns], r => (Id: r.GetInt64(0), Copied: r.GetString(1), Of: r.GetBoolean(2))))
            {
                if (values.Scrub(row.Copied, row.Of) is { } copied)
                    await ExecuteAsync($"UPDATE {table} SET copied = $2::jsonb WHERE id = $1", row.Id, copied);
            }

        // A failed import row about one of the records (or quoting an erased address) keeps its columns, each erased.
        foreach (var row in await ReadAsync("""
            SELECT e.job_id, e.row_number, e.cells::text, e.error_message FROM crm_job_errors e JOIN crm_jobs j ON j.id = e.job_id
            WHERE (j.entity = 'customers' AND e.record_id = $1) OR (j.entity = 'contacts' AND e.record_id = ANY($2))
               OR (j.entity = 'deals' AND e.record_id = ANY($3)) OR (j.entity = 'activities' AND e.record_id = ANY($4))
               OR e.cells::jsonb::text ILIKE ANY($5) OR e.error_message ILIKE ANY($5)
            """, [records.CustomerId, records.Contacts, records.Deals, records.Activities, patterns],
            r => (Job: r.GetInt64(0), Row: r.GetInt64(1), Cells: r.GetString(2), Message: r.GetString(3))))
        {
            await ExecuteAsync("""
                UPDATE crm_job_errors SET cells = (SELECT coalesce(json_object_agg(key, $3), '{}'::json) FROM json_each(cells)),
                    error_message = CASE WHEN $4 THEN $3 ELSE error_message END
                WHERE job_id = $1 AND row_number = $2
                """, row.Job, row.Row, PersonalData.Erased, values.Contains(row.Message));
        }

        // A job's options (a bulk filter searching for a name) and its file's name; jobs are few.
        if (!values.IsEmpty)
            foreach (var row in await ReadAsync("SELECT id, params::text, file_name FROM crm_jobs", [], r => (Id: r.GetInt64(0), Params: r.GetString(1), File: Text(r, 2))))
            {
                var options = values.Scrub(row.Params, ofTheCustomer: false);
                var file = values.Contains(row.File);
                if (options is null && !file) continue;
                await ExecuteAsync("""
                    UPDATE crm_jobs SET params = coalesce($2::jsonb, params), file_name = CASE WHEN $3 THEN $4 ELSE file_name END WHERE id = $1
                    """, row.Id, Json(options), file, PersonalData.Erased);
            }

        // A cached idempotent answer would hand the erased record out again on a replay: it goes (a replay then runs anew).
        string[] locations =
        [
            $"/admin/customers/{records.CustomerId}", .. records.Contacts.Select(id => $"/admin/contacts/{id}"),
            .. records.Deals.Select(id => $"/admin/deals/{id}"), .. records.Activities.Select(id => $"/admin/activities/{id}"),
            .. records.Notes.Select(id => $"/admin/notes/{id}"), .. records.Attachments.Select(id => $"/admin/attachments/{id}"),
        ];
        await ExecuteAsync("""
            DELETE FROM idempotency_keys
            WHERE location = ANY($1) OR EXISTS (SELECT FROM unnest($2::bytea[]) AS e(bytes) WHERE position(e.bytes IN response_body) > 0)
            """, locations, emails.Select(e => System.Text.Encoding.UTF8.GetBytes(e)).ToArray());
    }

    static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A scrubbed document as a text parameter (null: unchanged).</summary>
    static object Json(string? scrubbed) => scrubbed is null ? DBNull.Value : scrubbed;

    async Task<long[]> IdsAsync(string sql, params object[] parameters) => [.. await ReadAsync(sql, parameters, r => r.GetInt64(0))];

    async Task<List<T>> ReadAsync<T>(string sql, object[] parameters, Func<DbDataReader, T> read)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }

    async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    NpgsqlCommand Command(string sql, object[] parameters)
    {
        var command = new NpgsqlCommand(sql, Connection);
        foreach (var value in parameters)
            command.Parameters.Add(value is DBNull ? new NpgsqlParameter { Value = value, NpgsqlDbType = NpgsqlDbType.Text } : new NpgsqlParameter { Value = value });
        return command;
    }
}
