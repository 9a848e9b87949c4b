using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Load;

/// <summary>Reads input text strictly: UTF-8 only, BOM dropped, CRLF and CR turned into LF, size bounded.</summary>
public static class TextFileReader
{
    /// <summary>Entries are prose; anything larger is almost certainly a mistake (or an attack on the build).</summary>
    public const int MaxFileBytes = 1 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics, int maxBytes = MaxFileBytes)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, new(displayPath),
                    $"file is {info.Length:N0} bytes, over the limit of {maxBytes:N0}; split it into smaller entries or pages");
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, new(displayPath), $"cannot read the file: {e.Message}");
            return null;
        }
        return Decode(bytes, displayPath, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, new(displayPath, 1, 1),
                "the file is UTF-16; save it as UTF-8 (without a byte-order mark)");
            return null;
        }
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            var (line, col) = LineOf(bytes, e.Index < 0 ? 0 : e.Index);
            diagnostics.Error(DiagnosticCodes.NotUtf8, new(displayPath, line, col),
                "the file is not valid UTF-8; re-save it with UTF-8 encoding");
            return null;
        }
        return NormaliseNewlines(text);
    }

    public static string NormaliseNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static (int Line, int Column) LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        int line = 1, col = 1;
        for (int i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; col = 1; } else col++;
        }
        return (line, col);
    }
}
