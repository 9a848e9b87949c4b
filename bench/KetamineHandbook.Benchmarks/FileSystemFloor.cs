using System.Collections.Concurrent;
using System.Diagnostics;
using KetamineHandbook.Write;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// How long this machine's file system alone needs to lay out a built site: every folder made and every file
/// written (or, for a released edition's pages under <c>v/</c>, hard-linked from a cache, as the handbook's
/// build does), in parallel on every core, with nothing rendered. Pointed at the handbook's and Hugo's
/// output folders side by side, it gives the floor under each tool's wall time that no rendering speed-up
/// can go below while the outputs stay what they are.
/// </summary>
public static class FileSystemFloor
{
    private sealed record Planned(string Path, byte[] Bytes, string? LinkFrom);

    public static int Run(IReadOnlyList<string> sites, int runs)
    {
        Console.WriteLine($"{"site",-40} {"files",7} {"links",7} {"folders",7} {"wall (s)",9} {"user (s)",9} {"sys (s)",9}");
        for (var run = 0; run < runs; run++)
            foreach (var site in sites)
            {
                var scratch = Directory.CreateTempSubdirectory("kh-fs-floor-").FullName;
                try
                {
                    var plan = Plan(site, Path.Combine(scratch, "cache"));
                    Measure(site, plan, Path.Combine(scratch, "out"));
                }
                finally { Directory.Delete(scratch, true); }
            }
        return 0;
    }

    /// <summary>Reads the site (untimed) and puts each edition page in a cache folder to be linked from.</summary>
    private static List<Planned> Plan(string site, string cache)
    {
        var plan = new List<Planned>();
        foreach (var full in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(site, full);
            var bytes = File.ReadAllBytes(full);
            string? linkFrom = null;
            if (relative.StartsWith("v" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                linkFrom = Path.Combine(cache, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(linkFrom)!);
                File.WriteAllBytes(linkFrom, bytes);
            }
            plan.Add(new Planned(relative, bytes, linkFrom));
        }
        return plan;
    }

    private static void Measure(string site, List<Planned> plan, string output)
    {
        var folders = new ConcurrentDictionary<string, Lazy<bool>>(StringComparer.Ordinal);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var (user0, sys0) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(plan, new ParallelOptions { MaxDegreeOfParallelism = int.TryParse(Environment.GetEnvironmentVariable("FS_FLOOR_THREADS"), out var n) ? n : Environment.ProcessorCount }, file =>
        {
            var target = Path.Combine(output, file.Path);
            var folder = Path.GetDirectoryName(target)!;
            _ = folders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;
            if (file.LinkFrom is not null) { FileLink.LinkOrCopy(file.LinkFrom, target); return; }
            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.Write(handle, file.Bytes, 0);
        });
        var wall = clock.Elapsed;
        process.Refresh();
        var links = plan.Count(p => p.LinkFrom is not null);
        Console.WriteLine($"{Path.GetFileName(Path.GetFullPath(site).TrimEnd('/')),-40} {plan.Count - links,7} {links,7} {folders.Count,7} " +
            $"{wall.TotalSeconds,9:F2} {(process.UserProcessorTime - user0).TotalSeconds,9:F2} {(process.PrivilegedProcessorTime - sys0).TotalSeconds,9:F2}");
    }
}
