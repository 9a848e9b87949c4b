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
    /// <summary>
    /// The syntax tree, while the document is parsed and resolved. A build lets it go once the body is
    /// rendered (<see cref="CompleteResolve"/>): ten thousand trees would otherwise stay in memory to the end.
    /// </summary>
    public MarkdownDocument Markdown { get; private set; } = Markdown;

    // UTF-8: half the memory of a string, for ten thousand bodies held until their pages are rendered.
    private byte[]? _bodyHtml;

    // Marks a body let go once its pages were rendered (ReleaseBody): reading it then is a bug, not an empty page.
    private static readonly byte[] Released = [];

    /// <summary>The resolved body as HTML (null until the document is resolved), decoded anew on each call.</summary>
    public string? BodyHtml => _bodyHtml is null ? null
        : ReferenceEquals(_bodyHtml, Released) ? throw new InvalidOperationException($"the body of '{Id}' was released after its pages were rendered")
        : System.Text.Encoding.UTF8.GetString(_bodyHtml);

    /// <summary>
    /// Lets the rendered body go once the document's pages are written, in a build that renders each page once:
    /// the bodies are the largest thing a build holds, and the heap then shrinks as pages are done.
    /// </summary>
    public void ReleaseBody()
    {
        if (_bodyHtml is not null) _bodyHtml = Released;
    }

    /// <summary>What the body cites, in the style's order (null until resolved, or if it cites nothing).</summary>
    public Resolve.DocumentCitations? Citations { get; private set; }

    /// <summary>Keeps what later stages need from the resolved syntax tree and, unless asked to keep it, drops the tree.</summary>
    public void CompleteResolve(string bodyHtml, bool keepSyntaxTree)
    {
        _bodyHtml = System.Text.Encoding.UTF8.GetBytes(bodyHtml);
        Citations = Resolve.DocumentCitations.Of(Markdown);
        if (keepSyntaxTree) return;
        Citations?.DetachFromSyntaxTree();
        Markdown = new MarkdownDocument();
    }

    // A document is an identity, not a value: it is a dictionary key (anchors by document), and hashing every
    // field (its whole text among them) on each lookup cost more than the lookup.
    public bool Equals(ParsedDocument? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public string Title => Entry?.Title ?? Page!.Title;
    public string Summary => Entry?.Summary ?? Page!.Summary;

    /// <summary>
    /// Where each URL written into the rendered body came from in the source file, so a problem found in
    /// the HTML can be reported at the Markdown line that caused it.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, SourceLocation> LinkOrigins =>
        // Made on first use: most documents of a released edition are never resolved, and an empty concurrent
        // dictionary is a kilobyte each.
        _linkOrigins ?? Interlocked.CompareExchange(ref _linkOrigins, new(StringComparer.Ordinal), null) ?? _linkOrigins;

    private System.Collections.Concurrent.ConcurrentDictionary<string, SourceLocation>? _linkOrigins;

    /// <summary>The body's links as written, with where they stand, for checking once every document is known.</summary>
    public IReadOnlyList<Resolve.WrittenLink> WrittenLinks { get; set; } = [];

    /// <summary>
    /// The site paths of the entries and pages the body links to (anchor found or not), once resolved: whose
    /// links to look at again when a document's headings change.
    /// </summary>
    public IReadOnlySet<string> LinkedDocuments { get; set; } = new HashSet<string>();

    /// <summary>The 1-based line in the source file of a 0-based Markdig body line.</summary>
    public int FileLine(int markdownLine) => markdownLine + LineOffset + 1;
}
