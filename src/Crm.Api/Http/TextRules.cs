using System.Globalization;
using System.Text;

namespace Crm.Api.Http;

/// <summary>
/// What text may reach PostgreSQL, and the Unicode rules for names, e-mails and file names. PostgreSQL refuses NUL in
/// text, and a lone surrogate cannot be encoded as UTF-8: either would fail the statement that carries it (and, through
/// npgsql/npgsql#6391, the next one on its connection), so such text is refused before any SQL.
/// </summary>
public static class TextRules
{
    /// <summary>True when PostgreSQL can store the text: no NUL, no lone surrogate.</summary>
    public static bool IsStorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    /// <summary>At most <paramref name="max"/> UTF-16 units, never cutting a surrogate pair in half.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
}
