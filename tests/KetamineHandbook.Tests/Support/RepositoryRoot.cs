namespace KetamineHandbook.Tests.Support;

/// <summary>Finds the repository root (the folder holding KetamineHandbook.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "KetamineHandbook.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KetamineHandbook.sln not found above " + AppContext.BaseDirectory);
    }
}
