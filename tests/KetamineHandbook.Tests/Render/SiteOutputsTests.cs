using System.Text.Json;
using System.Xml.Linq;
using KetamineHandbook.Render.Outputs;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Render;

/// <summary>sitemap.xml, robots.txt, 404.html, api/entries.json and the evidence page of the real built handbook.</summary>
public sealed class SiteOutputsTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void The_sitemap_lists_every_page_with_the_entry_review_date_as_lastmod()
    {
        var site = BuiltHandbook.Instance.Site;
        var urls = XDocument.Parse(site.GetText("sitemap.xml")!).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        var pages = site.Paths.Count(p => p.EndsWith("index.html", StringComparison.Ordinal));
        Assert.Equal(pages, urls.Count);
        Assert.All(urls.Keys, u => Assert.StartsWith("http", u));
        var glutamate = Assert.Single(urls, u => u.Key.EndsWith("/entries/glutamate-surge/", StringComparison.Ordinal) && !u.Key.Contains("/v/", StringComparison.Ordinal));
        var reviewed = File.ReadLines(Path.Combine(RepositoryRoot.Path, "input", "entries", "glutamate-surge.md"))
            .First(l => l.StartsWith("reviewed:", StringComparison.Ordinal))["reviewed:".Length..].Trim();
        Assert.Equal(reviewed, glutamate.Value);
        Assert.DoesNotContain(urls.Keys, u => u.EndsWith("404.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Robots_allows_crawling_and_names_the_sitemap()
    {
        var robots = BuiltHandbook.Instance.Site.GetText("robots.txt")!;
        Assert.Contains("User-agent: *", robots);
        Assert.Matches("Sitemap: https?://\\S+/sitemap.xml", robots);
    }

    [Fact]
    public void The_404_page_uses_only_absolute_links_from_the_base_path_and_is_not_indexed()
    {
        var html = BuiltHandbook.Instance.Site.GetText("404.html")!;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var basePath = document.QuerySelector("#not-found-data")!.GetAttribute("data-base")!;
        Assert.StartsWith("/", basePath);
        Assert.EndsWith("/", basePath);
        foreach (var attr in document.QuerySelectorAll("[href], [src], [data-index]").SelectMany(e => e.Attributes.Where(a => a.Name is "href" or "src" or "data-index")))
            if (!attr.Value.StartsWith('#') && !attr.Value.StartsWith("http", StringComparison.Ordinal))
                Assert.StartsWith(basePath, attr.Value);
        Assert.NotNull(document.QuerySelector("meta[name=robots][content=noindex]"));
        Assert.True(document.QuerySelectorAll("#not-found-list li").Length >= 20);
        using var data = JsonDocument.Parse(document.QuerySelector("#not-found-data")!.TextContent);
        Assert.True(data.RootElement.GetProperty("editions").GetProperty("").GetProperty("entries").TryGetProperty("glutamate-surge", out _));
    }

    [Theory]
    [InlineData("https://example.org/KetamineHandbook", "/KetamineHandbook/")]
    [InlineData("https://example.org/a/b/", "/a/b/")]
    [InlineData("https://example.org", "/")]
    [InlineData("not a url", "/")]
    public void The_base_path_comes_from_the_base_url(string baseUrl, string expected) =>
        Assert.Equal(expected, NotFoundPage.BasePath(baseUrl));

    [Fact]
    public void Entries_json_has_every_entry_with_its_grades_and_permanent_url()
    {
        var site = BuiltHandbook.Instance.Site;
        using var json = JsonDocument.Parse(site.Get("api/entries.json")!);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(site.Paths.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^entries/[^/]+/index.html$")), entries.Count);
        var glutamate = entries.Single(e => e.GetProperty("id").GetString() == "glutamate-surge");
        Assert.Equal("moderate", glutamate.GetProperty("preclinical_grade").GetString());
        Assert.Equal("low", glutamate.GetProperty("clinical_grade").GetString());
        Assert.EndsWith("/entries/glutamate-surge/", glutamate.GetProperty("url").GetString());
        Assert.Equal(4, glutamate.GetProperty("cascade_step").GetInt32());
        Assert.Equal("ampa-receptor-activation", glutamate.GetProperty("links")[0].GetProperty("to").GetString());
    }

    [Fact]
    public void The_evidence_page_is_a_complete_plain_table()
    {
        var site = BuiltHandbook.Instance.Site;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.GetText("evidence/index.html")!);
        var rows = document.QuerySelectorAll("#evidence-table tbody tr");
        Assert.Equal(site.Paths.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^entries/[^/]+/index.html$")), rows.Length);
        Assert.All(rows, r => Assert.Equal(5, r.QuerySelectorAll("td").Length));
        Assert.NotNull(document.QuerySelector("#evidence-table caption"));
    }
}
