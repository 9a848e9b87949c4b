using Markdig;
using KetamineHandbook.Markdown.Citations;
using Markdig.Extensions.AutoIdentifiers;

namespace KetamineHandbook.Markdown;

/// <summary>
/// The one Markdig pipeline every document is parsed with. Extensions are chosen for evidence
/// writing (tables, footnotes, GitHub heading ids so links work on GitHub and on the site); attribute
/// syntax is left out on purpose, since it would let contributors inject event handlers.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseSmartyPants()
            .UsePandocCitations();
        return builder.Build();
    }
}
