using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Tests.Support;
using Markdig;
using Markdig.Syntax;

namespace KetamineHandbook.Tests.Citations;

/// <summary>Pandoc's citation syntax, read by <see cref="CitationInlineParser"/>.</summary>
public sealed class CitationSyntaxTests
{
    [Fact]
    public void BracketedKeyIsParentheticalCitation()
    {
        var citation = CitationMarkdown.Single("Ketamine acts fast [@zanos2016].");
        Assert.Equal(CitationMode.Parenthetical, citation.Mode);
        Assert.Equal("zanos2016", Assert.Single(citation.Items).Key);
        Assert.Equal("[@zanos2016]", citation.Source);
    }

    [Fact]
    public void SemicolonSeparatesCitedWorks()
    {
        var citation = CitationMarkdown.Single("Shown twice [@li2010; @autry2011].");
        Assert.Equal(["li2010", "autry2011"], citation.Items.Select(i => i.Key));
    }

    [Fact]
    public void BracketedCitationWithLocatorKeepsPrefixAndPage()
    {
        var item = Assert.Single(CitationMarkdown.Single("[see @krystal2019, p. 12]").Items);
        Assert.Equal("krystal2019", item.Key);
        Assert.Equal("see", item.Prefix);
        Assert.Equal(new CitationLocator("page", "12"), item.Locator);
        Assert.Null(item.Suffix);
    }

    [Fact]
    public void EachWorkKeepsItsOwnPrefixLocatorAndSuffix()
    {
        var items = CitationMarkdown.Single("[see @key, pp. 33-35; also @b, ch. 1]").Items;
        Assert.Equal(new CitationItem("key", "see", new CitationLocator("page", "33-35"), Line: items[0].Line, Column: items[0].Column), items[0]);
        Assert.Equal("also", items[1].Prefix);
        Assert.Equal(new CitationLocator("chapter", "1"), items[1].Locator);
    }

    [Fact]
    public void LocatorStopsWhereTheSuffixBegins()
    {
        var item = Assert.Single(CitationMarkdown.Single("[@smith04, pp. 33-35, 38-39 and passim]").Items);
        Assert.Equal(new CitationLocator("page", "33-35, 38-39"), item.Locator);
        Assert.Equal(" and passim", item.Suffix);
    }

    [Fact]
    public void SuffixWithoutLocatorIsKeptWhole()
    {
        var item = Assert.Single(CitationMarkdown.Single("[@smith04, emphasis added]").Items);
        Assert.Null(item.Locator);
        Assert.Equal(", emphasis added", item.Suffix);
    }

    [Fact]
    public void MinusBeforeKeySuppressesAuthor()
    {
        var item = Assert.Single(CitationMarkdown.Single("Berman et al. found it [-@berman2000].").Items);
        Assert.True(item.SuppressAuthor);
        Assert.Null(item.Prefix);
    }

    [Fact]
    public void BareKeyIsInTextCitation()
    {
        var citation = CitationMarkdown.Single("@berman2000 showed a rapid effect.");
        Assert.Equal(CitationMode.InText, citation.Mode);
        Assert.Equal("berman2000", Assert.Single(citation.Items).Key);
    }

    [Fact]
    public void InTextCitationTakesLocatorInFollowingBrackets()
    {
        var citation = CitationMarkdown.Single("@berman2000 [p. 4] says so.");
        var item = Assert.Single(citation.Items);
        Assert.Equal(new CitationLocator("page", "4"), item.Locator);
        Assert.Equal("@berman2000 [p. 4]", citation.Source);
    }

    [Theory]
    [InlineData("As @doe99. said", "doe99")]
    [InlineData("(@smith04).", "smith04")]
    [InlineData("see @a:b.c-d_e, too", "a:b.c-d_e")]
    [InlineData("@Zanos2016a:", "Zanos2016a")]
    [InlineData("@_private", "_private")]
    [InlineData("@1999key", "1999key")]
    [InlineData("@{https://doi.org/10.1000/x?y=1}", "https://doi.org/10.1000/x?y=1")]
    public void KeyKeepsInternalPunctuationButNotTrailing(string markdown, string key) =>
        Assert.Equal(key, Assert.Single(CitationMarkdown.Single(markdown).Items).Key);

