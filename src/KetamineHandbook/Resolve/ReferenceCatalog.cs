using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;

namespace KetamineHandbook.Resolve;

/// <summary>
/// Every reference of the citation store, looked up by key, with the style's disambiguation computed once over
/// the whole store, so a work carries the same label ("2018a") on every page that cites it.
/// </summary>
public sealed class ReferenceCatalog
{
    private readonly Dictionary<string, Reference> _byKey;
    private readonly IReadOnlyDictionary<string, CitationLabel> _labels;
    // Made on first use: most catalogs are the one-work catalogs of "cite this entry", which never list anything.
    private readonly Lazy<PerReference<FormattedText>> _listItems;

    public ReferenceCatalog(IReadOnlyList<Reference> references, ICitationStyle style)
    {
        Style = style;
        // Keys are case-sensitive, as in Pandoc. A duplicate key is the BibTeX reader's diagnostic; the first wins here.
        _byKey = new Dictionary<string, Reference>(StringComparer.Ordinal);
        var unique = new List<Reference>(references.Count);
        foreach (var reference in references)
        {
            if (_byKey.TryAdd(reference.Key, reference)) unique.Add(reference);
        }
        References = unique;
        // A lone work cannot be confused with another: the one-reference catalogs that "cite this entry" builds
        // for every entry page skip the style's grouping and sorting.
        _labels = unique.Count < 2 ? new Dictionary<string, CitationLabel>() : style.Disambiguate(unique);
        _listItems = new(() => new PerReference<FormattedText>(r => Style.FormatReference(r, this)));
    }

    public ICitationStyle Style { get; }

    /// <summary>The references in store order, one per key.</summary>
    public IReadOnlyList<Reference> References { get; }

    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The reference with exactly this key (case-sensitive), or null.</summary>
    public Reference? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// The reference-list item of a work, in the catalog's style. A work of the catalog is formatted once and the
    /// text reused by every page that lists it (thousands of entry pages share a few hundred works); any other
    /// reference is formatted each time, so the cache holds only the catalog's own works.
    /// </summary>
    public FormattedText ListItem(Reference reference) =>
        ReferenceEquals(Find(reference.Key), reference) ? _listItems.Value.Get(reference) : Style.FormatReference(reference, this);

    /// <summary>The disambiguation label for a key (no suffix, default names when none was needed).</summary>
    public CitationLabel LabelOf(string key) => _labels.GetValueOrDefault(key) ?? CitationLabel.None;

    /// <summary>The whole store as the style's reference list orders it (for the /references/ page).</summary>
    public IReadOnlyList<Reference> Bibliography()
    {
        var storeOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < References.Count; i++) storeOrder[References[i].Key] = i + 1;
        return Style.OrderBibliography(References, this, key => storeOrder.GetValueOrDefault(key));
    }
}
