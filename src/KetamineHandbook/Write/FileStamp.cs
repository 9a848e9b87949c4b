using System.Globalization;

namespace KetamineHandbook.Write;

/// <summary>
/// A kept file's size and last-write time (UTC ticks), recorded when a cache keeps it: while both are unchanged the
/// file is trusted without being read, and one changed in place since (through a hard link in a published site) is
/// noticed.
/// </summary>
public readonly record struct FileStamp(long Length, long Ticks)
{
    /// <summary>The stamp of the file at <paramref name="path"/> now; null if it does not exist or cannot be read.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> still has this size and time.</summary>
    public bool Matches(string path) => Of(path) == this;

    /// <summary>The stamp as a manifest writes it: size, a tab, ticks.</summary>
    public override string ToString() => FormattableString.Invariant($"{Length}\t{Ticks}");

    /// <summary>A stamp read back from a manifest's two fields; null if either is not a number (a damaged line).</summary>
    public static FileStamp? Parse(string length, string ticks) =>
        long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l) && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? new FileStamp(l, t) : null;
}
