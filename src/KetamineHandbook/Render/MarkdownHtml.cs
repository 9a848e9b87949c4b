using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KetamineHandbook.Render;

/// <summary>Renders a parsed (and resolved) Markdown document to HTML with the pipeline's renderers.</summary>
public static class MarkdownHtml
{
    public static string Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
