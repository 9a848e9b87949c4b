namespace KetamineHandbook.Tests.Support;

/// <summary>The repository's root directory, found by walking up from the test binaries to KetamineHandbook.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KetamineHandbook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("KetamineHandbook.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
