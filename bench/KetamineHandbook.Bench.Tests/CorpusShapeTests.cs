using System.Text.RegularExpressions;
using KetamineHandbook.Bench.Corpus;

namespace KetamineHandbook.Bench.Tests;

/// <summary>The generated entries have the shape issue 9 asks for: length, citations, cross-links, table, lists.</summary>
public sealed partial class CorpusShapeTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    [GeneratedRegex(@"@([a-z]+\d{4}[a-z]*)")]
    private static partial Regex CitationKey();

    [GeneratedRegex(@"\]\(([a-z0-9-]+)\.md#([a-z0-9-]+)\)")]
    private static partial Regex AnchoredCrossLink();

    [Fact]
    public void Every_entry_has_600_to_900_words()
    {
        foreach (var e in corpus.Generated)
        {
            var words = e.Body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 600, 900);
        }
    }

    [Fact]
    public void Every_entry_cites_3_to_8_keys_that_exist_in_the_bibliography()
    {
        var bib = File.ReadAllText(Path.Combine(corpus.HandbookRoot, "input", "references.bib"));
        foreach (var e in corpus.Generated)
        {
            var keys = CitationKey().Matches(e.Body).Select(m => m.Groups[1].Value).ToHashSet();
            Assert.InRange(keys.Count, 3, 8);
            Assert.All(keys, k => Assert.Contains("{" + k + ",", bib));
        }
    }

    [Fact]
    public void Every_entry_uses_every_citation_form()
    {
        foreach (var e in corpus.Generated)
        {
            Assert.Matches(@"\[@[a-z0-9]+\]", e.Body);
            Assert.Matches(@"\[@[a-z0-9]+; @[a-z0-9]+\]", e.Body);
            Assert.Matches(@"\[see @[a-z0-9]+, p\. \d+\]", e.Body);
            Assert.Matches(@"\[-@[a-z0-9]+\]", e.Body);
            Assert.Matches(@"(^|\s)@[a-z0-9]+ showed", e.Body);
        }
    }

    [Fact]
    public void Every_entry_links_one_to_three_headings_of_other_entries_that_exist()
    {
        var plans = corpus.Plan.Entries.ToDictionary(p => p.Id);
        foreach (var e in corpus.Generated)
        {
            var links = AnchoredCrossLink().Matches(e.Body).Where(m => m.Groups[1].Value != e.Plan.Id).ToList();
            Assert.InRange(links.Count, 1, 3);
            Assert.All(links, l => Assert.Contains(l.Groups[2].Value, plans[l.Groups[1].Value].Anchors));
        }
    }

    [Fact]
    public void Every_entry_has_a_pipe_table_a_bulleted_and_a_numbered_list()
    {
        foreach (var e in corpus.Generated)
        {
            Assert.Contains("|---|---|---:|---|", e.Body);
            Assert.Contains("\n- ", e.Body);
            Assert.Contains("\n1. ", e.Body);
        }
    }

    [Fact]
    public void The_bibliography_has_every_entry_type()
    {
        var bib = File.ReadAllText(Path.Combine(corpus.HandbookRoot, "input", "references.bib"));
        foreach (var type in new[] { "@article{", "@book{", "@incollection{", "@inproceedings{", "@misc{", "@online{" })
            Assert.Contains(type, bib);
        Assert.Equal(corpus.Options.ReferenceCount, Regex.Matches(bib, @"^@(?!string)\w+\{", RegexOptions.Multiline).Count);
    }

    [Fact]
    public void The_hugo_site_has_the_living_text_of_every_entry()
    {
        foreach (var e in corpus.Generated)
        {
            var hugo = File.ReadAllText(Path.Combine(corpus.HugoRoot, "content", "entries", e.Plan.Id + ".md"));
            var living = File.ReadAllText(Path.Combine(corpus.HandbookRoot, "input", "entries", e.Plan.Id + ".md"));
            Assert.Equal(living, hugo);
        }
        Assert.True(File.Exists(Path.Combine(corpus.HugoRoot, "layouts", "_default", "baseof.html")));
    }

    [Fact]
    public void The_same_seed_gives_the_same_corpus_and_another_seed_does_not()
    {
        var again = EntryWriter.WriteAll(CorpusPlan.Create(corpus.Options));
        Assert.Equal(corpus.Generated.Select(e => e.LivingText), again.Select(e => e.LivingText));
        var other = EntryWriter.WriteAll(CorpusPlan.Create(corpus.Options with { Seed = corpus.Options.Seed + 1 }));
        Assert.NotEqual(corpus.Generated.Select(e => e.LivingText), other.Select(e => e.LivingText));
    }
}
