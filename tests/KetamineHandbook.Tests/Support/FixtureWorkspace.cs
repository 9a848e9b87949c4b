using KetamineHandbook.Build;
using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Release;

namespace KetamineHandbook.Tests.Support;

/// <summary>
/// A throw-away repository in a temp folder: a fixture's input/ (or the real handbook's) plus the real
/// theme, so tests can break files freely without touching the repository.
/// </summary>
public sealed class FixtureWorkspace : IDisposable
{
    public string Root { get; }

    private FixtureWorkspace(string root) => Root = root;

    /// <summary>A workspace holding the named fixture from Fixtures/ and the repository's theme.</summary>
    public static FixtureWorkspace FromFixture(string name)
    {
        var ws = new FixtureWorkspace(Directory.CreateTempSubdirectory("kh-test-").FullName);
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", name), ws.Root);
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "theme"), Path.Combine(ws.Root, "theme"));
        return ws;
    }

    /// <summary>A workspace holding a copy of the real handbook (input/, handbook/, theme/).</summary>
    public static FixtureWorkspace FromRealHandbook()
    {
        var ws = new FixtureWorkspace(Directory.CreateTempSubdirectory("kh-real-").FullName);
        foreach (var folder in new[] { "input", "handbook", "theme" })
        {
            var source = Path.Combine(RepositoryRoot.Path, folder);
            if (Directory.Exists(source)) CopyDirectory(source, Path.Combine(ws.Root, folder));
        }
        return ws;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);
    public string Read(string relative) => File.ReadAllText(PathOf(relative));
    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText));
    }

    /// <summary>
    /// Freezes input/ as a released edition without the release command's checks (snapshot plus its hash in
    /// editions.yml), for tests that need an edition of a handbook they are about to break.
    /// </summary>
    public void ReleaseSnapshot(string version, DateOnly date)
    {
        var snapshot = EditionSnapshot.Folder(PathOf("handbook"), version);
        EditionSnapshot.Freeze(PathOf("input"), snapshot);
        EditionsFileWriter.Append(PathOf($"handbook/{EditionsReader.FileName}"), new EditionRecord
        {
            Version = version, Date = date, Summary = $"Test edition {version}", Sha256 = EditionSnapshot.ComputeHash(snapshot),
        });
    }

    public BuildResult Build() => BuildPipeline.Run(new BuildOptions { Root = Root });

    /// <summary>Asserts that two built sites in the workspace hold the same files, byte for byte.</summary>
    public void AssertSameSite(string expected, string actual)
    {
        var a = SiteFiles(expected);
        var b = SiteFiles(actual);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs");
    }

    private Dictionary<string, byte[]> SiteFiles(string output) =>
        Directory.EnumerateFiles(PathOf(output), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(PathOf(output), f), File.ReadAllBytes);

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
