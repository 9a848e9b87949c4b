using System.Text.RegularExpressions;

namespace KetamineHandbook.Markdown.Citations;

/// <summary>Reads Pandoc citations from raw inline text: <c>[prefix @key, locator suffix; …]</c> and <c>@key [suffix]</c>.</summary>
/// <remarks>Works on indices into the text so positions survive for diagnostics; never throws on any input.</remarks>
internal static partial class CitationSyntaxReader
{
    /// <summary>A bracket longer than this is not a citation; bounds the work per <c>[</c> so pathological input stays linear.</summary>
    public const int MaxBracketLength = 2000;

    /// <summary>Finds the <c>]</c> matching the <c>[</c> at <paramref name="open"/>, honouring nesting and backslash escapes; -1 if none.</summary>
    public static int FindClosingBracket(string text, int open, int end)
    {
        var depth = 0;
        var limit = Math.Min(end, open + MaxBracketLength);
        for (var i = open; i <= limit; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '`') return -1; // code spans belong to Markdig's own parser, and Pandoc reads them first too
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>Reads the bracket <c>text[open..close]</c> as a list of citations; false if any part is not one.</summary>
    public static bool TryReadBracket(string text, int open, int close, out List<CitationPart> parts)
    {
        parts = [];
        var contentStart = open + 1;
        if (contentStart >= close || text[contentStart] == '^') return false;
        if (text.IndexOf('@', contentStart, close - contentStart) < 0) return false;

        var partStart = contentStart;
        var depth = 0;
        for (var i = contentStart; i <= close; i++)
        {
            var c = i == close ? ';' : text[i];
            if (c == '\\') { i++; continue; }
            if (c is '[' or '{') depth++;
            else if (c is ']' or '}') depth = Math.Max(0, depth - 1);
            else if (c == ';' && (depth == 0 || i == close))
            {
                if (!TryReadPart(text, partStart, i, out var part)) return false;
                parts.Add(part);
                partStart = i + 1;
            }
        }
        return parts.Count > 0;
    }

    /// <summary>Reads one <c>prefix [-]@key suffix</c> from <c>text[start..end)</c>.</summary>
    private static bool TryReadPart(string text, int start, int end, out CitationPart part)
    {
        part = default;
        for (var at = start; at < end; at++)
        {
            if (text[at] == '\\') { at++; continue; }
            if (text[at] != '@' || !CitationKey.MayStartAt(text, at, start)) continue;
            var keyEnd = CitationKey.Read(text, at + 1, end - 1, out var key);
            if (keyEnd < 0) continue;

            var suppress = at > start && text[at - 1] == '-';
            var prefix = Clean(text[start..(suppress ? at - 1 : at)]);
            var (locator, suffix) = LocatorReader.Read(Clean(text[keyEnd..end], trim: false));
            part = new CitationPart(key, prefix, locator, suffix, suppress, at);
            return true;
        }
        return false;
    }

    /// <summary>Reads the optional <c> [p. 4]</c> after an in-text key; returns the index after it, or <paramref name="from"/>.</summary>
    public static int ReadInTextSuffix(string text, int from, int end, out CitationLocator? locator, out string? suffix)
    {
        locator = null;
        suffix = null;
        var i = from;
        while (i <= end && (text[i] == ' ' || text[i] == '\t')) i++;
        if (i > end || text[i] != '[' || i == from) return from;
        var close = FindClosingBracket(text, i, end);
        if (close < 0) return from;
        if (close + 1 <= end && text[close + 1] is '(' or '[') return from; // a link, not a suffix
        if (TryReadBracket(text, i, close, out _)) return from;            // another citation, not a suffix
        var content = Clean(text[(i + 1)..close]);
        if (content is null) return from;
        (locator, suffix) = LocatorReader.Read(content);
        return close + 1;
    }

    /// <summary>Line breaks inside a citation are just spaces; empty text is no text.</summary>
    public static string? Clean(string raw, bool trim = true)
    {
        var text = Whitespace().Replace(raw, " ");
        if (trim) text = text.Trim();
        return text.Trim().Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
