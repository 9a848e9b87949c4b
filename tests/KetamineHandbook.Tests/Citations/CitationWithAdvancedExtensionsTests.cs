using KetamineHandbook.Markdown.Citations;
using Markdig;
using Markdig.Syntax;

namespace KetamineHandbook.Tests.Citations;

/// <summary>Citations alongside Markdig's advanced extensions, which the site pipeline is likely to use.</summary>
public sealed class CitationWithAdvancedExtensionsTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UsePandocCitations().Build();

    private static List<CitationInline> Citations(string markdown) =>
        Markdig.Markdown.Parse(markdown, Pipeline).Descendants<CitationInline>().ToList();

    [Fact]
    public void CitationsInTableCellsAndListsAreFound()
    {
        var markdown = "| study | source |\n|---|---|\n| trial | [@a] |\n\n- [ ] check @b\n- [x] done [see @c, p. 2]{.note}\n";
        Assert.Equal(["a", "b", "c"], Citations(markdown).SelectMany(c => c.Items).Select(i => i.Key));
    }

    [Fact]
    public void TaskListBoxesFootnotesAndAutolinkedEmailsStayWhatTheyAre()
    {
        var html = Markdig.Markdown.ToHtml("- [ ] task\n\nNote[^1] to a@b.com and https://x.org/@me.\n\n[^1]: Footnote.", Pipeline);
        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("class=\"footnote-ref\"", html);
        Assert.DoesNotContain("citation", html);
    }
}
