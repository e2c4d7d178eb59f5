using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Crm.Api.Http;

/// <summary>JSON conventions of the contract: snake_case, RFC 3339 UTC timestamps, strict request bodies.</summary>
public static partial class JsonConfig
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        // Unknown and read-only members are refused rather than silently dropped (contract section 1).
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        // Member names are exact: "Name" is not "name" (the web defaults match ignoring case).
        options.PropertyNameCaseInsensitive = false;
        options.Converters.Add(new UtcTimestampConverter());
        return options;
    }

    /// <summary>Writes UTC with a Z; reads any RFC 3339 timestamp that carries an offset, and stores it as UTC.</summary>
    sealed class UtcTimestampConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && Rfc3339().IsMatch(text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                return value.UtcDateTime;
            throw new JsonException("must be an RFC 3339 timestamp such as 2026-01-31T12:00:00Z");
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
        {
            var utc = value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
            writer.WriteStringValue(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})\z")]
    private static partial Regex Rfc3339();
}

/// <summary>
/// A request member of PUT and PATCH: absent, blank (<c>""</c> after trimming, which the Go original read as "leave it
/// unchanged"), null (clear it), or a value. <see cref="IsSet"/> is true when the member was sent at all.
/// </summary>
[JsonConverter(typeof(OptionalConverterFactory))]
public readonly record struct Optional<T>(bool IsSet, T? Value, bool IsBlank = false) : IOptional
{
    public static implicit operator Optional<T>(T? value) => new(true, value);

    /// <summary>Sent with something to store: null or a value, not blank.</summary>
    public bool Changes => IsSet && !IsBlank;
}

public interface IOptional
{
    bool IsSet { get; }
}

sealed class OptionalConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
    {
        public override bool HandleNull => true;

        // The value's own converter is called directly so that errors keep the member's JSON path.
        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return new(true, default);
            // "" means "unchanged" for every member, whatever its type (a Go-era form sends "" for an untouched date).
            if (reader.TokenType == JsonTokenType.String && string.IsNullOrWhiteSpace(reader.GetString())) return new(true, default, IsBlank: true);
            return new(true, ((JsonConverter<T>)options.GetConverter(typeof(T))).Read(ref reader, typeof(T), options));
        }

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}
