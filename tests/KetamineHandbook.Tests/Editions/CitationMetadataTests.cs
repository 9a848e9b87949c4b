using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KetamineHandbook.Build;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Editions;

/// <summary>The real handbook's entries are citable by machines and by people, at URLs that exist.</summary>
[Collection(KetamineHandbook.Tests.Cli.ConsoleCollection.Name)]
public class CitationMetadataTests : IClassFixture<CitationMetadataTests.RealSite>
{
    /// <summary>The real handbook, built once for these tests.</summary>
    public sealed class RealSite : IDisposable
    {
        public FixtureWorkspace Workspace { get; } = FixtureWorkspace.FromRealHandbook();
        public BuildResult Result { get; }
        public RealSite()
        {
            Result = Workspace.Build();
            Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics.Where(d => d.IsError)));
        }
        public void Dispose() => Workspace.Dispose();
    }

    private readonly RealSite _site;
    public CitationMetadataTests(RealSite site) => _site = site;

    private const string BaseUrl = "https://ketaminehandbook.github.io/KetamineHandbook/";

    [Theory]
    [InlineData("bibtex", @"url = \{([^}]+)\}")]
    [InlineData("ris", @"UR  - (\S+)")]
    [InlineData("apa", @"(https://\S+)\s*$")]
    public void TheUrlInEveryCitationStyleExistsInTheBuiltSite(string style, string pattern)
    {
        var result = CliRunner.Run("cite", "glutamate-surge", "--edition", "1.0.0", "--style", style, "--root", _site.Workspace.Root);
        Assert.Equal(0, result.ExitCode);
        var url = Regex.Match(result.Stdout, pattern, RegexOptions.Multiline).Groups[1].Value;
        Assert.StartsWith(BaseUrl, url);
        var path = url[BaseUrl.Length..];
        Assert.Equal("v/1.0.0/entries/glutamate-surge/", path);
        Assert.True(_site.Result.Site.Contains(path + "index.html"), $"{url} is not a page of the built site");
    }

    [Fact]
    public void CiteWithoutAnEditionCitesTheNewestEditionHoldingTheEntry()
    {
        var result = CliRunner.Run("cite", "opioid-system", "--root", _site.Workspace.Root);
        Assert.Contains(BaseUrl + "v/1.2.0/entries/opioid-system/", result.Stdout);
    }

    [Fact]
    public void CiteBoxOnThePageSaysTheSameAsTheCommand()
    {
        var apa = CliRunner.Run("cite", "glutamate-surge", "--edition", "1.1.0", "--root", _site.Workspace.Root).Stdout.Trim();
        var page = new HtmlParser().ParseDocument(_site.Result.Site.GetText("v/1.1.0/entries/glutamate-surge/index.html")!);
        var box = page.QuerySelector("#cite .cite-text")!.TextContent.Trim();
        Assert.Equal(Regex.Replace(apa, @"\s+", " "), Regex.Replace(box, @"\s+", " "));
    }

    [Fact]
    public void EntryPagesCarryHighwireTagsOnePerCitedWork()
    {
        var page = new HtmlParser().ParseDocument(_site.Result.Site.GetText("v/1.0.0/entries/glutamate-surge/index.html")!);
        string? Meta(string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
        Assert.Equal("Glutamate surge", Meta("citation_title"));
        Assert.NotNull(Meta("citation_author"));
        Assert.Equal("2026/11/26", Meta("citation_publication_date"));
        Assert.Equal("2026/11/26", Meta("citation_online_date"));
        Assert.Equal(BaseUrl + "v/1.0.0/entries/glutamate-surge/", Meta("citation_public_url"));
        Assert.Equal("Ketamine in Depression: An Evidence Handbook", Meta("citation_collection_title"));
        var references = page.QuerySelectorAll("meta[name='citation_reference']").Length;
        Assert.Equal(page.QuerySelectorAll(".bibliography li[id^='ref-']").Length, references);
        Assert.True(references >= 5);
    }

    [Fact]
    public void EntryPagesCarryValidSchemaOrgJsonLd()
    {
        var page = new HtmlParser().ParseDocument(_site.Result.Site.GetText("v/1.1.0/entries/opioid-system/index.html")!);
        var script = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("1.1.0", root.GetProperty("version").GetString());
        Assert.Equal("2026-11-26", root.GetProperty("datePublished").GetString());
        Assert.Equal("Ketamine in Depression: An Evidence Handbook", root.GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.True(root.GetProperty("citation").GetArrayLength() >= 5);
    }

    [Fact]
    public void EveryEntryHasBothGradesAndAtLeastFiveCitations()
    {
        foreach (var path in _site.Result.Site.Paths.Where(p => Regex.IsMatch(p, "^entries/[^/]+/index.html$")))
        {
            var page = new HtmlParser().ParseDocument(_site.Result.Site.GetText(path)!);
            Assert.True(page.QuerySelectorAll(".bibliography li[id^='ref-']").Length >= 5, $"{path} cites fewer than five works");
        }
    }

    [Fact]
    public void ReferencesPageListsEveryReferenceOnceWithCitedByLinks()
    {
        var page = new HtmlParser().ParseDocument(_site.Result.Site.GetText("references/index.html")!);
        var ids = page.QuerySelectorAll("li[id^='ref-']").Select(e => e.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Contains("ref-irwin2021", ids);
        Assert.NotEmpty(page.QuerySelectorAll("#ref-zanos2016 .cited-by a"));
        Assert.NotNull(page.QuerySelector("#ref-berman2000 a[href='https://doi.org/10.1016/S0006-3223(99)00230-9']"));
    }
}
