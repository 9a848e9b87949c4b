using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render;

/// <summary>Turns resolved citations into the bibliography items templates render, and knows who cites what.</summary>
public sealed class BibliographyModel
{
    private readonly HandbookTree _tree;
    private readonly Dictionary<string, List<NavItemView>> _citedBy = new(StringComparer.Ordinal);
    // An unnumbered item (author–date styles) is the same on every page that lists the work, so it is built once.
    private readonly PerReference<BibliographyItemView> _unnumbered;

    public BibliographyModel(HandbookTree tree)
    {
        _tree = tree;
        _unnumbered = new PerReference<BibliographyItemView>(r => Build(r, null));
        foreach (var doc in tree.Index.All)
        {
            if (doc.Citations is not { } citations) continue;
            var item = doc.Kind == DocumentKind.Entry ? EditionRenderer.NavItem(doc) : new NavItemView(doc.Id, doc.Title, SiteUrls.Page(doc.Id), doc.Summary);
            foreach (var key in citations.CitedKeys)
            {
                if (!_citedBy.TryGetValue(key, out var list)) _citedBy[key] = list = [];
                list.Add(item);
            }
        }
        foreach (var list in _citedBy.Values) list.Sort((a, b) => string.CompareOrdinal(a.Title, b.Title));
    }

    /// <summary>The bibliography of one document, in the style's order.</summary>
    public IReadOnlyList<BibliographyItemView> For(ParsedDocument doc)
    {
        if (doc.Citations is not { } citations) return [];
        return citations.Bibliography.Select(r => Item(r, citations.Style.IsNumeric ? citations.NumberOf(r.Key).ToString(System.Globalization.CultureInfo.InvariantCulture) : null)).ToList();
    }

    /// <summary>Every reference of the store, once, in the style's order, each with the documents citing it.</summary>
    public IReadOnlyList<BibliographyItemView> All() =>
        _tree.Catalog.Bibliography().Select((r, i) => Item(r, _tree.Catalog.Style.IsNumeric ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null)).ToList();

    private BibliographyItemView Item(Reference r, string? number) =>
        number is null && ReferenceEquals(_tree.Catalog.Find(r.Key), r) ? _unnumbered.Get(r) : Build(r, number);

    private BibliographyItemView Build(Reference r, string? number) => new(
        r.Key,
        _tree.Catalog.ListItem(r).Html,
        r.Doi,
        r.Pmid,
        r.Url,
        number,
        _citedBy.TryGetValue(r.Key, out var list) ? list : []);
}
