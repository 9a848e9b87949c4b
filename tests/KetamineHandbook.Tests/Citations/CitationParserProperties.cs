using System.Diagnostics;
using CsCheck;
using KetamineHandbook.Model;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Citations;

/// <summary>Properties of the citation parser over arbitrary Markdown: it never throws and stays fast.</summary>
public sealed class CitationParserProperties
{
    /// <summary>Characters that matter to citations and Markdown, so random text hits the interesting paths often.</summary>
    private const string Alphabet = "[]@;-,.:{}()\\`<>*_!#^ \n\tabpz019";

    private static readonly Gen<string> MarkdownText =
        Gen.Char[Alphabet].Array[0, 300].Select(chars => new string(chars));

    private static readonly Gen<string> FragmentText =
        Gen.OneOf("[@a]", "[see @b, p. 1", "@c [", "]", "[", "@", "\\@", "a@b.c", "[-@d; ", "`", "{", "; @e", "\n", " ", "[^x]", "](u)")
           .Array[0, 80].Select(parts => string.Concat(parts));

    private static readonly IReadOnlyList<Reference> Store =
        [ReferenceFixture.Article("a", 2000, "Alpha, A."), ReferenceFixture.Article("b", null, "Beta, B.", "Gamma, G.")];

    [Fact]
    public void ArbitraryMarkdownNeverThrowsWhenParsedResolvedAndRendered()
    {
        MarkdownText.Sample(text => { CitationMarkdown.RenderHtml(text, Store); }, iter: 3000);
        FragmentText.Sample(text => { CitationMarkdown.RenderHtml(text, Store); }, iter: 3000);
    }

    [Fact]
    public void EveryParsedKeyIsWrittenInItsCitationsSource()
    {
        FragmentText.Sample(text =>
        {
            foreach (var citation in CitationMarkdown.Citations(text))
            {
                // Markdig drops the indentation of continuation lines, so compare with whitespace collapsed.
                Assert.Contains(Collapse(citation.Source), Collapse(text));
                foreach (var item in citation.Items) Assert.Contains(item.Key, citation.Source);
            }
        }, iter: 2000);
    }

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>Markdig itself refuses brackets nested 128 deep (an <see cref="ArgumentException"/>), so
    /// nesting fragments repeat just below that; flat fragments repeat tens of thousands of times.</summary>
    [Theory]
    [InlineData("[", 127)]
    [InlineData("[@", 127)]
    [InlineData("@a [", 127)]
    [InlineData("[see @a; ", 127)]
    [InlineData("[@a] ", 20_000)]
    [InlineData("@a: ", 20_000)]
    [InlineData("a@b.c ", 20_000)]
    [InlineData("[x] @ [@] ", 10_000)]
    [InlineData("@a [p. 1] ", 20_000)]
    public void PathologicalRepetitionParsesInBoundedTime(string fragment, int repeat)
    {
        var text = string.Concat(Enumerable.Repeat(fragment, repeat));
        var watch = Stopwatch.StartNew();
        CitationMarkdown.RenderHtml(text, Store);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{repeat} × '{fragment}' took {watch.Elapsed}");
    }

    [Fact]
    public void CitationsAddNoFailureToWhatMarkdigAloneRejects()
    {
        var plain = new Markdig.MarkdownPipelineBuilder().Build();
        foreach (var text in new[] { new string('[', 200), string.Concat(Enumerable.Repeat("[see @a; ", 200)) })
        {
            Assert.Throws<ArgumentException>(() => Markdig.Markdown.ToHtml(text, plain));
            Assert.Throws<ArgumentException>(() => CitationMarkdown.RenderHtml(text, Store));
        }
    }

    [Fact]
    public void RandomInputOfBoundedLengthParsesInBoundedTime()
    {
        Gen.Char[Alphabet].Array[2_000, 4_000].Select(c => new string(c)).Sample(text =>
        {
            var watch = Stopwatch.StartNew();
            CitationMarkdown.Citations(text);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{text.Length} chars took {watch.Elapsed}");
        }, iter: 200);
    }
}
