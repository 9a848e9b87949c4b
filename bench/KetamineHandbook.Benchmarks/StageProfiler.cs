using System.Diagnostics;
using KetamineHandbook.Build;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Write;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// Runs the build's stages one by one on a real folder with a stopwatch around each, and prints where
/// the time and the memory go: the quick way to find a bottleneck before writing a benchmark for it.
/// It mirrors <see cref="BuildPipeline.Run"/> stage for stage.
/// </summary>
public static class StageProfiler
{
    public static int Run(string root, string? output)
    {
        var total = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Create();

        var theme = Stage("theme load + template parse", () =>
        {
            var source = ThemeSource.Load(Path.Combine(root, "theme"), "theme", diagnostics)!;
            return (source, ThemeTemplates.Parse(source, diagnostics)!);
        });
        var handbookRoot = Path.Combine(root, "handbook");
        var editions = Stage("editions.yml read", () => EditionsReader.Read(handbookRoot, "handbook", diagnostics));
        Stage("edition snapshot hash", () => { EditionsReader.VerifySnapshots(handbookRoot, "handbook", editions, diagnostics); return 0; });
        var living = Stage("living: load + parse + resolve", () => TreeLoader.Load(Path.Combine(root, "input"), "input", null, pipeline, diagnostics)!);
        var editionTrees = editions.Select(e => Stage($"edition {e.Version}: load + parse + resolve",
            () => TreeLoader.Load(EditionSnapshot.Folder(handbookRoot, e.Version), $"handbook/editions/{e.Version}", e, pipeline, diagnostics)!)).ToList();

        var site = new SiteContext(living, editionTrees, living.Settings.BaseUrl);
        var renderer = new EditionRenderer(site, new PageComposer(theme.Item2, site));
        var outputFiles = new SiteOutput();
        foreach (var tree in site.AllTrees)
            Stage($"render {tree.Label}", () => { renderer.Render(tree, outputFiles, diagnostics); return 0; });
        if (output is not null)
            Stage("write", () => SiteWriter.Write(outputFiles, output, diagnostics));

        var errors = diagnostics.Sorted().Where(d => d.IsError).ToList();
        foreach (var e in errors.Take(5)) Console.WriteLine($"  {e}");
        Console.WriteLine($"{"total",-40} {total.ElapsedMilliseconds,7} ms   {outputFiles.Count} files, {errors.Count} errors");
        Console.WriteLine($"{"allocated",-40} {GC.GetTotalAllocatedBytes() / (1 << 20),7} MiB   peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms");
        return errors.Count == 0 ? 0 : 1;
    }

    private static T Stage<T>(string name, Func<T> run)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        // CPU time next to wall time: on a shared machine the wall clock also counts other people's work.
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine($"{name,-40} {clock.ElapsedMilliseconds,7} ms wall {cpuMs,7:F0} ms cpu {(GC.GetTotalAllocatedBytes() - allocated) / (1 << 20),6} MiB allocated {GC.GetTotalMemory(false) / (1 << 20),6} MiB heap");
        return result;
    }
}
