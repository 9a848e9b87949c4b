using KetamineHandbook.Build;
using KetamineHandbook.Cli.Serve;
using KetamineHandbook.Write;

namespace KetamineHandbook.Tests.Build;

/// <summary>
/// The preview server applies an edit to a body to its last build (<see cref="BodyEditRebuild"/>) instead
/// of building again. Whatever it skips, the site and the diagnostics must be exactly a fresh build's; an
/// edit it cannot apply exactly must be declined, so a full build runs. If a test here fails after a change
/// to a page, that page now depends on an entry's body and must be re-rendered with it (or the edit declined).
/// </summary>
public sealed class BodyEditRebuildTests : IDisposable
{
    private const string Entry = "input/entries/glutamate-surge.md";
    private const string Page = "input/pages/methods.md";

    private readonly FixtureWorkspace _handbook = FixtureWorkspace.FromRealHandbook();
    private readonly BuildCache _cache = new();
    private readonly BuildOptions _options;

    public BodyEditRebuildTests()
    {
        _handbook.ReleaseSnapshot("2.0.0", new DateOnly(2026, 11, 26));
        _options = new BuildOptions { Root = _handbook.Root, Cache = _cache };
        Assert.True(BuildPipeline.Run(_options).Succeeded);
    }

    public void Dispose() => _handbook.Dispose();

    private BuildResult? Apply(params string[] saved) => BodyEditRebuild.TryRun(_options, saved);

    /// <summary>Applies the saved files to the kept build and checks the result against a build from scratch.</summary>
    private BuildResult AppliedEqualsFresh(params string[] saved)
    {
        var before = _cache.Living!.Site;
        var applied = Apply(saved);
        Assert.NotNull(applied);
        var fresh = BuildPipeline.Run(_options with { Cache = null });
        Assert.Equal(fresh.Diagnostics, applied.Diagnostics);
        Assert.Equal(fresh.Site.Paths, applied.Site.Paths);
        foreach (var path in fresh.Site.Paths)
            Assert.True(fresh.Site.Get(path)!.AsSpan().SequenceEqual(applied.Site.Get(path)), $"{path} differs between the applied edit and a fresh build");
        if (applied.Succeeded) Assert.Equal(SiteDiff.ChangedPaths(before, applied.Site).Order(), applied.ChangedPaths!.Order());
        return applied;
    }

    private void Edit(string file, string oldText, string newText) => _handbook.Replace(file, oldText, newText);

    [Fact]
    public void A_sentence_added_to_an_entry_re_renders_its_page_its_new_diff_the_changelog_and_the_search_index()
    {
        Edit(Entry, "## Open questions", "## Open questions\n\nA sentence added while previewing.");
        var applied = AppliedEqualsFresh(Entry);

        Assert.Contains("entries/glutamate-surge/index.html", applied.ChangedPaths!);
        Assert.Contains("entries/glutamate-surge/changes/index.html", applied.ChangedPaths!);
        Assert.Contains("changelog/index.html", applied.ChangedPaths!);
        Assert.Contains("api/search.json", applied.ChangedPaths!);
        Assert.DoesNotContain("index.html", applied.ChangedPaths!);
    }

    [Fact]
    public void Later_edits_to_the_same_entry_are_applied_to_the_build_before_them()
    {
        Edit(Entry, "## Open questions", "## Open questions\n\nFirst sentence.");
        AppliedEqualsFresh(Entry);
        Edit(Entry, "First sentence.", "First sentence, reworded.");
        var second = AppliedEqualsFresh(Entry);
        Assert.DoesNotContain("changelog/index.html", second.ChangedPaths!);
    }

    [Fact]
    public void A_page_body_edit_is_applied()
    {
        var text = _handbook.Read(Page);
        var firstHeading = text.IndexOf("\n## ", StringComparison.Ordinal);
        _handbook.Write(Page, text.Insert(firstHeading, "\n\nA sentence added to a page.\n"));
        var applied = AppliedEqualsFresh(Page);
        Assert.Contains("methods/index.html", applied.ChangedPaths!);
    }

    [Fact]
    public void An_edit_that_breaks_a_link_fails_with_the_fresh_builds_errors_and_its_fix_is_applied_to_the_last_good_build()
    {
        Edit(Entry, "## Open questions", "## Open questions\n\nSee [nowhere](no-such-entry.md).");
        var broken = AppliedEqualsFresh(Entry);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Location.Path == Entry);

