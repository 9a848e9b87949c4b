using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Markdown.Citations;

/// <summary>Writes a citation as HTML: the style's text with each work linked to <c>#ref-key</c>, or a visible unresolved marker.</summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var keys = string.Join(' ', citation.Items.Select(i => i.Key));
        var citations = FindDocument(citation) is { } document ? DocumentCitations.Of(document) : null;
        var formatted = citations?.Format(citation);

        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(formatted?.PlainText ?? UnresolvedText(citation, citations));
            return;
        }

        if (formatted is not null)
        {
            renderer.Write("<span class=\"citation\" data-cites=\"").Write(HtmlText.Escape(keys)).Write("\">")
                    .Write(formatted.Html).Write("</span>");
        }
        else
        {
            renderer.Write("<span class=\"citation unresolved\" data-cites=\"").Write(HtmlText.Escape(keys)).Write("\">")
                    .Write(HtmlText.Escape(UnresolvedText(citation, citations))).Write("</span>");
        }
    }

    /// <summary><c>[@known; @unknown?]</c>: the keys as written, the unknown ones marked, so the page shows what to fix.</summary>
    private static string UnresolvedText(CitationInline citation, DocumentCitations? citations) =>
        "[" + string.Join("; ", citation.Items.Select(i =>
            "@" + i.Key + (citations?.Catalog.Find(i.Key) is null ? "?" : ""))) + "]";

    private static MarkdownDocument? FindDocument(Inline inline)
    {
        ContainerInline? root = inline.Parent;
        while (root?.Parent is not null) root = root.Parent;
        Block? block = root?.ParentBlock;
        while (block is not null and not MarkdownDocument) block = block.Parent;
        return block as MarkdownDocument;
    }
}
