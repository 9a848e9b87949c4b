using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Release;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Editions;

/// <summary>Editions are frozen, permanent, self-contained and aware of what came after them.</summary>
public class EditionTests(EditionTestSite site) : IClassFixture<EditionTestSite>
{
    [Fact]
    public void ReleaseRecordsChangesAgainstThePreviousEdition()
    {
        var text = site.Workspace.Read("handbook/editions.yml");
        Assert.Contains("version: \"1.1.0\"", text);
        Assert.Contains("      - entry: alpha\n        change: revised\n        note: \"Adds a second species\"", text);
        Assert.Contains("      - entry: gamma\n        change: added", text);
        Assert.DoesNotContain("entry: beta\n        change: revised", text);
    }

    [Fact]
    public void EveryEditionHasItsPagesUnderItsVersion()
    {
        foreach (var path in new[] { "v/1.0.0/index.html", "v/1.0.0/entries/alpha/index.html", "v/1.1.0/entries/gamma/index.html", "entries/gamma/index.html" })
            Assert.True(site.Result.Site.Contains(path), path);
        Assert.False(site.Result.Site.Contains("v/1.0.0/entries/gamma/index.html"));
    }

    [Fact]
    public void EditionPagesKeepTheTextTheyWereReleasedWith()
    {
        Assert.Contains("Rodent data only.</p>", site.Result.Site.GetText("v/1.0.0/entries/alpha/index.html"));
        Assert.Contains("now in two species", site.Result.Site.GetText("v/1.1.0/entries/alpha/index.html"));
    }

    [Fact]
    public void LinksInsideAnEditionStayInsideIt()
    {
        var leaks = SiteLinks.All(site.Result.Site)
            .Where(l => l.Page.StartsWith("v/", StringComparison.Ordinal) && l.Target is not null && !l.Deliberate)
            .Where(l => !l.Target!.StartsWith(string.Join('/', l.Page.Split('/').Take(2)) + "/", StringComparison.Ordinal))
            .Where(l => !l.Target!.StartsWith("assets/", StringComparison.Ordinal))
            .Select(l => $"{l.Page}: {l.Attribute}=\"{l.Raw}\" → {l.Target}")
            .ToList();
        Assert.True(leaks.Count == 0, "links leaving their edition:\n" + string.Join("\n", leaks.Take(20)));
    }

    [Fact]
    public void OlderEditionNamesTheNewestAndWhetherTheEntryChanged()
    {
        var alpha = site.Result.Site.GetText("v/1.0.0/entries/alpha/index.html")!;
        Assert.Contains("Edition 1.1.0", alpha);
        Assert.Contains("This entry has changed since this edition.", alpha);
        var beta = site.Result.Site.GetText("v/1.0.0/entries/beta/index.html")!;
        Assert.Contains("This entry is unchanged in the newest edition.", beta);
        Assert.DoesNotContain("The newest is", site.Result.Site.GetText("v/1.1.0/entries/alpha/index.html"));
    }

    [Fact]
    public void SwitcherOffersTheSameEntryInEveryEditionThatHasIt()
    {
        var gamma = site.Result.Site.GetText("entries/gamma/index.html")!;
        Assert.Contains("../../v/1.1.0/entries/gamma/", gamma);
        Assert.DoesNotContain("../../v/1.0.0/entries/gamma/", gamma);
        Assert.Contains("Edition 1.0.0 <span class=\"switcher-note\">— this page is not in it</span>", gamma.Replace("\n", " "));
    }

    [Fact]
    public void ChangelogListsEditionsNewestFirstWithDiffLinks()
    {
        var changelog = site.Result.Site.GetText("changelog/index.html")!;
        Assert.True(changelog.IndexOf("Edition 1.1.0", StringComparison.Ordinal) < changelog.IndexOf("Edition 1.0.0", StringComparison.Ordinal));
        Assert.Contains("Adds a second species", changelog);
        Assert.Contains("v/1.1.0/entries/alpha/changes/", changelog);
        Assert.True(site.Result.Site.Contains("v/1.1.0/entries/alpha/changes/index.html"));
    }

