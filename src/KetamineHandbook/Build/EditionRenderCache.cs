using KetamineHandbook.Model;
using KetamineHandbook.Write;

namespace KetamineHandbook.Build;

/// <summary>
/// Rendered editions kept on disk between builds (in <c>.handbook-cache/editions/</c>), so an unchanged
/// edition costs a build one hard link per file instead of a parse and a render. An entry is used only if
/// its key — a fingerprint of everything the edition's pages are rendered from — matches, and every file
/// still has the size and modification time recorded when it was written (a file changed in place through
/// a link to the published site is noticed, and the edition is rendered again).
/// </summary>
public sealed class EditionRenderCache(string folder)
{
    private const string ManifestName = "manifest.tsv";
    private const string FilesFolder = "files";

    /// <summary>The cached files of <paramref name="version"/> as (site path, file on disk), or null if absent, stale or damaged.</summary>
    public IReadOnlyList<(string SitePath, string DiskPath)>? Find(string version, string key)
    {
        var entry = EntryFolder(version);
        var manifest = Path.Combine(entry, ManifestName);
        try
        {
            if (!File.Exists(manifest)) return null;
            using var reader = new StreamReader(manifest);
            if (reader.ReadLine() != "key\t" + key) return null;
            var lines = new List<string[]>();
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split('\t', 3);
                if (parts.Length != 3) return null;
                lines.Add(parts);
            }
            // A stat per file, tens of thousands for a large edition: both cores halve it.
            var files = new (string, string)[lines.Count];
            var intact = true;
            Parallel.For(0, lines.Count, (i, loop) =>
            {
                var parts = lines[i];
                var disk = Path.Combine(entry, FilesFolder, parts[2]);
                if (FileStamp.Parse(parts[0], parts[1]) is { } stamp && stamp.Matches(disk)) files[i] = (parts[2], disk);
                else { intact = false; loop.Stop(); }
            });
            return intact ? files : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Renders an edition once, into a fresh cache entry, and adds its pages to <paramref name="site"/>. Only a clean
    /// render (<paramref name="render"/> returns true) is kept; any other is added from the fresh entry, which is then
    /// deleted, so that a cache hit later reports exactly what rendering would (nothing). The render lets each body go
    /// once its pages are written, so it cannot be repeated: once it has run, a failure to keep its pages is reported
    /// as an error, never answered by rendering again. The manifest is written last and the entry swapped in by
    /// rename, so an interrupted build leaves no entry that <see cref="Find"/> would trust.
    /// </summary>
    /// <returns>False, having rendered nothing, if the cache folder cannot be written (a read-only checkout): the caller then renders without it.</returns>
    public bool RenderInto(SiteOutput site, string version, string key, Func<SiteOutput, bool> render, DiagnosticBag diagnostics)
    {
        var temporary = Path.Combine(folder, "editions", $".{version}.tmp-{Environment.ProcessId}");
        var files = Path.Combine(temporary, FilesFolder);
        try
        {
            FolderCleanup.TryDelete(temporary);
            Directory.CreateDirectory(files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        var own = SiteOutput.StagedIn(files);
        var clean = render(own);
        try
        {
            if (own.WriteFailure is { } failure) throw failure;
            if (clean)
            {
                foreach (var (path, disk) in Publish(version, key, temporary, own)) site.AddExisting(path, disk);
                return true;
            }
            // Added before the folder goes: a staged site links the files, one in memory reads them now.
            foreach (var path in own.Paths)
            {
                var disk = Path.Combine(files, path);
                if (site.StagingFolder is null) site.Add(path, File.ReadAllBytes(disk));
                else site.AddExisting(path, disk);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, new(folder),
                $"cannot keep the rendered edition {version} in '{folder}': {e.Message}; free some space or fix the folder's permissions, or build with --no-cache");
        }
        finally
        {
            if (!clean) FolderCleanup.TryDelete(temporary);
        }
        return true;
    }

    private List<(string SitePath, string DiskPath)> Publish(string version, string key, string temporary, SiteOutput output)
    {
        var entry = EntryFolder(version);
        var files = Path.Combine(temporary, FilesFolder);
        using (var manifest = new StreamWriter(Path.Combine(temporary, ManifestName)))
        {
            manifest.Write("key\t" + key + "\n");
            foreach (var path in output.Paths)
            {
                // Just written by this build: a file missing now is an I/O failure like any other.
                var stamp = FileStamp.Of(Path.Combine(files, path)) ?? throw new IOException($"'{path}' vanished from the cache entry being written");
                manifest.Write($"{stamp}\t{path}\n");
            }
        }
        FolderCleanup.TryDelete(entry);
        Directory.Move(temporary, entry);
        return output.Paths.Select(p => (p, Path.Combine(entry, FilesFolder, p))).ToList();
    }

    private string EntryFolder(string version) => Path.Combine(folder, "editions", version);

    /// <summary>Whether any edition has been kept at all (false on a first build after a clone).</summary>
    public bool HoldsAny()
    {
        var editions = Path.Combine(folder, "editions");
        try { return Directory.Exists(editions) && Directory.EnumerateDirectories(editions).Any(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }
}
