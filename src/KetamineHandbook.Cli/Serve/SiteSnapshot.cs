using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Write;

namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// What the preview server shows after one build: the last site that built without errors (kept while the
/// input is broken, so the contributor can still read around), and the diagnostics of the latest build.
/// </summary>
public sealed record SiteSnapshot(
    int Generation,
    SiteOutput? Site,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> ChangedPaths,
    IReadOnlyList<string> ChangedSources,
    IReadOnlyList<StageTiming> Timings,
    TimeSpan Elapsed)
{
    public bool Failed => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Errors, those in the files just saved first: one mistake often causes others elsewhere (an entry whose
    /// front matter fails drops out, and every link to it breaks), and the cause is nearly always in the saved file.
    /// </summary>
    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.IsError)
        .OrderBy(d => ChangedSources.Contains(d.Location.Path) ? 0 : 1).ToList();

    /// <summary>How many errors are in the files just saved.</summary>
    public int ErrorsInChangedSources => Diagnostics.Count(d => d.IsError && ChangedSources.Contains(d.Location.Path));

    /// <summary>Before the first build finishes.</summary>
    public static SiteSnapshot Empty { get; } = new(0, null, [], [], [], [], TimeSpan.Zero);
}
