namespace KetamineHandbook.Tests.Build;

/// <summary>
/// `build` keeps each released edition's rendered pages in .handbook-cache/editions/ and links them into
/// the next site while nothing they were rendered from has changed; the site is the same either way.
/// </summary>
[Collection(KetamineHandbook.Tests.Cli.ConsoleCollection.Name)]
public sealed class EditionRenderCacheTests : IDisposable
{
    private const string EditionPage = "v/1.0.0/entries/alpha/index.html";
    private readonly FixtureWorkspace _ws = FixtureWorkspace.FromFixture("mini");

    public EditionRenderCacheTests() => _ws.ReleaseSnapshot("1.0.0", new DateOnly(2026, 1, 15));

    public void Dispose() => _ws.Dispose();

    private CliRunner.CliResult Build(string output, params string[] extra) =>
        CliRunner.Run(["build", "--root", _ws.Root, "--output", output, "--verbose", "--format", "msbuild", .. extra]);

    private static bool EditionReused(CliRunner.CliResult result) =>
        result.Stderr.Split('\n').Any(l => l.Contains("render edition 1.0.0") && l.Contains("(reused)"));

    [Fact]
    public void SecondBuildReusesTheEditionAndWritesTheSameSiteAsRenderingEverything()
    {
        var first = Build("site-first");
        var second = Build("site-second");
        var uncached = Build("site-uncached", "--no-cache");

        Assert.Equal(0, first.ExitCode);
        Assert.False(EditionReused(first));
        Assert.True(EditionReused(second), second.Stderr);
        Assert.False(EditionReused(uncached));
        Assert.True(File.Exists(_ws.PathOf("site-second/" + EditionPage)));
        _ws.AssertSameSite("site-uncached", "site-first");
        _ws.AssertSameSite("site-uncached", "site-second");
    }

    [Fact]
    public void EditingTheTextOfALivingEntryKeepsTheCachedEdition()
    {
        Build("site");
        _ws.Replace("input/entries/alpha.md", "## ", "A sentence added after the release.\n\n## ");
        var result = Build("site");
        Assert.Equal(0, result.ExitCode);
        Assert.True(EditionReused(result), result.Stderr);
    }

    [Fact]
    public void ChangingTheThemeRendersTheEditionAgain()
    {
        Build("site");
        _ws.Replace("theme/layouts/base.html", "</body>", "<!-- theme revised --></body>");
        var result = Build("site");
        Assert.False(EditionReused(result));
        Assert.Contains("<!-- theme revised -->", _ws.Read("site/" + EditionPage));
    }

    [Fact]
    public void AddingALivingEntryRendersTheEditionAgainSinceItsVersionSwitcherChanges()
    {
        Build("site");
        File.Copy(_ws.PathOf("input/entries/beta.md"), _ws.PathOf("input/entries/gamma.md"));
        _ws.Replace("input/entries/gamma.md", "title: \"", "title: \"Gamma copy of ");
        var result = Build("site");
        Assert.False(EditionReused(result), result.Stderr);
    }

    [Fact]
    public void ACachedFileChangedInPlaceIsNoticedAndTheEditionRenderedAgain()
    {
        Build("site");
        Build("site-uncached", "--no-cache");
        // The published site and the cache share files (hard links): appending to one changes both.
        File.AppendAllText(_ws.PathOf("site/" + EditionPage), "tampered");

        var result = Build("site-again");
        Assert.False(EditionReused(result), result.Stderr);
        _ws.AssertSameSite("site-uncached", "site-again");
        Assert.True(EditionReused(Build("site-third")));
    }

    [Fact]
    public void ACachedFileThatWentMissingIsNoticedAndTheEditionRenderedAgain()
    {
        Build("site");
        var cachedPage = Directory.EnumerateFiles(_ws.PathOf(".handbook-cache/editions/1.0.0"), "index.html", SearchOption.AllDirectories).First();
        File.Delete(cachedPage);

        var result = Build("site-again");
        Assert.Equal(0, result.ExitCode);
        Assert.False(EditionReused(result), result.Stderr);
        Assert.True(File.Exists(_ws.PathOf("site-again/" + EditionPage)));
    }

    [Fact]
    public void AnUnwritableCacheFolderOnlyCostsTheCacheAndTheBuildStillSucceeds()
    {
        _ws.Write(".handbook-cache", "a file where the cache folder would go");

        var result = Build("site");
        Build("site-uncached", "--no-cache");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
        _ws.AssertSameSite("site-uncached", "site");
    }

    [Fact]
    public void EditingAReleasedSnapshotFailsTheBuildEvenThoughTheEditionsPagesAreCached()
    {
        // The cached pages are keyed by editions.yml, which the edit leaves alone; the snapshot's own hash check
        // (read beside the living handbook when the pages are cached) must still stop the build.
        Build("site");
        File.AppendAllText(_ws.PathOf("handbook/editions/1.0.0/entries/beta.md"), "\nA silent edit.\n");

        var result = Build("site-new");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("KH4003", result.Stderr);
        Assert.Contains("edition 1.0.0 was modified after release", result.Stderr);
        Assert.False(Directory.Exists(_ws.PathOf("site-new")));
    }

    [Fact]
    public void ATemplateErrorInAnEditionsPageIsReportedAtItsLineAndTheEditionIsRenderedOnlyOnce()
    {
        // Only the edition's pages reach the broken line. Its render cannot be kept, and it lets each body go as
        // the page is written, so it must be reported as it is, not rendered a second time (an internal error).
        _ws.Replace("theme/layouts/entry.html", "<h1 id=\"entry-title\">",
            "{{ if edition.version }}{{ entry.no_such_member.title }}{{ end }}<h1 id=\"entry-title\">");

        var result = Build("site");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("KH5003", result.Stderr);
        Assert.Contains("v/1.0.0/entries/alpha/", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
        Assert.False(Directory.Exists(_ws.PathOf("site")));
        Assert.False(Directory.Exists(_ws.PathOf(".handbook-cache/editions/1.0.0")));
        Assert.Empty(Directory.EnumerateDirectories(_ws.PathOf(".handbook-cache/editions"), ".*"));
    }

    [Fact]
    public void AFailedBuildLeavesNeitherAStagingFolderNorAHalfWrittenSite()
    {
        Build("site");
        _ws.Replace("input/entries/beta.md", "status: speculative", "status: probable");
        var result = Build("site-new");
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(_ws.PathOf("site-new")));
        Assert.Empty(Directory.EnumerateDirectories(_ws.Root, ".*tmp*"));
    }
}
