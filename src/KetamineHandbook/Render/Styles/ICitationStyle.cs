using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Styles;

/// <summary>A citation style: how citations read in the text and how the reference list is ordered and written.</summary>
public interface ICitationStyle
{
    /// <summary>The name used in handbook.yml (<c>apa</c>, <c>vancouver</c>).</summary>
    string Name { get; }

    /// <summary>True when citations are numbers assigned in order of first citation.</summary>
    bool IsNumeric { get; }

    /// <summary>Labels that tell apart works that would otherwise cite alike; computed once over the whole catalog.</summary>
    IReadOnlyDictionary<string, CitationLabel> Disambiguate(IReadOnlyList<Reference> references);

    /// <summary>Orders the cited references as the style's reference list does.</summary>
    IReadOnlyList<Reference> OrderBibliography(IEnumerable<Reference> cited, ReferenceCatalog catalog, Func<string, int> citationNumber);

    /// <summary>The citation as it appears in the running text, each work linked to <c>#ref-key</c>.</summary>
    FormattedText FormatCitation(IReadOnlyList<Cite> cites, CitationMode mode, ReferenceCatalog catalog);

    /// <summary>One reference-list item (without its number; the list markup carries that).</summary>
    FormattedText FormatReference(Reference reference, ReferenceCatalog catalog);

    /// <summary>The reference-list item as escaped HTML (italics, DOI link).</summary>
    string FormatReferenceHtml(Reference reference, ReferenceCatalog catalog);

    /// <summary>The reference-list item as plain text.</summary>
    string FormatReferenceText(Reference reference, ReferenceCatalog catalog);
}
