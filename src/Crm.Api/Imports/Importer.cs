using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Api.Activities;
using Crm.Api.AuditLogs;
using Crm.Api.Contacts;
using Crm.Api.CustomFields;
using Crm.Api.Customers;
using Crm.Api.Data;
using Crm.Api.Deals;
using Crm.Api.Http;
using Crm.Api.Jobs;
using Crm.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Imports;

/// <summary>What became of one row.</summary>
public sealed record RowOutcome(string Kind, long? RecordId = null, string? Code = null, string? Field = null, string? Message = null)
{
    public const string Created = "created", Updated = "updated", Unchanged = "unchanged", Failed = "failed";

    public static RowOutcome Fail(string code, string? field, string message) => new(Failed, null, code, field, message);
}

/// <summary>
/// Applies the rows of an import, one at a time, through the resource's own create and update handlers: a row is checked,
/// written, audited and evented exactly as a POST or PUT with the same members would be, as the job's user. The importer
/// only turns the row into that body: cells into members (an empty cell is not sent, so it leaves the stored value
/// unchanged; <c>\N</c> is null, so it clears), references by e-mail or external_id into ids, and the match key into the
/// record to update. Each row has a savepoint: one that fails at the database (a duplicate e-mail) fails alone.
/// </summary>
public sealed class Importer(BatchScope scope, JobParams options, ImportColumns columns, TimeProvider time)
{
    readonly CrmDb _db = scope.Db;
    readonly CurrentUser _user = scope.User;
    readonly AuditTrail _audit = scope.Context.RequestServices.GetRequiredService<AuditTrail>();
    readonly CustomFieldCache _fields = scope.Context.RequestServices.GetRequiredService<CustomFieldCache>();
    readonly Dictionary<string, (string? Field, string? Problem)> _targets = new(StringComparer.Ordinal);
    /// <summary>The custom field definitions, read once per batch (as a request reads them once).</summary>
    FieldSchema? _schema;

    string Mode => options.Mode!;
    string MatchOn => options.MatchOn!;

