using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Markdown.Citations;

/// <summary>A Pandoc citation in the Markdown tree: one or more cited works and the citation's mode.</summary>
/// <remarks>
/// <see cref="Markdig.Syntax.MarkdownObject.Line"/> and <see cref="Markdig.Syntax.MarkdownObject.Column"/> are 0-based
/// and count from the start of the Markdown body Markdig was given. To report a position in the .md file, add the
/// number of front-matter lines: see <see cref="DocumentLineOffset"/> and <see cref="SourceLine"/>.
/// </remarks>
public sealed class CitationInline : LeafInline
{
    public CitationInline(IReadOnlyList<CitationItem> items, CitationMode mode, string source)
    {
        Items = items;
        Mode = mode;
        Source = source;
    }

    public IReadOnlyList<CitationItem> Items { get; }

    public CitationMode Mode { get; }

    /// <summary>The citation exactly as written, e.g. <c>[see @a, p. 3]</c>.</summary>
    public string Source { get; }

    /// <summary>1-based line in the .md file, given the number of lines that precede the Markdown body.</summary>
    public int SourceLine(int lineOffset) => Line + 1 + lineOffset;

    /// <summary>1-based column in the .md file.</summary>
    public int SourceColumn => Column + 1;

    public override string ToString() => Source;
}
