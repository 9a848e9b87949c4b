using BenchmarkDotNet.Attributes;
using KetamineHandbook.Bench.Corpus;
using KetamineHandbook.Parse.BibTex;

namespace KetamineHandbook.Benchmarks;

/// <summary>Reading a 5,000-entry citation store (issue 3 asks for well under a second): the whole BibTeX reader, decoding included.</summary>
[MemoryDiagnoser]
public class BibTexBenchmarks
{
    private string _bib = "";

    [GlobalSetup]
    public void Setup()
    {
        var options = new CorpusOptions { Entries = 20_000, References = 5_000, Output = Path.GetTempPath(), Theme = "", Hugo = false };
        _bib = BibliographyWriter.Write(CorpusPlan.Create(options));
    }

    [Benchmark(Description = "BibTeX parse, 5,000 entries")]
    public int Parse() => BibTexParser.Parse(_bib, "references.bib").References.Count;
}
