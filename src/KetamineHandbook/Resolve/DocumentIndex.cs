using KetamineHandbook.Model;
using KetamineHandbook.Parse;

namespace KetamineHandbook.Resolve;

/// <summary>All parsed documents of one handbook tree, by id, with their site paths and heading anchors.</summary>
public sealed class DocumentIndex
{
    private readonly Dictionary<string, ParsedDocument> _entries;
    private readonly Dictionary<string, ParsedDocument> _pages;
    private readonly Dictionary<ParsedDocument, HashSet<string>> _anchors = new();

    private readonly HashSet<string> _unparsedEntries;
    private readonly HashSet<string> _unparsedPages;

    /// <param name="unparsed">Files that exist but failed to parse: links to them are not reported again.</param>
    public DocumentIndex(IEnumerable<ParsedDocument> documents, IEnumerable<(DocumentKind Kind, string Id)>? unparsed = null)
    {
        var failed = (unparsed ?? []).ToList();
        _unparsedEntries = failed.Where(f => f.Kind == DocumentKind.Entry).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        _unparsedPages = failed.Where(f => f.Kind == DocumentKind.Page).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var list = documents.ToList();
        _entries = list.Where(d => d.Kind == DocumentKind.Entry).ToDictionary(d => d.Id, StringComparer.Ordinal);
        _pages = list.Where(d => d.Kind == DocumentKind.Page).ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var doc in list) _anchors[doc] = AnchorsOf(doc);
        Entries = _entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Pages = _pages.Values.OrderBy(p => p.Page!.Order).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    private DocumentIndex(DocumentIndex from, IReadOnlyCollection<ParsedDocument> replacements)
    {
        _unparsedEntries = from._unparsedEntries;
        _unparsedPages = from._unparsedPages;
        _entries = new Dictionary<string, ParsedDocument>(from._entries, StringComparer.Ordinal);
        _pages = new Dictionary<string, ParsedDocument>(from._pages, StringComparer.Ordinal);
        _anchors = new Dictionary<ParsedDocument, HashSet<string>>(from._anchors);
        foreach (var doc in replacements)
        {
            var docs = doc.Kind == DocumentKind.Entry ? _entries : _pages;
            if (!docs.TryGetValue(doc.Id, out var old)) throw new ArgumentException($"'{doc.Id}' is not in the index to be replaced", nameof(replacements));
            _anchors.Remove(old);
            docs[doc.Id] = doc;
            _anchors[doc] = AnchorsOf(doc);
        }
        // Same ids, so the same order: only the replaced documents change places with their old versions.
        ParsedDocument Current(ParsedDocument d) => (d.Kind == DocumentKind.Entry ? _entries : _pages)[d.Id];
        Entries = from.Entries.Select(Current).ToList();
        Pages = from.Pages.Select(Current).ToList();
    }

    /// <summary>
    /// This index with some documents swapped for new versions of themselves (same kind and id): what the
    /// preview server needs after an edit to a body, without re-indexing ten thousand unchanged documents.
    /// </summary>
    public DocumentIndex With(IReadOnlyCollection<ParsedDocument> replacements) => new(this, replacements);

    private static HashSet<string> AnchorsOf(ParsedDocument doc) => doc.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<ParsedDocument> Entries { get; }
    public IReadOnlyList<ParsedDocument> Pages { get; }
    public IEnumerable<ParsedDocument> All => Entries.Concat(Pages);

    public ParsedDocument? Entry(string id) => _entries.GetValueOrDefault(id);
    public ParsedDocument? Page(string slug) => _pages.GetValueOrDefault(slug);
    public IEnumerable<string> EntryIds => _entries.Keys;

    /// <summary>Whether an entry or page file exists, even if it failed to parse (its own errors are reported).</summary>
    public bool IsUnparsed(DocumentKind kind, string id) =>
        (kind == DocumentKind.Entry ? _unparsedEntries : _unparsedPages).Contains(id);

    public static string SitePath(ParsedDocument doc) => SitePath(doc.Kind, doc.Id);

    /// <summary>The site path of the entry or page with this id, whether or not it exists.</summary>
    public static string SitePath(DocumentKind kind, string id) => kind == DocumentKind.Entry ? SiteUrls.Entry(id) : SiteUrls.Page(id);

    /// <summary>Whether the document has an element with this id: a heading, or one the layout always emits.</summary>
    public bool HasAnchor(ParsedDocument doc, string anchor) =>
        (_anchors.TryGetValue(doc, out var anchors) ? anchors.Contains(anchor) : doc.Headings.Any(h => h.Id == anchor)) || LayoutAnchors.Contains(anchor) || anchor.StartsWith("ref-", StringComparison.Ordinal) && doc.Kind == DocumentKind.Entry;

    /// <summary>Ids every page layout renders (the theme's contract; the HTML check verifies it).</summary>
    public static readonly IReadOnlySet<string> LayoutAnchors = new HashSet<string>(StringComparer.Ordinal)
        { "top", "main", "content", "bibliography", "cite", "history" };
}
