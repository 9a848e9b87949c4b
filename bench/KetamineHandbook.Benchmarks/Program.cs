using BenchmarkDotNet.Running;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// Entry point: <c>-- --filter '*'</c> runs the BenchmarkDotNet suite; <c>profile ROOT [OUTPUT]</c> times
/// each build stage once on a corpus folder; <c>profile-documents INPUT</c> splits the per-document work;
/// <c>fs-floor SITE...</c> times laying out built sites' files with nothing rendered (see bench/README.md).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "profile-documents")
        {
            // Twice: the first pass includes JIT compilation (as a cold build does), the second is steady state.
            Console.WriteLine("cold pass:");
            DocumentStageProfiler.Run(args[1]);
            Console.WriteLine("warm pass:");
            DocumentStageProfiler.Run(args[1]);
            return 0;
        }
        if (args.Length >= 2 && args[0] == "profile")
            return StageProfiler.Run(args[1], args.Length > 2 ? args[2] : null);
        if (args.Length >= 2 && args[0] == "profile-warm")
        {
            // The same build twice in one process: the gap between the passes is start-up and JIT, the rest is steady-state work.
            Console.WriteLine("cold pass:");
            StageProfiler.Run(args[1], null);
            Console.WriteLine("warm pass:");
            return StageProfiler.Run(args[1], null);
        }
        if (args.Length >= 2 && args[0] == "fs-floor")
            return FileSystemFloor.Run(args[1..], runs: 3);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
