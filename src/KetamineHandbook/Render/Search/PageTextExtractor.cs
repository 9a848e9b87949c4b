using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;

namespace KetamineHandbook.Render.Search;

/// <summary>
/// Reads the text a reader sees from a rendered page, split at its h2/h3 headings. Indexing the rendered
/// HTML (the element the theme marks <c>data-search-body</c>) rather than the Markdown means citations,
/// cross-links and any future extension are indexed exactly as they read. The generator's own HTML is
/// well formed, so a single forward scan replaces a DOM parse (which cost more than rendering the page).
/// </summary>
public static class PageTextExtractor
{
    public const string BodyAttribute = "data-search-body";

    public static IReadOnlyList<SearchSection> Sections(ReadOnlySpan<char> html)
    {
        var start = html.IndexOf(BodyAttribute, StringComparison.Ordinal);
        if (start < 0) return [];
        var open = html[..(start + 1)].LastIndexOf('<');
        var tagName = TagName(html, open + 1);
        var position = IndexOf(html, '>', start) + 1;

        var sections = new List<SearchSection>();
        var heading = "";
        var anchor = "";
        var text = new StringBuilder();
        var headingText = new StringBuilder();
        var inHeading = false;
        string? skipTag = null; // inside an element marked data-search-skip: its name and nesting
        var skipNest = 0;
        var depth = 1; // of the body element's own tag name, to find where it closes
        void Flush()
        {
            var joined = Collapse(WebUtility.HtmlDecode(text.ToString()));
            if (joined.Length > 0 || heading.Length > 0) sections.Add(new SearchSection(heading, anchor, joined));
            text.Clear();
        }
        while (position < html.Length)
        {
            var lt = IndexOf(html, '<', position);
            if (lt < 0) lt = html.Length;
            if (lt > position && skipTag is null) (inHeading ? headingText : text).Append(html[position..lt]);
            if (lt >= html.Length) break;
            var gt = IndexOf(html, '>', lt);
            if (gt < 0) break;
            var closing = html[lt + 1] == '/';
            var name = TagName(html, lt + (closing ? 2 : 1));
            var tag = html.Slice(lt, gt - lt + 1);
            position = gt + 1;
            if (name == tagName)
            {
                depth += closing ? -1 : tag.EndsWith("/>") ? 0 : 1;
                if (depth == 0) break;
            }
            if (skipTag is not null)
            {
                if (name == skipTag) skipNest += closing ? -1 : 1;
                if (skipNest == 0) skipTag = null;
                continue;
            }
            if (!closing && !tag.EndsWith("/>") && tag.Contains("data-search-skip", StringComparison.Ordinal))
            {
                (skipTag, skipNest) = (name, 1);
                continue;
            }
            if (name is "h2" or "h3")
            {
                if (!closing)
                {
                    Flush();
                    inHeading = true;
                    headingText.Clear();
                    anchor = IdAttribute(tag) is { } id ? WebUtility.HtmlDecode(id) : "";
                }
                else
                {
                    inHeading = false;
                    heading = Collapse(WebUtility.HtmlDecode(headingText.ToString()));
                }
                continue;
            }
            // Block boundaries separate words as the DOM's text did between elements.
            if (name is "p" or "li" or "td" or "th" or "br" or "div" or "tr" or "blockquote") (inHeading ? headingText : text).Append(' ');
        }
        Flush();
        return sections;
    }

    /// <summary>Where <paramref name="c"/> first occurs at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, char c, int from)
    {
        var at = text[from..].IndexOf(c);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The names a page's tags mostly have, returned as they are rather than cut out of the page a thousand times.</summary>
    private static readonly string[] CommonTagNames =
        ["a", "p", "li", "ul", "ol", "em", "strong", "code", "span", "div", "sup", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "br", "section", "blockquote", "pre"];

    private static string TagName(ReadOnlySpan<char> html, int from)
    {
        var end = from;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
        var name = html[from..end];
        foreach (var common in CommonTagNames)
            if (name.Equals(common, StringComparison.OrdinalIgnoreCase)) return common;
        return name.ToString().ToLowerInvariant();
    }

    /// <summary>The value of a tag's <c>id</c> attribute, as <c>\bid="([^"]*)"</c> finds it; null if it has none.</summary>
    internal static string? IdAttribute(ReadOnlySpan<char> tag)
    {
        for (var from = 0; ;)
        {
            var at = tag[from..].IndexOf("id=\"", StringComparison.Ordinal);
            if (at < 0) return null;
            at += from;
            if (at == 0 || !IsWordChar(tag[at - 1]))
            {
                // No closing quote after this one means none after any later "id=\"" either.
                var close = tag[(at + 4)..].IndexOf('"');
                return close < 0 ? null : tag.Slice(at + 4, close).ToString();
            }
            from = at + 1;
        }
    }

    /// <summary>A character on the word side of a regular expression's <c>\b</c>.</summary>
    private static bool IsWordChar(char c) =>
        c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts (what <c>\s</c> matches).</summary>
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray());

    /// <summary>
    /// Every run of white space as one space, none at either end (what <c>\s+</c> → " " and a trim give). Text is
    /// copied a run of words at a time, and not at all when every gap is already a single space.
    /// </summary>
    public static string Collapse(string text)
    {
        var span = text.AsSpan().Trim();
        StringBuilder? result = null;
        var copied = 0;
        for (var at = span.IndexOfAny(WhiteSpace); at >= 0;)
        {
            // The span is trimmed, so a run of white space always ends before it does.
            var length = span[at..].IndexOfAnyExcept(WhiteSpace);
            if (length != 1 || span[at] != ' ')
            {
                result ??= new StringBuilder(span.Length);
                result.Append(span[copied..at]).Append(' ');
                copied = at + length;
            }
            var next = span[(at + length)..].IndexOfAny(WhiteSpace);
            at = next < 0 ? -1 : at + length + next;
        }
        if (result is null) return span.Length == text.Length ? text : span.ToString();
        return result.Append(span[copied..]).ToString();
    }
}
