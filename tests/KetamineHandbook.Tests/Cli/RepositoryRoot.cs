namespace KetamineHandbook.Tests.Cli;

/// <summary>The repository checkout the tests run from, found by walking up to KetamineHandbook.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KetamineHandbook.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no KetamineHandbook.sln above {AppContext.BaseDirectory}");
    }
}
