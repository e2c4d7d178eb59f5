using System.Text;
using System.Text.RegularExpressions;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>
/// Reads the YAML a compose file uses — block mappings and sequences, quoted and plain scalars, flow sequences,
/// comments, anchors on a block and aliases to it — into dictionaries, lists and strings. Anything beyond that
/// subset throws, so a compose file that outgrows it fails loudly rather than being misread.
/// </summary>
public static partial class MiniYaml
{
    public static Dictionary<string, object> Parse(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Select(l => (Indent: l.Length - l.TrimStart(' ').Length, Text: StripComment(l).Trim()))
            .Where(l => l.Text.Length > 0)
            .ToList();
        var position = 0;
        var anchors = new Dictionary<string, object>();
        var root = ParseBlock(lines, ref position, 0, anchors);
        if (position != lines.Count) throw new FormatException($"unexpected indentation at \"{lines[position].Text}\"");
        return root as Dictionary<string, object> ?? throw new FormatException("the document is not a mapping");
    }

    static object ParseBlock(List<(int Indent, string Text)> lines, ref int position, int indent, Dictionary<string, object> anchors)
    {
        if (lines[position].Text.StartsWith("- ") || lines[position].Text == "-")
        {
            var list = new List<object>();
            while (position < lines.Count && lines[position].Indent == indent && lines[position].Text.StartsWith('-'))
            {
                var item = lines[position].Text[1..].Trim();
                if (item.Contains(": ") || item.EndsWith(':')) throw new FormatException($"mappings in sequences are not supported: \"{item}\"");
                list.Add(Scalar(item, anchors));
                position++;
            }
            return list;
        }

        var map = new Dictionary<string, object>();
        while (position < lines.Count && lines[position].Indent == indent)
        {
            var match = KeyValue().Match(lines[position].Text);
            if (!match.Success) throw new FormatException($"expected key: value at \"{lines[position].Text}\"");
            var key = Unquote(match.Groups["key"].Value);
            var value = match.Groups["value"].Value.Trim();
            position++;
            string? anchor = null;
            if (value.StartsWith('&'))
            {
                anchor = value[1..];
                value = "";
            }
            if (value.Length == 0)
            {
                var nested = position < lines.Count && lines[position].Indent > indent
                    ? ParseBlock(lines, ref position, lines[position].Indent, anchors)
                    : "";
                if (anchor is not null) anchors[anchor] = nested;
                map[key] = nested;
            }
            else
            {
                map[key] = Scalar(value, anchors);
            }
        }
        if (position < lines.Count && lines[position].Indent > indent)
            throw new FormatException($"unexpected indentation at \"{lines[position].Text}\"");
        return map;
    }

    static object Scalar(string value, Dictionary<string, object> anchors)
    {
        if (value.StartsWith('*'))
            return anchors.TryGetValue(value[1..], out var target) ? target : throw new FormatException($"unknown alias {value}");
        if (value.StartsWith('['))
        {
            if (!value.EndsWith(']')) throw new FormatException($"multi-line flow sequences are not supported: {value}");
            return FlowItem().Matches(value[1..^1]).Select(m => (object)Unquote(m.Value.Trim())).ToList();
        }
        if (value.StartsWith('{')) throw new FormatException($"flow mappings are not supported: {value}");
        return Unquote(value);
    }

    static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'') return value[1..^1].Replace("''", "'");
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"') return value;
        var text = new StringBuilder();
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length - 1)
            {
                i++;
                text.Append(value[i] switch { 'n' => '\n', 't' => '\t', var c => c });
            }
            else text.Append(value[i]);
        }
        return text.ToString();
    }

    /// <summary>Cuts a comment: '#' at the start or after a space, outside quotes.</summary>
    static string StripComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = null;
            }
            else if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or '[' or ',')) quote = c;
            else if (c == '#' && (i == 0 || line[i - 1] == ' ')) return line[..i];
        }
        return line;
    }

    [GeneratedRegex("""^(?<key>"[^"]*"|'[^']*'|[^\s:][^:]*?):(\s+(?<value>.*))?$""")]
    private static partial Regex KeyValue();

    [GeneratedRegex("""\s*("(\\.|[^"\\])*"|'[^']*'|[^,]+)""")]
    private static partial Regex FlowItem();
}