        Edit(Entry, "See [nowhere](no-such-entry.md).", "See [disinhibition](gaba-interneuron-disinhibition.md).");
        Assert.True(AppliedEqualsFresh(Entry).Succeeded);
    }

    [Fact]
    public void A_newly_cited_work_re_renders_the_references_page_and_the_entrys_bibliography_files()
    {
        Edit(Entry, "## Open questions", "## Open questions\n\nA new citation [@zanos2016].");
        var applied = AppliedEqualsFresh(Entry);
        Assert.Contains("references/index.html", applied.ChangedPaths!);
        Assert.Contains("entries/glutamate-surge/references.bib", applied.ChangedPaths!);
        Assert.Contains("entries/glutamate-surge/references.ris", applied.ChangedPaths!);
    }

    [Fact]
    public void Citation_edits_one_after_another_in_two_documents_each_give_a_fresh_builds_site()
    {
        const string other = "input/entries/ampa-receptor-activation.md";
        Edit(Entry, "## Open questions", "## Open questions\n\nA new citation [@zanos2016].");
        AppliedEqualsFresh(Entry);
        Edit(other, "## Open questions", "## Open questions\n\nCited here too [@zanos2016; @abdallah2018].");
        AppliedEqualsFresh(other);
        Edit(Entry, " [@zanos2016]", "");
        AppliedEqualsFresh(Entry);
        Edit(Entry, " [@abdallah2018]", "");
        var last = AppliedEqualsFresh(Entry);
        Assert.DoesNotContain(last.Diagnostics, d => d.Code == KetamineHandbook.Model.DiagnosticCodes.UncitedReference);
    }

    [Fact]
    public void A_work_no_longer_cited_anywhere_gains_its_warning()
    {
        Edit(Entry, " [@abdallah2018]", "");
        var applied = AppliedEqualsFresh(Entry);
        Assert.Contains(applied.Diagnostics, d => d.Code == KetamineHandbook.Model.DiagnosticCodes.UncitedReference && d.Message.Contains("'abdallah2018'"));
    }

    [Fact]
    public void Citing_already_cited_works_in_another_order_leaves_the_references_page_alone()
    {
        Edit(Entry, "## Summary\n", "## Summary\n\nSee also [@autry2011; @moghaddam1997].\n");
        var applied = AppliedEqualsFresh(Entry);
        Assert.DoesNotContain("references/index.html", applied.ChangedPaths!);
    }

    [Fact]
    public void A_page_citing_a_work_is_applied()
    {
        var text = _handbook.Read(Page);
        _handbook.Write(Page, text.Insert(text.IndexOf("\n## ", StringComparison.Ordinal), "\n\nThe seed review [@irwin2021].\n"));
        var applied = AppliedEqualsFresh(Page);
        Assert.Contains("references/index.html", applied.ChangedPaths!);
    }

    [Fact]
    public void An_entry_that_stops_citing_anything_is_declined_because_its_bibliography_files_go()
    {
        _handbook.Write("input/entries/one-citation.md", OneCitationEntry("[@irwin2021]"));
        Assert.True(BuildPipeline.Run(_options).Succeeded);
        _handbook.Write("input/entries/one-citation.md", OneCitationEntry("(citation removed)"));
        Assert.Null(Apply("input/entries/one-citation.md"));
    }

    private string OneCitationEntry(string citation)
    {
        var text = _handbook.Read(Entry);
        var body = text.IndexOf("## Summary", StringComparison.Ordinal);
        return text[..body].Replace("title: \"Glutamate surge\"", "title: \"One citation\"") + $"## Summary\n\nOne sentence {citation}.\n";
    }

    [Fact]
    public void A_renamed_heading_re_renders_the_entries_linking_to_it_which_break_and_mend_with_it()
    {
        const string other = "input/entries/ampa-receptor-activation.md";
        Edit(other, "## Open questions", "## Open questions\n\nSee the [surge's open questions](glutamate-surge.md#open-questions).");
        AppliedEqualsFresh(other);

        Edit(Entry, "## Open questions", "## Questions still open");
        var broken = AppliedEqualsFresh(Entry);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Location.Path == other && d.Code == KetamineHandbook.Model.DiagnosticCodes.MissingAnchor);

        Edit(Entry, "## Questions still open", "## Open questions");
        var mended = AppliedEqualsFresh(Entry);
        Assert.True(mended.Succeeded);
        // While it was broken the preview kept showing the last good site, which is what the mended text renders to.
        Assert.Empty(mended.ChangedPaths!);
    }

    [Fact]
    public void A_renamed_heading_nobody_links_to_is_applied()
    {
        Edit(Entry, "## Open questions", "## Questions still open");
        var applied = AppliedEqualsFresh(Entry);
        Assert.Contains("entries/glutamate-surge/index.html", applied.ChangedPaths!);
    }

    [Theory]
    [InlineData("title: \"Glutamate surge\"", "title: \"Glutamate surge (revised)\"")]
    [InlineData("reviewed: 2026-11-26", "reviewed: 2026-11-27")]
    public void Edits_to_the_front_matter_are_declined(string oldText, string newText)
    {
        Edit(Entry, oldText, newText);
        Assert.Null(Apply(Entry));
    }

    [Fact]
    public void New_deleted_and_non_entry_files_are_declined_and_vanished_temporary_files_ignored()
    {
        _handbook.Write("input/entries/a-new-entry.md", _handbook.Read(Entry));
        Assert.Null(Apply("input/entries/a-new-entry.md"));
        File.Delete(_handbook.PathOf("input/entries/a-new-entry.md"));

        Assert.Null(Apply("theme/layouts/entry.html"));
        Assert.Null(Apply("input/references.bib"));
        Assert.Null(Apply("input"));

        Edit(Entry, "## Open questions", "## Open questions\n\nSaved through sed.");
        Assert.NotNull(Apply("input/entries/sedX1b2c3", Entry));
    }

    [Fact]
    public void An_entry_restored_to_the_released_text_is_declined_because_its_diff_page_goes()
    {
        var released = _handbook.Read(Entry);
        Edit(Entry, "## Open questions", "## Open questions\n\nTemporary.");
        AppliedEqualsFresh(Entry);
        _handbook.Write(Entry, released);
        Assert.Null(Apply(Entry));
    }
}

