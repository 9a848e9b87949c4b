using BenchmarkDotNet.Attributes;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Benchmarks;

/// <summary>Front matter of one typical entry: split from the body, then read against the entry schema.</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(BenchCorpus.InputRoot, "entries")).Order().First());

    [Benchmark(Description = "front-matter parse")]
    public YamlObject? Parse()
    {
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterSplitter.Split(_text, "entry.md", diagnostics)!;
        return YamlSchemaReader.Read(split.Yaml, EntrySchema.Spec, "entry.md", 1, diagnostics);
    }
}
