namespace KetamineHandbook.Render.Diagrams;

/// <summary>
/// Places the cascade on a plane, top to bottom, one row per layer. A small Sugiyama-style layout: long
/// <c>leads-to</c> edges get invisible waypoints in the rows they cross, rows are ordered by the barycentre
/// of their neighbours to reduce crossings, and an alternative hypothesis is put beside its rival.
/// Everything is deterministic, so the same entries always give the same drawing.
/// </summary>
public sealed class CascadeLayout
{
    public const double NodeWidth = 168;
    public const double WaypointWidth = 18;
    public const double ColumnGap = 18;
    public const double RowGap = 46;
    public const double Margin = 8;
    public const double LineHeight = 16;
    public const double PaddingTop = 10;
    public const double MeterHeight = 22;
    /// <summary>Characters per title line: 168 units of box at ~7.3 units per character of 13-unit text.</summary>
    public const int LineChars = 20;
    public const int MaxLines = 3;

    private CascadeLayout(IReadOnlyList<PlacedNode> nodes, IReadOnlyList<PlacedFlow> flows, IReadOnlyList<PlacedAlternative> alternatives,
        IReadOnlyList<IReadOnlyList<string>> rows, double width, double height)
    {
        Nodes = nodes; Flows = flows; Alternatives = alternatives; Rows = rows; Width = width; Height = height;
    }

    public IReadOnlyList<PlacedNode> Nodes { get; }
    /// <summary>The drawn <c>leads-to</c> edges, each a polyline from the source's bottom to the target's top.</summary>
    public IReadOnlyList<PlacedFlow> Flows { get; }
    /// <summary>The drawn <c>alternative-to</c> edges between rivals in the same row.</summary>
    public IReadOnlyList<PlacedAlternative> Alternatives { get; }
    /// <summary>Entry ids per row, left to right (no waypoints): the reading order of the drawing.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
    public double Width { get; }
    public double Height { get; }

    // A node's title broken into lines, once per node: on a large handbook each node is drawn on the page of every neighbour.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CascadeGraphNode, IReadOnlyList<string>> TitleLines = new();

    public static CascadeLayout Compute(CascadeGraph graph)
    {
        if (graph.Nodes.Count == 0) return new CascadeLayout([], [], [], [], 0, 0);
        // Input order must not matter: the same entries always give the same drawing.
        graph = new CascadeGraph(
            graph.Nodes.OrderBy(n => n.Layer).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(),
            graph.Edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Relation, StringComparer.Ordinal).ToList());
        var byId = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var rowCount = graph.Nodes.Max(n => n.Layer) + 1;