/// <summary>The preview's builder chooses between applying an edit and building again from every path saved.</summary>
public sealed class LiveBuilderTests : IDisposable
{
    private readonly FixtureWorkspace _handbook = FixtureWorkspace.FromRealHandbook();

    public void Dispose() => _handbook.Dispose();

    [Fact]
    public void An_entry_deleted_in_the_same_batch_as_a_body_edit_leaves_the_site()
    {
        var builder = new LiveBuilder(new BuildOptions { Root = _handbook.Root });
        Assert.False(builder.Rebuild([]).Failed);
        _handbook.Write("input/entries/short-lived.md", _handbook.Read("input/entries/glutamate-surge.md").Replace("title: \"Glutamate surge\"", "title: \"Short-lived\""));
        Assert.True(builder.Rebuild(["input/entries/short-lived.md"]).Site!.Contains("entries/short-lived/index.html"));

        File.Delete(_handbook.PathOf("input/entries/short-lived.md"));
        _handbook.Replace("input/entries/glutamate-surge.md", "## Open questions", "## Open questions\n\nEdited as the other was deleted.");
        var snapshot = builder.Rebuild(["input/entries/glutamate-surge.md", "input/entries/short-lived.md"]);

        Assert.Empty(snapshot.Errors);
        Assert.False(snapshot.Site!.Contains("entries/short-lived/index.html"));
        Assert.Contains("Edited as the other was deleted.", snapshot.Site.GetText("entries/glutamate-surge/index.html"));
    }

    [Fact]
    public void A_body_edit_after_a_failed_edit_to_another_entry_still_shows_that_entrys_error()
    {
        var builder = new LiveBuilder(new BuildOptions { Root = _handbook.Root });
        Assert.False(builder.Rebuild([]).Failed);
        _handbook.Replace("input/entries/glutamate-surge.md", "## Open questions", "## Open questions\n\nSee [nowhere](no-such-entry.md).");
        Assert.True(builder.Rebuild(["input/entries/glutamate-surge.md"]).Failed);

        _handbook.Replace("input/entries/ampa-receptor-activation.md", "## Open questions", "## Open questions\n\nAn unrelated sentence.");
        var snapshot = builder.Rebuild(["input/entries/ampa-receptor-activation.md"]);
        Assert.True(snapshot.Failed);
        Assert.Contains(snapshot.Errors, d => d.Location.Path == "input/entries/glutamate-surge.md");
    }
}
