using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace KetamineHandbook.Markdown.Citations;

/// <summary>Adds Pandoc citation syntax to a Markdig pipeline: the inline parser and the HTML renderer.</summary>
/// <remarks>
/// Parsing only builds <see cref="CitationInline"/> nodes. Between parsing and rendering, run
/// <see cref="Resolve.CitationResolver.Resolve"/> on the document: it attaches the formatted citations the
/// renderer writes. A document rendered without resolving shows every citation as unresolved.
/// </remarks>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Unknown keys are reported by line and column; Markdig only tracks inline positions when asked to.
        pipeline.PreciseSourceLocation = true;
        if (pipeline.InlineParsers.Contains<CitationInlineParser>()) return;
        // Before the link parser, which would otherwise claim every '['.
        if (!pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser()))
            pipeline.InlineParsers.Insert(0, new CitationInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready(new CitationRenderer());
    }
}

/// <summary>Registers <see cref="CitationExtension"/> the way Markdig's own extensions are registered.</summary>
/// <remarks>Not named <c>UseCitations</c>: Markdig already has that name for its unrelated <c>""cite""</c> extension.</remarks>
public static class CitationPipelineExtensions
{
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }
}
