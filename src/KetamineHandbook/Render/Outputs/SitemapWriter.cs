using System.Security;
using System.Text;
using KetamineHandbook.Resolve;
using KetamineHandbook.Write;

namespace KetamineHandbook.Render.Outputs;

/// <summary>
/// <c>sitemap.xml</c>: every HTML page of every edition by its absolute URL. An entry's <c>lastmod</c> is
/// its <c>reviewed</c> date (when its content was last assessed), an edition's other pages carry the
/// edition's date, and the living handbook's home page the newest review date; other pages have none
/// rather than a build time, which would make builds non-deterministic.
/// </summary>
public static class SitemapWriter
{
    public const string Path = "sitemap.xml";

    public static string Write(SiteContext site, SiteOutput output)
    {
        var lastmod = LastModified(site);
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var file in output.Paths.Where(p => p == "index.html" || p.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            var sitePath = file[..^"index.html".Length];
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(site.AbsoluteUrl(sitePath))).Append("</loc>");
            if (lastmod.TryGetValue(sitePath, out var date)) xml.Append("<lastmod>").Append(date).Append("</lastmod>");
            xml.Append("</url>\n");
        }
        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    /// <summary>Dates by site path (a page's own date first; an edition's date for the rest of its pages).</summary>
    private static Dictionary<string, string> LastModified(SiteContext site)
    {
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in site.AllTrees)
        {
            foreach (var entry in tree.Index.Entries)
                dates[tree.Prefix + SiteUrls.Entry(entry.Id)] = SiteContext.Iso(entry.Entry!.Reviewed);
            if (tree.Edition is not null)
            {
                var editionDate = SiteContext.Iso(tree.Edition.Date);
                foreach (var page in tree.Index.Pages) dates[tree.Prefix + SiteUrls.Page(page.Id)] = editionDate;
                dates[tree.Prefix] = editionDate;
                dates[tree.Prefix + SiteUrls.Evidence] = editionDate;
            }
            else if (tree.Index.Entries.Count > 0)
            {
                var newest = tree.Index.Entries.Max(e => e.Entry!.Reviewed);
                dates[tree.Prefix] = SiteContext.Iso(newest);
                dates[tree.Prefix + SiteUrls.Evidence] = SiteContext.Iso(newest);
            }
        }
        return dates;
    }
}
