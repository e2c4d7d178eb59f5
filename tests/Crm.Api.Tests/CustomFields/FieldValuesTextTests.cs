using System.Text.Json;
using Crm.Api.CustomFields;

namespace Crm.Api.Tests.CustomFields;

/// <summary>
/// The text form of values (contract section 11: export and import carry them as <c>cf.&lt;key&gt;</c> columns): what an
/// export writes for a stored value reads back, through the import's parser, as that very value; bad cells are refused.
/// </summary>
public class FieldValuesTextTests
{
    /// <summary>Type, a stored value (JSON), the cell an export writes for it, and a cell an import must refuse.</summary>
    public static TheoryData<string, string, string, string> Cells => new()
    {
        { "text", "\"Ada; Lovelace, Countess\"", "Ada; Lovelace, Countess", new string('x', 256) },
        { "long_text", "\"line one\\nline two\"", "line one\nline two", new string('x', 10_001) },
        { "number", "-12.5", "-12.5", "12,5" },
        { "currency", "1234.99", "1234.99", "1.234" },
        { "date", "\"2028-02-29\"", "2028-02-29", "2026-02-30" },
        { "datetime", "\"2026-01-31T12:00:00.25Z\"", "2026-01-31T12:00:00.25Z", "31/01/2026 12:00" },
        { "boolean", "false", "false", "no" },
        { "select", "\"b\"", "b", "c" },
        { "multi_select", "[\"b\",\"a\"]", "b;a", "a;z" },
        { "url", "\"https://example.com/docs?x=1\"", "https://example.com/docs?x=1", "example.com" },
        { "email", "\"ada@example.com\"", "ada@example.com", "ada-at-example" },
        { "user", "7", "7", "-7" },
    };

    static CustomField Field(string type) => new()
    {
        Entity = FieldEntity.Customers, Key = "k", Label = "K", Type = type,
        Currency = type == FieldType.Currency ? "EUR" : null,
        Options = FieldType.HasOptions(type) ? """[{"value":"a","label":"A"},{"value":"b","label":"B"}]""" : null,
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void AnExportedCellImportsAsTheSameValue(string type, string stored, string cell, string bad)
    {
        var field = Field(type);
        var value = JsonSerializer.Deserialize<JsonElement>(stored);

        FieldValues.ToText(value).ShouldBe(cell);
        var read = FieldValues.FromText(field, cell);
        read.Problem.ShouldBeNull();
        read.Value!.ToJsonString().ShouldBe(stored);

        FieldValues.FromText(field, bad).Problem.ShouldNotBeNull();
        // A blank cell is no value (an import leaves or clears the key, as a null would).
        (FieldValues.FromText(field, "  ") is { Problem: null, Value: null }).ShouldBeTrue();
    }
}
