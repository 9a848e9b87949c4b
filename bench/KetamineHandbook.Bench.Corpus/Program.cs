using System.Diagnostics;

namespace KetamineHandbook.Bench.Corpus;

/// <summary>Entry point of <c>make-corpus</c>: plans the corpus from the seed, then writes both site layouts.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args.Contains("--help"))
        {
            Console.WriteLine(CorpusOptions.Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var options = CorpusOptions.Parse(args, Console.Error);
        if (options is null)
        {
            Console.Error.WriteLine(CorpusOptions.Usage);
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var plan = CorpusPlan.Create(options);
        var entries = EntryWriter.WriteAll(plan);
        var handbookRoot = Path.Combine(options.Output, "handbook-site");
        var hash = HandbookLayout.Write(plan, entries, options.Theme, handbookRoot);
        if (options.Hugo) HugoLayout.Write(entries, Path.Combine(options.Output, "hugo-site"));
        Console.WriteLine($"Wrote {plan.Entries.Count} entries, {plan.References.Count} references, edition 1.0.0 ({hash[..12]}…) to {options.Output} in {clock.ElapsedMilliseconds} ms");
        return 0;
    }
}
