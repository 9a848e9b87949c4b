namespace KetamineHandbook.Markdown.Citations;

/// <summary>Splits the text after a key into a locator and the rest of the suffix, as Pandoc does.</summary>
/// <remarks>
/// <c>, pp. 33-35, 38-39 and passim</c> gives locator <c>page 33-35, 38-39</c> and suffix <c> and passim</c>.
/// The value continues over words that contain a digit or are roman numerals, joined by commas;
/// <c>{…}</c> makes anything a locator value. A bare number means a page.
/// </remarks>
public static class LocatorReader
{
    public static (CitationLocator? Locator, string? Suffix) Read(string? suffix)
    {
        if (string.IsNullOrWhiteSpace(suffix)) return (null, null);
        var text = suffix;
        var i = 0;
        if (i < text.Length && text[i] == ',') i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length) return (null, suffix);

        var labelLength = LocatorTerms.Match(text, i, out var label);
        if (labelLength > 0)
        {
            i += labelLength;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        }
        else if (!(char.IsDigit(text[i]) || text[i] == '{'))
        {
            return (null, suffix);
        }
        else
        {
            label = "page";
        }

        var valueEnd = ReadValue(text, i, out var value);
        if (value.Length == 0) return (null, suffix);
        var rest = text[valueEnd..];
        return (new CitationLocator(label, value), rest.Trim().Length == 0 ? null : rest);
    }

    private static int ReadValue(string text, int start, out string value)
    {
        if (start < text.Length && text[start] == '{')
        {
            var close = text.IndexOf('}', start + 1);
            if (close < 0) { value = ""; return start; }
            value = text.Substring(start + 1, close - start - 1).Trim();
            return close + 1;
        }
        var end = start;
        var i = start;
        while (i < text.Length)
        {
            var wordEnd = i;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            var word = text[i..wordEnd];
            var endsWithComma = word.EndsWith(',');
            var core = endsWithComma ? word[..^1] : word;
            if (core.Length == 0 || !IsLocatorWord(core)) break;
            end = i + core.Length;
            if (!endsWithComma) break;
            i = wordEnd;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        }
        value = text[start..end];
        return end;
    }

    private static bool IsLocatorWord(string word) =>
        word.Any(char.IsDigit) || word.All(c => "ivxlcdmIVXLCDM-–".Contains(c));
}
