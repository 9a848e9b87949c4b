namespace KetamineHandbook.Resolve;

/// <summary>
/// The site's URL scheme (a contract: see DESIGN.md) and relative URLs between pages. Every internal
/// link is written relative, so the site works under any base path and links inside an edition stay in it.
/// </summary>
public static class SiteUrls
{
    /// <summary>Page slugs that would collide with generated sections of the site.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "entries", "references", "changelog", "v", "api", "assets", "search", "evidence", "history", "diff", "cite", "schema", "404",
    };

    public static string Entry(string id) => $"entries/{id}/";
    public static string Page(string slug) => $"{slug}/";
    public const string Home = "";
    public const string References = "references/";
    public const string Changelog = "changelog/";
    public const string Evidence = "evidence/";
    public static string Edition(string version) => $"v/{version}/";

    /// <summary>The file a site path is written to: <c>entries/x/</c> → <c>entries/x/index.html</c>.</summary>
    public static string FileFor(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>A relative URL from the page at <paramref name="from"/> to <paramref name="to"/> (both site paths).</summary>
    public static string Relative(string from, string to)
    {
        var fromDir = from[..(from.LastIndexOf('/') + 1)];
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fragment = "";
        var hash = to.IndexOf('#');
        if (hash >= 0) { fragment = to[hash..]; to = to[..hash]; }
        var toParts = to.Split('/');
        int common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var rest = string.Join('/', toParts.Skip(common));
        var url = up + rest;
        if (url.Length == 0) url = "./";
        return url + fragment;
    }

    /// <summary>The relative prefix from a page to the root of the tree it lives in (<c>../../</c> or <c>./</c>).</summary>
    public static string RootPrefix(string from)
    {
        var depth = from.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }
}
