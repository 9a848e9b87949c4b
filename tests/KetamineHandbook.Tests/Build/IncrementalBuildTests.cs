using KetamineHandbook.Build;
using KetamineHandbook.Tests.Cli;

namespace KetamineHandbook.Tests.Build;

/// <summary>
/// The preview server rebuilds with a <see cref="BuildCache"/>; whatever it reuses, the site and the
/// diagnostics must be exactly those of a build from scratch. If this fails after a change to a stage,
/// that stage now depends on something the cache key in BuildPipeline (or ParsedDocumentCache) misses.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly FixtureWorkspace _handbook = FixtureWorkspace.FromRealHandbook();
    private readonly BuildCache _cache = new();

    public IncrementalBuildTests() => _handbook.ReleaseSnapshot("2.0.0", new DateOnly(2026, 11, 26));

    public void Dispose() => _handbook.Dispose();

    private BuildResult AssertCachedEqualsFresh()
    {
        var options = new BuildOptions { Root = _handbook.Root };
        var cached = BuildPipeline.Run(options with { Cache = _cache });
        var fresh = BuildPipeline.Run(options);
        Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
        Assert.Equal(fresh.Site.Paths, cached.Site.Paths);
        foreach (var path in fresh.Site.Paths)
            Assert.True(fresh.Site.Get(path)!.AsSpan().SequenceEqual(cached.Site.Get(path)), $"{path} differs between the cached and the fresh build");
        return cached;
    }

    private static string FirstEntry => "input/entries/glutamate-surge.md";

    [Fact]
    public void A_second_build_reuses_theme_editions_and_edition_pages()
    {
        AssertCachedEqualsFresh();
        var second = AssertCachedEqualsFresh();
        Assert.Contains(second.Timings, t => t.Stage == "parse theme" && t.Reused);
        Assert.Contains(second.Timings, t => t.Stage == "load editions" && t.Reused);
        Assert.Contains(second.Timings, t => t.Stage == "render edition 2.0.0" && t.Reused);
    }

    [Fact]
    public void Editing_an_entry_body_or_title_gives_the_same_site_as_a_fresh_build()
    {
        AssertCachedEqualsFresh();
        _handbook.Write(FirstEntry, _handbook.Read(FirstEntry).Replace("## Open questions", "## Open questions\n\nA sentence added while previewing."));
        AssertCachedEqualsFresh();
        _handbook.Write(FirstEntry, _handbook.Read(FirstEntry).Replace("title: \"Glutamate surge\"", "title: \"Glutamate surge (revised)\""));
        AssertCachedEqualsFresh();
    }

    [Fact]
    public void Adding_removing_and_breaking_entries_gives_the_same_result_as_a_fresh_build()
    {
        AssertCachedEqualsFresh();
        var text = _handbook.Read(FirstEntry);
        _handbook.Write("input/entries/a-new-entry.md", text.Replace("title: \"Glutamate surge\"", "title: \"A new entry\""));
        AssertCachedEqualsFresh();

        _handbook.Write(FirstEntry, text.Replace("category: mechanism", "category: mechanismm"));
        var broken = AssertCachedEqualsFresh();
        Assert.False(broken.Succeeded);

        _handbook.Write(FirstEntry, text);
        Assert.True(AssertCachedEqualsFresh().Succeeded);

        File.Delete(_handbook.PathOf("input/entries/a-new-entry.md"));
        AssertCachedEqualsFresh();
    }

    [Fact]
    public void Changing_a_link_target_or_the_theme_gives_the_same_site_as_a_fresh_build()
    {
        AssertCachedEqualsFresh();
        // Another entry's heading disappears: entries linking to it must be re-resolved, not reused.
        var target = "input/entries/ampa-receptor-activation.md";
        _handbook.Write(target, _handbook.Read(target).Replace("## Evidence in humans", "## Human evidence"));
        AssertCachedEqualsFresh();

        var layout = "theme/layouts/entry.html";
        _handbook.Write(layout, _handbook.Read(layout) + "\n<!-- theme edited while previewing -->\n");
        AssertCachedEqualsFresh();
    }
}
