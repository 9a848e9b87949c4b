namespace KetamineHandbook.Tests.Build;

/// <summary>An entry id is a permanent URL: retiring the entry must not take its page away (DESIGN: "a retired entry leaves a page that says where its content went").</summary>
public sealed class RetiredEntryTests : IDisposable
{
    private readonly FixtureWorkspace _handbook = FixtureWorkspace.FromRealHandbook();

    public void Dispose() => _handbook.Dispose();

    [Fact]
    public void A_retired_entry_keeps_its_page_which_points_to_its_replacement_and_passes_the_site_check()
    {
        _handbook.Replace("input/entries/glutamate-surge.md", "status: supported", "status: retired\nreplaced_by: ampa-receptor-activation");

        var check = CliRunner.Run("check", "--root", _handbook.Root, "--format", "msbuild");
        Assert.Equal(0, check.ExitCode);
        var build = CliRunner.Run("build", "--root", _handbook.Root, "--no-cache");
        Assert.Equal(0, build.ExitCode);

        var page = File.ReadAllText(_handbook.PathOf("_site/entries/glutamate-surge/index.html"));
        Assert.Contains("This entry has been retired", page);
        Assert.Contains("entries/ampa-receptor-activation/\">AMPA-receptor activation</a>.</p>", page);
        // Not in the reading order: no other entry's previous/next link leads to it.
        foreach (var other in Directory.EnumerateFiles(_handbook.PathOf("_site/entries"), "index.html", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("glutamate-surge")))
            Assert.DoesNotContain("entries/glutamate-surge/\" rel=\"", File.ReadAllText(other));
    }
}
