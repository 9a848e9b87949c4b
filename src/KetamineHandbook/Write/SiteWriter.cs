using KetamineHandbook.Model;

namespace KetamineHandbook.Write;

/// <summary>
/// Writes a site atomically: everything goes to a sibling temporary folder first, which then replaces
/// the output folder in two renames. A failure at any point leaves the previous site as it was.
/// </summary>
public static class SiteWriter
{
    public static bool Write(SiteOutput site, string outputDir, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            Directory.CreateDirectory(staging);
            var created = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, bytes) in site.Files)
            {
                var full = Path.Combine(staging, path);
                var dir = Path.GetDirectoryName(full)!;
                if (created.Add(dir)) Directory.CreateDirectory(dir);
                File.WriteAllBytes(full, bytes);
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
            TryDelete(staging);
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

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
