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
    /// <remarks>
    /// Called for every internal link and every version-switcher entry of every page, so it walks both paths in
    /// place instead of splitting them. The rule: the folders of <paramref name="from"/> (its non-empty segments
    /// before the last '/') and the folders of <paramref name="to"/> (every segment before its last '/') share a
    /// common start; climb out of the rest of <paramref name="from"/>'s folders, then write the rest of
    /// <paramref name="to"/> as it is.
    /// </remarks>
    public static string Relative(string from, string to)
    {
        var fromDir = from.AsSpan(0, from.LastIndexOf('/') + 1);
        var hash = to.IndexOf('#');
        var fragment = hash >= 0 ? to.AsSpan(hash) : [];
        var path = hash >= 0 ? to.AsSpan(0, hash) : to;

        var fromFolders = 0;
        for (var i = 0; i < fromDir.Length; i++)
            if (fromDir[i] != '/' && (i == 0 || fromDir[i - 1] == '/')) fromFolders++;

        // Walk the shared folders: each non-empty folder of "from" against the next folder of "to".
        var common = 0;
        var toStart = 0;      // where the rest of the path begins (after the shared folders and their '/')
        var fromPos = 0;
        while (common < fromFolders)
        {
            while (fromDir[fromPos] == '/') fromPos++;
            var fromEnd = fromDir[fromPos..].IndexOf('/') + fromPos;
            var toEnd = path[toStart..].IndexOf('/');
            if (toEnd < 0) break;  // what is left of "to" is its last segment, never a folder
            if (!fromDir[fromPos..fromEnd].SequenceEqual(path.Slice(toStart, toEnd))) break;
            common++;
            fromPos = fromEnd + 1;
            toStart += toEnd + 1;
        }

        var up = Up(fromFolders - common);
        var rest = path[toStart..];
        return up.Length + rest.Length == 0 ? string.Concat("./", fragment) : string.Concat(up, rest, fragment);
    }

    /// <summary>"../" <paramref name="levels"/> times.</summary>
    private static string Up(int levels) => levels switch
    {
        0 => "",
        1 => "../",
        2 => "../../",
        3 => "../../../",
        _ => string.Concat(Enumerable.Repeat("../", levels)),
    };

    /// <summary>The relative prefix from a page to the root of the tree it lives in (<c>../../</c> or <c>./</c>).</summary>
    public static string RootPrefix(string from)
    {
        var depth = from.AsSpan().Count('/');
        return depth == 0 ? "./" : Up(depth);
    }
}
