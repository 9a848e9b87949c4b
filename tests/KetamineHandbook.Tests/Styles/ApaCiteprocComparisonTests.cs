using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using KetamineHandbook.Tests.Support;
using Xunit.Abstractions;

namespace KetamineHandbook.Tests.Styles;

/// <summary>Pandoc + citeproc with apa.csl is the reference: our APA reference list must read the same.</summary>
public sealed partial class ApaCiteprocComparisonTests(ITestOutputHelper output)
{
    [Fact]
    public void ApaTextMatchesCiteprocForEveryHandbookReference() =>
        AssertMatchesCiteproc(RepositoryRoot.Combine("input", "references.bib"));

    [Fact]
    public void ApaTextMatchesCiteprocForBooksChaptersReportsThesesAndWebPages() =>
        AssertMatchesCiteproc(Path.Combine(AppContext.BaseDirectory, "Fixtures", "citations", "other-types.bib"));

    private void AssertMatchesCiteproc(string bib)
    {
        var references = BibliographySource.Read(bib);
        Assert.NotEmpty(references);

        var citeproc = CiteprocBibliography(bib, Pandoc.Csl("apa"));
        var catalog = new ReferenceCatalog(references, ApaStyle.Instance);

        var differences = new List<string>();
        foreach (var reference in references)
        {
            Assert.True(citeproc.TryGetValue(reference.Key, out var expected), $"citeproc wrote no entry for {reference.Key}");
            var ours = Normalise(ApaStyle.Instance.FormatReferenceText(reference, catalog));
            if (ours != Normalise(KnownCiteprocDefects.Correct(expected)))
                differences.Add($"{reference.Key}\n  citeproc: {expected}\n  ours:     {ours}");
        }
        output.WriteLine($"{references.Count} items compared, {references.Count - differences.Count} equal");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void ApaReferenceListOrderMatchesCiteproc()
    {
        var bib = RepositoryRoot.Combine("input", "references.bib");
        var references = BibliographySource.Read(bib);
        var catalog = new ReferenceCatalog(references, ApaStyle.Instance);
        var citeprocOrder = CiteprocBibliography(bib, Pandoc.Csl("apa")).Keys.ToList();
        Assert.Equal(citeprocOrder, catalog.Bibliography().Select(r => r.Key).ToList());
    }

    /// <summary>The text of each <c>ref-key</c> entry of pandoc's HTML bibliography, in citeproc's order.</summary>
    internal static Dictionary<string, string> CiteprocBibliography(string bibPath, string cslPath)
    {
        var html = Pandoc.Run(["--citeproc", "--bibliography", bibPath, "--csl", cslPath, "-f", "markdown", "-t", "html", "--wrap=none"],
            "---\nnocite: '@*'\n---\n");
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("div.csl-entry")
            .ToDictionary(e => e.Id!["ref-".Length..], e => e.TextContent, StringComparer.Ordinal);
    }

    internal static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
