using KetamineHandbook.Model;
using KetamineHandbook.Parse.BibTex;

namespace KetamineHandbook.Tests.BibTex;

public sealed class BibTexParserTests
{
    private static BibliographyParseResult Parse(string text) => BibTexParser.Parse(text, "test.bib");
    private static Reference One(string text) => Assert.Single(Parse(text).References);

    [Fact]
    public void StringMacrosConcatenateWithHash()
    {
        var r = One("@string{jb = \"Journal of \"}\n@article{k, title={T}, journal = jb # {Biology} # \" Letters\", year=2000}");
        Assert.Equal("Journal of Biology Letters", r.ContainerTitle!.PlainText);
    }

    [Fact]
    public void MonthMacrosGiveMonthNumbers()
    {
        var r = One("@article{k, title={T}, year = 2000, month = mar}");
        Assert.Equal(new DateValue(2000, 3), r.Issued);
    }

    [Fact]
    public void TypesAndFieldNamesAreCaseInsensitive()
    {
        var r = One("@ARTICLE{Key, TITLE = {T}, Journal = {J}, YEAR = {1999}}");
        Assert.Equal("article", r.EntryType);
        Assert.Equal("Key", r.Key);
        Assert.Equal(1999, r.Issued!.Year);
    }

    [Fact]
    public void CommentsAndPreambleAreSkipped()
    {
        var result = Parse("@comment{ @article{no, title={x}} }\n@preamble{\"\\newcommand{\\x}{y}\"}\n@book{b, title={B}, year=1}");
        Assert.Equal("b", Assert.Single(result.References).Key);
    }

    [Fact]
    public void BracedWordsBecomeProtectedRuns()
    {
        var r = One("@article{k, title = {Effects of {NMDA} blockade}}");
        Assert.Contains(r.Title!.Runs, run => run.Protected && run.Text == "NMDA");
        Assert.Equal("Effects of NMDA blockade", r.Title.PlainText);
    }

    [Theory]
    [InlineData("{\\\"o}", "ö")]
    [InlineData("\\'{e}", "é")]
    [InlineData("{\\ss}", "ß")]
    [InlineData("a--b", "a–b")]
    [InlineData("a---b", "a—b")]
    [InlineData("a~b", "a\u00A0b")]
    [InlineData("R \\& D", "R & D")]
    [InlineData("{\\v R}eh{\\r u}{\\v r}ek", "Řehůřek")]
    [InlineData("$\\beta$-cells", "β-cells")]
    [InlineData("Ludwig's", "Ludwig’s")]
    public void LatexDecodesToUnicode(string latex, string expected) =>
        Assert.Equal(expected, LatexToUnicode.DecodePlain(latex));

    [Fact]
    public void TextitBecomesAnItalicRunAndMathScriptsBecomeSubscripts()
    {
        var rt = LatexToUnicode.Decode("\\textit{in vivo} H$_2$O");
        Assert.Contains(rt.Runs, r => r.Italic && r.Text == "in vivo");
        Assert.Contains(rt.Runs, r => r.Subscript && r.Text == "2");
        Assert.Equal("in vivo H2O", rt.PlainText);
    }

    [Fact]
    public void NamesSplitIntoFamilyGivenParticleAndSuffix()
    {
        var names = BibTexNameParser.ParseList("van der Berg, Jan and Zarate, Jr., Carlos A. and {World Health Organization} and Ludwig van Beethoven and others");
        Assert.Equal(new PersonName(Family: "Berg", Given: "Jan", DroppingParticle: "van der"), names[0]);
        Assert.Equal(new PersonName(Family: "Zarate", Given: "Carlos A.", Suffix: "Jr."), names[1]);
        Assert.Equal(new PersonName(Literal: "World Health Organization"), names[2]);
        Assert.Equal(new PersonName(Family: "Beethoven", Given: "Ludwig", DroppingParticle: "van"), names[3]);
        Assert.True(names[4].IsOthers);
    }

    [Fact]
    public void CrossrefChildInheritsBookTitleAsBooktitle()
    {
        var result = Parse("@incollection{c, author={A, B}, title={Chapter}, crossref={p}}\n@collection{p, title={The Book}, editor={E, F}, year=2010, publisher={P}}");
        var child = result.References.Single(r => r.Key == "c");
        Assert.Equal("The Book", child.ContainerTitle!.PlainText);
        Assert.Equal("Chapter", child.Title!.PlainText);
        Assert.Equal(2010, child.Issued!.Year);
        Assert.Equal("F", child.Editors[0].Given);
    }

    [Fact]
    public void BiblatexDateRangeIsRead()
    {
        var r = One("@online{o, title={W}, url={http://x}, date={2020-05-03/2020-06}}");
        Assert.Equal(new DateValue(2020, 5, 3, EndOfRange: new DateValue(2020, 6)), r.Issued);
    }

