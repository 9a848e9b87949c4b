namespace KetamineHandbook.Build;

/// <summary>Where a build reads from and what it produces.</summary>
public sealed record BuildOptions
{
    /// <summary>The repository root; the other folders are relative to it unless absolute.</summary>
    public string Root { get; init; } = ".";
    public string InputDir { get; init; } = "input";
    public string ThemeDir { get; init; } = "theme";
    public string HandbookDir { get; init; } = "handbook";
    /// <summary>Overrides <c>base_url</c> of handbook.yml (e.g. the GitHub Pages URL in CI).</summary>
    public string? BaseUrl { get; init; }
    /// <summary>Render the released editions under <c>/v/</c> as well as the living handbook.</summary>
    public bool IncludeEditions { get; init; } = true;
    /// <summary>Results reused from earlier builds (the preview server keeps one); null builds everything afresh.</summary>
    public BuildCache? Cache { get; init; }
    /// <summary>Told when each stage starts and ends (progress line, --verbose timings).</summary>
    public IBuildObserver? Observer { get; init; }

    /// <summary>
    /// The folder the caller will write the site to: pages are then staged beside it while they are rendered
    /// (see <see cref="Write.SiteOutput.StagedIn"/>) instead of being held in memory; null keeps the site in memory.
    /// </summary>
    public string? OutputDir { get; init; }

    /// <summary>
    /// Where a build keeps what the next can reuse: rendered editions (<see cref="EditionRenderCache"/>), the
    /// files it wrote (<see cref="Write.WrittenFileStore"/>) and front matter as read
    /// (<see cref="Parse.Yaml.FrontMatterCache"/>); null renders every edition, reads every front matter and
    /// writes every file.
    /// </summary>
    public string? CacheDir { get; init; }

    /// <summary>
    /// <see cref="CacheDir"/> as a full path, for a one-off build; null without one, or for the preview server,
    /// which keeps what it reuses in memory (<see cref="Cache"/>).
    /// </summary>
    internal string? DiskCacheFolder => CacheDir is null || Cache is not null ? null : Full(CacheDir);

    /// <summary>Parse the rendered HTML and verify every link, anchor and citation (what <c>check</c> does).</summary>
    public bool VerifyHtml { get; init; }

    internal string Full(string dir) => Path.GetFullPath(Path.Combine(Root, dir));
}
