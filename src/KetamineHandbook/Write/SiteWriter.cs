using KetamineHandbook.Model;

namespace KetamineHandbook.Write;

/// <summary>
/// Writes a site atomically: everything goes to a sibling temporary folder first, which then replaces
/// the output folder in two renames. A failure at any point leaves the previous site as it was. A site
/// staged beside the output folder (<see cref="StagingFolderFor"/>) is already written; it is only swapped in.
/// </summary>
public static class SiteWriter
{
    /// <summary>The hidden sibling folder a site for <paramref name="outputDir"/> is written to before it replaces it.</summary>
    public static string StagingFolderFor(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}");
    }

    public static bool Write(SiteOutput site, string outputDir, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        var staging = StagingFolderFor(outputDir);
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            if (site.WriteFailure is { } failure) throw failure;
            if (site.StagingFolder != staging)
            {
                Directory.CreateDirectory(parent);
                var staged = SiteOutput.StagedIn(staging);
                Parallel.ForEach(site.Files, file => staged.Add(file.Key, file.Value));
                if (staged.WriteFailure is { } stagedFailure) throw stagedFailure;
            }
            if (Directory.Exists(target))
            {
                if (Directory.Exists(retired)) Directory.Delete(retired, true);
                Directory.Move(target, retired);
            }
            Directory.Move(staging, target);
            if (Directory.Exists(retired)) Directory.Delete(retired, true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            FolderCleanup.TryDelete(staging);
            // If the old site was moved aside but the new one could not take its place, put it back.
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                try { Directory.Move(retired, target); } catch (IOException) { }
            }
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, new(outputDir),
                $"cannot write the site to '{outputDir}': {e.Message}; check the folder's permissions or choose another with --output");
            return false;
        }
    }
}
