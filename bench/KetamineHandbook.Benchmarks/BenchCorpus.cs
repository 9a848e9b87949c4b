using KetamineHandbook.Bench.Corpus;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// A small synthetic corpus the benchmarks share, generated once per process into the temp folder
/// (deterministic: the same seed and size give the same files, so reusing a folder is safe).
/// </summary>
public static class BenchCorpus
{
    public const int Entries = 200;
    private static readonly Lazy<string> LazyRoot = new(Generate);

    /// <summary>The corpus root: <c>input/</c>, <c>theme/</c> and <c>handbook/</c> with edition 1.0.0.</summary>
    public static string Root => LazyRoot.Value;

    public static string InputRoot => Path.Combine(Root, "input");

    /// <summary>The repository root, found by walking up to KetamineHandbook.sln (BenchmarkDotNet runs from a generated folder below it).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "KetamineHandbook.sln"))) return dir.FullName;
            throw new InvalidOperationException("cannot find KetamineHandbook.sln above " + AppContext.BaseDirectory);
        }
    }

    private static string Generate()
    {
        var output = Path.Combine(Path.GetTempPath(), $"kh-bench-corpus-{Entries}");
        var options = new CorpusOptions { Entries = Entries, Output = output, Theme = Path.Combine(RepositoryRoot, "theme"), Hugo = false };
        var plan = CorpusPlan.Create(options);
        var root = Path.Combine(output, "handbook-site");
        HandbookLayout.Write(plan, EntryWriter.WriteAll(plan), options.Theme, root);
        return root;
    }
}
