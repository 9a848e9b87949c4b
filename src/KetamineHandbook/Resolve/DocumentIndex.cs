using KetamineHandbook.Model;
using KetamineHandbook.Parse;

namespace KetamineHandbook.Resolve;

/// <summary>All parsed documents of one handbook tree, by id, with their site paths and heading anchors.</summary>
public sealed class DocumentIndex
{
    private readonly Dictionary<string, ParsedDocument> _entries;
    private readonly Dictionary<string, ParsedDocument> _pages;
    private readonly Dictionary<ParsedDocument, HashSet<string>> _anchors = new();

    public DocumentIndex(IEnumerable<ParsedDocument> documents)
    {
        var list = documents.ToList();
        _entries = list.Where(d => d.Kind == DocumentKind.Entry).ToDictionary(d => d.Id, StringComparer.Ordinal);
        _pages = list.Where(d => d.Kind == DocumentKind.Page).ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var doc in list) _anchors[doc] = doc.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        Entries = _entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Pages = _pages.Values.OrderBy(p => p.Page!.Order).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ParsedDocument> Entries { get; }
    public IReadOnlyList<ParsedDocument> Pages { get; }
    public IEnumerable<ParsedDocument> All => Entries.Concat(Pages);

    public ParsedDocument? Entry(string id) => _entries.GetValueOrDefault(id);
    public ParsedDocument? Page(string slug) => _pages.GetValueOrDefault(slug);
    public IEnumerable<string> EntryIds => _entries.Keys;

    public static string SitePath(ParsedDocument doc) =>
        doc.Kind == DocumentKind.Entry ? SiteUrls.Entry(doc.Id) : SiteUrls.Page(doc.Id);

    /// <summary>Whether the document has an element with this id: a heading, or one the layout always emits.</summary>
    public bool HasAnchor(ParsedDocument doc, string anchor) =>
        _anchors[doc].Contains(anchor) || LayoutAnchors.Contains(anchor) || anchor.StartsWith("ref-", StringComparison.Ordinal) && doc.Kind == DocumentKind.Entry;

    /// <summary>Ids every page layout renders (the theme's contract; the HTML check verifies it).</summary>
    public static readonly IReadOnlySet<string> LayoutAnchors = new HashSet<string>(StringComparer.Ordinal)
        { "top", "main", "content", "bibliography", "cite", "history" };
}
