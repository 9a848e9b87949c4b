using KetamineHandbook.Build;
using KetamineHandbook.Load;
using KetamineHandbook.Bench.Corpus;

namespace KetamineHandbook.Bench.Tests;

/// <summary>The generated corpus is valid input: it builds cleanly as the living handbook plus edition 1.0.0.</summary>
public sealed class CorpusBuildTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    [Fact]
    public void The_corpus_builds_without_errors_or_warnings_into_living_and_edition_pages()
    {
        var result = BuildPipeline.Run(new BuildOptions { Root = corpus.HandbookRoot });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.Stats.Editions);
        foreach (var entry in corpus.Plan.Entries)
        {
            Assert.True(result.Site.Contains($"entries/{entry.Id}/index.html"));
            Assert.True(result.Site.Contains($"v/{HandbookLayout.EditionVersion}/entries/{entry.Id}/index.html"));
        }
    }

    [Fact]
    public void The_recorded_edition_hash_matches_the_snapshot()
    {
        var snapshot = EditionSnapshot.Folder(Path.Combine(corpus.HandbookRoot, "handbook"), HandbookLayout.EditionVersion);
        Assert.Equal(corpus.Hash, EditionSnapshot.ComputeHash(snapshot));
        Assert.Contains($"sha256: {corpus.Hash}", File.ReadAllText(Path.Combine(corpus.HandbookRoot, "handbook", "editions.yml")));
    }

    [Fact]
    public void Some_living_entries_were_revised_after_the_edition()
    {
        var revised = corpus.Generated.Where(e => e.Revision is not null).ToList();
        Assert.NotEmpty(revised);
        var snapshot = EditionSnapshot.Folder(Path.Combine(corpus.HandbookRoot, "handbook"), HandbookLayout.EditionVersion);
        foreach (var e in revised)
            Assert.NotEqual(
                File.ReadAllText(Path.Combine(snapshot, "entries", e.Plan.Id + ".md")),
                File.ReadAllText(Path.Combine(corpus.HandbookRoot, "input", "entries", e.Plan.Id + ".md")));
    }
}
