using System.Xml.Linq;
using KetamineHandbook.Render.Diagrams;

namespace KetamineHandbook.Tests.Render;

public sealed class CascadeSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static CascadeGraph Graph() => new(
        [
            new("nmda", "NMDA & friends <b>", 0, "supported", "moderate", "low"),
            new("surge", "Glutamate surge", 1, "supported", "high", "none"),
            new("rival", "A rival", 1, "contested", "low", "none"),
        ],
        [new("nmda", "surge", "leads-to"), new("rival", "surge", "alternative-to")]);

    [Fact]
    public void The_svg_is_well_formed_with_a_title_a_description_and_a_link_per_entry()
    {
        var svg = XDocument.Parse(CascadeSvg.Render(CascadeLayout.Compute(Graph()), "../../", "surge")).Root!;
        Assert.Equal("The mechanism cascade", svg.Element(Svg + "title")!.Value);
        var desc = svg.Element(Svg + "desc")!.Value;
        Assert.Contains("NMDA & friends <b> leads to Glutamate surge", desc);
        Assert.Contains("A rival is an alternative to Glutamate surge", desc);
        Assert.NotNull(svg.Attribute("width"));
        Assert.NotNull(svg.Attribute("height"));

        var links = svg.Descendants(Svg + "a").ToList();
        Assert.Equal(["../../entries/nmda/", "../../entries/rival/", "../../entries/surge/"],
            links.Select(a => a.Attribute("href")!.Value).OrderBy(h => h, StringComparer.Ordinal));
        Assert.All(links, a => Assert.StartsWith(a.Element(Svg + "title")!.Value.Split(" (")[0], a.Attribute("aria-label")!.Value));
        var current = Assert.Single(links, a => a.Attribute("aria-current")?.Value == "page");
        Assert.Equal("../../entries/surge/", current.Attribute("href")!.Value);
        Assert.Contains("is-current", current.Attribute("class")!.Value);
        Assert.Contains("grade-high", current.Attribute("class")!.Value);
    }

    [Fact]
    public void The_visible_label_of_each_link_is_part_of_its_accessible_name()
    {
        var svg = XDocument.Parse(CascadeSvg.Render(CascadeLayout.Compute(Graph()), "./", null)).Root!;
        foreach (var a in svg.Descendants(Svg + "a"))
        {
            var visible = string.Join(" ", a.Descendants(Svg + "tspan").Select(t => t.Value)).TrimEnd('…');
            Assert.Contains(visible, a.Attribute("aria-label")!.Value);
            Assert.Empty(a.Descendants(Svg + "g"));
        }
    }

    [Fact]
    public void Meters_show_each_grade_as_a_count_of_filled_cells()
    {
        var svg = XDocument.Parse(CascadeSvg.Render(CascadeLayout.Compute(Graph()), "./", null)).Root!;
        var meters = svg.Descendants(Svg + "g").Where(g => g.Attribute("class")?.Value.StartsWith("cascade-meter ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(6, meters.Count);
        var filled = meters.Select(m => m.Elements(Svg + "rect").Count(r => r.Attribute("class")!.Value == "on")).ToList();
        // Boxes in layout order (nmda, then surge and rival in row order); each box: preclinical then human.
        Assert.Contains(3, filled);
        Assert.Contains(4, filled);
        Assert.Equal(0, filled.Min());
    }
}
