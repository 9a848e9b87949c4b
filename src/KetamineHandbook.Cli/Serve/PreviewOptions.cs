using KetamineHandbook.Build;

namespace KetamineHandbook.Cli.Serve;

/// <summary>How to run a preview: what to build, which port, and who hears about each build.</summary>
public sealed record PreviewOptions
{
    public required BuildOptions Build { get; init; }
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }
    /// <summary>Called after every build, the first included, on the build thread.</summary>
    public Action<SiteSnapshot>? Built { get; init; }
    /// <summary>The folders under the root whose changes trigger a rebuild.</summary>
    public IReadOnlyList<string> Watched => [Build.InputDir, Build.ThemeDir, Build.HandbookDir];
}
