using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KetamineHandbook.Model;
using KetamineHandbook.Write;

namespace KetamineHandbook.Check;

/// <summary>
/// Verifies the rendered site as a browser would see it, with AngleSharp: every internal href and src
/// resolves to a file of the site, every fragment to an element id on its target page, every citation to
/// an item of the page's bibliography, every bibliography item is cited, and no page repeats an id.
/// Failures are reported at the Markdown line that produced the link when it came from content.
/// </summary>
public static class RenderedSiteChecker
{
    private sealed record PageFacts(string Path, IDocument Document, HashSet<string> Ids);

    /// <param name="basePath">The path the site is served under (<c>/KetamineHandbook/</c>), for root-absolute links such as the 404 page's.</param>
    public static IReadOnlyList<ExternalLink> Check(SiteOutput site, DiagnosticBag diagnostics, string basePath = "/")
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var pages = site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var facts = new System.Collections.Concurrent.ConcurrentDictionary<string, PageFacts>(StringComparer.Ordinal);
        Parallel.ForEach(pages, path =>
        {
            var document = parser.ParseDocument(site.GetText(path)!);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("[id]"))
            {
                if (!ids.Add(element.Id!))
                    diagnostics.Error(DiagnosticCodes.HtmlDuplicateId, At(site, path, element, null),
                        $"page {path} has more than one element with id '{element.Id}'; ids must be unique (rename a heading or check the template)");
            }
            facts[path] = new PageFacts(path, document, ids);
        });

        var external = new System.Collections.Concurrent.ConcurrentBag<ExternalLink>();
        Parallel.ForEach(pages, path =>
        {
            var page = facts[path];
            foreach (var element in page.Document.QuerySelectorAll("[href], [src]"))
            {
                foreach (var attribute in new[] { "href", "src" })
                {
                    if (element.GetAttribute(attribute) is not { } raw) continue;
                    CheckLink(site, facts, page, element, raw, basePath, diagnostics, external);
                }
            }
            CheckCitations(site, page, diagnostics);
        });
        return external.DistinctBy(e => e.Url).OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
    }

    private static void CheckLink(SiteOutput site, IReadOnlyDictionary<string, PageFacts> facts, PageFacts page, IElement element, string raw, string basePath, DiagnosticBag diagnostics, System.Collections.Concurrent.ConcurrentBag<ExternalLink> external)
    {
        if (raw.Length == 0) return;
        if (raw.StartsWith('#'))
        {
            var id = Uri.UnescapeDataString(raw[1..]);
            // Citation links are checked (and reported once) by CheckCitations.
            if (element.Closest(".citation") is not null) return;
            if (id.Length > 0 && !page.Ids.Contains(id))
                diagnostics.Error(DiagnosticCodes.HtmlMissingFragment, At(site, page.Path, element, raw),
                    $"on page {page.Path}, link '{raw}' points to no element of the page; add the heading or fix the anchor");
            return;
        }
        if (IsExternal(raw))
        {
            if (raw.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return;
            var at = At(site, page.Path, element, raw);
            if (!Uri.TryCreate(raw.StartsWith("//", StringComparison.Ordinal) ? "https:" + raw : raw, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
                diagnostics.Error(DiagnosticCodes.ExternalLinkSyntax, at, $"on page {page.Path}, '{raw}' is not a valid http(s) URL");
            else external.Add(new ExternalLink(raw, page.Path, at));
            return;
        }
        var hash = raw.IndexOf('#');
        var pathPart = hash >= 0 ? raw[..hash] : raw;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(raw[(hash + 1)..]) : null;
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        var unescaped = Uri.UnescapeDataString(pathPart);
        var target = !unescaped.StartsWith('/') ? ResolveRelative(page.Path, unescaped)
            : unescaped.StartsWith(basePath, StringComparison.Ordinal) ? ResolveRelative("", unescaped[basePath.Length..])
            : null;
        var file = target is null ? null : TargetFile(site, target);
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.HtmlBrokenLink, At(site, page.Path, element, raw),
                $"on page {page.Path}, link '{raw}' resolves to '{target ?? "outside the site"}', which is not a file of the site");
            return;
        }
        if (fragment is { Length: > 0 } && facts.TryGetValue(file, out var targetPage) && !targetPage.Ids.Contains(fragment))
            diagnostics.Error(DiagnosticCodes.HtmlMissingFragment, At(site, page.Path, element, raw),
                $"on page {page.Path}, link '{raw}' points to '#{fragment}', which is not an element id on {file}");
    }

    private static void CheckCitations(SiteOutput site, PageFacts page, DiagnosticBag diagnostics)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in page.Document.QuerySelectorAll(".citation a[href^='#ref-']"))
        {
            var id = link.GetAttribute("href")![1..];
            cited.Add(id);
            if (!page.Ids.Contains(id))
                diagnostics.Error(DiagnosticCodes.HtmlCitationUnresolved, At(site, page.Path, link, null),
                    $"on page {page.Path}, a citation links to '#{id}', which is not an item of the page's bibliography");
        }
        foreach (var item in page.Document.QuerySelectorAll(".bibliography [id^='ref-']"))
        {
            if (page.Document.QuerySelector(".references-index") is not null) break; // the /references/ page lists everything
            if (!cited.Contains(item.Id!))
                diagnostics.Error(DiagnosticCodes.HtmlUncitedItem, At(site, page.Path, item, null),
                    $"on page {page.Path}, bibliography item '{item.Id}' is never cited on the page");
        }
    }

    private static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /// <summary>A site path for a URL relative to a page, or null if it climbs above the site root.</summary>
    internal static string? ResolveRelative(string page, string url)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in url.Split('/'))
        {
            if (part is "." or "") continue;
            if (part == "..") { if (parts.Count == 0) return null; parts.RemoveAt(parts.Count - 1); }
            else parts.Add(part);
        }
        var target = string.Join('/', parts);
        return url.Length == 0 || url.EndsWith('/') ? (target.Length == 0 ? "" : target + "/") : target;
    }

    /// <summary>The file a site path is served from (a folder serves its index.html), or null if there is none.</summary>
    private static string? TargetFile(SiteOutput site, string target)
    {
        if (target.Length == 0 || target.EndsWith('/')) return site.Contains(target + "index.html") ? target + "index.html" : null;
        if (site.Contains(target)) return target;
        return site.Contains(target + "/index.html") ? target + "/index.html" : null;
    }

    private static SourceLocation At(SiteOutput site, string page, IElement element, string? url)
    {
        if (url is not null && site.SourceOf(page) is { } doc && doc.LinkOrigins.TryGetValue(url, out var origin)) return origin;
        var position = element.SourceReference?.Position;
        return new SourceLocation(page, position?.Line ?? 0, position?.Column ?? 0);
    }
}

/// <summary>A link to another site, found on a page; checked over HTTP only with <c>check --external</c>.</summary>
public sealed record ExternalLink(string Url, string Page, SourceLocation Location);
