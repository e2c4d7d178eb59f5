using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Crm.Api.Imports;

/// <summary>One cell of a row: its column, the text as the file has it (for the errors file), and what it says.</summary>
/// <param name="Absent">Nothing to do: an empty CSV cell, which leaves the stored value unchanged.</param>
/// <param name="Value">The value: a string (a CSV cell), any JSON value (JSON Lines), or null (<c>\N</c>, JSON null), which clears.</param>
public sealed record ImportCell(string Column, string Text, bool Absent, JsonNode? Value);

/// <summary>A data row: its number (from 1, the header is not a row), its cells, or why it cannot be read.</summary>
public sealed record ImportRow(long Number, IReadOnlyList<ImportCell> Cells, string? Problem = null);

/// <summary>
/// Reads an import file as rows, streaming (never the whole file in memory): CSV by RFC 4180 with a header row, UTF-8
/// with or without a byte order mark, the separator (<c>,</c> or <c>;</c>) detected (CsvHelper); or JSON Lines, an
/// object per line. A CSV cell <c>\N</c> is null; a cell that starts with <c>'</c> and then <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or CR loses that <c>'</c>, which our export put there against spreadsheet formula injection.
/// </summary>
public sealed class ImportFile : IAsyncDisposable
{
    public const string Csv = "csv", JsonLines = "jsonl";
    public const string NullCell = "\\N";
    /// <summary>The longest record a CSV file may have: an unclosed quote must not make the reader buffer the whole file.</summary>
    const int MaxRecordBytes = 1 << 20;

    readonly Stream _stream;
    readonly CsvReader? _csv;
    readonly StreamReader? _lines;
    long _number;

    ImportFile(Stream stream, CsvReader? csv, StreamReader? lines, IReadOnlyList<string> columns) =>
        (_stream, _csv, _lines, Columns) = (stream, csv, lines, columns);

    /// <summary>The CSV header (empty for JSON Lines, whose rows name their own members).</summary>
    public IReadOnlyList<string> Columns { get; }

    public static async Task<ImportFile> OpenAsync(Stream stream, string format, CancellationToken cancellationToken)
    {
        if (format == JsonLines)
            return new ImportFile(stream, null, new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), []);
        var csv = CsvReader.Create(stream, CsvReaderOptions.Default with
        {
            HasHeader = true,
            MaxRecordSize = MaxRecordBytes,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            TrimWhitespace = false,
        }, leaveOpen: true);
        await csv.ReadHeaderAsync(cancellationToken);
        return new ImportFile(stream, csv, null, csv.Headers.Select(h => h.Trim()).ToArray());
    }

    /// <summary>The format a file is in: by its name or content type, else by its first character.</summary>
    public static string FormatOf(string? fileName, string? contentType, byte first) =>
        fileName?.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) == true || fileName?.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) == true
        || contentType is "application/jsonl" or "application/x-ndjson" or "application/x-jsonlines" || first == (byte)'{'
            ? JsonLines
            : Csv;

    public async IAsyncEnumerable<ImportRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            while (await _csv.ReadAsync(cancellationToken))
            {
                _number++;
                var cells = new ImportCell[Columns.Count];
                for (var i = 0; i < cells.Length; i++) cells[i] = CsvCell(Columns[i], _csv.GetString(i) ?? "");
                yield return _csv.FieldCount > Columns.Count
                    ? new ImportRow(_number, cells, $"has {_csv.FieldCount} fields; the header has {Columns.Count}")
                    : new ImportRow(_number, cells);
            }
            yield break;
        }

        while (await _lines!.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            _number++;
            JsonObject? json = null;
            try { json = JsonNode.Parse(line) as JsonObject; }
            catch (JsonException) { }
            yield return json is null
                ? new ImportRow(_number, [new ImportCell("line", line, false, line)], "is not a JSON object")
                : new ImportRow(_number, json.Select(p => new ImportCell(p.Key, TextOf(p.Value), false, p.Value?.DeepClone())).ToList());
        }
    }

    static ImportCell CsvCell(string column, string text) => text switch
    {
        "" => new ImportCell(column, text, true, null),
        NullCell => new ImportCell(column, text, false, null),
        _ => new ImportCell(column, text, false, JsonValue.Create(Unprotect(text))),
    };

    /// <summary>Removes the <c>'</c> that an export puts before text a spreadsheet would run as a formula.</summary>
    public static string Unprotect(string text) =>
        text.Length >= 2 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;

    static string TextOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    public async ValueTask DisposeAsync()
    {
        if (_csv is not null) await _csv.DisposeAsync();
        _lines?.Dispose();
        await _stream.DisposeAsync();
    }
}
