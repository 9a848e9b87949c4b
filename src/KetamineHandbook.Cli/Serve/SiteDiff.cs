using KetamineHandbook.Write;

namespace KetamineHandbook.Cli.Serve;

/// <summary>Which files differ between two builds, so open pages that did not change need not reload.</summary>
public static class SiteDiff
{
    public static IReadOnlyList<string> ChangedPaths(SiteOutput? before, SiteOutput after)
    {
        if (before is null) return after.Paths.ToList();
        var changed = new List<string>();
        foreach (var (path, bytes) in after.Files)
        {
            var old = before.Get(path);
            // Reused edition pages are the very same arrays, so most comparisons stop at the reference check.
            if (old is null || (!ReferenceEquals(old, bytes) && !old.AsSpan().SequenceEqual(bytes))) changed.Add(path);
        }
        changed.AddRange(before.Paths.Where(p => !after.Contains(p)));
        return changed;
    }
}
