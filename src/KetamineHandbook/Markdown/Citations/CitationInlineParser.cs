using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KetamineHandbook.Markdown.Citations;

/// <summary>Markdig inline parser for Pandoc citations: bracketed <c>[@a; see @b, p. 3]</c> and in-text <c>@a [p. 4]</c>.</summary>
/// <remarks>
/// It runs before Markdig's link parser for <c>[</c>, and declines (returns false) whenever the text is not a
/// citation so links, footnotes and task lists still parse. <c>\@</c> never reaches it: Markdig's escape parser
/// turns it into a literal first.
/// </remarks>
public sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser()
    {
        OpeningCharacters = ['[', '@'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        if (text is null) return false;
        var start = slice.Start;
        var end = Math.Min(slice.End, text.Length - 1);
        if (start > end) return false;

        return text[start] == '@'
            ? MatchInText(processor, ref slice, text, start, end)
            : MatchBracketed(processor, ref slice, text, start, end);
    }

    private static bool MatchBracketed(InlineProcessor processor, ref StringSlice slice, string text, int open, int end)
    {
        var close = CitationSyntaxReader.FindClosingBracket(text, open, end);
        if (close < 0) return false;
        // [@key](url) and [@key][ref] are links whose text holds a citation, as in Pandoc.
        if (close + 1 <= end && text[close + 1] is '(' or '[') return false;
        if (!CitationSyntaxReader.TryReadBracket(text, open, close, out var parts)) return false;

        Emit(processor, ref slice, text, open, close + 1, parts, CitationMode.Parenthetical);
        return true;
    }

    private static bool MatchInText(InlineProcessor processor, ref StringSlice slice, string text, int at, int end)
    {
        if (!CitationKey.MayStartAt(text, at, 0)) return false;
        var keyEnd = CitationKey.Read(text, at + 1, end, out var key);
        if (keyEnd < 0) return false;
        var after = CitationSyntaxReader.ReadInTextSuffix(text, keyEnd, end, out var locator, out var suffix);
        var part = new CitationPart(key, null, locator, suffix, false, at);
        Emit(processor, ref slice, text, at, after, [part], CitationMode.InText);
        return true;
    }

    private static void Emit(InlineProcessor processor, ref StringSlice slice, string text, int start, int endExclusive,
        List<CitationPart> parts, CitationMode mode)
    {
        var items = new List<CitationItem>(parts.Count);
        foreach (var part in parts)
        {
            processor.GetSourcePosition(part.AtIndex, out var line, out var column);
            items.Add(new CitationItem(part.Key, part.Prefix, part.Locator, part.Suffix, part.SuppressAuthor, line, column));
        }

        var position = processor.GetSourcePosition(start, out var nodeLine, out var nodeColumn);
        processor.Inline = new CitationInline(items, mode, text[start..endExclusive])
        {
            Span = new SourceSpan(position, position + (endExclusive - start) - 1),
            Line = nodeLine,
            Column = nodeColumn,
        };
        slice.Start = endExclusive;
    }
}
