using System.Security.Cryptography;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Build;

/// <summary>The build as a whole: what it writes, that it is deterministic, and that failures leave no trace.</summary>
public class BuildPipelineTests
{
    [Fact]
    public void FixtureBuildsHomeEntriesAndPages()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        var result = ws.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Site.Contains("index.html"));
        Assert.True(result.Site.Contains("entries/alpha/index.html"));
        Assert.True(result.Site.Contains("entries/beta/index.html"));
        Assert.True(result.Site.Contains("about/index.html"));
    }

    [Fact]
    public void CrossLinkToEntryHeadingIsRewrittenToTheEntryUrlAndAnchor()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        var html = ws.Build().Site.GetText("entries/alpha/index.html")!;
        Assert.Contains("href=\"../beta/#preclinical-evidence\"", html);
        Assert.DoesNotContain("beta.md", html);
    }

    [Fact]
    public void CrossLinkFromEntryToPageClimbsOutOfEntries()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        var html = ws.Build().Site.GetText("entries/beta/index.html")!;
        Assert.Contains("href=\"../../about/#scope\"", html);
    }

    [Fact]
    public void TwoBuildsOfTheSameInputAreByteIdentical()
    {
        using var ws = FixtureWorkspace.FromRealHandbook();
        var first = ws.Build();
        var second = ws.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(first.Site.Paths, second.Site.Paths);
        foreach (var (path, bytes) in first.Site.Files)
            Assert.True(SHA256.HashData(bytes).AsSpan().SequenceEqual(SHA256.HashData(second.Site.Get(path)!)), $"{path} differs between builds");
    }

    [Fact]
    public void CrlfLineEndingsAndByteOrderMarkJustWork()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        var text = ws.Read("input/entries/alpha.md").Replace("\n", "\r\n");
        File.WriteAllBytes(ws.PathOf("input/entries/alpha.md"), [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        var result = ws.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("href=\"../beta/#preclinical-evidence\"", result.Site.GetText("entries/alpha/index.html"));
    }

    [Fact]
    public void UnicodeHeadingsGetStableAnchors()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Replace("input/entries/beta.md", "## Evidence in humans", "## Évidence chez l’humain\n\n## Evidence in humans");
        var first = ws.Build().Site.GetText("entries/beta/index.html")!;
        var second = ws.Build().Site.GetText("entries/beta/index.html")!;
        var id = System.Text.RegularExpressions.Regex.Match(first, "<h2 id=\"([^\"]*)\">Évidence").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Contains($"id=\"{id}\"", second);
    }
}
