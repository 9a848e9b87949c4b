using KetamineHandbook.Model;
using KetamineHandbook.Write;

namespace KetamineHandbook.Build;

/// <summary>The outcome of a build: the site in memory (empty if it failed), every diagnostic, and the numbers.</summary>
public sealed record BuildResult(SiteOutput Site, IReadOnlyList<Diagnostic> Diagnostics, BuildStats Stats, IReadOnlyList<Check.ExternalLink>? ExternalLinks = null)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Each stage in the order it ran, with its duration and whether it was reused from a cache.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>The site paths this build changed, when the build knows them (an edit applied to the last build); null otherwise.</summary>
    public IReadOnlyList<string>? ChangedPaths { get; init; }
}
