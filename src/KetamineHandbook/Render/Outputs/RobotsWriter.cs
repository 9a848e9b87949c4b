namespace KetamineHandbook.Render.Outputs;

/// <summary>
/// <c>robots.txt</c>: everything may be crawled, and the sitemap is named. (Crawlers read it only at a host's
/// root, so it takes effect when the handbook is served from its own domain.)
/// </summary>
public static class RobotsWriter
{
    public const string Path = "robots.txt";

    public static string Write(SiteContext site) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {site.AbsoluteUrl(SitemapWriter.Path)}\n";
}
