using KetamineHandbook.Build;
using KetamineHandbook.Check;
using KetamineHandbook.Model;
using KetamineHandbook.Tests.Support;
using KetamineHandbook.Write;

namespace KetamineHandbook.Tests.Check;

/// <summary>The rendered-HTML check catches what the model cannot: template mistakes, duplicate ids, stray citations.</summary>
[Collection(KetamineHandbook.Tests.Cli.ConsoleCollection.Name)]
public class RenderedSiteCheckerTests
{
    private static IReadOnlyList<Diagnostic> CheckPages(params (string Path, string Html)[] pages)
    {
        var site = new SiteOutput();
        foreach (var (path, html) in pages) site.Add(path, html);
        var diagnostics = new DiagnosticBag();
        RenderedSiteChecker.Check(site, diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void BrokenRelativeLinkNamesThePageAndTheTarget()
    {
        var d = Assert.Single(CheckPages(("index.html", "<a href=\"entries/missing/\">x</a>")));
        Assert.Equal("KH6001", d.Code);
        Assert.Contains("'entries/missing/'", d.Message);
        Assert.Equal("index.html", d.Location.Path);
        Assert.Equal(1, d.Location.Line);
    }

    [Fact]
    public void LinkToAFolderResolvesToItsIndex()
    {
        Assert.Empty(CheckPages(("index.html", "<a href=\"a/\">x</a>"), ("a/index.html", "<a href=\"../\">home</a>")));
    }

    [Fact]
    public void FragmentMustNameAnElementOnTheTargetPage()
    {
        var d = Assert.Single(CheckPages(("index.html", "<a href=\"a/#nope\">x</a>"), ("a/index.html", "<h2 id=\"yes\">Y</h2>")));
        Assert.Equal("KH6002", d.Code);
    }

    [Fact]
    public void DuplicateIdsOnAPageAreErrors()
    {
        var d = Assert.Single(CheckPages(("index.html", "<h2 id=\"a\">A</h2><h2 id=\"a\">A again</h2>")));
        Assert.Equal("KH6003", d.Code);
    }

    [Fact]
    public void CitationMustPointToABibliographyItemAndEveryItemMustBeCited()
    {
        var diagnostics = CheckPages(("index.html",
            "<p><span class=\"citation\"><a href=\"#ref-a\">A</a></span></p><ol class=\"bibliography\"><li id=\"ref-b\">B</li></ol>"));
        Assert.Contains(diagnostics, d => d.Code == "KH6004" && d.Message.Contains("#ref-a"));
        Assert.Contains(diagnostics, d => d.Code == "KH6005" && d.Message.Contains("ref-b"));
    }

    [Fact]
    public void MalformedExternalUrlIsReported()
    {
        var d = Assert.Single(CheckPages(("index.html", "<a href=\"https://\">x</a>")));
        Assert.Equal("KH6006", d.Code);
    }

    [Fact]
    public void LinkClimbingAboveTheSiteRootIsBroken()
    {
        var d = Assert.Single(CheckPages(("index.html", "<a href=\"../../etc/passwd\">x</a>")));
        Assert.Equal("KH6001", d.Code);
    }

    [Fact]
    public void TheRealHandbookHasNoBrokenLinkAnchorOrCitation()
    {
        using var ws = FixtureWorkspace.FromRealHandbook();
        var result = BuildPipeline.Run(new BuildOptions { Root = ws.Root, VerifyHtml = true });
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(result.Site.Count > 0);
    }

    [Fact]
    public void AFailedCheckWritesNothing()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Replace("input/entries/beta.md", "(alpha.md)", "(../../../../etc/passwd)");
        var result = CliRunner.Run("check", "--root", ws.Root, "--format", "msbuild");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/entries/beta.md(14,14): error KH2003", result.Stderr);
        Assert.False(Directory.Exists(ws.PathOf("_site")));
        Assert.Empty(Directory.EnumerateDirectories(ws.Root, ".*"));
    }
}
