using BenchmarkDotNet.Attributes;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Render;
using Markdig;
using Markdig.Syntax;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// One typical entry (about 750 words, citations in every form, a table, lists, cross-links) through the
/// shared Markdig pipeline: parsing, rendering a parsed tree to HTML, and the whole document parse.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private MarkdownPipeline _pipeline = null!;
    private SourceFile _file = null!;
    private string _body = "";
    private MarkdownDocument _parsed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = MarkdownPipelineFactory.Create();
        var path = Directory.EnumerateFiles(Path.Combine(BenchCorpus.InputRoot, "entries")).Order().First();
        _file = new SourceFile("entries/" + Path.GetFileName(path), "input/entries/" + Path.GetFileName(path), File.ReadAllText(path));
        _body = FrontMatterSplitter.Split(_file.Text, _file.DisplayPath, new DiagnosticBag())!.Body;
        _parsed = Markdig.Markdown.Parse(_body, _pipeline);
    }

    [Benchmark(Description = "Markdown parse")]
    public MarkdownDocument Parse() => Markdig.Markdown.Parse(_body, _pipeline);

    [Benchmark(Description = "Markdown render (parsed tree to HTML)")]
    public string Render() => MarkdownHtml.Render(_parsed, _pipeline);

    [Benchmark(Description = "document parse (front matter, Markdown, headings)")]
    public ParsedDocument? ParseDocument() => DocumentParser.Parse(_file, DocumentKind.Entry, _pipeline, new DiagnosticBag());
}
