using System.Security.Cryptography;
using System.Text;

namespace KetamineHandbook.Load;

/// <summary>
/// The frozen copy of <c>input/</c> behind a released edition, and its fingerprint: SHA-256 over the
/// sorted relative paths and LF-normalised contents, so a checkout on any OS gives the same hash.
/// </summary>
public static class EditionSnapshot
{
    public static string Folder(string handbookRoot, string version) => Path.Combine(handbookRoot, "editions", version);

    /// <summary>Hashes every file under <paramref name="root"/>: for each, path, NUL, content, NUL.</summary>
    public static string ComputeHash(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal).ToList();
        // Read in batches on every core (reading ten thousand files is mostly system calls), hashed in order.
        const int batch = 256;
        for (var start = 0; start < files.Count; start += batch)
        {
            var contents = new byte[Math.Min(batch, files.Count - start)][];
            Parallel.For(0, contents.Length, i => contents[i] = NormaliseNewlines(File.ReadAllBytes(files[start + i].Full)));
            for (var i = 0; i < contents.Length; i++)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(files[start + i].Relative));
                sha.AppendData([0]);
                sha.AppendData(contents[i]);
                sha.AppendData([0]);
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static byte[] NormaliseNewlines(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)'\r') < 0) return bytes;
        var output = new List<byte>(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r')
            {
                output.Add((byte)'\n');
                if (i + 1 < bytes.Length && bytes[i + 1] == '\n') i++;
            }
            else output.Add(bytes[i]);
        }
        return output.ToArray();
    }

    /// <summary>Copies <c>input/</c> into a new snapshot folder, files LF-normalised, so the snapshot is what was hashed.</summary>
    public static void Freeze(string inputRoot, string snapshotRoot)
    {
        foreach (var full in Directory.EnumerateFiles(inputRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(inputRoot, full);
            if (Path.GetFileName(relative).StartsWith('.')) continue;
            var target = Path.Combine(snapshotRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, NormaliseNewlines(File.ReadAllBytes(full)));
        }
    }
}
