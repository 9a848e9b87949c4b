namespace KetamineHandbook.Markdown.Citations;

/// <summary>Pandoc's citation-key grammar: where a key may start, what it may contain, and where it ends.</summary>
/// <remarks>
/// A key starts with a letter, digit or <c>_</c> and continues with those and with punctuation from
/// <c>:.#$%&amp;-+?&lt;&gt;~/</c> only when followed by another key character, so <c>@doe99.</c> at the end of
/// a sentence cites <c>doe99</c>. <c>@{…}</c> allows any key up to the closing brace.
/// </remarks>
public static class CitationKey
{
    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    public static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>True if an <c>@</c> at <paramref name="at"/> may start a citation: not escaped, not inside a word or e-mail address.</summary>
    public static bool MayStartAt(string text, int at, int lowerBound)
    {
        if (at <= lowerBound) return true;
        var before = text[at - 1];
        return before != '\\' && !char.IsLetterOrDigit(before) && before != '_';
    }

    /// <summary>Reads a key starting just after the <c>@</c>; returns the index after it, or -1 if there is none.</summary>
    /// <param name="end">Inclusive last index that may be read.</param>
    public static int Read(string text, int start, int end, out string key)
    {
        key = "";
        if (start > end || start >= text.Length) return -1;
        if (text[start] == '{')
        {
            var close = start + 1;
            while (close <= end && text[close] != '}' && text[close] != '\n' && text[close] != '{') close++;
            if (close > end || text[close] != '}') return -1;
            key = text.Substring(start + 1, close - start - 1).Trim();
            return key.Length == 0 ? -1 : close + 1;
        }
        if (!IsKeyChar(text[start])) return -1;
        var i = start + 1;
        while (i <= end)
        {
            var c = text[i];
            if (IsKeyChar(c)) { i++; continue; }
            if (InternalPunctuation.Contains(c) && i + 1 <= end && IsKeyChar(text[i + 1])) { i += 2; continue; }
            break;
        }
        key = text[start..i];
        return i;
    }
}