    public async Task<RowOutcome> ApplyAsync(ImportRow row, CancellationToken cancellationToken)
    {
        if (row.Problem is not null) return RowOutcome.Fail("VALIDATION_FAILED", null, $"row {row.Problem}");
        _schema ??= await _fields.CurrentAsync(cancellationToken);
        var (body, references, problem) = Read(row, _schema);
        if (problem is not null) return problem;

        await scope.Transaction.CreateSavepointAsync("row", cancellationToken);
        try
        {
            var outcome = await ApplyAsync(body!, references!, cancellationToken);
            if (outcome.Kind == RowOutcome.Failed) await scope.Transaction.RollbackToSavepointAsync("row", cancellationToken);
            else await scope.Transaction.ReleaseSavepointAsync("row", cancellationToken);
            return outcome;
        }
        catch (Exception e) when (e is JsonException or DbUpdateException or Npgsql.PostgresException && !ErrorHandlingMiddleware.IsDatabaseUnavailable(e))
        {
            // A member of the wrong type, or a constraint that decided it (a duplicate e-mail or external_id): the row fails as
            // its request would have, alone.
            await scope.Transaction.RollbackToSavepointAsync("row", cancellationToken);
            var (_, code, message, data) = ErrorHandlingMiddleware.Classify(e, conditional: false);
            return RowOutcome.Fail(code, FieldOf(code, (data as ValidationErrors)?.Errors.Keys.FirstOrDefault()), message);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>The row as a body (members by field name) and its references; or why it cannot be.</summary>
    (JsonObject?, Dictionary<string, string?>?, RowOutcome?) Read(ImportRow row, FieldSchema schema)
    {
        var body = new JsonObject();
        var references = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var cell in row.Cells)
        {
            if (!_targets.TryGetValue(cell.Column, out var target)) _targets[cell.Column] = target = columns.Target(cell.Column, options.Mapping, schema);
            if (target.Problem is not null) return (null, null, RowOutcome.Fail("VALIDATION_FAILED", cell.Column, $"{cell.Column} {target.Problem}"));
            if (target.Field is not { } field || cell.Absent) continue;
            if (columns.References.Contains(field))
            {
                references[field] = cell.Value?.ToString();
                continue;
            }
            if (ImportColumns.IsCustomField(field))
            {
                var key = ImportColumns.KeyOf(field);
                var (typed, invalid) = ImportColumns.Convert(schema.Active(columns.Entity, key)!, cell.Value?.DeepClone(), options.Format == ImportFile.Csv);
                if (invalid is not null) return (null, null, RowOutcome.Fail("VALIDATION_FAILED", cell.Column, $"{cell.Column} {invalid}"));
                // A blank text cell is no value: like an empty one, it leaves the stored value (only \N clears, section 9).
                if (typed is null && cell.Value is not null) continue;
                var custom = body["custom_fields"] as JsonObject ?? (JsonObject)(body["custom_fields"] = new JsonObject());
                custom[key] = typed;
                continue;
            }
            var (value, problem) = columns.Convert(field, cell.Value);
            if (problem is not null) return (null, null, RowOutcome.Fail("VALIDATION_FAILED", cell.Column, $"{cell.Column} {problem}"));
            body[field] = value;
        }
        return (body, references, null);
    }

    async Task<RowOutcome> ApplyAsync(JsonObject body, Dictionary<string, string?> references, CancellationToken cancellationToken)
    {
        long? customerId = null;
        if (columns.Entity == "contacts" && references.TryGetValue("customer_id", out var rawId))
        {
            if (!long.TryParse(rawId, out var id) || id <= 0) return RowOutcome.Fail("VALIDATION_FAILED", Column("customer_id"), "customer_id must be a positive integer id");
            customerId = id;
        }
        if (await ResolveCustomerAsync(references, cancellationToken) is var (resolved, customerProblem) && customerProblem is not null) return customerProblem;
        customerId ??= resolved;
        if (resolved is not null && columns.Entity is "deals" or "activities") body["customer_id"] = resolved;
        customerId ??= body["customer_id"]?.GetValueKind() == JsonValueKind.Number ? body["customer_id"]!.GetValue<long>() : null;
        if (await ResolveOthersAsync(body, references, customerId, cancellationToken) is { } referenceProblem) return referenceProblem;

        long? match = null;
        if (Mode != "create")
        {
            var key = MatchOn == "email" ? body["email"] : body["external_id"];
            if (key is null || key.GetValueKind() != JsonValueKind.String || key.GetValue<string>().Trim().Length == 0)
                return RowOutcome.Fail("VALIDATION_FAILED", Column(MatchOn), $"{MatchOn} is required to find the record to update");
            var ids = await MatchAsync(key.GetValue<string>().Trim(), customerId, cancellationToken);
            if (ids.Count > 1)
                return RowOutcome.Fail("AMBIGUOUS_MATCH", Column(MatchOn), $"{ids.Count} records have this {MatchOn}: {string.Join(", ", ids)}");
            if (ids.Count == 1) match = ids[0];
            else if (Mode == "update") return RowOutcome.Fail(NotFoundCode, Column(MatchOn), $"No {Singular} has this {MatchOn}");
        }

        if (match is null && columns.Entity == "contacts" && customerId is null)
            return RowOutcome.Fail("VALIDATION_FAILED", Column("customer_id"), "customer_id, customer_email or customer_external_id is required");
        var result = match is { } id2 ? await UpdateAsync(id2, body, cancellationToken) : await CreateAsync(body, customerId, cancellationToken);
        return Interpret(result, creating: match is null);
    }

    /// <summary>A customer named by customer_email or customer_external_id (within the user's read reach).</summary>
    async Task<(long?, RowOutcome?)> ResolveCustomerAsync(Dictionary<string, string?> references, CancellationToken cancellationToken)
    {
        var customers = _db.Customers.Within(_db, _user, Permission.CustomersRead).Where(c => c.DeletedAt == null);
        if (references.GetValueOrDefault("customer_email") is { } email)
            return await One(customers.Where(c => c.Email.ToLower() == email.Trim().ToLower()).Select(c => c.Id), "customer_email", "customer", cancellationToken);
        if (references.GetValueOrDefault("customer_external_id") is { } externalId)
            return await One(customers.Where(c => c.ExternalId == externalId.Trim()).Select(c => c.Id), "customer_external_id", "customer", cancellationToken);
        return (null, null);
    }

    /// <summary>The deal and contact a deal or activity names by external_id or e-mail, into deal_id and contact_id.</summary>
    async Task<RowOutcome?> ResolveOthersAsync(JsonObject body, Dictionary<string, string?> references, long? customerId,
        CancellationToken cancellationToken)
    {
        if (references.GetValueOrDefault("deal_external_id") is { } dealId)
        {
            var (id, problem) = await One(_db.Deals.Within(_db, _user, Permission.DealsRead).Where(d => d.DeletedAt == null && d.ExternalId == dealId.Trim())
                .Select(d => d.Id), "deal_external_id", "deal", cancellationToken);
            if (problem is not null) return problem;
            body["deal_id"] = id;
        }
        var contacts = _db.Contacts.Within(_db, _user, Permission.ContactsRead).Where(c => c.DeletedAt == null);
        (long?, RowOutcome?) contact = (null, null);
        if (references.GetValueOrDefault("contact_external_id") is { } contactId)
            contact = await One(contacts.Where(c => c.ExternalId == contactId.Trim()).Select(c => c.Id), "contact_external_id", "contact", cancellationToken);
        else if (references.GetValueOrDefault("contact_email") is { } email)
            // Contacts are found by e-mail within their customer.
            contact = await One(contacts.Where(c => c.CustomerId == customerId && c.Email!.ToLower() == email.Trim().ToLower()).Select(c => c.Id),
                "contact_email", "contact of the customer", cancellationToken);
        if (contact.Item2 is not null) return contact.Item2;
        if (contact.Item1 is { } found) body["contact_id"] = found;
        return null;
    }

    async Task<(long?, RowOutcome?)> One(IQueryable<long> ids, string reference, string what, CancellationToken cancellationToken)
    {
        var found = await ids.Take(2).ToListAsync(cancellationToken);
        return found switch
        {
            [var id] => (id, null),
            [] => (null, RowOutcome.Fail("VALIDATION_FAILED", Column(reference), $"{reference} does not name an existing {what}")),
            _ => (null, RowOutcome.Fail("AMBIGUOUS_MATCH", Column(reference), $"{reference} names more than one {what}")),
        };
    }

    /// <summary>The live records the match key finds (contacts by e-mail: within their customer).</summary>
    async Task<List<long>> MatchAsync(string key, long? customerId, CancellationToken cancellationToken)
    {
        var lower = key.ToLower();
        IQueryable<long> ids = (columns.Entity, MatchOn) switch
        {
            ("customers", "email") => _db.Customers.Within(_db, _user, Permission.CustomersRead).Where(c => c.DeletedAt == null && c.Email.ToLower() == lower).Select(c => c.Id),
            ("customers", _) => _db.Customers.Within(_db, _user, Permission.CustomersRead).Where(c => c.DeletedAt == null && c.ExternalId == key).Select(c => c.Id),
            ("contacts", "email") => _db.Contacts.Within(_db, _user, Permission.ContactsRead)
                .Where(c => c.DeletedAt == null && c.CustomerId == customerId && c.Email!.ToLower() == lower).Select(c => c.Id),
            ("contacts", _) => _db.Contacts.Within(_db, _user, Permission.ContactsRead).Where(c => c.DeletedAt == null && c.ExternalId == key).Select(c => c.Id),
            ("deals", _) => _db.Deals.Within(_db, _user, Permission.DealsRead).Where(d => d.DeletedAt == null && d.ExternalId == key).Select(d => d.Id),
            _ => _db.Activities.Within(_db, _user, Permission.ActivitiesRead).Where(a => a.DeletedAt == null && a.ExternalId == key).Select(a => a.Id),
        };
        return await ids.OrderBy(id => id).Take(10).ToListAsync(cancellationToken);
    }

    Task<IResult> CreateAsync(JsonObject body, long? customerId, CancellationToken cancellationToken)
    {
        var (db, user, audit, fields) = (_db, _user, _audit, _fields);
        return columns.Entity switch
        {
            "customers" => CustomerEndpoints.Create(Body<CustomerRequest>(body), user, db, audit, time, fields, cancellationToken),
            "contacts" => ContactEndpoints.Create(customerId!.Value, Body<ContactRequest>(body), user, db, audit, time, fields, cancellationToken),
            "deals" => DealEndpoints.Create(Body<DealRequest>(body), user, db, audit, time, fields, cancellationToken),
            _ => ActivityEndpoints.Create(Body<ActivityRequest>(body), user, db, audit, time, fields, cancellationToken),
        };
    }

    Task<IResult> UpdateAsync(long id, JsonObject body, CancellationToken cancellationToken)
    {
        var (db, user, audit, fields, request, response) = (_db, _user, _audit, _fields, scope.Context.Request, scope.Context.Response);
        return columns.Entity switch
        {
            "customers" => CustomerEndpoints.UpdateAsync(id, Body<CustomerUpdate>(body), request, response, user, db, audit, time, fields, cancellationToken),
            "contacts" => ContactEndpoints.Replace(id, Body<ContactUpdate>(body), request, response, user, db, audit, time, fields, cancellationToken),
            "deals" => DealEndpoints.UpdateAsync(id, Body<DealUpdate>(body), request, response, user, db, audit, time, fields, cancellationToken),
            _ => ActivityEndpoints.UpdateAsync(id, Body<ActivityUpdate>(body), request, response, user, db, audit, time, fields, cancellationToken),
        };
    }

    /// <summary>The body record, read from the row's members as a request body is read (a value of the wrong type fails here).</summary>
    static T Body<T>(JsonObject body) => body.Deserialize<T>(JsonConfig.Options)!;

    /// <summary>The handler's answer as the row's outcome; an update that wrote no audit row changed nothing.</summary>
    RowOutcome Interpret(IResult result, bool creating)
    {
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var value = (result as IValueHttpResult)?.Value;
        if (value is ErrorBody error)
        {
            // An update with nothing to change (every cell empty but the key) is unchanged, not an error.
            if (error.Code == "NO_UPDATES") return new RowOutcome(RowOutcome.Unchanged);
            var field = (error.Data as ValidationErrors)?.Errors.Keys.FirstOrDefault();
            return RowOutcome.Fail(error.Code, FieldOf(error.Code, field), error.Message);
        }
        var id = value?.GetType().GetProperty("Id")?.GetValue(value) as long?;
        if (status == StatusCodes.Status201Created || creating) return new RowOutcome(RowOutcome.Created, id);
        var audited = _db.ChangeTracker.Entries<AuditLog>().Any();
        return new RowOutcome(audited ? RowOutcome.Updated : RowOutcome.Unchanged, id);
    }

    /// <summary>The file column behind a field the API named (or that a conflict code implies).</summary>
    string? FieldOf(string code, string? field) => Column(field ?? code switch
    {
        "EMAIL_EXISTS" => "email",
        "EXTERNAL_ID_EXISTS" => "external_id",
        "INVALID_STAGE" or "INVALID_TRANSITION" => "stage",
        _ => null,
    });

    /// <summary>The file column behind a field the API named (<c>custom_fields.key</c> is the <c>cf.key</c> column).</summary>
    string? Column(string? field)
    {
        if (field is null) return null;
        if (field.StartsWith(CustomFieldMember, StringComparison.Ordinal)) field = ImportColumns.CustomFieldPrefix + field[CustomFieldMember.Length..];
        return _targets.FirstOrDefault(t => t.Value.Field == field).Key ?? field;
    }

    const string CustomFieldMember = "custom_fields.";

    string Singular => columns.Entity switch { "customers" => "customer", "contacts" => "contact", "deals" => "deal", _ => "activity" };

    string NotFoundCode => $"{Singular.ToUpperInvariant()}_NOT_FOUND";
}
