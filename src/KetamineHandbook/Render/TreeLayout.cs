using System.Collections.Concurrent;
using KetamineHandbook.Build;
using KetamineHandbook.Render.Diagrams;
using KetamineHandbook.Render.Search;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render;

/// <summary>
/// What the pages of one handbook tree share: the cascade and its drawing, the navigation and reading order,
/// who cites what, and the search sections of each page rendered so far. None of it depends on the body of
/// an entry except the search sections, so the preview server keeps it and re-renders a single page with it.
/// </summary>
public sealed class TreeLayout
{
    private readonly Dictionary<string, int> _positions;

    private TreeLayout(HandbookTree tree, Cascade cascade, BibliographyModel bibliography, NavigationView nav, IReadOnlyList<NavItemView> ordered,
        Dictionary<string, int> positions, CascadeGraph graph, CascadeLayout? drawing, ConcurrentDictionary<string, EncodedSections> sections)
    {
        Tree = tree;
        Cascade = cascade;
        Bibliography = bibliography;
        Nav = nav;
        OrderedEntries = ordered;
        _positions = positions;
        CascadeGraph = graph;
        CascadeDrawing = drawing;
        Sections = sections;
    }

    public static TreeLayout Of(HandbookTree tree)
    {
        var cascade = new Cascade(tree.Index);
        var nav = EditionRenderer.Navigation(tree, cascade);
        var ordered = nav.Categories.SelectMany(c => c.Entries).ToList();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++) positions[ordered[i].Id] = i;
        var graph = CascadeGraph.From(cascade, tree.Index);
        return new TreeLayout(tree, cascade, new BibliographyModel(tree), nav, ordered, positions, graph,
            graph.IsReadable ? CascadeLayout.Compute(graph) : null, new(StringComparer.Ordinal));
    }

    public HandbookTree Tree { get; }
    public Cascade Cascade { get; }
    public BibliographyModel Bibliography { get; }
    public NavigationView Nav { get; }
    /// <summary>Entries in reading order (category by category), as the previous/next links walk them; retired entries are not listed.</summary>
    public IReadOnlyList<NavItemView> OrderedEntries { get; }
    public CascadeGraph CascadeGraph { get; }
    /// <summary>The whole cascade laid out, or null when it is too large to be a readable picture.</summary>
    public CascadeLayout? CascadeDrawing { get; }
    /// <summary>Search sections by edition-relative page path, filled in as pages are rendered.</summary>
    public ConcurrentDictionary<string, EncodedSections> Sections { get; }

    /// <summary>Where an entry stands in reading order, or null if it is not listed.</summary>
    public int? PositionOf(string entryId) => _positions.TryGetValue(entryId, out var i) ? i : null;

    /// <summary>
    /// The same layout for a new version of the tree whose documents differ only in their bodies; the search
    /// sections are copied, so pages re-rendered for the new tree leave this layout as it was.
    /// </summary>
    /// <param name="citingOthers">Documents whose bodies now cite other works: who cites what is updated for them.</param>
    public TreeLayout ForBodiesOf(HandbookTree tree, IReadOnlyCollection<Parse.ParsedDocument> citingOthers) =>
        new(tree, Cascade, citingOthers.Count > 0 ? Bibliography.WithCitationsOf(tree, Tree.Index, citingOthers) : Bibliography, Nav, OrderedEntries, _positions,
            CascadeGraph, CascadeDrawing, new(Sections, StringComparer.Ordinal));

    /// <summary><c>api/search.json</c> from the sections collected.</summary>
    public byte[] SearchIndex() => SearchIndexWriter.Write(SearchIndexWriter.Collect(Tree, Nav, Sections));
}
