namespace Crm.Api.Http;

public static class Search
{
    /// <summary>An ILIKE pattern matching <paramref name="term"/> anywhere, with its wildcards escaped (escape char <c>\</c>).</summary>
    public static string Contains(string term) =>
        "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
