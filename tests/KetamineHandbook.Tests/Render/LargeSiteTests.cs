using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Diagrams;
using Scriban.Runtime;

namespace KetamineHandbook.Tests.Render;

/// <summary>What keeps pages whole and small as a handbook grows to thousands of entries.</summary>
public class LargeSiteTests
{
    [Fact]
    public void ATemplateNeverCutsALongPage()
    {
        var theme = new ThemeSource("theme", new Dictionary<string, SourceFile>
        {
            ["layouts/page.html"] = new("layouts/page.html", "theme/layouts/page.html", "<main>{{ body }}</main>"),
        }, []);
        var templates = ThemeTemplates.Parse(theme, new DiagnosticBag())!;
        var globals = new ScriptObject();
        var body = new string('x', 3 << 20);
        globals.SetValue("body", body, true);
        var html = templates.Render("layouts/page.html", globals, new DiagnosticBag(), "a test page");
        Assert.Equal("<main>" + body + "</main>", html);
    }

    [Fact]
    public void AnUnreadablyLargeCascadeIsDrawnAroundTheEntryOnly()
    {
        var nodes = Enumerable.Range(0, CascadeGraph.MaxDrawnNodes + 10)
            .Select(i => new CascadeGraphNode($"e{i}", $"Entry {i}", i, "supported", "low", "low")).ToList();
        var edges = Enumerable.Range(0, nodes.Count - 1).Select(i => new CascadeGraphEdge($"e{i}", $"e{i + 1}", "leads-to")).ToList();
        var graph = new CascadeGraph(nodes, edges);

        Assert.False(graph.IsReadable);
        var around = graph.Around("e5");
        Assert.Equal(["e4", "e5", "e6"], around.Nodes.Select(n => n.Id));
        Assert.Equal(2, around.Edges.Count);
    }
}