    [Fact]
    public void FeedHasOneItemPerEdition()
    {
        var feed = site.Result.Site.GetText("feed.xml")!;
        Assert.Equal(2, feed.Split("<entry>").Length - 1);
        Assert.Contains("<id>https://example.org/mini/v/1.1.0/</id>", feed);
    }

    [Fact]
    public void EditingAReleasedSnapshotFailsTheBuildNamingTheEdition()
    {
        using var copy = FixtureWorkspace.FromFixture("mini");
        FixtureWorkspace.CopyDirectory(site.Workspace.PathOf("handbook"), copy.PathOf("handbook"));
        FixtureWorkspace.CopyDirectory(site.Workspace.PathOf("input"), copy.PathOf("input"));
        File.AppendAllText(copy.PathOf("handbook/editions/1.0.0/entries/beta.md"), "\nA silent edit.\n");
        var result = copy.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("KH4003", error.Code);
        Assert.Contains("edition 1.0.0 was modified after release", error.Message);
        Assert.Equal(0, result.Site.Count);
    }

    [Fact]
    public void ReleaseRefusesAVersionNotGreaterThanTheLast()
    {
        var diagnostics = new DiagnosticBag();
        var record = EditionRelease.Run(new BuildOptions { Root = site.Workspace.Root },
            new ReleaseRequest("1.0.5", "Backwards", new Dictionary<string, string>(), new DateOnly(2026, 11, 21)), diagnostics);
        Assert.Null(record);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "KH4004" && d.Message.Contains("not greater than the last edition, 1.1.0"));
        Assert.False(Directory.Exists(site.Workspace.PathOf("handbook/editions/1.0.5")));
    }

    [Fact]
    public void ReleaseRefusesADirtyBuild()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Replace("input/entries/beta.md", "status: speculative", "status: probable");
        var diagnostics = new DiagnosticBag();
        var record = EditionRelease.Run(new BuildOptions { Root = ws.Root },
            new ReleaseRequest("1.0.0", "Broken", new Dictionary<string, string>(), new DateOnly(2026, 11, 21)), diagnostics);
        Assert.Null(record);
        Assert.False(Directory.Exists(ws.PathOf("handbook/editions/1.0.0")));
    }

    [Fact]
    public void DeletingAReleasedEntryIsAnError()
    {
        using var copy = FixtureWorkspace.FromFixture("mini");
        FixtureWorkspace.CopyDirectory(site.Workspace.PathOf("handbook"), copy.PathOf("handbook"));
        FixtureWorkspace.CopyDirectory(site.Workspace.PathOf("input"), copy.PathOf("input"));
        File.Delete(copy.PathOf("input/entries/gamma.md"));
        var error = Assert.Single(copy.Build().Diagnostics, d => d.IsError);
        Assert.Equal("KH4005", error.Code);
    }
}

/// <summary>Corrections to a released edition are errata shown on its pages; the snapshot and its hash stay as they were.</summary>
public class ErrataTests
{
    [Fact]
    public void ErratumRecordedInEditionsYmlIsShownOnThatEditionsPagesOnly()
    {
        using var site = new EditionTestSite();
        var path = site.Workspace.PathOf("handbook/editions.yml");
        var text = File.ReadAllText(path);
        var first = text.IndexOf("    errata: []", StringComparison.Ordinal);
        File.WriteAllText(path, text[..first] +
            "    errata:\n      - date: 2026-11-25\n        entry: alpha\n        text: \"The rodent dose in the second paragraph should read 10 mg/kg.\"\n" +
            text[(first + "    errata: []\n".Length)..]);

        var result = site.Workspace.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("should read 10 mg/kg", result.Site.GetText("v/1.0.0/entries/alpha/index.html"));
        Assert.DoesNotContain("should read 10 mg/kg", result.Site.GetText("v/1.0.0/entries/beta/index.html"));
        Assert.DoesNotContain("should read 10 mg/kg", result.Site.GetText("v/1.1.0/entries/alpha/index.html"));
        Assert.Contains("should read 10 mg/kg", result.Site.GetText("changelog/index.html"));
    }
}
