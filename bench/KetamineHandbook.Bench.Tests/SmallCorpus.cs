using KetamineHandbook.Bench.Corpus;

namespace KetamineHandbook.Bench.Tests;

/// <summary>A 60-entry corpus generated once for the tests in a fresh temporary folder.</summary>
public sealed class SmallCorpus : IDisposable
{
    public const int Entries = 60;

    public SmallCorpus()
    {
        Folder = Path.Combine(Path.GetTempPath(), "kh-bench-tests-" + Guid.NewGuid().ToString("N"));
        Options = new CorpusOptions { Entries = Entries, Output = Folder, Theme = Path.Combine(RepositoryRoot, "theme") };
        Plan = CorpusPlan.Create(Options);
        Generated = EntryWriter.WriteAll(Plan);
        Hash = HandbookLayout.Write(Plan, Generated, Options.Theme, HandbookRoot);
        HugoLayout.Write(Generated, HugoRoot);
    }

    public string Folder { get; }
    public CorpusOptions Options { get; }
    public CorpusPlan Plan { get; }
    public IReadOnlyList<GeneratedEntry> Generated { get; }
    public string Hash { get; }
    public string HandbookRoot => Path.Combine(Folder, "handbook-site");
    public string HugoRoot => Path.Combine(Folder, "hugo-site");

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "KetamineHandbook.sln"))) return dir.FullName;
            throw new InvalidOperationException("cannot find the repository root");
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
