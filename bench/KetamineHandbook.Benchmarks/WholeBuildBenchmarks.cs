using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KetamineHandbook.Build;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// The whole build in process (no writing): the 200-entry corpus as living handbook plus edition 1.0.0,
/// every check on. A few long iterations are enough for a run this size.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class WholeBuildBenchmarks
{
    private BuildOptions _options = null!;

    [GlobalSetup]
    public void Setup() => _options = new BuildOptions { Root = BenchCorpus.Root };

    [Benchmark(Description = "whole build in process (200 entries + edition)")]
    public int Build()
    {
        var result = BuildPipeline.Run(_options);
        if (!result.Succeeded) throw new InvalidOperationException("the benchmark corpus failed to build: " + result.Diagnostics[0]);
        return result.Stats.Pages;
    }
}
