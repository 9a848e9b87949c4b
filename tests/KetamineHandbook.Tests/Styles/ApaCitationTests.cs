using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using KetamineHandbook.Tests.Support;
using Markdig.Syntax;
using static KetamineHandbook.Tests.Support.ReferenceFixture;

namespace KetamineHandbook.Tests.Styles;

/// <summary>APA 7 citations in the running text.</summary>
public sealed class ApaCitationTests
{
    private static readonly ReferenceCatalog Catalog = new(
    [
        Article("andrade2017", 2017, "Andrade, Chittaranjan"),
        Article("duman2012", 2012, "Duman, Ronald S.", "Aghajanian, George K."),
        Article("zanos2016", 2016, "Zanos, Panos", "Moaddel, Ruin", "Gould, Todd D."),
        Article("zanos2018", 2018, "Zanos, Panos", "Gould, Todd D."),
        Article("zanos2019", 2019, "Zanos, Panos", "Gould, Todd D."),
        Article("who2017", 2017, "{World Health Organization}"),
        Article("yoon2025", null, "Yoon, Gihyun", "Pittman, Brian", "Krystal, John H."),
        Article("abdallah2018a", 2018, "Abdallah, C. G.", "De Feyter, H. M.", "Averill, L. A."),
        Article("abdallah2018b", 2018, "Abdallah, C. G.", "Sanacora, G.", "Duman, R. S."),
        Article("same2020x", 2020, "Same, A.", "Other, B.") with { Title = RichText.Plain("Beta study") },
        Article("same2020y", 2020, "Same, A.", "Other, B.") with { Title = RichText.Plain("Alpha study") },
        Article("canuso2018", 2018, "Canuso, Carla", "others"),
    ], ApaStyle.Instance);

    private static string Text(CitationMode mode, params Cite[] cites) =>
        ApaStyle.Instance.FormatCitation(cites, mode, Catalog).PlainText;

    private static string Paren(params string[] keys) =>
        Text(CitationMode.Parenthetical, keys.Select(k => new Cite(Catalog.Find(k)!)).ToArray());

    private static Cite C(string key, string? prefix = null, CitationLocator? locator = null, string? suffix = null, bool suppress = false) =>
        new(Catalog.Find(key)!, prefix, locator, suffix, suppress);

    [Fact]
    public void OneAuthorIsCitedByFamilyName() => Assert.Equal("(Andrade, 2017)", Paren("andrade2017"));

    [Fact]
    public void TwoAuthorsJoinWithAmpersandInParentheses() => Assert.Equal("(Duman & Aghajanian, 2012)", Paren("duman2012"));

    [Fact]
    public void TwoAuthorsJoinWithAndInNarrative() =>
        Assert.Equal("Duman and Aghajanian (2012)", Text(CitationMode.InText, C("duman2012")));

    [Fact]
    public void ThreeOrMoreAuthorsAreFirstAuthorEtAl() => Assert.Equal("(Zanos et al., 2016)", Paren("zanos2016"));

    [Fact]
    public void AndOthersMeansEtAl() => Assert.Equal("(Canuso et al., 2018)", Paren("canuso2018"));

    [Fact]
    public void GroupAuthorIsWrittenInFull() => Assert.Equal("(World Health Organization, 2017)", Paren("who2017"));

    [Fact]
    public void WorkWithoutDateIsNd() => Assert.Equal("(Yoon et al., n.d.)", Paren("yoon2025"));

    [Fact]
    public void LocatorIsAbbreviatedAndRangesGetAnEnDash()
    {
        Assert.Equal("(Andrade, 2017, p. 12)", Text(CitationMode.Parenthetical, C("andrade2017", locator: new("page", "12"))));
        Assert.Equal("(Andrade, 2017, pp. 33–35)", Text(CitationMode.Parenthetical, C("andrade2017", locator: new("page", "33-35"))));
        Assert.Equal("(Andrade, 2017, Chapter 1)", Text(CitationMode.Parenthetical, C("andrade2017", locator: new("chapter", "1"))));
        Assert.Equal("(Andrade, 2017, para. 4)", Text(CitationMode.Parenthetical, C("andrade2017", locator: new("paragraph", "4"))));
    }

    [Fact]
    public void PrefixAndSuffixSurroundTheWork() =>
        Assert.Equal("(see Andrade, 2017, p. 3, emphasis added)",
            Text(CitationMode.Parenthetical, C("andrade2017", "see", new("page", "3"), ", emphasis added")));

    [Fact]
    public void WorksInOneParenthesisAreSortedAndSeparatedBySemicolons() =>
        Assert.Equal("(Andrade, 2017; Duman & Aghajanian, 2012)", Paren("duman2012", "andrade2017"));

    [Fact]
    public void WorksWithPrefixesKeepTheAuthorsOrder() =>
        Assert.Equal("(see Duman & Aghajanian, 2012; also Andrade, 2017)",
            Text(CitationMode.Parenthetical, C("duman2012", "see"), C("andrade2017", "also")));

    [Fact]
    public void SameAuthorsCollapseToTheirYears() => Assert.Equal("(Zanos & Gould, 2018, 2019)", Paren("zanos2019", "zanos2018"));

    [Fact]
    public void SuppressedAuthorLeavesTheYear() =>
        Assert.Equal("(2012)", Text(CitationMode.Parenthetical, C("duman2012", suppress: true)));

    [Fact]
    public void NarrativeLocatorGoesInsideTheYearParentheses() =>
        Assert.Equal("Zanos et al. (2016, p. 4)", Text(CitationMode.InText, C("zanos2016", locator: new("page", "4"))));

    [Fact]
    public void DifferentCoauthorsInTheSameYearAreToldApartByMoreNames()
    {
        Assert.Equal("(Abdallah, De Feyter, et al., 2018)", Paren("abdallah2018a"));
        Assert.Equal("(Abdallah, Sanacora, et al., 2018)", Paren("abdallah2018b"));
    }

    [Fact]
    public void IdenticalAuthorsInTheSameYearGetYearSuffixesInTitleOrder()
    {
        Assert.Equal("(Same & Other, 2020a)", Paren("same2020y"));
        Assert.Equal("(Same & Other, 2020b)", Paren("same2020x"));
        Assert.StartsWith("Same, A., & Other, B. (2020b).", ApaStyle.Instance.FormatReferenceText(Catalog.Find("same2020x")!, Catalog));
    }

    [Fact]
    public void YearSuffixIsTheSameOnEveryPage()
    {
        // A page citing only one of the two works still calls it 2020b: labels come from the whole catalog.
        var document = CitationMarkdown.Parse("Only [@same2020x] here.");
        var citations = CitationResolver.Resolve(document, Catalog, "page.md", 0, new DiagnosticBag());
        Assert.Equal("(Same & Other, 2020b)", citations.Format(document.Descendants<CitationInline>().Single())!.PlainText);
    }

    [Fact]
    public void EachWorkIsALinkToItsReference() =>
        Assert.Equal("(<a href=\"#ref-andrade2017\">Andrade, 2017</a>; <a href=\"#ref-duman2012\">Duman &amp; Aghajanian, 2012</a>)",
            ApaStyle.Instance.FormatCitation([C("duman2012"), C("andrade2017")], CitationMode.Parenthetical, Catalog).Html);
}
