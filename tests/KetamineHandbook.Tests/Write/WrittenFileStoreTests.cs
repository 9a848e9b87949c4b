namespace KetamineHandbook.Tests.Write;

/// <summary>
/// `build` keeps the files it wrote in .handbook-cache/files/, by content, and links an unchanged file into
/// the next site instead of writing it again; what the site holds never depends on what the store holds.
/// </summary>
[Collection(KetamineHandbook.Tests.Cli.ConsoleCollection.Name)]
public sealed class WrittenFileStoreTests : IDisposable
{
    private const string Page = "entries/alpha/index.html";
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FixtureWorkspace _ws = FixtureWorkspace.FromFixture("mini");

    public void Dispose() => _ws.Dispose();

    private CliRunner.CliResult Build(string output, params string[] extra) =>
        CliRunner.Run(["build", "--root", _ws.Root, "--output", output, "--format", "msbuild", .. extra]);

    private string StoreFolder => _ws.PathOf(".handbook-cache/files");

    /// <summary>Whether two site files are one file (hard links to the stored copy): a byte appended through one shows through the other.</summary>
    private bool OneFile(string first, string second)
    {
        File.AppendAllText(_ws.PathOf(second), "<!-- probe -->");
        return _ws.Read(first).EndsWith("<!-- probe -->", StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnchangedPageIsLinkedFromTheStoreNotWrittenAgain()
    {
        Assert.Equal(0, Build("site-first").ExitCode);
        Assert.Equal(0, Build("site-second").ExitCode);

        _ws.AssertSameSite("site-first", "site-second");
        Assert.True(OneFile("site-first/" + Page, "site-second/" + Page));
    }

    [Fact]
    public void AChangedPageIsWrittenAfreshAndTheOthersAreStillLinked()
    {
        Build("site-first");
        _ws.Replace("input/entries/alpha.md", "## ", "A sentence added to alpha.\n\n## ");

        Assert.Equal(0, Build("site-second").ExitCode);

        Assert.Contains("A sentence added to alpha.", _ws.Read("site-second/" + Page));
        Assert.False(OneFile("site-first/" + Page, "site-second/" + Page));
        Assert.True(OneFile("site-first/entries/beta/index.html", "site-second/entries/beta/index.html"));
    }

    [Fact]
    public void AStoredCopyWhoseTimeChangedThroughAPublishedSiteIsWrittenAfresh()
    {
        // Only the size and time recorded when a file was kept vouch for its bytes: a file touched since is not trusted.
        Build("site-first");
        File.SetLastWriteTimeUtc(_ws.PathOf("site-first/" + Page), LongAgo);

        Assert.Equal(0, Build("site-second").ExitCode);

        _ws.AssertSameSite("site-first", "site-second");
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(_ws.PathOf("site-second/" + Page)));
        Assert.True(OneFile("site-second/entries/beta/index.html", "site-first/entries/beta/index.html"));
    }

    [Fact]
    public void ADamagedRecordOfKeptFilesOnlyCostsTheLinking()
    {
        Build("site-first");
        File.WriteAllText(_ws.PathOf(".handbook-cache/files.tsv"), "written-file-store 1\nnot\ta\trecord\n\u0000\u0001");

        var result = Build("site-second");

        Assert.Equal(0, result.ExitCode);
        _ws.AssertSameSite("site-first", "site-second");
        Assert.False(OneFile("site-first/" + Page, "site-second/" + Page));
        // The damaged record was replaced: the next build links again.
        Assert.Equal(0, Build("site-third").ExitCode);
        Assert.True(OneFile("site-second/" + Page, "site-third/" + Page));
    }

    [Fact]
    public void AFileChangedInPlaceInAPublishedSiteIsNotCarriedIntoTheNext()
    {
        Build("site-first");
        var pristine = _ws.Read("site-first/" + Page);
        // Written through the link, as a post-processing step that edits the site in place would.
        using (var file = new FileStream(_ws.PathOf("site-first/" + Page), FileMode.Open, FileAccess.Write))
            file.Write("<!-- tampered -->"u8);

        Assert.Equal(0, Build("site-second").ExitCode);
        Assert.Equal(pristine, _ws.Read("site-second/" + Page));

        // The damaged stored copy was replaced, so a third build links the right bytes again.
        Assert.Equal(0, Build("site-third").ExitCode);
        Assert.Equal(pristine, _ws.Read("site-third/" + Page));
    }

    [Fact]
    public void WithoutTheCacheNothingIsStoredAndTheSiteIsTheSame()
    {
        Build("site-cached");
        Build("site-uncached", "--no-cache");
        _ws.AssertSameSite("site-cached", "site-uncached");

        Directory.Delete(_ws.PathOf(".handbook-cache"), true);
        Build("site-again", "--no-cache");
        Assert.False(Directory.Exists(StoreFolder));
    }

    [Fact]
    public void AStoreThatCannotBeWrittenFallsBackToWritingEveryFile()
    {
        // A file where the store's folder should be: nothing can be kept, and the build must not care.
        Directory.CreateDirectory(_ws.PathOf(".handbook-cache"));
        File.WriteAllText(StoreFolder, "not a folder");

        var result = Build("site");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<html", _ws.Read("site/" + Page));
        Build("site-uncached", "--no-cache");
        _ws.AssertSameSite("site-uncached", "site");
    }

    [Fact]
    public void StoredFilesNoSiteUsesAnyMoreAreDeletedOnceTheyOutnumberTheRest()
    {
        Build("site");
        var stored = Directory.EnumerateFiles(StoreFolder, "*", SearchOption.AllDirectories).Count();
        // A theme change alters every page: all the stored pages go stale at once.
        _ws.Replace("theme/layouts/base.html", "</body>", "<!-- theme revised --></body>");
        Build("site");
        _ws.Replace("theme/layouts/base.html", "<!-- theme revised -->", "<!-- revised again -->");
        Build("site");

        var after = Directory.EnumerateFiles(StoreFolder, "*", SearchOption.AllDirectories).Count();
        Assert.True(after <= 2 * stored, $"{after} files kept after three builds of a {stored}-file site");
    }
}
