using System.Globalization;
using KetamineHandbook.Load;

namespace KetamineHandbook.Tests.Cli;

/// <summary>
/// A private copy of the real handbook (input/, theme/, handbook/) in a temporary folder, so a test can
/// edit, break and rebuild it freely; deleted on dispose.
/// </summary>
public sealed class TempHandbook : IDisposable
{
    public string Root { get; }

    private TempHandbook(string root) => Root = root;

    public static TempHandbook CopyOfRepository()
    {
        var root = Directory.CreateTempSubdirectory("handbook-test-").FullName;
        foreach (var folder in new[] { "input", "theme", "handbook" })
        {
            var from = Path.Combine(RepositoryRoot.Path, folder);
            if (Directory.Exists(from)) CopyFolder(from, Path.Combine(root, folder));
        }
        return new TempHandbook(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);
    public string Read(string relative) => File.ReadAllText(PathOf(relative));
    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Freezes input/ as a released edition, the way a release does (snapshot plus its hash in editions.yml).</summary>
    public void Release(string version, DateOnly date)
    {
        var snapshot = EditionSnapshot.Folder(PathOf("handbook"), version);
        EditionSnapshot.Freeze(PathOf("input"), snapshot);
        var editions = PathOf($"handbook/{EditionsReader.FileName}");
        var existing = File.Exists(editions) ? File.ReadAllText(editions) : "editions:\n";
        File.WriteAllText(editions, existing +
            $"  - version: {version}\n" +
            $"    date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n" +
            $"    summary: \"Test edition {version}\"\n" +
            $"    sha256: {EditionSnapshot.ComputeHash(snapshot)}\n");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
