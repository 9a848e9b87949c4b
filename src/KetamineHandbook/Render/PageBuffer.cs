using System.Text;

namespace KetamineHandbook.Render;

/// <summary>
/// One set of large text buffers per rendering thread, reused for every page: the layout's output, base.html's
/// output, and the finished page. Scriban renders each include into the page's buffer and then cuts it back;
/// on a default StringBuilder, grown in small chunks, every cut across a chunk boundary copies the whole page
/// so far into a new array (most of a page's render time and allocation). A buffer of one chunk big enough
/// for any ordinary page makes a cut a length change.
/// </summary>
internal sealed class PageBuffer
{
    /// <summary>Characters: about eight times the largest entry page of the real handbook.</summary>
    private const int Capacity = 256 * 1024;

    [ThreadStatic] private static PageBuffer? _current;

    private char[] _base = new char[Capacity];
    private char[] _page = new char[Capacity];

    public StringBuilder Layout { get; } = new(Capacity);
    public StringBuilder Base { get; } = new(Capacity);

    public static PageBuffer ForThisThread() => _current ??= new PageBuffer();

    /// <summary>
    /// base.html's text with the layout's in place of <paramref name="marker"/>; null unless the marker occurs
    /// exactly once. Valid until this thread renders its next page.
    /// </summary>
    public ReadOnlyMemory<char>? Splice(string marker)
    {
        var outer = CopyOut(Base, ref _base);
        var at = outer.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || outer[(at + marker.Length)..].Contains(marker, StringComparison.Ordinal)) return null;
        var after = outer[(at + marker.Length)..];
        var length = at + Layout.Length + after.Length;
        if (_page.Length < length) _page = new char[length];
        outer[..at].CopyTo(_page);
        Layout.CopyTo(0, _page.AsSpan(at), Layout.Length);
        after.CopyTo(_page.AsSpan(at + Layout.Length));
        return _page.AsMemory(0, length);
    }

    /// <summary>base.html's text as the page. Valid until this thread renders its next page.</summary>
    public ReadOnlyMemory<char> Whole()
    {
        CopyOut(Base, ref _page);
        return _page.AsMemory(0, Base.Length);
    }

    private static ReadOnlySpan<char> CopyOut(StringBuilder buffer, ref char[] into)
    {
        if (into.Length < buffer.Length) into = new char[buffer.Length];
        buffer.CopyTo(0, into, 0, buffer.Length);
        return into.AsSpan(0, buffer.Length);
    }
}
