using AngleSharp.Html.Parser;
using KetamineHandbook.Write;

namespace KetamineHandbook.Tests.Support;

/// <summary>Reads every href/src of the built HTML with AngleSharp and resolves relative ones to site paths.</summary>
public static class SiteLinks
{
    public sealed record Link(string Page, string Attribute, string Raw, string? Target, bool Deliberate);

    public static IEnumerable<Link> All(SiteOutput site)
    {
        var parser = new HtmlParser();
        foreach (var path in site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = parser.ParseDocument(site.GetText(path)!);
            foreach (var element in doc.QuerySelectorAll("[href], [src]"))
            {
                foreach (var attribute in new[] { "href", "src" })
                {
                    if (element.GetAttribute(attribute) is not { } raw) continue;
                    yield return new Link(path, attribute, raw, Resolve(path, raw), element.HasAttribute("data-edition-link"));
                }
            }
        }
    }

    /// <summary>The site path a relative URL points to from a page, or null for external and fragment-only links.</summary>
    public static string? Resolve(string page, string url)
    {
        if (url.StartsWith('#') || url.Contains("://") || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("data:", StringComparison.Ordinal)) return null;
        var hash = url.IndexOf('#');
        if (hash >= 0) url = url[..hash];
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in url.Split('/'))
        {
            if (part is "." or "") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); else return "<outside>"; }
            else parts.Add(part);
        }
        var target = string.Join('/', parts);
        return url.EndsWith('/') || url.Length == 0 ? (target.Length == 0 ? "" : target + "/") : target;
    }
}
