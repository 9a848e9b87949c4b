using System.Runtime.CompilerServices;

namespace KetamineHandbook.Render.Diagrams;

/// <summary>
/// Which nodes and edges of a <see cref="CascadeGraph"/> touch each id, by position, indexed once per graph. When
/// the cascade is too large to draw whole, every entry page draws its own neighbourhood
/// (<see cref="CascadeGraph.Around"/>); scanning all edges and nodes for each page made that quadratic in the
/// number of entries.
/// </summary>
/// <remarks>
/// Kept beside the graph in a <see cref="ConditionalWeakTable{TKey,TValue}"/> rather than in a field of the record,
/// so record equality and <c>with</c> copies are unchanged (a copy with other edges gets its own index). The graph's
/// lists are not changed after it is made.
/// </remarks>
internal sealed class CascadeNeighbourhood
{
    private static readonly ConditionalWeakTable<CascadeGraph, CascadeNeighbourhood> Indexes = new();

    private readonly Dictionary<string, List<int>> _edgesAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _nodesWithId = new(StringComparer.Ordinal);

    private CascadeNeighbourhood(CascadeGraph graph)
    {
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            At(_edgesAt, edge.From).Add(i);
            if (edge.To != edge.From) At(_edgesAt, edge.To).Add(i);
        }
        for (var i = 0; i < graph.Nodes.Count; i++) At(_nodesWithId, graph.Nodes[i].Id).Add(i);
    }

    public static CascadeNeighbourhood Of(CascadeGraph graph) => Indexes.GetValue(graph, static g => new CascadeNeighbourhood(g));

    /// <summary>The same subgraph as keeping, in their original order, the nodes in <paramref name="keep"/> and the
    /// edges with both ends in it; only the edges touching a kept id are looked at.</summary>
    public CascadeGraph Subgraph(CascadeGraph graph, IReadOnlySet<string> keep)
    {
        var nodes = new List<int>();
        var edges = new HashSet<int>();
        foreach (var id in keep)
        {
            if (_nodesWithId.TryGetValue(id, out var at)) nodes.AddRange(at);
            // An edge with both ends kept touches a kept id, so it is among these.
            if (_edgesAt.TryGetValue(id, out var touching))
                foreach (var e in touching)
                    if (keep.Contains(graph.Edges[e].From) && keep.Contains(graph.Edges[e].To)) edges.Add(e);
        }
        nodes.Sort();
        var edgeOrder = edges.ToList();
        edgeOrder.Sort();
        return new CascadeGraph(nodes.Select(i => graph.Nodes[i]).ToList(), edgeOrder.Select(i => graph.Edges[i]).ToList());
    }

    /// <summary>The ids one edge away from <paramref name="id"/> (either direction), and the id itself.</summary>
    public HashSet<string> AroundIds(CascadeGraph graph, string id)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal) { id };
        if (_edgesAt.TryGetValue(id, out var touching))
            foreach (var e in touching)
            {
                keep.Add(graph.Edges[e].From);
                keep.Add(graph.Edges[e].To);
            }
        return keep;
    }

    private static List<int> At(Dictionary<string, List<int>> index, string id)
    {
        if (!index.TryGetValue(id, out var list)) index[id] = list = [];
        return list;
    }
}
