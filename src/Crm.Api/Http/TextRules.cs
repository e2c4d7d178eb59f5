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

    /// <summary>
    /// Characters that show nothing or reorder what is shown: controls (Cc) and format characters (Cf: zero-width
    /// spaces and joiners, bidi marks, embeddings, overrides and isolates, the BOM, the soft hyphen). In a name or an
    /// e-mail they make look-alikes that pass uniqueness checks and fool readers. Names may keep the zero-width
    /// (non-)joiner, which Persian and Indic spellings and emoji sequences need.
    /// </summary>
    public static bool HasHiddenCharacters(string text, bool allowJoiners)
    {
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Control) return true;
            if (category == UnicodeCategory.Format && !(allowJoiners && c is '\u200C' or '\u200D')) return true;
        }
        return false;
    }

    /// <summary>The text without bidi controls (marks, embeddings, overrides, isolates), which can disguise an extension.</summary>
    public static string WithoutBidiControls(string text)
    {
        if (!text.Any(IsBidiControl)) return text;
        return string.Concat(text.Where(c => !IsBidiControl(c)));
    }

    static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// True when the letters come from more than one script, as in a Latin address with a Cyrillic "а": a look-alike of
    /// another address. Han, kana and hangul count as one (Japanese and Korean mix them); digits and signs count as none.
    /// </summary>
    public static bool IsMixedScript(string text)
    {
        string? first = null;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            var script = ScriptOf(c);
            if (first is null) first = script;
            else if (script != first) return true;
        }
        return false;
    }

    static string ScriptOf(char c) => c switch
    {
        < '\u0250' or (>= '\u0250' and < '\u02B0') or (>= '\u1E00' and < '\u1F00') or (>= '\u2C60' and < '\u2C80')
            or (>= '\uA720' and < '\uA800') or (>= '\uFF21' and <= '\uFF5A') => "Latin",
        (>= '\u0370' and < '\u0400') or (>= '\u1F00' and < '\u2000') => "Greek",
        (>= '\u0400' and < '\u0530') or (>= '\u1C80' and < '\u1C90') or (>= '\u2DE0' and < '\u2E00') or (>= '\uA640' and < '\uA6A0') => "Cyrillic",
        (>= '\u1100' and < '\u1200') or (>= '\u3040' and < '\u3100') or (>= '\u3130' and < '\u3190') or (>= '\u3400' and < '\u4DC0')
            or (>= '\u4E00' and < '\uA000') or (>= '\uAC00' and < '\uD7B0') or (>= '\uF900' and < '\uFB00') => "CJK",
        // Other scripts, roughly by block: enough to tell that two differ.
        _ => ((int)c >> 7).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>At most <paramref name="max"/> UTF-16 units, never cutting a surrogate pair in half.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
}
