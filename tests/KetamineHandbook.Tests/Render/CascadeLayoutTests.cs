using KetamineHandbook.Render.Diagrams;

namespace KetamineHandbook.Tests.Render;

public sealed class CascadeLayoutTests
{
    /// <summary>a → b → c → d, with e alternative to b, f alternative to b, and a long edge a → d.</summary>
    private static CascadeGraph Sample() => new(
        [
            new("a", "First step", 0, "supported", "high", "low"),
            new("b", "Second step", 1, "supported", "moderate", "low"),
            new("c", "Third step with a rather long title that will not fit", 2, "contested", "low", "none"),
            new("d", "Fourth", 3, "speculative", "very-low", "very-low"),
            new("e", "Rival of b", 1, "contested", "low", "none"),
            new("f", "Other rival", 1, "speculative", "none", "none"),
        ],
        [
            new("a", "b", "leads-to"),
            new("b", "c", "leads-to"),
            new("c", "d", "leads-to"),
            new("a", "d", "leads-to"),
            new("e", "b", "alternative-to"),
            new("f", "b", "alternative-to"),
            new("e", "c", "modulates"),
        ]);

    [Fact]
    public void Rows_follow_layers_and_alternatives_sit_beside_their_rival()
    {
        var layout = CascadeLayout.Compute(Sample());
        Assert.Equal(4, layout.Rows.Count);
        Assert.Equal(["a"], layout.Rows[0]);
        var row1 = layout.Rows[1].ToList();
        Assert.Equal(3, row1.Count);
        Assert.Equal(1, Math.Abs(row1.IndexOf("e") - row1.IndexOf("b")));
        Assert.Equal(1, Math.Abs(row1.IndexOf("f") - row1.IndexOf("b")));
        Assert.All(layout.Alternatives, a => Assert.True(a.Adjacent));
        Assert.DoesNotContain(layout.Flows, f => f.From == "e");
    }

    [Fact]
    public void A_long_edge_runs_through_waypoints_and_boxes_never_overlap()
    {
        var layout = CascadeLayout.Compute(Sample());
        var longEdge = layout.Flows.Single(f => f.From == "a" && f.To == "d");
        Assert.Equal(2 + 2 * 2, longEdge.Points.Count);
        Assert.True(longEdge.Points.Zip(longEdge.Points.Skip(1)).All(p => p.First.Y <= p.Second.Y), "edges run downwards");
        foreach (var row in layout.Nodes.GroupBy(n => n.Node.Layer))
        {
            var boxes = row.OrderBy(n => n.X).ToList();
            for (int i = 1; i < boxes.Count; i++) Assert.True(boxes[i].X >= boxes[i - 1].X + boxes[i - 1].Width, "boxes in a row overlap");
        }
        Assert.All(layout.Nodes, n => Assert.InRange(n.X + n.Width, 0, layout.Width));
        Assert.All(layout.Nodes, n => Assert.InRange(n.Y + n.Height, 0, layout.Height));
    }

    [Fact]
    public void The_same_graph_always_gives_the_same_drawing()
    {
        var first = CascadeSvg.Render(CascadeLayout.Compute(Sample()), "./", null);
        var shuffled = Sample() with { Nodes = Sample().Nodes.Reverse().ToList(), Edges = Sample().Edges.Reverse().ToList() };
        Assert.Equal(first, CascadeSvg.Render(CascadeLayout.Compute(Sample()), "./", null));
        Assert.Equal(first, CascadeSvg.Render(CascadeLayout.Compute(shuffled), "./", null));
    }

    [Fact]
    public void An_empty_graph_or_a_cycle_does_not_break_the_layout()
    {
        Assert.Equal("", CascadeSvg.Render(CascadeLayout.Compute(new CascadeGraph([], [])), "./", null));
        var cycle = new CascadeGraph(
            [new("x", "X", 0, "supported", "low", "low"), new("y", "Y", 0, "supported", "low", "low")],
            [new("x", "y", "leads-to"), new("y", "x", "leads-to")]);
        Assert.NotEmpty(CascadeSvg.Render(CascadeLayout.Compute(cycle), "./", "x"));
    }
}
