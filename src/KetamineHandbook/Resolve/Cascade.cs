using KetamineHandbook.Model;

namespace KetamineHandbook.Resolve;

/// <summary>
/// The mechanism graph declared by the entries' <c>links</c>: each entry's layer is the longest chain of
/// <c>leads-to</c> edges above it, and an <c>alternative-to</c> entry sits in its rival's layer, beside it.
/// </summary>
public sealed class Cascade
{
    private readonly Dictionary<string, int> _layer = new(StringComparer.Ordinal);

    public Cascade(DocumentIndex index)
    {
        var entries = index.Entries.Where(e => e.Entry!.Status != "retired").ToList();
        var ids = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Edges = entries
            .SelectMany(e => e.Entry!.Links.Where(l => ids.Contains(l.To)).Select(l => (From: e.Id, l.To, l.Relation)))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList();
        _incoming = Edges.ToLookup(e => e.To, StringComparer.Ordinal);
        var leadsTo = Edges.Where(e => e.Relation == "leads-to").ToList();
        var inChain = leadsTo.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        // Longest-path layering; iteration is bounded so a cycle (a content mistake) cannot hang the build.
        foreach (var id in inChain) _layer[id] = 0;
        for (int round = 0; round < inChain.Count; round++)
        {
            var changed = false;
            foreach (var (from, to, _) in leadsTo)
            {
                if (_layer[to] < _layer[from] + 1) { _layer[to] = _layer[from] + 1; changed = true; }
            }
            if (!changed) break;
        }
        foreach (var (from, to, relation) in Edges.Where(e => e.Relation == "alternative-to"))
            if (!_layer.ContainsKey(from) && _layer.TryGetValue(to, out var l)) _layer[from] = l;
        foreach (var (from, to, relation) in Edges.Where(e => e.Relation == "alternative-to"))
            if (_layer.TryGetValue(to, out var l) && !inChain.Contains(from)) _layer[from] = l;
    }

    public IReadOnlyList<(string From, string To, string Relation)> Edges { get; }

    // Entry pages list the edges into them; a lookup keeps that O(1) per page instead of a scan of every edge.
    private readonly ILookup<string, (string From, string To, string Relation)> _incoming;

    /// <summary>The edges pointing at an entry, in <see cref="Edges"/> order.</summary>
    public IEnumerable<(string From, string To, string Relation)> EdgesInto(string id) => _incoming[id];

    /// <summary>The layer of an entry in the cascade, or null if it is not part of it.</summary>
    public int? LayerOf(string id) => _layer.TryGetValue(id, out var l) ? l : null;

    public IReadOnlyDictionary<string, int> Layers => _layer;

    /// <summary>Reading order: cascade layer first (entries outside it last), then title.</summary>
    public IEnumerable<T> InReadingOrder<T>(IEnumerable<T> items, Func<T, string> id, Func<T, string> title) =>
        items.OrderBy(i => LayerOf(id(i)) ?? int.MaxValue).ThenBy(i => title(i), StringComparer.Ordinal);
}
