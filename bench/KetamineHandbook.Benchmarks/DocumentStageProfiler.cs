using System.Diagnostics;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Parse.Yaml;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// Splits the per-document work (front matter, Markdown parse, HTML safety, link resolution) into its
/// parts, single-threaded, over every entry of a tree: the parse stage's own breakdown.
/// </summary>
public static class DocumentStageProfiler
{
    public static void Run(string inputRoot)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Create();
        var clock = Stopwatch.StartNew();
        var source = HandbookSource.Load(inputRoot, "input", diagnostics);
        Report("read files", clock);
        foreach (var f in source.Entries) FrontMatterSplitter.Split(f.Text, f.DisplayPath, diagnostics);
        Report("front matter split", clock);
        var splits = source.Entries.Select(f => FrontMatterSplitter.Split(f.Text, f.DisplayPath, diagnostics)!).ToList();
        clock.Restart();
        foreach (var s in splits) YamlSchemaReader.Read(s.Yaml, EntrySchema.Spec, "x", 1, diagnostics);
        Report("YAML schema read", clock);
        foreach (var s in splits) MarkdownNesting.ExceedsLimit(s.Body, out _);
        Report("nesting scan", clock);
        foreach (var s in splits) Markdig.Markdown.Parse(s.Body, pipeline);
        Report("Markdig parse", clock);
        var docs = source.Entries.Select(f => DocumentParser.Parse(f, DocumentKind.Entry, pipeline, diagnostics)!).ToList();
        Report("DocumentParser.Parse (all of the above)", clock);
        var index = new DocumentIndex(docs);
        Report("document index", clock);
        foreach (var d in docs) HtmlSafety.Check(d, diagnostics);
        Report("HTML safety", clock);
        foreach (var d in docs) LinkResolver.Rewrite(d);
        Report("link rewrite", clock);
        foreach (var d in docs) LinkResolver.Check(d, index, diagnostics);
        Report("link check", clock);
        foreach (var d in docs) KetamineHandbook.Render.MarkdownHtml.Render(d.Markdown, pipeline);
        Report("Markdown → HTML", clock);
    }

    private static void Report(string name, Stopwatch clock)
    {
        Console.WriteLine($"  {name,-42} {clock.ElapsedMilliseconds,7} ms");
        clock.Restart();
    }
}
