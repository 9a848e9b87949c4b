using System.Globalization;
using System.Net;
using System.Text;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Diagrams;

/// <summary>
/// Writes the laid-out cascade as inline SVG: every box is a keyboard-focusable link to its entry, coloured
/// by its preclinical grade, with two small meters (preclinical, human) so that the grades never depend on
/// colour alone. Colours come from the site's CSS classes, so the drawing follows the light and dark themes.
/// </summary>
public static class CascadeSvg
{
    // One builder per thread, reused page after page: a large handbook draws a neighbourhood on each of thousands of entry pages.
    [ThreadStatic] private static StringBuilder? t_svg;

    // A node's accessible label, escaped once per node: each node is drawn on the page of every neighbour.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CascadeGraphNode, string> Labels = new();

    /// <param name="layout">The computed drawing.</param>
    /// <param name="root">Relative prefix from the page to its edition root (<c>page.root</c>).</param>
    /// <param name="currentId">The entry whose page this is, highlighted; null on the home page.</param>
    public static string Render(CascadeLayout layout, string root, string? currentId)
    {
        if (layout.Nodes.Count == 0) return "";
        var svg = t_svg ??= new StringBuilder(16 * 1024);
        svg.Clear();
        var w = Num(layout.Width);
        var h = Num(layout.Height);
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cascade\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"group\" aria-labelledby=\"cascade-title\" aria-describedby=\"cascade-desc\">");
        svg.Append("<title id=\"cascade-title\">The mechanism cascade</title>");
        svg.Append("<desc id=\"cascade-desc\">");
        AppendDescription(svg, layout);
        svg.Append("</desc>");
        // Arrowheads are sized in drawing units, so a thicker highlighted edge does not get a bigger head.
        svg.Append("<defs>");
        foreach (var (id, cls) in new[] { ("cascade-arrow", "cascade-arrowhead"), ("cascade-arrow-current", "cascade-arrowhead is-current") })
            svg.Append($"<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
               .Append($"<path class=\"{cls}\" d=\"M0 0L10 5L0 10z\"/></marker>");
        svg.Append("</defs>");

        svg.Append("<g class=\"cascade-flows\" aria-hidden=\"true\">");
        foreach (var flow in layout.Flows)
        {
            var touchesCurrent = flow.From == currentId || flow.To == currentId;
            svg.Append($"<path class=\"cascade-flow{(touchesCurrent ? " is-current" : "")}\" d=\"");
            AppendFlowPath(svg, flow.Points);
            svg.Append($"\" marker-end=\"url(#cascade-arrow{(touchesCurrent ? "-current" : "")})\"/>");
        }
        foreach (var alt in layout.Alternatives)
            svg.Append($"<path class=\"cascade-alternative\" d=\"{AlternativePath(alt)}\"/>");
        svg.Append("</g>");

        svg.Append("<g class=\"cascade-nodes\">");
        foreach (var node in layout.Nodes) AppendNode(svg, node, root, node.Node.Id == currentId);
        svg.Append("</g>");
        // The meters are drawn over the boxes but outside the links, so a link's visible label is its title alone
        // (WCAG 2.5.3); they let clicks through to the box beneath.
        svg.Append("<g class=\"cascade-meters\" aria-hidden=\"true\">");
        foreach (var node in layout.Nodes) AppendMeters(svg, node);
        svg.Append("</g></svg>");
        var drawing = svg.ToString();
        // A drawing of the whole cascade on a large handbook's home page is big: let a builder that grew for it go.
        if (svg.Capacity > 256 * 1024) t_svg = null;
        return drawing;
    }

    /// <summary>
    /// The drawing in words, row by row, for screen readers and for readers of the raw SVG: HTML-escaped piece by
    /// piece as it is written (escaping is character by character, so the pieces read as the whole would).
    /// </summary>
    private static void AppendDescription(StringBuilder svg, CascadeLayout layout)
    {
        var start = svg.Length;
        var titles = new Dictionary<string, string>(layout.Nodes.Count, StringComparer.Ordinal);
        foreach (var n in layout.Nodes) titles[n.Node.Id] = n.Node.Title;
        svg.Append("Layered diagram of the hypothesised mechanisms, read from top to bottom. ");
        for (int r = 0; r < layout.Rows.Count; r++)
        {
            var row = layout.Rows[r];
            if (row.Count == 0) continue;
            svg.Append("Step ").Append(r + 1).Append(": ");
            for (int i = 0; i < row.Count; i++)
            {
                if (i > 0) svg.Append("; ");
                AppendEscaped(svg, titles[row[i]]);
            }
            svg.Append(". ");
        }
        AppendRelations(svg, titles, layout.Flows, f => (f.From, f.To), "Arrows: ", " leads to ", ". ");
        AppendRelations(svg, titles, layout.Alternatives, a => (a.From, a.To), "Dashed lines: ", " is an alternative to ", ".");
        while (svg.Length > start && char.IsWhiteSpace(svg[^1])) svg.Length--;
    }

    /// <summary>"Arrows: A leads to B; C leads to D. ", escaped as it is written; nothing when there are no such edges.</summary>
    private static void AppendRelations<T>(StringBuilder svg, Dictionary<string, string> titles, IReadOnlyList<T> edges,
        Func<T, (string From, string To)> ends, string heading, string verb, string end)
    {
        if (edges.Count == 0) return;
        svg.Append(heading);
        for (int i = 0; i < edges.Count; i++)
        {
            if (i > 0) svg.Append("; ");
            var (from, to) = ends(edges[i]);
            AppendEscaped(svg, titles[from]);
            svg.Append(verb);
            AppendEscaped(svg, titles[to]);
        }
        svg.Append(end);
    }

