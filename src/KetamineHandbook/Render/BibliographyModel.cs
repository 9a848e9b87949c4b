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
            var item = Citer(doc);
            foreach (var key in citations.CitedKeys)
            {
                if (!_citedBy.TryGetValue(key, out var list)) _citedBy[key] = list = [];
                list.Add(item);
            }
        }
        foreach (var list in _citedBy.Values) list.Sort(ByTitle);
    }

    private BibliographyModel(HandbookTree tree, Dictionary<string, List<NavItemView>> citedBy)
    {
        _tree = tree;
        _citedBy = citedBy;
        _unnumbered = new PerReference<BibliographyItemView>(r => Build(r, null));
    }

    /// <summary>
    /// The model for <paramref name="tree"/>, whose documents <paramref name="changed"/> (same ids and titles) cite
    /// other works than in <paramref name="before"/>: only those works' lists of citing documents are rebuilt.
    /// </summary>
    public BibliographyModel WithCitationsOf(HandbookTree tree, DocumentIndex before, IReadOnlyCollection<ParsedDocument> changed)
    {
        var citedBy = new Dictionary<string, List<NavItemView>>(_citedBy, StringComparer.Ordinal);
        foreach (var doc in changed)
        {
            var old = (doc.Kind == DocumentKind.Entry ? before.Entry(doc.Id) : before.Page(doc.Id))?.Citations?.CitedKeys ?? [];
            var item = Citer(doc);
            // A fresh list for each work touched, so the lists this model hands out stay as they were.
            List<NavItemView> Without(List<NavItemView> list) => list.Where(i => !(i.Id == item.Id && i.Path == item.Path)).ToList();
            foreach (var key in old)
                if (citedBy.TryGetValue(key, out var list)) citedBy[key] = Without(list);
            foreach (var key in doc.Citations?.CitedKeys ?? [])
            {
                var list = citedBy.TryGetValue(key, out var existing) ? Without(existing) : [];
                list.Add(item);
                list.Sort(ByTitle);
                citedBy[key] = list;
            }
        }
        foreach (var key in citedBy.Where(c => c.Value.Count == 0).Select(c => c.Key).ToList()) citedBy.Remove(key);
        return new BibliographyModel(tree, citedBy);
    }

    /// <summary>Whether any document of the tree cites the work.</summary>
    public bool IsCited(string key) => _citedBy.ContainsKey(key);

    private static NavItemView Citer(ParsedDocument doc) =>
        doc.Kind == DocumentKind.Entry ? EditionRenderer.NavItem(doc) : new NavItemView(doc.Id, doc.Title, SiteUrls.Page(doc.Id), doc.Summary);

    // A total order (the path breaks ties of title): a list rebuilt after an edit must come out as a fresh build's.
    private static int ByTitle(NavItemView a, NavItemView b) =>
        string.CompareOrdinal(a.Title, b.Title) is var byTitle and not 0 ? byTitle : string.CompareOrdinal(a.Path, b.Path);

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
