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
        _labels = style.Disambiguate(unique);
    }

    public ICitationStyle Style { get; }

    /// <summary>The references in store order, one per key.</summary>
    public IReadOnlyList<Reference> References { get; }

    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The reference with exactly this key (case-sensitive), or null.</summary>
    public Reference? Find(string key) => _byKey.GetValueOrDefault(key);

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
