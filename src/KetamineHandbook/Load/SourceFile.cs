using System.Text;

namespace KetamineHandbook.Load;

/// <summary>
/// A text file of the input, decoded and LF-normalised, with its path relative to the source root. The text
/// is kept as UTF-8, half the size of a .NET string for the mostly ASCII Markdown of a handbook: a build
/// holds every file of the living handbook and of each edition to the end (for diffs and change notes).
/// </summary>
public sealed class SourceFile(string relativePath, string displayPath, string text)
{
    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(text);

    public string RelativePath { get; } = relativePath;
    public string DisplayPath { get; } = displayPath;

    /// <summary>The text, decoded anew on each call: read it once per use, not in a loop.</summary>
    public string Text => Encoding.UTF8.GetString(_utf8);

    /// <summary>Whether two files have the same text, without decoding either.</summary>
    public bool SameText(SourceFile other) => _utf8.AsSpan().SequenceEqual(other._utf8);
}
