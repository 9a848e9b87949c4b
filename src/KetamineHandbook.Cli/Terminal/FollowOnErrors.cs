using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Terminal;

/// <summary>
/// Puts causes before their consequences. An entry whose front matter cannot be read drops out of the
/// handbook, so every link to it elsewhere is reported as broken too: one typo, dozens of errors. Errors
/// that name such an entry are moved after the entry's own errors, with a line saying so.
/// </summary>
public static class FollowOnErrors
{
    /// <summary>Range of the input and front-matter codes (KH1xxx): problems that stop a document from loading.</summary>
    private static bool StopsLoading(Diagnostic d) => d.IsError && d.Code.StartsWith("KH1", StringComparison.Ordinal);

    /// <summary>The diagnostics, causes first, and the line to print after them (null when nothing was moved).</summary>
    public sealed record Ordered(IReadOnlyList<Diagnostic> Diagnostics, string? Hint);

    public static Ordered Order(IReadOnlyList<Diagnostic> diagnostics)
    {
        var broken = diagnostics.Where(StopsLoading).Select(d => d.Location.Path).Distinct().ToList();
        if (broken.Count == 0) return new(diagnostics, null);
        var ids = broken.Select(p => Path.GetFileNameWithoutExtension(p)).Where(id => id.Length > 0).ToList();
        bool IsFollowOn(Diagnostic d) => !broken.Contains(d.Location.Path)
            && ids.Any(id => d.Message.Contains($"'{id}'", StringComparison.Ordinal) || d.Message.Contains($"{id}.md", StringComparison.Ordinal));
        var followOns = diagnostics.Where(IsFollowOn).ToList();
        if (followOns.Count == 0) return new(diagnostics, null);
        var causes = diagnostics.Where(d => broken.Contains(d.Location.Path)).ToList();
        var others = diagnostics.Where(d => !broken.Contains(d.Location.Path) && !IsFollowOn(d)).ToList();
        var hint = $"{followOns.Count} of these errors (listed last) only repeat that {string.Join(", ", broken)} could not be read: fix the errors listed first and they go away.";
        return new([.. causes, .. others, .. followOns], hint);
    }
}
