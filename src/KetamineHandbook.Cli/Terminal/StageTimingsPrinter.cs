using KetamineHandbook.Build;

namespace KetamineHandbook.Cli.Terminal;

/// <summary>Prints a build's stage timings for --verbose, marking stages whose result was reused from an earlier build.</summary>
public static class StageTimingsPrinter
{
    public static void Print(TextWriter writer, IReadOnlyList<StageTiming> timings)
    {
        if (timings.Count == 0) return;
        var width = timings.Max(t => t.Stage.Length);
        foreach (var t in timings)
            writer.WriteLine($"  {t.Stage.PadRight(width)}  {t.Elapsed.TotalMilliseconds,7:N1} ms{(t.Reused ? "  (reused)" : "")}");
    }

    /// <summary>What the process has spent so far: a slow build is often the garbage collector or the kernel, not the stages' own code.</summary>
    public static void PrintRuntime(TextWriter writer)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        writer.WriteLine($"  process: {process.UserProcessorTime.TotalSeconds:N1} s user CPU, {process.PrivilegedProcessorTime.TotalSeconds:N1} s system CPU, " +
            $"{GC.GetTotalAllocatedBytes() / (1 << 20):N0} MiB allocated, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2) " +
            $"pausing {GC.GetTotalPauseDuration().TotalSeconds:N1} s, peak working set {process.PeakWorkingSet64 / (1 << 20):N0} MiB");
    }
}
