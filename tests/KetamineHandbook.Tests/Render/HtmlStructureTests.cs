using AngleSharp.Html.Parser;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Render;

/// <summary>Structure every built page must have for readers and assistive technology, checked on the real site.</summary>
public sealed class HtmlStructureTests
{
    private static IEnumerable<(string Path, AngleSharp.Html.Dom.IHtmlDocument Document)> Pages()
    {
        var site = BuiltHandbook.Instance.Site;
        var parser = new HtmlParser();
        return site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(p => (p, parser.ParseDocument(site.GetText(p)!)));
    }

    [Fact]
    public void Every_page_has_a_language_one_h1_ordered_headings_landmarks_and_unique_ids()
    {
        foreach (var (path, document) in Pages())
        {
            Assert.False(string.IsNullOrEmpty(document.DocumentElement.GetAttribute("lang")), $"{path}: no lang");
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{path}: expected one h1");
            var level = 1;
            foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var next = heading.LocalName[1] - '0';
                Assert.True(next <= level + 1, $"{path}: <{heading.LocalName}> \"{heading.TextContent.Trim()}\" skips a level after h{level}");
                level = next;
            }
            Assert.NotNull(document.QuerySelector("header.site-header"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.NotNull(document.QuerySelector("footer"));
            Assert.NotNull(document.QuerySelector("a.skip-link[href='#main']"));
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            var duplicates = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{path}: duplicate ids {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void Every_relative_link_and_asset_of_the_theme_resolves_to_a_built_file_and_anchor()
    {
        var site = BuiltHandbook.Instance.Site;
        var parser = new HtmlParser();
        var failures = new List<string>();
        foreach (var (path, document) in Pages().Where(p => p.Path != "404.html"))
        {
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], [data-index]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("data-index")!;
                if (url.Length == 0 || url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var hash = url.IndexOf('#');
                var target = Resolve(path, hash < 0 ? url : url[..hash]);
                var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                if (!site.Contains(file)) { failures.Add($"{path}: {url}"); continue; }
                if (hash >= 0 && file.EndsWith(".html", StringComparison.Ordinal))
                {
                    var anchor = Uri.UnescapeDataString(url[(hash + 1)..]);
                    if (parser.ParseDocument(site.GetText(file)!).GetElementById(anchor) is null) failures.Add($"{path}: {url} (no #{anchor})");
                }
            }
        }
        Assert.True(failures.Count == 0, "broken links:\n" + string.Join("\n", failures.Distinct().Take(40)));
    }

    /// <summary>A relative URL against the site path of the page it is on.</summary>
    private static string Resolve(string pagePath, string relative)
    {
        var parts = pagePath.Split('/').SkipLast(1).ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment != ".") parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
