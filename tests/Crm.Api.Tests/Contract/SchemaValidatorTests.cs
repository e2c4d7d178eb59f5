using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Api.Tests.Contract;

/// <summary>The validator behind the operation contract test fails what it should, so a pass there means something.</summary>
public class SchemaValidatorTests
{
    static readonly JsonNode Document = JsonNode.Parse("""
        {"components": {"schemas": {
          "Tag": {"type": "object", "required": ["id", "color"], "additionalProperties": false, "properties": {
            "id": {"type": "integer", "format": "int64"},
            "color": {"type": ["null", "string"], "pattern": "^#[0-9A-F]{6}$"},
            "kind": {"enum": ["open", "won", null], "type": ["null", "string"]},
            "at": {"type": "string", "format": "date-time"}}},
          "Page": {"oneOf": [
            {"type": "object", "required": ["total"], "properties": {"total": {"type": "integer"}}},
            {"type": "object", "required": ["next_cursor"], "properties": {"next_cursor": {"type": ["null", "string"]}}}]},
          "Offset": {"type": "object", "required": ["paging", "total"], "properties": {"paging": {"enum": ["offset"]}, "total": {"type": "integer"}}},
          "Cursor": {"type": "object", "required": ["paging"], "properties": {"paging": {"enum": ["cursor"]}}},
          "Tagged": {"oneOf": [{"$ref": "#/components/schemas/Offset"}, {"$ref": "#/components/schemas/Cursor"}],
            "discriminator": {"propertyName": "paging", "mapping": {"offset": "#/components/schemas/Offset", "cursor": "#/components/schemas/Cursor"}}},
          "Ids": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "integer"}}
        }}}
        """)!;

    static List<string> Check(string schema, string json) =>
        new SchemaValidator(Document).Validate(JsonNode.Parse($$"""{"$ref": "#/components/schemas/{{schema}}"}""")!, JsonDocument.Parse(json).RootElement);

    [Fact]
    public void AcceptsAValidObject() =>
        Check("Tag", """{"id": 1, "color": null, "kind": "won", "at": "2026-01-31T12:00:00.5Z"}""").ShouldBeEmpty();

    [Theory]
    [InlineData("""{"color": null}""", "required member 'id'")]
    [InlineData("""{"id": 1, "color": null, "extra": 1}""", "'extra' is not in the schema")]
    [InlineData("""{"id": 1.5, "color": null}""", "is not integer")]
    [InlineData("""{"id": "1", "color": null}""", "is not integer")]
    [InlineData("""{"id": 1, "color": "red"}""", "does not match")]
    [InlineData("""{"id": 1, "color": null, "kind": "lost"}""", "is not one of")]
    [InlineData("""{"id": 1, "color": null, "at": "2026-01-31 12:00"}""", "RFC 3339")]
    public void RejectsWhatTheSchemaForbids(string json, string problem) =>
        string.Join("\n", Check("Tag", json)).ShouldContain(problem);

    [Fact]
    public void OneOfNeedsExactlyOneMatch()
    {
        Check("Page", """{"total": 3}""").ShouldBeEmpty();
        Check("Page", """{"next_cursor": null}""").ShouldBeEmpty();
        string.Join("\n", Check("Page", """{"total": 3, "next_cursor": null}""")).ShouldContain("matches 2 of the oneOf");
        string.Join("\n", Check("Page", """{}""")).ShouldContain("matches 0 of the oneOf");
    }

    [Fact]
    public void ADiscriminatorMustNameAMappedAlternativeThatMatches()
    {
        Check("Tagged", """{"paging": "offset", "total": 1}""").ShouldBeEmpty();
        Check("Tagged", """{"paging": "cursor"}""").ShouldBeEmpty();
        string.Join("\n", Check("Tagged", """{"total": 1}""")).ShouldContain("discriminator 'paging' is missing or not mapped");
        string.Join("\n", Check("Tagged", """{"paging": "keyset"}""")).ShouldContain("discriminator 'paging' is missing or not mapped");
        string.Join("\n", Check("Tagged", """{"paging": "offset"}""")).ShouldContain("required member 'total'");
    }

    [Theory]
    [InlineData("[]", "fewer than 1 items")]
    [InlineData("[1, 2, 3]", "more than 2 items")]
    public void ArraysKeepTheirItemCounts(string json, string problem) => string.Join("\n", Check("Ids", json)).ShouldContain(problem);

    [Fact]
    public void RefusesKeywordsOutsideItsSubset() =>
        Should.Throw<NotSupportedException>(() =>
            new SchemaValidator(Document).Validate(JsonNode.Parse("""{"not": {}}""")!, JsonDocument.Parse("1").RootElement));
}
