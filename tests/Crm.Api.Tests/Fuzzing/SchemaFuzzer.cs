using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Api.Tests.Fuzzing;

/// <summary>
/// Makes request values from the OpenAPI document's own schemas, seeded: valid ones (types, enums, lengths and formats
/// as documented, examples for patterned strings) and invalid ones (wrong types, missing and unknown members, strings
/// too long or holding NUL, lone surrogates, broken JSON, numbers out of range). Nothing here knows a route: it reads
/// whatever the document says, so it keeps up with the document as it changes.
/// </summary>
public sealed class SchemaFuzzer(JsonNode document, Random random)
{
    static readonly string[] Words = ["1", "2", "3", "0", "-1", "me", "none", "true", "false", "lead", "active", "open", "won", "asc", "desc",
        "created_at", "name", "2026-01-31T12:00:00Z", "2026-13-45", "abc", "", " ", "%", "_", "\\", "'", "\"", "1e308", "99999999999999999999",
        "ñandú", "\u0000", "a,b,,c", "1,2,3", "<script>", "../../etc/passwd", "SELECT 1", "💥"];

    static readonly string[] Ids = ["1", "2", "3", "999999", "0", "-1", "abc", "1.5", "99999999999999999999", "%20", "1;DROP"];

    public bool Chance(int percent) => random.Next(100) < percent;

    T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    JsonNode Resolve(JsonNode schema)
    {
        while (schema["$ref"] is { } reference)
            schema = document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!;
        return schema;
    }

    public string PathValue() => Chance(70) ? Pick(Ids[..4]) : Pick(Ids);

    /// <summary>A query value for a documented parameter: from its schema when it says enough, else a word.</summary>
    public string QueryValue(JsonNode? schema)
    {
        if (schema is not null && Chance(60) && Valid(Resolve(schema), 0) is { } value && value is JsonValue)
            return value.ToJsonString().Trim('"');
        return Chance(30) ? string.Join(',', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Words))) : Pick(Words);
    }

    /// <summary>A request body as text: usually valid for the schema, often broken in one place, sometimes not JSON.</summary>
    public string Body(JsonNode schema)
    {
        var resolved = Resolve(schema);
        var roll = random.Next(100);
        if (roll < 5) return Pick(["", "{", "{\"a\":", "[]", "null", "42", "\"text\"", "{\"name\":\"\\ud800\"}", "{\"name\":\"a\"} trailing"]);
        if (roll < 10) return new string('[', 200) + new string(']', 200);
        var body = Valid(resolved, 0) ?? new JsonObject();
        if (roll < 45 && body is JsonObject obj) Break(resolved, obj);
        return body.ToJsonString();
    }

    /// <summary>One defect in an otherwise valid object.</summary>
    void Break(JsonNode schema, JsonObject body)
    {
        var properties = schema["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        var member = properties.Count > 0 ? Pick(properties) : "name";
        switch (random.Next(8))
        {
            case 0: body.Remove(member); break; // a required member missing, perhaps
            case 1: body[$"unknown_{random.Next(100)}"] = 1; break;
            case 2: body[member] = new JsonArray(1, "two", null); break;
            case 3: body[member] = new string('x', Pick([256, 10_001, 70_000])); break;
            case 4: body[member] = "before\u0000after"; break;
            case 5: body[member] = Pick<JsonNode?>([JsonValue.Create(-1), JsonValue.Create(long.MaxValue), JsonValue.Create(1e300), JsonValue.Create(0.001)]); break;
            case 6: body[member] = null; break;
            default: body[char.ToUpperInvariant(member[0]) + member[1..]] = body[member]?.DeepClone(); body.Remove(member); break;
        }
    }

    /// <summary>A value the schema accepts (as far as this subset of JSON Schema goes), or null.</summary>
    JsonNode? Valid(JsonNode schema, int depth)
    {
        schema = Resolve(schema);
        if (depth > 4) return null;
        if (schema["allOf"] is JsonArray all) return Valid(all[0]!, depth + 1);
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray any) return Valid(any[random.Next(any.Count)]!, depth + 1);
        if (schema["enum"] is JsonArray values) return values[random.Next(values.Count)]?.DeepClone();
        if (schema["examples"] is JsonArray examples && Chance(30)) return examples[0]?.DeepClone();

        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => ["object"],
        };
        var type = types.Count > 1 && Chance(80) ? types.First(t => t != "null") : Pick(types);
        switch (type)
        {
            case "null": return null;
            case "boolean": return Chance(50);
            case "integer":
            {
                var min = (long?)schema["minimum"]?.GetValue<double>() ?? 1;
                var max = (long?)schema["maximum"]?.GetValue<double>() ?? Math.Max(min, 5);
                return JsonValue.Create(min + random.NextInt64(Math.Max(1, Math.Min(max - min + 1, 1000))));
            }
            case "number": return JsonValue.Create(Math.Round(random.NextDouble() * 1000, 2));
            case "string": return String(schema);
            case "array":
                return new JsonArray(Enumerable.Range(0, random.Next(0, 3)).Select(_ => schema["items"] is { } items ? Valid(items, depth + 1) : null).ToArray());
            default:
            {
                var result = new JsonObject();
                var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                    if (required.Contains(name) || Chance(50)) result[name] = Valid(property!, depth + 1);
                return result;
            }
        }
    }

    JsonNode? String(JsonNode schema)
    {
        var format = schema["format"]?.GetValue<string>();
        if (format == "date-time") return DateTime.UtcNow.AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (format == "email") return $"fuzz{random.Next()}@example.com";
        if (schema["pattern"] is not null) return schema["examples"]?[0]?.DeepClone() ?? (JsonNode?)"#1a2b3c";
        var min = (int?)schema["minLength"]?.GetValue<double>() ?? 0;
        var max = (int?)schema["maxLength"]?.GetValue<double>() ?? 40;
        var length = Math.Clamp(random.Next(min, Math.Min(max, 60) + 1), Math.Max(min, 1), Math.Max(max, 1));
        var text = new StringBuilder();
        while (text.Length < length) text.Append(Pick(["a", "B", "7", " ", "é", "ß", "-", "Ω", "名"]));
        return text.ToString(0, length).Trim() is { Length: > 0 } trimmed ? trimmed : "x";
    }
}