    private static void AppendNode(StringBuilder svg, PlacedNode node, string root, bool current)
    {
        var n = node.Node;
        var label = Labels.GetValue(n, static n => Escape(
            $"{n.Title} (status {n.Status}; preclinical evidence {EvidenceScale.GradeLabel(n.PreclinicalGrade)}; evidence in humans {EvidenceScale.GradeLabel(n.ClinicalGrade)})"));
        svg.Append($"<a class=\"cascade-node grade-{Escape(n.PreclinicalGrade)}{(current ? " is-current" : "")}\" href=\"");
        AppendEscaped(svg, root);
        AppendEscaped(svg, SiteUrls.Entry(n.Id));
        svg.Append($"\" aria-label=\"{label}\"{(current ? " aria-current=\"page\"" : "")}>");
        svg.Append("<title>").Append(label).Append("</title>");
        svg.Append($"<rect class=\"cascade-box\" x=\"{Num(node.X)}\" y=\"{Num(node.Y)}\" width=\"{Num(node.Width)}\" height=\"{Num(node.Height)}\" rx=\"7\"/>");

        svg.Append($"<text class=\"cascade-label\" x=\"{Num(node.CentreX)}\" y=\"{Num(node.Y + CascadeLayout.PaddingTop + 12)}\" text-anchor=\"middle\">");
        for (int i = 0; i < node.Lines.Count; i++)
        {
            // A space between lines keeps the words apart when the text is read as one string (the link's visible label).
            if (i > 0) svg.Append(' ');
            svg.Append($"<tspan x=\"{Num(node.CentreX)}\"");
            if (i > 0) svg.Append($" dy=\"{Num(CascadeLayout.LineHeight)}\"");
            svg.Append('>');
            AppendEscaped(svg, node.Lines[i]);
            svg.Append("</tspan>");
        }
        svg.Append("</text>");
        svg.Append("</a>");
    }

    /// <summary>Two meters side by side along the bottom of a box: "Pre" then four cells, "Hum" then four cells.</summary>
    private static void AppendMeters(StringBuilder svg, PlacedNode node)
    {
        var meterY = node.Y + node.Height - 14;
        AppendMeter(svg, "Pre", EvidenceScale.GradeRank(node.Node.PreclinicalGrade), node.CentreX - 62, meterY);
        AppendMeter(svg, "Hum", EvidenceScale.GradeRank(node.Node.ClinicalGrade), node.CentreX + 6, meterY);
    }

    private static void AppendMeter(StringBuilder svg, string label, int rank, double x, double y)
    {
        svg.Append($"<g class=\"cascade-meter rank-{rank}\"><text x=\"{Num(x)}\" y=\"{Num(y + 7)}\">{label}</text>");
        for (int i = 0; i < 4; i++)
            svg.Append($"<rect class=\"{(i < rank ? "on" : "off")}\" x=\"{Num(x + 25 + i * 8)}\" y=\"{Num(y)}\" width=\"6\" height=\"8\" rx=\"1\"/>");
        svg.Append("</g>");
    }

    /// <summary>Straight runs through waypoints, joined by S-curves with vertical tangents between rows.</summary>
    private static void AppendFlowPath(StringBuilder d, List<(double X, double Y)> points)
    {
        d.Append($"M{Num(points[0].X)} {Num(points[0].Y)}");
        for (int i = 1; i < points.Count; i++)
        {
            var (x0, y0) = points[i - 1];
            var (x1, y1) = points[i];
            // The last segment stops short of the box, so the arrowhead's tip touches its border.
            if (i == points.Count - 1) y1 -= 1;
            if (Math.Abs(x0 - x1) < 0.5) d.Append($"L{Num(x1)} {Num(y1)}");
            else
            {
                var mid = (y0 + y1) / 2;
                d.Append($"C{Num(x0)} {Num(mid)} {Num(x1)} {Num(mid)} {Num(x1)} {Num(y1)}");
            }
        }
    }

    /// <summary>Neighbours: a short horizontal dash between facing sides. Otherwise an arc above the row.</summary>
    private static string AlternativePath(PlacedAlternative alt)
    {
        var (left, right) = alt.A.X < alt.B.X ? (alt.A, alt.B) : (alt.B, alt.A);
        if (alt.Adjacent)
        {
            var y = left.Y + left.Height / 2;
            return $"M{Num(left.X + left.Width)} {Num(y)}H{Num(right.X)}";
        }
        var top = left.Y;
        return $"M{Num(left.CentreX + 30)} {Num(top)}C{Num(left.CentreX + 30)} {Num(top - 18)} {Num(right.CentreX - 30)} {Num(top - 18)} {Num(right.CentreX - 30)} {Num(top)}";
    }

    /// <summary>A coordinate as the drawing writes it (one decimal at most), formatted straight into the text it is part of.</summary>
    private static SvgNumber Num(double value) => new(value);

    private readonly struct SvgNumber(double value) : ISpanFormattable
    {
        private readonly double _rounded = Math.Round(value, 1);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            _rounded.TryFormat(destination, out charsWritten, "0.#", CultureInfo.InvariantCulture);

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
        public override string ToString() => _rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    // HtmlEncode returns its argument when nothing needs escaping, so the usual case copies nothing.
    private static void AppendEscaped(StringBuilder svg, string text) => svg.Append(WebUtility.HtmlEncode(text));
}
