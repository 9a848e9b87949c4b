using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace KetamineHandbook.Write;

/// <summary>
/// The files of earlier builds, kept by the SHA-256 of their bytes (in <c>.handbook-cache/files/</c>), so a
/// build whose page comes out byte for byte as before links the kept file into the new site instead of
/// creating and writing a new one.
/// </summary>
/// <remarks>
/// Creating a file is the dearest thing a build asks of the file system: on ext4, allocating an inode
/// scans past every inode deleted in the last seconds, so right after the old site is removed each new
/// file costs hundreds of microseconds of kernel time. A link allocates nothing and writes no data. A kept
/// file is compared byte for byte before it is linked, so one changed in place through a link in a
/// published site (or damaged) is never carried into the next site: the page is written anew instead.
/// </remarks>
public sealed class WrittenFileStore
{
    // More failed attempts to keep a file than this, with none kept, means the store cannot be written or
    // linked from (read-only, another file system): stop paying for the attempts.
    private const int FailuresBeforeGivingUp = 16;

    // A file recorded this close to the record's own saving is checked byte for byte (see the remarks).
    private static readonly long RacyWindowTicks = TimeSpan.FromSeconds(1).Ticks;
    private const string ManifestHeader = "written-file-store 1";

    private readonly string _folder;
    private readonly string _manifestPath;
    private readonly Lazy<Manifest> _manifest;
    // Every file this build placed, with its size and time once it is known to be kept (null: not kept).
    private readonly ConcurrentDictionary<string, FileStamp?> _placed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<bool>> _shards = new(StringComparer.Ordinal);
    private int _kept;
    private int _failures;

    public WrittenFileStore(string folder)
    {
        _folder = Path.GetFullPath(folder);
        _manifestPath = _folder + ".tsv";
        _manifest = new Lazy<Manifest>(() => Manifest.Read(_manifestPath));
    }


    private bool Usable => Volatile.Read(ref _kept) > 0 || Volatile.Read(ref _failures) < FailuresBeforeGivingUp;

    /// <summary>
    /// Puts <paramref name="bytes"/> at <paramref name="path"/>, which must not exist yet: linked from the
    /// store if it holds the same bytes, otherwise written with <paramref name="write"/> and then kept.
    /// </summary>
    public void Place(string path, byte[] bytes, Action<string, byte[]> write)
    {
        if (!Usable) { write(path, bytes); return; }
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var kept = Path.Combine(_folder, name[..2], name);
        if (Recorded(name) is { } stamp && HoldsSame(kept, bytes, stamp) && FileLink.TryLink(kept, path))
        {
            _placed[name] = stamp;
            return;
        }
        _placed.TryAdd(name, null);
        write(path, bytes);
        if (Keep(path, kept) is { } keptStamp) _placed[name] = keptStamp;
    }

    private FileStamp? Recorded(string name) =>
        _placed.TryGetValue(name, out var placed) && placed is not null ? placed : _manifest.Value.Stamps.GetValueOrDefault(name);

    private bool HoldsSame(string kept, byte[] bytes, FileStamp stamp)
    {
        if (stamp.Length != bytes.Length || !stamp.Matches(kept)) return false;
        return stamp.Ticks < _manifest.Value.SavedTicks - RacyWindowTicks || SameBytes(kept, bytes);
    }

    private static bool SameBytes(string kept, byte[] bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length + 1);
        try
        {
            using var handle = File.OpenHandle(kept, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (RandomAccess.GetLength(handle) != bytes.Length) return false;
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read) is var n and > 0) read += n;
            return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Links a newly written file into the store, replacing a kept file that no longer matches its name; the kept
    /// file's size and time, or null if it could not be kept.
    /// </summary>
    private FileStamp? Keep(string written, string kept)
    {
        try
        {
            var shard = Path.GetDirectoryName(kept)!;
            _ = _shards.GetOrAdd(shard, s => new Lazy<bool>(() => Directory.CreateDirectory(s).Exists)).Value;
            if (!FileLink.TryLink(written, kept))
            {
                if (!File.Exists(kept)) { Interlocked.Increment(ref _failures); return null; }
                // A damaged or changed file under this name: replace it in one rename, so no reader sees it half done.
                var replacement = kept + ".new-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId;
                if (!FileLink.TryLink(written, replacement)) return null;
                File.Move(replacement, kept, overwrite: true);
            }
            Interlocked.Increment(ref _kept);
            return FileStamp.Of(kept);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _failures);
            return null;
        }
    }

    /// <summary>
    /// Deletes kept files this build did not place, once they outnumber the ones it did (the store stays within
    /// about twice the size of a site, and a build that changes a few pages deletes nothing), then saves the
    /// record of the kept files' sizes and times.
    /// </summary>
    public void Prune()
    {
        var pruned = false;
        try
        {
            if (!Directory.Exists(_folder)) return;
            var stale = Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
                .Where(f => !_placed.ContainsKey(Path.GetFileName(f))).ToList();
            if (stale.Count > _placed.Count)
            {
                pruned = true;
                foreach (var file in stale)
                {
                    try { File.Delete(file); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        SaveManifest(keepUnplaced: !pruned);
    }

    /// <summary>Writes the record of kept files (this build's, and the earlier ones' still in the store), replacing the old one in one rename.</summary>
    private void SaveManifest(bool keepUnplaced)
    {
        var temporary = _manifestPath + ".new-" + Environment.ProcessId;
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false), 1 << 16))
            {
                writer.Write(ManifestHeader + "\n");
                foreach (var (name, stamp) in _placed)
                    if (stamp is { } kept) WriteLine(writer, name, kept);
                if (keepUnplaced)
                    foreach (var (name, stamp) in _manifest.Value.Stamps)
                        if (!_placed.ContainsKey(name)) WriteLine(writer, name, stamp);
            }
            File.Move(temporary, _manifestPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception f) when (f is IOException or UnauthorizedAccessException) { }
        }

        static void WriteLine(StreamWriter writer, string name, FileStamp stamp) => writer.Write($"{name}\t{stamp}\n");
    }

    /// <summary>The record of kept files as the last successful build saved it, and when it was saved (its own time).</summary>
    private sealed record Manifest(Dictionary<string, FileStamp> Stamps, long SavedTicks)
    {
        public static Manifest Read(string path)
        {
            var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
            try
            {
                var saved = File.GetLastWriteTimeUtc(path).Ticks;
                using var reader = new StreamReader(path);
                if (reader.ReadLine() != ManifestHeader) return new(stamps, 0);
                while (reader.ReadLine() is { } line)
                {
                    var parts = line.Split('\t');
                    // A damaged line is skipped: its file is written afresh, which is always safe.
                    if (parts.Length == 3 && FileStamp.Parse(parts[1], parts[2]) is { } stamp) stamps[parts[0]] = stamp;
                }
                return new(stamps, saved);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new(new Dictionary<string, FileStamp>(StringComparer.Ordinal), 0);
            }
        }
    }
}
