using BenchmarkDotNet.Attributes;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Resolve;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// Link checking for one entry against the index of the whole corpus: every cross-link's target entry and
/// heading anchor looked up and rewritten to a site URL. Resolving rewrites the URLs in place, so each
/// call first puts the original <c>.md</c> URLs back (a loop over a handful of links, negligible).
/// </summary>
[MemoryDiagnoser]
public class LinkResolveBenchmarks
{
    private DocumentIndex _index = null!;
    private ParsedDocument _doc = null!;
    private (LinkInline Link, string? Url)[] _links = [];

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Create();
        var source = HandbookSource.Load(BenchCorpus.InputRoot, "input", diagnostics);
        var docs = source.Entries.Select(f => DocumentParser.Parse(f, DocumentKind.Entry, pipeline, diagnostics)!)
            .Concat(source.Pages.Select(f => DocumentParser.Parse(f, DocumentKind.Page, pipeline, diagnostics)!)).ToList();
        _index = new DocumentIndex(docs);
        _doc = _index.Entries[0];
        _links = _doc.Markdown.Descendants<LinkInline>().Select(l => (l, l.Url)).ToArray();
    }

    [Benchmark(Description = "link resolve (one entry)")]
    public void Resolve()
    {
        foreach (var (link, url) in _links) link.Url = url;
        LinkResolver.Rewrite(_doc);
        LinkResolver.Check(_doc, _index, new DiagnosticBag());
    }
}
