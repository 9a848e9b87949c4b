using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Citations;

/// <summary>Resolving a page's citations against the catalog: diagnostics, numbering, bibliography.</summary>
public sealed class CitationResolverTests
{
    private static readonly IReadOnlyList<Reference> Store =
    [
        ReferenceFixture.Article("zarate2006", 2006, "Zarate, Carlos A.", "Singh, J. B.", "Carlson, P. J."),
        ReferenceFixture.Article("berman2000", 2000, "Berman, Robert M.", "Cappiello, Angela", "Krystal, John H."),
        ReferenceFixture.Article("zanos2016", 2016, "Zanos, Panos", "Gould, Todd D."),
        ReferenceFixture.Article("abdallah2016", 2016, "Abdallah, C. G."),
    ];

    /// <summary>Reads a fixture .md the way the loader will: front matter stripped, its line count passed as the offset.</summary>
    private static (DocumentCitations Citations, DiagnosticBag Diagnostics) ResolveFixture(ICitationStyle style)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "citations", "entry-with-citations.md"));
        var closingFence = Array.IndexOf(lines, "---", 1);
        var body = string.Join('\n', lines.Skip(closingFence + 1));
        var document = CitationMarkdown.Parse(body);
        var diagnostics = new DiagnosticBag();
        var citations = CitationResolver.Resolve(document, new ReferenceCatalog(Store, style), "input/entries/fixture.md",
            lineOffset: closingFence + 1, diagnostics);
        return (citations, diagnostics);
    }

    [Fact]
    public void UnknownKeyReportsLineColumnAndSuggestion()
    {
        var (_, diagnostics) = ResolveFixture(ApaStyle.Instance);
        var errors = diagnostics.Sorted();
        Assert.Equal(2, errors.Count);
        Assert.Equal(
            "input/entries/fixture.md(13,59): error KH3101: unknown citation key '@zanos2061': it is not in the citation store; did you mean '@zanos2016'?",
            errors[0].ToString());
        Assert.Equal(new SourceLocation("input/entries/fixture.md", 14, 12), errors[1].Location);
    }

    [Fact]
    public void KeysAreCaseSensitiveAndACaseSlipIsSuggested()
    {
        var (citations, diagnostics) = ResolveFixture(ApaStyle.Instance);
        Assert.Contains("'@Berman2000'", diagnostics.Sorted()[1].Message);
        Assert.EndsWith("did you mean '@berman2000'?", diagnostics.Sorted()[1].Message);
        Assert.Equal(["zanos2061", "Berman2000"], citations.UnresolvedKeys);
    }

    [Fact]
    public void CitedKeysListEachWorkOnceInOrderOfFirstCitation()
    {
        var (citations, _) = ResolveFixture(ApaStyle.Instance);
        Assert.Equal(["berman2000", "zarate2006"], citations.CitedKeys);
        Assert.Equal(1, citations.NumberOf("berman2000"));
        Assert.Equal(2, citations.NumberOf("zarate2006"));
        Assert.Equal(0, citations.NumberOf("zanos2016"));
    }

    [Fact]
    public void ApaBibliographyIsAlphabeticalAndVancouverIsInCitationOrder()
    {
        var markdown = "[@zarate2006] then [@berman2000] then @abdallah2016.";
        var apa = CitationResolver.Resolve(CitationMarkdown.Parse(markdown), new ReferenceCatalog(Store, ApaStyle.Instance), "e.md", 0, new DiagnosticBag());
        var vancouver = CitationResolver.Resolve(CitationMarkdown.Parse(markdown), new ReferenceCatalog(Store, VancouverStyle.Instance), "e.md", 0, new DiagnosticBag());
        Assert.Equal(["abdallah2016", "berman2000", "zarate2006"], apa.Bibliography.Select(r => r.Key));
        Assert.Equal(["zarate2006", "berman2000", "abdallah2016"], vancouver.Bibliography.Select(r => r.Key));
    }

    [Fact]
    public void ResolverAttachesItselfAndTheLineOffsetToTheDocument()
    {
        var document = CitationMarkdown.Parse("[@berman2000]");
        var citations = CitationResolver.Resolve(document, new ReferenceCatalog(Store, ApaStyle.Instance), "e.md", 7, new DiagnosticBag());
        Assert.Same(citations, DocumentCitations.Of(document));
        Assert.Equal(7, KetamineHandbook.Markdown.Citations.DocumentLineOffset.Get(document));
    }

    [Fact]
    public void NoSuggestionWhenNothingIsClose()
    {
        var diagnostics = new DiagnosticBag();
        CitationResolver.Resolve(CitationMarkdown.Parse("[@completelydifferent]"), new ReferenceCatalog(Store, ApaStyle.Instance), "e.md", 0, diagnostics);
        Assert.DoesNotContain("did you mean", Assert.Single(diagnostics.Sorted()).Message);
    }

    [Theory]
    [InlineData("apa", "apa")]
    [InlineData("APA", "apa")]
    [InlineData(null, "apa")]
    [InlineData("vancouver", "vancouver")]
    public void StyleIsChosenByName(string? name, string expected) =>
        Assert.Equal(expected, CitationStyles.Get(name, new DiagnosticBag(), new SourceLocation("input/handbook.yml")).Name);

    [Fact]
    public void UnknownStyleNameIsReportedAndApaIsUsed()
    {
        var diagnostics = new DiagnosticBag();
        var style = CitationStyles.Get("chicago", diagnostics, new SourceLocation("input/handbook.yml", 17, 17));
        Assert.Equal("apa", style.Name);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KH3102", error.Code);
        Assert.Contains("'chicago'", error.Message);
    }
}
