using KetamineHandbook.Model;
using KetamineHandbook.Write;

namespace KetamineHandbook.Tests.Write;

/// <summary>A staged site writes each file as it is added, and is published or thrown away whole.</summary>
public sealed class StagedSiteOutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"kh-staged-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, true);
    }

    private string Output => Path.Combine(_folder, "site");

    private SiteOutput Staged() => SiteOutput.StagedIn(SiteWriter.StagingFolderFor(Output));

    /// <summary>A site published by an earlier build, with one file.</summary>
    private void PreviousSite(string file, string text)
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, file), text);
    }

    [Fact]
    public void Files_are_on_disk_in_the_staging_folder_as_soon_as_they_are_added_and_nowhere_else()
    {
        var site = Staged();
        site.Add("entries/a/index.html", "<p>a</p>");

        Assert.Equal("<p>a</p>", File.ReadAllText(Path.Combine(site.StagingFolder!, "entries/a/index.html")));
        Assert.Equal("<p>a</p>", site.GetText("entries/a/index.html"));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Writing_swaps_the_staging_folder_in_and_replaces_the_previous_site()
    {
        PreviousSite("stale.html", "old");
        var site = Staged();
        site.Add("index.html", "new");

        Assert.True(SiteWriter.Write(site, Output, new DiagnosticBag()));

        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(Output, "stale.html")));
        Assert.False(Directory.Exists(site.StagingFolder));
    }

    [Fact]
    public void Discarding_removes_the_staging_folder_and_leaves_the_previous_site_alone()
    {
        PreviousSite("index.html", "old");
        var site = Staged();
        site.Add("index.html", "new");

        site.Discard();

        Assert.False(Directory.Exists(site.StagingFolder));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void An_existing_file_is_added_without_copying_its_bytes_into_memory_and_reads_back_the_same()
    {
        Directory.CreateDirectory(_folder);
        var cached = Path.Combine(_folder, "cached.html");
        File.WriteAllText(cached, "cached page");
        var staged = Staged();
        var inMemory = new SiteOutput();

        staged.AddExisting("v/1.0.0/index.html", cached);
        inMemory.AddExisting("v/1.0.0/index.html", cached);

        Assert.Equal("cached page", File.ReadAllText(Path.Combine(staged.StagingFolder!, "v/1.0.0/index.html")));
        Assert.Equal("cached page", staged.GetText("v/1.0.0/index.html"));
        Assert.Equal("cached page", inMemory.GetText("v/1.0.0/index.html"));
    }

    [Fact]
    public void Two_outputs_claiming_one_path_is_still_a_bug_that_fails_loudly()
    {
        var site = Staged();
        site.Add("index.html", "one");
        Assert.Throws<InvalidOperationException>(() => site.Add("index.html", "two"));
    }
}
