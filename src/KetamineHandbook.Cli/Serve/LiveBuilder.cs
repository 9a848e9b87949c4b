using System.Diagnostics;
using KetamineHandbook.Build;
using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// Rebuilds the handbook in memory with a <see cref="BuildCache"/> kept for the whole preview, and turns each
/// build into the next <see cref="SiteSnapshot"/>. A failed build keeps the previous good site.
/// Not thread-safe: the preview session runs one build at a time.
/// </summary>
public sealed class LiveBuilder(BuildOptions options)
{
    private readonly BuildCache _cache = new();
    private SiteSnapshot _current = SiteSnapshot.Empty;
    // Everything saved since the build the cache keeps whole: an edit is applied to that build, not to a failed one.
    private readonly SortedSet<string> _savedSinceKept = new(StringComparer.Ordinal);

    public SiteSnapshot Current => _current;

    public SiteSnapshot Rebuild(IReadOnlyList<string> changedSources)
    {
        // Every path counts for what to rebuild (a deleted entry among saved ones); only existing ones are named.
        _savedSinceKept.UnionWith(changedSources);
        changedSources = Meaningful(changedSources);
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            var withCache = options with { Cache = _cache };
            // The first build, or a batch the watcher could not name (a folder), has nothing to apply the edit to.
            var edited = changedSources.Count == 0 ? null : BodyEditRebuild.TryRun(withCache, _savedSinceKept);
            result = edited ?? BuildPipeline.Run(withCache);
            if (edited is null || edited.Succeeded) _savedSinceKept.Clear();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: show it like an error, forget cached state that may be half built, keep serving.
            _cache.Clear();
            var crash = Diagnostic.Error("internal", new SourceLocation("(generator)"),
                $"internal error while building: {e.GetType().Name}: {e.Message}; this is a bug in the generator, please report it");
            return _current = _current with
            {
                Generation = _current.Generation + 1, Diagnostics = [crash], ChangedPaths = [],
                ChangedSources = changedSources, Timings = [], Elapsed = clock.Elapsed,
            };
        }
        var site = result.Succeeded ? result.Site : _current.Site;
        var changed = !result.Succeeded ? [] : result.ChangedPaths ?? SiteDiff.ChangedPaths(_current.Site, result.Site);
        return _current = new SiteSnapshot(_current.Generation + 1, site, result.Diagnostics, changed, changedSources, result.Timings, clock.Elapsed);
    }

    /// <summary>
    /// The saved files worth naming: tools that save through a temporary file (sed -i, some editors) leave
    /// its name in the batch though it is gone; a batch of only vanished files is a real deletion, kept.
    /// </summary>
    private IReadOnlyList<string> Meaningful(IReadOnlyList<string> sources)
    {
        var existing = sources.Where(s => File.Exists(Path.Combine(options.Root, s))).ToList();
        return existing.Count > 0 ? existing : sources;
    }
}
