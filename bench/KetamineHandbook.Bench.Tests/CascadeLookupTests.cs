using KetamineHandbook.Bench.Corpus;
using KetamineHandbook.Build;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Bench.Tests;

/// <summary>The per-entry edge lookup added for speed gives exactly what the scan over every edge gave.</summary>
public sealed class CascadeLookupTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    [Fact]
    public void Edges_into_an_entry_are_the_edges_whose_target_it_is_in_the_same_order()
    {
        var tree = TreeLoader.Load(Path.Combine(corpus.HandbookRoot, "input"), "input", null, MarkdownPipelineFactory.Create(), new DiagnosticBag())!;
        var cascade = new Cascade(tree.Index);
        Assert.NotEmpty(cascade.Edges);
        foreach (var entry in tree.Index.Entries)
            Assert.Equal(cascade.Edges.Where(e => e.To == entry.Id), cascade.EdgesInto(entry.Id));
    }
}
