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

    private readonly string _folder;
    private readonly ConcurrentDictionary<string, byte> _placed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<bool>> _shards = new(StringComparer.Ordinal);
    private int _kept;
    private int _failures;

    public WrittenFileStore(string folder) => _folder = Path.GetFullPath(folder);

    private bool Usable => Volatile.Read(ref _kept) > 0 || Volatile.Read(ref _failures) < FailuresBeforeGivingUp;

    /// <summary>
    /// Puts <paramref name="bytes"/> at <paramref name="path"/>, which must not exist yet: linked from the
    /// store if it holds the same bytes, otherwise written with <paramref name="write"/> and then kept.
    /// </summary>
    public void Place(string path, byte[] bytes, Action<string, byte[]> write)
    {
        if (!Usable) { write(path, bytes); return; }
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes));
        _placed.TryAdd(name, 0);
        var kept = Path.Combine(_folder, name[..2], name);
        if (HoldsSame(kept, bytes) && FileLink.TryLink(kept, path)) return;
        write(path, bytes);
        Keep(path, kept);
    }

    private static bool HoldsSame(string kept, byte[] bytes)
    {
        if (!File.Exists(kept)) return false;
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

    /// <summary>Links a newly written file into the store, replacing a kept file that no longer matches its name.</summary>
    private void Keep(string written, string kept)
    {
        try
        {
            var shard = Path.GetDirectoryName(kept)!;
            _ = _shards.GetOrAdd(shard, s => new Lazy<bool>(() => Directory.CreateDirectory(s).Exists)).Value;
            if (FileLink.TryLink(written, kept)) { Interlocked.Increment(ref _kept); return; }
            if (!File.Exists(kept)) { Interlocked.Increment(ref _failures); return; }
            // A damaged or changed file under this name: replace it in one rename, so no reader sees it half done.
            var replacement = kept + ".new-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId;
            if (FileLink.TryLink(written, replacement)) File.Move(replacement, kept, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    /// <summary>
    /// Deletes kept files this build did not place, once they outnumber the ones it did: the store stays
    /// within about twice the size of a site, and a build that changes a few pages deletes nothing.
    /// </summary>
    public void Prune()
    {
        try
        {
            if (!Directory.Exists(_folder)) return;
            var stale = Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
                .Where(f => !_placed.ContainsKey(Path.GetFileName(f))).ToList();
            if (stale.Count <= _placed.Count) return;
            foreach (var file in stale)
            {
                try { File.Delete(file); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
