using AngleSharp.Html.Parser;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Citations;

/// <summary>What a resolved citation looks like in the page's HTML.</summary>
public sealed class CitationRenderingTests
{
    private static readonly IReadOnlyList<Reference> Store =
    [
        ReferenceFixture.Article("zanos2016", 2016, "Zanos, Panos", "Moaddel, Ruin", "Gould, Todd D."),
        ReferenceFixture.Article("duman2012", 2012, "Duman, Ronald S.", "Aghajanian, George K."),
    ];

    [Fact]
    public void ParentheticalCitationLinksTheWorkToItsReference() =>
        Assert.Equal(
            "<p>Fast <span class=\"citation\" data-cites=\"zanos2016\">(<a href=\"#ref-zanos2016\">Zanos et al., 2016</a>)</span>.</p>",
            CitationMarkdown.RenderHtml("Fast [@zanos2016].", Store));

    [Fact]
    public void NarrativeCitationLinksAuthorsAndYear() =>
        Assert.Equal(
            "<p><span class=\"citation\" data-cites=\"duman2012\"><a href=\"#ref-duman2012\">Duman and Aghajanian (2012)</a></span> argued.</p>",
            CitationMarkdown.RenderHtml("@duman2012 argued.", Store));

    [Fact]
    public void UnresolvedKeyRendersAVisibleMarker() =>
        Assert.Equal(
            "<p><span class=\"citation unresolved\" data-cites=\"nosuchkey\">[@nosuchkey?]</span></p>",
            CitationMarkdown.RenderHtml("[@nosuchkey]", Store));

    [Fact]
    public void OnlyTheUnknownKeyOfSeveralIsMarked() =>
        Assert.Contains("[@zanos2016; @nosuchkey?]", CitationMarkdown.RenderHtml("[@zanos2016; @nosuchkey]", Store));

    [Fact]
    public void DocumentRenderedWithoutResolvingShowsCitationsAsUnresolved() =>
        Assert.Contains("class=\"citation unresolved\"",
            Markdig.Markdown.ToHtml("[@zanos2016]", CitationMarkdown.Pipeline));

    [Fact]
    public void VancouverCitationIsALinkedNumber() =>
        Assert.Equal(
            "<p>Fast <span class=\"citation\" data-cites=\"duman2012 zanos2016\">(<a href=\"#ref-duman2012\">1</a>,<a href=\"#ref-zanos2016\">2</a>)</span>.</p>",
            CitationMarkdown.RenderHtml("Fast [@duman2012; @zanos2016].", Store, VancouverStyle.Instance));

    [Fact]
    public void PrefixAndSuffixTextIsEscaped()
    {
        var html = CitationMarkdown.RenderHtml("[<b>see</b> @zanos2016, p. 3 & <i>passim</i>]", Store);
        var span = new HtmlParser().ParseFragment(html, null!).OfType<AngleSharp.Dom.IElement>().Single()
            .QuerySelector("span.citation")!;
        Assert.Equal("(<b>see</b> Zanos et al., 2016, p. 3 & <i>passim</i>)", span.TextContent);
        Assert.Single(span.QuerySelectorAll("a"));
    }
}
