using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Formatters;

namespace KetamineHandbook.Tests.Formatters;

public sealed class ExportWriterTests
{
    /// <summary>A reference built in code, as the handbook's own "cite this entry" record is.</summary>
    private static readonly Reference Entry = new()
    {
        Key = "kh-nmda",
        EntryType = "online",
        CslType = "webpage",
        TitlesAsInBibTex = true,
        Authors = [new PersonName(Family: "Berg", Given: "Jan", DroppingParticle: "van der"), new PersonName(Literal: "Ketamine Handbook Editors")],
        Title = new RichText([new RichTextRun("Antagonism of the "), new RichTextRun("NMDA", Protected: true), new RichTextRun(" Receptor")]),
        Issued = new DateValue(2026, 11, 26),
        Url = "https://example.org/v/1.0.0/entries/nmda/",
        Page = "351–354",
    };

    [Fact]
    public void CslJsonHasSortedKeysSentenceCaseAndHyphenatedPages()
    {
        var json = CslJsonWriter.Write([Entry]);
        Assert.Contains("\"title\": \"Antagonism of the NMDA receptor\"", json);
        Assert.Contains("\"page\": \"351-354\"", json);
        Assert.Contains("\"dropping-particle\": \"van der\"", json);
        Assert.Contains("\"literal\": \"Ketamine Handbook Editors\"", json);
        Assert.True(json.IndexOf("\"URL\"", StringComparison.Ordinal) < json.IndexOf("\"author\"", StringComparison.Ordinal));
        Assert.Matches(@"""date-parts"": \[\s*\[\s*2026,\s*11,\s*26\s*\]\s*\]", json);
    }

    [Fact]
    public void RisRecordHasTypeAuthorsDatePagesAndEnd()
    {
        var ris = RisWriter.WriteOne(Entry);
        Assert.StartsWith("TY  - ELEC\n", ris);
        Assert.Contains("AU  - van der Berg, Jan\n", ris);
        Assert.Contains("AU  - Ketamine Handbook Editors\n", ris);
        Assert.Contains("PY  - 2026\nDA  - 2026/11/26/\n", ris);
        Assert.Contains("SP  - 351\nEP  - 354\n", ris);
        Assert.EndsWith("ER  - \n", ris);
    }

    [Fact]
    public void BibTexIsSortedByKeyAndKeepsProtection()
    {
        var bib = BibTexWriter.Write([Entry with { Key = "z" }, Entry with { Key = "a" }]);
        Assert.True(bib.IndexOf("@online{a,", StringComparison.Ordinal) < bib.IndexOf("@online{z,", StringComparison.Ordinal));
        Assert.Contains("title = {Antagonism of the {NMDA} Receptor}", bib);
        Assert.Contains("author = {van der Berg, Jan and {Ketamine Handbook Editors}}", bib);
        Assert.Contains("date = {2026-11-26}", bib);
        Assert.Contains("pages = {351--354}", bib);
    }

    [Fact]
    public void ExportReturnsOneForErrorsButStillWritesWhatLoaded()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bib", "broken-middle-entry.bib");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(1, ReferenceExport.Run(path, "csl-json", stdout, stderr));
        Assert.Contains("\"id\": \"good2\"", stdout.ToString());
        Assert.Contains("(3,", stderr.ToString());
        Assert.Contains("error KH3001:", stderr.ToString());
    }

    [Fact]
    public void ExportReturnsTwoForUnknownFormatOrMissingFile()
    {
        Assert.Equal(2, ReferenceExport.Run("x.bib", "docx", TextWriter.Null, TextWriter.Null));
        Assert.Equal(2, ReferenceExport.Run("/nonexistent/x.bib", "ris", TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void ExportOfTheHandbookStoreSucceeds()
    {
        var store = Tests.BibTex.PandocComparisonTests.FindHandbookStore()!;
        var stdout = new StringWriter();
        Assert.Equal(0, ReferenceExport.Run(store, "bibtex", stdout, TextWriter.Null));
        Assert.Contains("@article{berman2000,", stdout.ToString());
    }
}