    [Theory]
    [InlineData("Write to a@b.com for data.")]
    [InlineData("Write to first.last@example.org.")]
    [InlineData("<mailto:a@b.com>")]
    public void EmailAddressIsNotACitation(string markdown) => Assert.Empty(CitationMarkdown.Citations(markdown));

    [Fact]
    public void EscapedAtSignIsNotACitation()
    {
        Assert.Empty(CitationMarkdown.Citations(@"Mention \@zanos2016 literally."));
        Assert.Contains("@zanos2016", Markdig.Markdown.ToHtml(@"\@zanos2016", CitationMarkdown.Pipeline));
    }

    [Fact]
    public void EscapedAtSignInsideBracketsIsNotACitation() =>
        Assert.Empty(CitationMarkdown.Citations(@"[\@zanos2016]"));

    [Theory]
    [InlineData("[plain brackets]")]
    [InlineData("`[@a]` and `@b` in code")]
    [InlineData("@ alone, and @-not-a-key")]
    public void TextThatIsNotACitationIsLeftToMarkdown(string markdown) => Assert.Empty(CitationMarkdown.Citations(markdown));

    [Fact]
    public void BracketWithAPartWithoutKeyIsNotBracketedButItsKeyStillCitesInText()
    {
        var citation = CitationMarkdown.Single("[see @a; not a citation]");
        Assert.Equal(CitationMode.InText, citation.Mode);
        Assert.Equal("@a", citation.Source);
    }

    [Fact]
    public void LinkWhoseTextIsACitationStaysALink()
    {
        var html = Markdig.Markdown.ToHtml("[@zanos2016](https://example.org)", CitationMarkdown.Pipeline);
        Assert.Contains("<a href=\"https://example.org\">", html);
    }

    [Fact]
    public void FootnoteReferenceIsNotACitation()
    {
        var pipeline = new Markdig.MarkdownPipelineBuilder().UseFootnotes().UsePandocCitations().Build();
        var document = Markdig.Markdown.Parse("Text[^1].\n\n[^1]: A note citing [@a].", pipeline);
        var citation = Assert.Single(document.Descendants<CitationInline>());
        Assert.Equal("a", Assert.Single(citation.Items).Key);
    }

    [Fact]
    public void CitationMaySpanTwoLines()
    {
        var citation = CitationMarkdown.Single("Shown [see\n@li2010, p. 3; @autry2011].");
        Assert.Equal(["li2010", "autry2011"], citation.Items.Select(i => i.Key));
        Assert.Equal("see", citation.Items[0].Prefix);
    }

    [Fact]
    public void PositionsAreMarkdigLinesAndColumnsOfEachKey()
    {
        var citations = CitationMarkdown.Citations("First line.\n\nSecond para [@a;\n  @b] and @c.");
        var bracket = citations[0];
        Assert.Equal((2, 12), (bracket.Line, bracket.Column));
        Assert.Equal((2, 13), (bracket.Items[0].Line, bracket.Items[0].Column));
        Assert.Equal((3, 2), (bracket.Items[1].Line, bracket.Items[1].Column));
        Assert.Equal((3, 10), (citations[1].Line, citations[1].Column));
        Assert.Equal(4, bracket.SourceLine(lineOffset: 1));
        Assert.Equal(13, bracket.SourceColumn);
    }

    [Fact]
    public void PositionInsideBlockQuoteAndListCountsTheMarkers()
    {
        var citations = CitationMarkdown.Citations("> Quoted [@a].\n\n- item @b");
        Assert.Equal((0, 9), (citations[0].Line, citations[0].Column));
        Assert.Equal((2, 7), (citations[1].Line, citations[1].Column));
    }
}
