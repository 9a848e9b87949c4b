using KetamineHandbook.Model;
using KetamineHandbook.Parse.CslJson;

namespace KetamineHandbook.Tests.Parse;

/// <summary>Reading CSL-JSON (Zotero's and Pandoc's exchange format) into references.</summary>
public sealed class CslJsonReaderTests
{
    private const string Item = """
        [{
          "id": "zarate2006", "type": "article-journal",
          "author": [{"family": "Zarate", "given": "Carlos A.", "suffix": "Jr."}, {"family": "Graaf", "given": "R.", "dropping-particle": "de"},
                     {"literal": "World Health Organization"}, {"literal": "others"}],
          "title": "A trial of an <span class=\"nocase\">N</span>-methyl-<i>D</i>-aspartate antagonist",
          "container-title": "Archives of General Psychiatry", "volume": 63, "issue": "8", "page": "856-864",
          "issued": {"date-parts": [[2006, 8]]}, "DOI": "10.1001/archpsyc.63.8.856", "PMID": "16894061",
          "keyword": "clinical-trial, nmda"
        }]
        """;

    [Fact]
    public void ItemFieldsMapToTheReference()
    {
        var r = Assert.Single(CslJsonReader.Read(Item, "refs.json", new DiagnosticBag()));
        Assert.Equal(("zarate2006", "article-journal", "article"), (r.Key, r.CslType, r.EntryType));
        Assert.Equal(new PersonName("Zarate", "Carlos A.", Suffix: "Jr."), r.Authors[0]);
        Assert.Equal("de", r.Authors[1].DroppingParticle);
        Assert.Equal("World Health Organization", r.Authors[2].Literal);
        Assert.True(r.Authors[3].IsOthers);
        Assert.Equal(("63", "8", "856–864"), (r.Volume, r.Issue, r.Page));
        Assert.Equal(new DateValue(2006, 8), r.Issued);
        Assert.Equal(("10.1001/archpsyc.63.8.856", "16894061"), (r.Doi, r.Pmid));
        Assert.Equal(["clinical-trial", "nmda"], r.Keywords);
    }

    [Fact]
    public void CslMarkupBecomesProtectedAndItalicRuns()
    {
        var title = Assert.Single(CslJsonReader.Read(Item, "refs.json", new DiagnosticBag())).Title!;
        Assert.Equal("A trial of an N-methyl-D-aspartate antagonist", title.PlainText);
        Assert.Contains(new RichTextRun("N", Protected: true), title.Runs);
        Assert.Contains(new RichTextRun("D", Italic: true), title.Runs);
    }

    [Fact]
    public void InvalidJsonIsADiagnosticNotAnException()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Empty(CslJsonReader.Read("[{\"id\": ", "bad.json", diagnostics));
        Assert.Equal(CslJsonReader.MalformedCode, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void ItemWithoutIdIsSkippedAndTheRestLoad()
    {
        var diagnostics = new DiagnosticBag();
        var references = CslJsonReader.Read("""[{"type": "book"}, {"id": "ok", "type": "book"}]""", "r.json", diagnostics);
        Assert.Equal("ok", Assert.Single(references).Key);
        Assert.Single(diagnostics.Sorted());
    }
}
