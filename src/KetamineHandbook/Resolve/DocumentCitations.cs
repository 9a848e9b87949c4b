using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using Markdig.Syntax;

namespace KetamineHandbook.Resolve;

/// <summary>The citations of one page, resolved: which works it cites, their numbers, its bibliography, and each citation's text.</summary>
public sealed class DocumentCitations
{
    /// <summary>The key under which the resolver attaches this object to its <see cref="MarkdownDocument"/>.</summary>
    public const string DataKey = "KetamineHandbook.DocumentCitations";

    private readonly Dictionary<string, int> _numbers;
    private Dictionary<CitationInline, FormattedText> _formatted;

    internal DocumentCitations(ReferenceCatalog catalog, IReadOnlyList<string> citedKeys,
        IReadOnlyList<string> unresolvedKeys, Dictionary<CitationInline, FormattedText> formatted)
    {
        Catalog = catalog;
        CitedKeys = citedKeys;
        UnresolvedKeys = unresolvedKeys;
        _formatted = formatted;
        _numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < citedKeys.Count; i++) _numbers[citedKeys[i]] = i + 1;
        Bibliography = catalog.Style.OrderBibliography(citedKeys.Select(k => catalog.Find(k)!), catalog, NumberOf);
    }

    public ReferenceCatalog Catalog { get; }

    public ICitationStyle Style => Catalog.Style;

    /// <summary>Keys found in the catalog, in order of first citation on the page.</summary>
    public IReadOnlyList<string> CitedKeys { get; }

    /// <summary>Keys cited but missing from the catalog, in order of first citation (each already reported as KH3101).</summary>
    public IReadOnlyList<string> UnresolvedKeys { get; }

    /// <summary>The page's reference list in the style's order (APA: author, year, title; Vancouver: first citation).</summary>
    public IReadOnlyList<Reference> Bibliography { get; }

    /// <summary>The work's number on this page in order of first citation (1-based), or 0 if the page does not cite it.</summary>
    public int NumberOf(string key) => _numbers.GetValueOrDefault(key);

    /// <summary>The citation as text and HTML, or null if one of its keys is unknown.</summary>
    public FormattedText? Format(CitationInline citation) => _formatted.GetValueOrDefault(citation);

    /// <summary>The reference-list item of one cited work, in this page's style.</summary>
    public FormattedText FormatReference(Reference reference) => Catalog.ListItem(reference);

    /// <summary>
    /// Forgets each citation's text once the body is rendered: the map is keyed by syntax-tree nodes, and
    /// would otherwise keep the whole tree of the document alive after the build has let it go.
    /// </summary>
    public void DetachFromSyntaxTree() => _formatted = [];

    /// <summary>The resolved citations attached to a document by <see cref="CitationResolver"/>, or null.</summary>
    public static DocumentCitations? Of(MarkdownDocument document) => document.GetData(DataKey) as DocumentCitations;
}