    [Fact]
    public void DoiPrefixesAreStrippedAndPagesGetAnEnDash()
    {
        var r = One("@article{k, title={T}, doi={https://doi.org/10.1016/S0006-3223(99)00230-9}, pages={351--354}}");
        Assert.Equal("10.1016/S0006-3223(99)00230-9", r.Doi);
        Assert.Equal("351–354", r.Page);
        Assert.Equal("10.1/x", One("@misc{k, doi={doi:10.1/x}}").Doi is { } d && d == "10.1/x" ? "10.1/x" : null);
    }

    [Fact]
    public void BrokenEntryIsADiagnosticAndTheRestStillLoads()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bib", "broken-middle-entry.bib");
        var result = BibTexParser.Parse(File.ReadAllText(path), path);
        Assert.Equal(["good1", "good2"], result.References.Select(r => r.Key));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("KH3001", error.Code);
        Assert.Equal(3, error.Location.Line);
        Assert.Matches(@"\(3,\d+\): error KH3001: .*comma", error.ToString());
    }

    [Fact]
    public void UnterminatedEntryDoesNotSwallowTheNextOne()
    {
        var result = Parse("@article{a, title = {never closed\n\n@article{b, title={B}, author={X, Y}, journal={J}, year=1}\n");
        Assert.Contains(result.References, r => r.Key == "b");
        Assert.Contains(result.Diagnostics, d => d.Code == "KH3002");
    }

    [Fact]
    public void DuplicateKeyIsAnErrorAndTheFirstEntryWins()
    {
        var result = Parse("@misc{k, title={First}}\n@misc{k, title={Second}}");
        Assert.Equal("First", Assert.Single(result.References).Title!.PlainText);
        Assert.Contains(result.Diagnostics, d => d.Code == "KH3006" && d.IsError && d.Location.Line == 2);
    }

    [Fact]
    public void DoiSharedByTwoKeysIsAnError()
    {
        var result = Parse("@misc{a, doi={10.1000/x}}\n@misc{b, doi={https://doi.org/10.1000/X}}");
        Assert.Contains(result.Diagnostics, d => d.Code == "KH3011" && d.Message.Contains("'a'"));
    }

    [Fact]
    public void MalformedDoiIsAnError() =>
        Assert.Contains(Parse("@misc{a, doi={not-a-doi}}").Diagnostics, d => d.Code == "KH3012" && d.IsError);

    [Fact]
    public void MissingRequiredFieldIsAWarning()
    {
        var d = Assert.Single(Parse("@article{a, author={A, B}, title={T}, year=2000}").Diagnostics);
        Assert.Equal("KH3020", d.Code);
        Assert.False(d.IsError);
        Assert.Contains("journal", d.Message);
    }

    [Fact]
    public void UndefinedMacroIsAWarning() =>
        Assert.Contains(Parse("@misc{a, publisher = nosuchmacro}").Diagnostics, d => d.Code == "KH3005" && !d.IsError);

    [Fact]
    public void UnknownCrossrefTargetIsReported() =>
        Assert.Contains(Parse("@inbook{a, title={T}, crossref={missing}}").Diagnostics, d => d.Code == "KH3010");

    [Fact]
    public void DeepBraceNestingIsLimitedWithADiagnostic()
    {
        var deep = new string('{', 500) + new string('}', 500);
        var result = Parse($"@misc{{a, title = {deep}}}\n@misc{{b, title={{B}}}}");
        Assert.Contains(result.Diagnostics, d => d.Code == "KH3003");
        Assert.Contains(result.References, r => r.Key == "b");
    }

    [Fact]
    public void HandbookStoreLoadsWithoutErrors()
    {
        var store = PandocComparisonTests.FindHandbookStore();
        Assert.NotNull(store);
        var result = BibTexParser.Parse(File.ReadAllText(store!), store!);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.True(result.References.Count > 50);
    }

    [Fact]
    public void FiveThousandEntriesParseInLinearTime()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < 5000; i++)
            sb.Append($"@article{{k{i}, author = {{M{{\\\"u}}ller, Hans and van der Berg, Jan}}, title = {{A {{NMDA}} study \\textit{{in vivo}} number {i}}}, journal = {{J}}, year = 2000, pages = {{1--{i}}}, doi = {{10.1000/{i}}}}}\n");
        var text = sb.ToString();
        BibTexParser.Parse(text, "warm.bib");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = BibTexParser.Parse(text, "big.bib");
        watch.Stop();
        Assert.Equal(5000, result.References.Count);
        // Not a benchmark (that is BenchmarkDotNet's job, and CI machines are shared): a generous bound
        // that only a quadratic or backtracking regression would break.
        Assert.True(watch.ElapsedMilliseconds < 10_000, $"took {watch.ElapsedMilliseconds} ms");
    }
}
