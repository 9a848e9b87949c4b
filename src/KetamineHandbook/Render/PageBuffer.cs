using System.Text;

namespace KetamineHandbook.Render;

/// <summary>
/// One large text buffer per rendering thread, reused for every page. Scriban renders each include into
/// the page's buffer and then cuts it back; on a default StringBuilder, grown in small chunks, every cut
/// across a chunk boundary copies the whole page so far into a new array (most of a page's render time and
/// allocation). A buffer of one chunk big enough for any ordinary page makes a cut a length change.
/// </summary>
internal static class PageBuffer
{
    /// <summary>Characters: about eight times the largest entry page of the real handbook.</summary>
    private const int Capacity = 256 * 1024;

    [ThreadStatic] private static StringBuilder? _buffer;

    public static StringBuilder ForThisThread()
    {
        var buffer = _buffer ??= new StringBuilder(Capacity);
        buffer.Clear();
        return buffer;
    }
}
