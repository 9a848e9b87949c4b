using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using static KetamineHandbook.Tests.Support.ReferenceFixture;

namespace KetamineHandbook.Tests.Styles;

/// <summary>Vancouver numeric citations and reference-list items.</summary>
public sealed class VancouverStyleTests
{
    private static readonly Reference Berman = Article("berman2000", 2000,
        "Berman, Robert M.", "Cappiello, Angela", "Anand, Amit", "Oren, Dan A.", "Heninger, George R.", "Charney, Dennis S.", "Krystal, John H.")
        with
        {
            Title = RichText.Plain("Antidepressant effects of ketamine in depressed patients"),
            ContainerTitle = RichText.Plain("Biological Psychiatry"), Volume = "47", Issue = "4", Page = "351–354",
            Doi = "10.1016/S0006-3223(99)00230-9",
        };

    private static readonly ReferenceCatalog Catalog = new([Berman], VancouverStyle.Instance);

    private static string Numbers(params int[] numbers) =>
        VancouverStyle.Instance.FormatCitation(numbers.Select(n => new Cite(Berman, Number: n)).ToList(), CitationMode.Parenthetical, Catalog).PlainText;

    [Fact]
    public void SevenOrMoreAuthorsListSixThenEtAlAndPagesAreMinimal() =>
        Assert.Equal("Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, et al. Antidepressant effects of ketamine in depressed patients. " +
                     "Biological Psychiatry. 2000;47(4):351–4. doi:10.1016/S0006-3223(99)00230-9",
            VancouverStyle.Instance.FormatReferenceText(Berman, Catalog));

    [Fact]
    public void ConsecutiveNumbersCollapseToARange()
    {
        Assert.Equal("(1,3–5)", Numbers(4, 1, 5, 3));
        Assert.Equal("(1,2)", Numbers(2, 1));
    }

    [Fact]
    public void NarrativeCitationNamesTheAuthorBeforeTheNumber() =>
        Assert.Equal("Berman et al. (1)",
            VancouverStyle.Instance.FormatCitation([new Cite(Berman, Number: 1)], CitationMode.InText, Catalog).PlainText);

    [Fact]
    public void LocatorFollowsTheNumber() =>
        Assert.Equal("(1, p. 352)",
            VancouverStyle.Instance.FormatCitation([new Cite(Berman, Locator: new("page", "352"), Number: 1)], CitationMode.Parenthetical, Catalog).PlainText);
}
