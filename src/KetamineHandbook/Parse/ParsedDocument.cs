using KetamineHandbook.Load;
using KetamineHandbook.Model;
using Markdig.Syntax;

namespace KetamineHandbook.Parse;

/// <summary>An entry or page after parsing: validated front matter, the Markdown syntax tree and its headings.</summary>
public sealed record ParsedDocument(
    string Id,
    DocumentKind Kind,
    SourceFile Source,
    EntryMeta? Entry,
    PageMeta? Page,
    MarkdownDocument Markdown,
    int LineOffset,
    IReadOnlyList<Heading> Headings)
{
    public string Title => Entry?.Title ?? Page!.Title;
    public string Summary => Entry?.Summary ?? Page!.Summary;

    /// <summary>
    /// Where each URL written into the rendered body came from in the source file, so a problem found in
    /// the HTML can be reported at the Markdown line that caused it.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, SourceLocation> LinkOrigins { get; } = new(StringComparer.Ordinal);

    /// <summary>The 1-based line in the source file of a 0-based Markdig body line.</summary>
    public int FileLine(int markdownLine) => markdownLine + LineOffset + 1;
}
