using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using Markdig;
using Markdig.Syntax;

namespace KetamineHandbook.Tests.Support;

/// <summary>Parses and renders Markdown with the citation extension, as the build pipeline does.</summary>
public static class CitationMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePandocCitations().Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static IReadOnlyList<CitationInline> Citations(string markdown) =>
        Parse(markdown).Descendants<CitationInline>().ToList();

    public static CitationInline Single(string markdown) => Assert.Single(Citations(markdown));

    /// <summary>Parses, resolves against the references, and renders to HTML.</summary>
    public static string RenderHtml(string markdown, IReadOnlyList<Reference> references, ICitationStyle? style = null,
        DiagnosticBag? diagnostics = null)
    {
        var document = Parse(markdown);
        var catalog = new ReferenceCatalog(references, style ?? ApaStyle.Instance);
        CitationResolver.Resolve(document, catalog, "entry.md", 0, diagnostics ?? new DiagnosticBag());
        return Markdig.Markdown.ToHtml(document, Pipeline).Trim();
    }
}
