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
}
