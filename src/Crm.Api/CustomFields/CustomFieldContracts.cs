using System.ComponentModel;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.Api.Http;

namespace Crm.Api.CustomFields;

public sealed record CustomFieldResponse(
    long Id, string Entity, string Key, string Label, string Type, IReadOnlyList<FieldOption>? Options, string? Currency, bool Required,
    bool Unique, bool Filterable, string? Description, int Order, bool Archived, string IndexState, string? IndexError,
    DateTime? DeletedAt, DateTime? PurgeAfter, DateTime CreatedAt, DateTime UpdatedAt, [property: Description(Preconditions.VersionDescription)] string Version);

/// <summary>Body of PUT: only the members sent are changed; <c>entity</c>, <c>key</c> and <c>currency</c> are fixed at creation.</summary>
public record CustomFieldUpdate : UpdateBody
{
    public Optional<string> Label { get; init; }
    public Optional<string> Type { get; init; }
    public Optional<FieldOption[]?> Options { get; init; }
    public Optional<bool?> Required { get; init; }
    public Optional<bool?> Unique { get; init; }
    public Optional<bool?> Filterable { get; init; }
    public Optional<string?> Description { get; init; }
    public Optional<int?> Order { get; init; }
    public Optional<bool?> Archived { get; init; }
}

/// <summary>Body of POST: entity, key, label and type are required; options for select types, currency for currency.</summary>
public sealed record CustomFieldRequest : CustomFieldUpdate
{
    public Optional<string> Entity { get; init; }
    public Optional<string> Key { get; init; }
    public Optional<string?> Currency { get; init; }
}

/// <summary>A JSON Schema (2020-12) of each entity's <c>custom_fields</c> object, for validating forms.</summary>
public sealed record CustomFieldSchemasResponse(JsonElement Customers, JsonElement Contacts, JsonElement Deals, JsonElement Activities);

public static partial class CustomFieldMapping
{
    public const int MaxLabel = 100, MaxDescription = 500, MaxOptions = 200, MaxOptionValue = 100;

    public static CustomFieldResponse ToResponse(this CustomField f) =>
        new(f.Id, f.Entity, f.Key, f.Label, f.Type, FieldType.HasOptions(f.Type) ? f.OptionList() : null, f.Currency, f.Required, f.Unique,
            f.Filterable, f.Description, f.Order, f.Archived, f.IndexState, f.IndexError, f.DeletedAt, f.PurgeAfter, f.CreatedAt, f.UpdatedAt,
            Preconditions.Version(f.Version));

    /// <summary>Validates the members a POST or PUT sends and merges them into the definition.</summary>
    public static Validator ApplyTo(this CustomFieldUpdate body, CustomField field, ReadOnlyMembers readOnly, bool creating = false)
    {
        var v = new Validator(creating);
        if (body is CustomFieldRequest create)
        {
            field.Entity = v.OneOf("entity", create.Entity, FieldEntity.All, field.Entity);
            field.Key = v.Required("key", create.Key, 40, field.Key, key =>
            {
                if (!KeyPattern().IsMatch(key)) v.Add("key", "must be a lower-case slug: a letter, then letters, digits or _ (at most 40)");
                else if (ReservedSuffix().IsMatch(key)) v.Add("key", "must not end in _min, _max or _empty (those are the filters' suffixes)");
                return key;
            });
            field.Currency = v.Optional("currency", create.Currency, 3, field.Currency, currency =>
                CurrencyPattern().IsMatch(currency) ? currency : Refuse<string>(v, "currency", "must be an ISO 4217 code of three upper-case letters, such as EUR"));
        }
        field.Label = v.Required("label", body.Label, MaxLabel, field.Label);
        field.Type = v.OneOf("type", body.Type, FieldType.All, field.Type);
        if (body.Options.Changes) field.Options = body.Options.Value is null ? null : Options(v, body.Options.Value);
        field.Required = v.Value("required", body.Required, field.Required);
        field.Unique = v.Value("unique", body.Unique, field.Unique);
        field.Filterable = v.Value("filterable", body.Filterable, field.Filterable);
        field.Description = v.Optional("description", body.Description, MaxDescription, field.Description);
        field.Order = v.Value("order", body.Order, field.Order, order => order < 0 ? Refuse(v, "order", "must be 0 or greater", order) : order);
        field.Archived = v.Value("archived", body.Archived, field.Archived);

        // The rules between members, on the definition as it would be stored.
        if (FieldType.HasOptions(field.Type) && field.Options is null) v.Add("options", $"are required for a {field.Type} field");
        if (!FieldType.HasOptions(field.Type) && field.Options is not null && body.Options.Changes)
            v.Add("options", $"are only for select and multi_select fields, not {field.Type}");
        if (!FieldType.HasOptions(field.Type)) field.Options = null;
        if (field.Type == FieldType.Currency && field.Currency is null) v.Add("currency", "is required for a currency field (its amounts' one currency)");
        if (field.Type != FieldType.Currency && field.Currency is not null && creating) v.Add("currency", "is only for currency fields");
        if (field.Unique && !FieldType.MayBeUnique(field.Type)) v.Add("unique", $"a {field.Type} field cannot be unique");
        readOnly.Check(body.Extra, v);
        return v;
    }

    static string Options(Validator v, FieldOption[] options)
    {
        if (options.Length is 0 or > MaxOptions) v.Add("options", $"must list 1 to {MaxOptions} options");
        for (var i = 0; i < options.Length; i++)
        {
            var option = options[i];
            var value = option.Value?.Trim();
            if (string.IsNullOrEmpty(value) || value.Length > MaxOptionValue || value.Contains(',') || value.Contains(FieldValues.ListSeparator))
                v.Add($"options[{i}].value", $"must be 1 to {MaxOptionValue} characters without a comma or a semicolon (they separate values in filters and cells)");
            v.Required($"options[{i}].label", option.Label, MaxLabel);
            v.Color($"options[{i}].color", option.Color);
        }
        if (options.Select(o => o.Value?.Trim()).Distinct(StringComparer.Ordinal).Count() != options.Length) v.Add("options", "must not repeat a value");
        return JsonSerializer.Serialize(options.Select(o => new FieldOption(o.Value?.Trim() ?? "", o.Label?.Trim() ?? "", o.Color)), JsonConfig.Options);
    }

    static T Refuse<T>(Validator v, string member, string problem, T value = default!)
    {
        v.Add(member, problem);
        return value;
    }

    /// <summary>What a GET shows that a PUT may echo but not change.</summary>
    public static ReadOnlyMembers ReadOnly(this CustomField f) =>
        ReadOnlyMembers.Record(f.Id, f.CreatedAt, f.UpdatedAt, f.DeletedAt, f.Version).Stored("entity", f.Entity).Stored("key", f.Key)
            .Stored("currency", f.Currency).Stored("index_state", f.IndexState).Stored("index_error", f.IndexError)
            .Stored("purge_after", f.PurgeAfter);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("_(min|max|empty)$")]
    private static partial Regex ReservedSuffix();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
