using System.IO.Compression;
using System.Text.RegularExpressions;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Render;

/// <summary>The page-weight budgets of the theme, measured on the real built handbook (sizes, not timings).</summary>
public sealed partial class BudgetTests
{
    private const int HtmlBudget = 50 * 1024;
    private const int AssetBudget = 40 * 1024;

    [Fact]
    public void Every_html_page_is_under_50_KB_gzipped()
    {
        var site = BuiltHandbook.Instance.Site;
        var sizes = site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(p => (Path: p, Size: Gzipped(site.Get(p)!))).ToList();
        Assert.NotEmpty(sizes);
        var over = sizes.Where(s => s.Size >= HtmlBudget).Select(s => $"{s.Path}: {s.Size / 1024.0:F1} KB").ToList();
        Assert.True(over.Count == 0, "over the 50 KB budget:\n" + string.Join("\n", over));
    }

    [Fact]
    public void All_css_and_javascript_together_are_under_40_KB_gzipped()
    {
        var site = BuiltHandbook.Instance.Site;
        var assets = site.Paths.Where(p => p.EndsWith(".css", StringComparison.Ordinal) || p.EndsWith(".js", StringComparison.Ordinal)).ToList();
        Assert.Contains("assets/style.css", assets);
        var total = assets.Sum(p => Gzipped(site.Get(p)!));
        Assert.True(total < AssetBudget, $"CSS + JS are {total / 1024.0:F1} KB gzipped: {string.Join(", ", assets)}");
    }

    [Fact]
    public void Nothing_that_loads_late_can_shift_the_layout()
    {
        var site = BuiltHandbook.Instance.Site;
        foreach (var path in site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = site.GetText(path)!;
            // Images and inline SVG declare their size; no web fonts, no third-party hosts.
            foreach (Match img in ImageTag().Matches(html))
                Assert.True(img.Value.Contains("width=") && img.Value.Contains("height="), $"{path}: {img.Value}");
            Assert.DoesNotContain("@font-face", html);
            Assert.DoesNotMatch(ThirdPartyAsset(), html);
        }
        Assert.DoesNotContain("@font-face", site.GetText("assets/style.css")!);
    }

    private static long Gzipped(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, true)) gzip.Write(bytes);
        return compressed.Length;
    }

    [GeneratedRegex("<(img|svg)\\b[^>]*>")]
    private static partial Regex ImageTag();

    [GeneratedRegex("<script[^>]+src=\"(https?:)?//|<link[^>]+rel=\"(stylesheet|icon|preload|modulepreload)\"[^>]+href=\"(https?:)?//")]
    private static partial Regex ThirdPartyAsset();
}
