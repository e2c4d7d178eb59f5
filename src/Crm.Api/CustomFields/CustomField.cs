using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Api.CustomFields;

/// <summary>A custom field's definition (contract section 11): what one key of a record's <c>custom_fields</c> holds.</summary>
public sealed class CustomField
{
    public long Id { get; set; }
    public required string Entity { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
    public required string Type { get; set; }
    /// <summary>The options of a select field, as JSON (<c>[{value, label, color}]</c>); null for other types.</summary>
    public string? Options { get; set; }
    public string? Currency { get; set; }
    public bool Required { get; set; }
    public bool Unique { get; set; }
    public bool Filterable { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }
    public bool Archived { get; set; }
    public string IndexState { get; set; } = FieldIndexState.Ready;
    public string? IndexError { get; set; }
    public int IndexGeneration { get; set; }
    public DateTime? DeletedAt { get; set; }
    public DateTime? PurgeAfter { get; set; }
    public long? PurgeCursor { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }

    /// <summary>The options, parsed (empty for types without options).</summary>
    public IReadOnlyList<FieldOption> OptionList() =>
        Options is null ? [] : JsonSerializer.Deserialize<List<FieldOption>>(Options, Http.JsonConfig.Options) ?? [];

    /// <summary>Live and not archived: its values are shown, written and filtered.</summary>
    public bool IsActive => !Archived && DeletedAt is null;

    /// <summary>The indexes this definition wants: a range/sort index when filterable, a unique index when unique.</summary>
    public bool WantsIndexes => DeletedAt is null && (Filterable || Unique);
}

public sealed record FieldOption(string Value, string Label, string? Color);

public static class FieldEntity
{
    public const string Customers = "customers", Contacts = "contacts", Deals = "deals", Activities = "activities";
    /// <summary>The entity names, which are also their tables' names.</summary>
    public static readonly string[] All = [Customers, Contacts, Deals, Activities];
}

public static class FieldType
{
    public const string Text = "text", LongText = "long_text", Number = "number", Currency = "currency", Date = "date", DateTime = "datetime",
        Boolean = "boolean", Select = "select", MultiSelect = "multi_select", Url = "url", Email = "email", User = "user";

    public static readonly string[] All = [Text, LongText, Number, Currency, Date, DateTime, Boolean, Select, MultiSelect, Url, Email, User];

    /// <summary>Types with <c>options</c>.</summary>
    public static bool HasOptions(string type) => type is Select or MultiSelect;

    /// <summary>Types that take <c>cf.key_min</c>/<c>_max</c>.</summary>
    public static bool HasRange(string type) => type is Number or Currency or Date or DateTime;

    /// <summary>A list of values has no single order: it filters, but does not sort.</summary>
    public static bool Sorts(string type) => type != MultiSelect;

    /// <summary>Types whose values can be unique among records (a flag, a long text or a set of options cannot, usefully).</summary>
    public static bool MayBeUnique(string type) => type is not (Boolean or MultiSelect or LongText);
}

public static class FieldIndexState
{
    public const string Pending = "pending", Building = "building", Ready = "ready", Failed = "failed";
    public static readonly string[] All = [Pending, Building, Ready, Failed];
}

sealed class CustomFieldConfiguration : IEntityTypeConfiguration<CustomField>
{
    public void Configure(EntityTypeBuilder<CustomField> builder)
    {
        builder.ToTable("crm_custom_fields");
        builder.Property(f => f.Version).IsRowVersion();
        builder.Property(f => f.Options).HasColumnType("jsonb");
    }
}
