using System.Security.Cryptography;
using System.Text;

namespace KetamineHandbook.Build;

/// <summary>
/// Short hashes that say whether the inputs of a cached result changed. Folders are fingerprinted from
/// file names, sizes and modification times, without reading contents: that is what makes a warm rebuild
/// cheap, and an edit always changes at least the modification time.
/// </summary>
public static class SourceFingerprint
{
    public static string OfFolder(string folder)
    {
        if (!Directory.Exists(folder)) return "absent";
        var parts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var info = new FileInfo(f);
                return $"{Path.GetRelativePath(folder, f)}\0{info.Length}\0{info.LastWriteTimeUtc.Ticks}";
            });
        return OfText(parts);
    }

    public static string OfText(IEnumerable<string> parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part));
            sha.AppendData([0xFF]); // cannot occur in UTF-8, so ("ab","c") and ("a","bc") differ
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..32];
    }
}
