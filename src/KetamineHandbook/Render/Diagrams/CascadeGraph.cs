using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Diagrams;

/// <summary>
/// What the cascade diagram draws: the entries that have a layer in the <see cref="Cascade"/>, and the
/// edges between them. Kept apart from the parsed documents so the drawing can be tested on small graphs.
/// </summary>
public sealed record CascadeGraph(IReadOnlyList<CascadeGraphNode> Nodes, IReadOnlyList<CascadeGraphEdge> Edges)
{
    /// <summary>The drawable part of one handbook tree's cascade: layered entries and the edges among them.</summary>
    public static CascadeGraph From(Cascade cascade, DocumentIndex index)
    {
        var nodes = cascade.Layers
            .Select(l => (Layer: l.Value, Doc: index.Entry(l.Key)))
            .Where(n => n.Doc?.Entry is not null)
            .Select(n => new CascadeGraphNode(n.Doc!.Id, n.Doc.Title, n.Layer, n.Doc.Entry!.Status,
                n.Doc.Entry.PreclinicalGrade, n.Doc.Entry.ClinicalGrade))
            .OrderBy(n => n.Layer).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = cascade.Edges
            .Where(e => ids.Contains(e.From) && ids.Contains(e.To))
            .Select(e => new CascadeGraphEdge(e.From, e.To, e.Relation))
            .ToList();
        return new CascadeGraph(nodes, edges);
    }

    /// <summary>
    /// The most a readable diagram holds. Past it, an entry page draws only the entry and its direct
    /// neighbours, so a page's size does not grow with the handbook (a whole 10,000-entry cascade is megabytes).
    /// </summary>
    public const int MaxDrawnNodes = 60;

    public bool IsReadable => Nodes.Count <= MaxDrawnNodes;

    /// <summary>The entry and the entries one edge away from it, with the edges among them.</summary>
    /// <remarks>Every entry page of a large cascade asks for this, so it reads an index of the graph built once
    /// (<see cref="CascadeNeighbourhood"/>) instead of scanning every node and edge.</remarks>
    public CascadeGraph Around(string id)
    {
        var neighbourhood = CascadeNeighbourhood.Of(this);
        return neighbourhood.Subgraph(this, neighbourhood.AroundIds(this, id));
    }
}

/// <summary>An entry placed in the cascade: its layer (0 = first step) and its evidence.</summary>
public sealed record CascadeGraphNode(string Id, string Title, int Layer, string Status, string PreclinicalGrade, string ClinicalGrade);

/// <summary>A declared link between two drawn entries: leads-to, alternative-to or modulates.</summary>
public sealed record CascadeGraphEdge(string From, string To, string Relation);