        // Slots: every node, plus one waypoint per row crossed by a long downward leads-to edge.
        var rows = Enumerable.Range(0, rowCount).Select(_ => new List<Slot>()).ToList();
        var slotOf = new Dictionary<string, Slot>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes)
        {
            var slot = new Slot(n.Id, n);
            rows[n.Layer].Add(slot);
            slotOf[n.Id] = slot;
        }
        var chains = new List<(CascadeGraphEdge Edge, List<Slot> Path)>();
        foreach (var e in graph.Edges.Where(e => e.Relation == "leads-to"))
        {
            var from = slotOf[e.From];
            var to = slotOf[e.To];
            var path = new List<Slot> { from };
            for (int layer = from.Node!.Layer + 1; layer < to.Node!.Layer; layer++)
            {
                var waypoint = new Slot($"{e.From}>{e.To}@{layer}", null);
                rows[layer].Add(waypoint);
                path.Add(waypoint);
            }
            path.Add(to);
            chains.Add((e, path));
        }
        foreach (var (_, path) in chains)
            for (int i = 0; i + 1 < path.Count; i++)
            {
                path[i].Below.Add(path[i + 1]);
                path[i + 1].Above.Add(path[i]);
            }

        Order(rows);
        PlaceAlternativesBesideRivals(rows, graph);
        return Place(rows, chains, graph, byId);
    }

    /// <summary>Barycentre sweeps, down then up, a fixed number of times; ties keep the previous order.</summary>
    private static void Order(List<List<Slot>> rows)
    {
        foreach (var row in rows) row.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        Renumber(rows);
        for (int sweep = 0; sweep < 6; sweep++)
        {
            var down = sweep % 2 == 0;
            var range = down ? Enumerable.Range(1, rows.Count - 1) : Enumerable.Range(0, rows.Count - 1).Reverse();
            foreach (var r in range)
            {
                var row = rows[r];
                var keyed = new (Slot Slot, double Centre, double Was)[row.Count];
                for (int i = 0; i < row.Count; i++)
                {
                    var s = row[i];
                    var neighbours = down ? s.Above : s.Below;
                    keyed[i] = (s, neighbours.Count == 0 ? s.Position : neighbours.Average(n => n.Position), s.Position);
                }
                // Positions are distinct within a row, so centre then previous position is a total order: any sort gives the same row.
                Array.Sort(keyed, static (a, b) => a.Centre != b.Centre ? a.Centre.CompareTo(b.Centre) : a.Was.CompareTo(b.Was));
                for (int i = 0; i < keyed.Length; i++) row[i] = keyed[i].Slot;
                Renumber(rows[r]);
            }
        }
    }

    /// <summary>
    /// A node whose only drawn link is being an alternative to a node in its row is moved next to that rival,
    /// alternately right and left, so the dashed "alternative to" line is short and crosses nothing.
    /// </summary>
    private static void PlaceAlternativesBesideRivals(List<List<Slot>> rows, CascadeGraph graph)
    {
        foreach (var row in rows)
        {
            var inRow = row.Where(s => s.Node is not null).ToDictionary(s => s.Key, StringComparer.Ordinal);
            var movers = graph.Edges
                .Where(e => e.Relation == "alternative-to" && inRow.ContainsKey(e.From) && inRow.ContainsKey(e.To))
                .Where(e => inRow[e.From].Above.Count == 0 && inRow[e.From].Below.Count == 0)
                .GroupBy(e => e.From).Select(g => g.First())
                .OrderBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.From, StringComparer.Ordinal)
                .ToList();
            var placedBeside = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in movers) row.Remove(inRow[e.From]);
            foreach (var e in movers)
            {
                var rival = row.IndexOf(inRow[e.To]);
                if (rival < 0) { row.Add(inRow[e.From]); continue; }
                var count = placedBeside.GetValueOrDefault(e.To);
                placedBeside[e.To] = count + 1;
                // 0 → right, 1 → left, 2 → further right, 3 → further left …
                var distance = count / 2;
                var right = count % 2 == 0;
                var at = right ? rival + 1 + distance : rival - distance;
                row.Insert(Math.Clamp(at, 0, row.Count), inRow[e.From]);
            }
            Renumber(row);
        }
    }

    private static CascadeLayout Place(List<List<Slot>> rows, List<(CascadeGraphEdge Edge, List<Slot> Path)> chains,
        CascadeGraph graph, Dictionary<string, CascadeGraphNode> byId)
    {
        var lines = graph.Nodes.ToDictionary(n => n.Id, n => TitleLines.GetValue(n, static n => TextWrap.Lines(n.Title, LineChars, MaxLines)), StringComparer.Ordinal);
        double RowWidth(List<Slot> row) => row.Sum(s => s.Node is null ? WaypointWidth : NodeWidth) + ColumnGap * Math.Max(0, row.Count - 1);
        var width = rows.Max(RowWidth) + 2 * Margin;

        var y = Margin;
        var placed = new List<PlacedNode>();
        foreach (var row in rows)
        {
            var maxLines = row.Where(s => s.Node is not null).Select(s => lines[s.Key].Count).DefaultIfEmpty(1).Max();
            var height = PaddingTop + maxLines * LineHeight + MeterHeight;
            var x = (width - RowWidth(row)) / 2;
            foreach (var slot in row)
            {
                var w = slot.Node is null ? WaypointWidth : NodeWidth;
                slot.X = x; slot.Y = y; slot.Width = w; slot.Height = height;
                if (slot.Node is not null) placed.Add(new PlacedNode(slot.Node, x, y, w, height, lines[slot.Key]));
                x += w + ColumnGap;
            }
            y += height + RowGap;
        }
        var totalHeight = y - RowGap + Margin;

        var flows = chains.Select(c => new PlacedFlow(c.Edge.From, c.Edge.To, FlowPoints(c.Path))).ToList();
        SpreadPorts(flows, placed);

        var alternatives = new List<PlacedAlternative>();
        foreach (var e in graph.Edges.Where(e => e.Relation == "alternative-to"))
        {
            var a = placed.FirstOrDefault(p => p.Node.Id == e.From);
            var b = placed.FirstOrDefault(p => p.Node.Id == e.To);
            if (a is null || b is null || a.Node.Layer != b.Node.Layer) continue;
            var row = rows[a.Node.Layer].Where(s => s.Node is not null).ToList();
            var adjacent = Math.Abs(row.FindIndex(s => s.Key == e.From) - row.FindIndex(s => s.Key == e.To)) == 1;
            alternatives.Add(new PlacedAlternative(e.From, e.To, a, b, adjacent));
        }

        var rowIds = rows.Select(r => (IReadOnlyList<string>)r.Where(s => s.Node is not null).Select(s => s.Key).ToList()).ToList();
        return new CascadeLayout(placed, flows, alternatives, rowIds, width, totalHeight);
    }

    /// <summary>From the bottom centre of the source, straight down through each waypoint, to the top centre of the target.</summary>
    private static List<(double X, double Y)> FlowPoints(List<Slot> path)
    {
        var points = new List<(double X, double Y)> { (path[0].CentreX, path[0].Y + path[0].Height) };
        foreach (var waypoint in path.Skip(1).Take(path.Count - 2))
        {
            points.Add((waypoint.CentreX, waypoint.Y));
            points.Add((waypoint.CentreX, waypoint.Y + waypoint.Height));
        }
        points.Add((path[^1].CentreX, path[^1].Y));
        return points;
    }

    /// <summary>Several edges leaving (or entering) one box start at separate points along its edge, ordered by direction, so they do not overlap.</summary>
    private static void SpreadPorts(List<PlacedFlow> flows, List<PlacedNode> nodes)
    {
        const double spacing = 16;
        foreach (var node in nodes)
        {
            var outgoing = flows.Where(f => f.From == node.Node.Id).OrderBy(f => f.Points[1].X).ThenBy(f => f.To, StringComparer.Ordinal).ToList();
            for (int i = 0; i < outgoing.Count; i++)
                outgoing[i].Points[0] = (node.CentreX + (i - (outgoing.Count - 1) / 2.0) * spacing, outgoing[i].Points[0].Y);
            var incoming = flows.Where(f => f.To == node.Node.Id).OrderBy(f => f.Points[^2].X).ThenBy(f => f.From, StringComparer.Ordinal).ToList();
            for (int i = 0; i < incoming.Count; i++)
                incoming[i].Points[^1] = (node.CentreX + (i - (incoming.Count - 1) / 2.0) * spacing, incoming[i].Points[^1].Y);
        }
    }

    private static void Renumber(List<List<Slot>> rows) { foreach (var row in rows) Renumber(row); }

    private static void Renumber(List<Slot> row) { for (int i = 0; i < row.Count; i++) row[i].Position = i; }

    /// <summary>A place in a row: an entry, or a waypoint of a long edge (<see cref="Node"/> null).</summary>
    private sealed class Slot(string key, CascadeGraphNode? node)
    {
        public string Key { get; } = key;
        public CascadeGraphNode? Node { get; } = node;
        public List<Slot> Above { get; } = [];
        public List<Slot> Below { get; } = [];
        public double Position { get; set; }
        public double X { get; set; }
        public double Y { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public double CentreX => X + Width / 2;
    }
}

/// <summary>An entry's box in the drawing, with its title already broken into lines.</summary>
public sealed record PlacedNode(CascadeGraphNode Node, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines)
{
    public double CentreX => X + Width / 2;
}

/// <summary>A drawn <c>leads-to</c> edge: the points it passes through, top to bottom.</summary>
public sealed record PlacedFlow(string From, string To, List<(double X, double Y)> Points);

/// <summary>A drawn <c>alternative-to</c> edge between two boxes of one row.</summary>
public sealed record PlacedAlternative(string From, string To, PlacedNode A, PlacedNode B, bool Adjacent);
