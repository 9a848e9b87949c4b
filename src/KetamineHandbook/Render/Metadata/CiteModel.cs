using KetamineHandbook.Build;
using KetamineHandbook.Parse;
using KetamineHandbook.Render.Formatters;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Metadata;

/// <summary>"Cite this entry": the entry's own reference in APA, BibTeX, RIS and CSL-JSON, naming its edition and permanent URL.</summary>
public static class CiteModel
{
    public static CiteView For(ParsedDocument doc, HandbookTree tree, SiteContext site, string style = "apa")
    {
        var self = EntrySelfReference.For(doc, tree, site);
        var chosen = CitationStyles.Get(style);
        var catalog = new ReferenceCatalog([self], chosen);
        var formatted = chosen.FormatReference(self, catalog);
        return new CiteView(formatted.PlainText, formatted.Html, BibTexWriter.WriteOne(self), RisWriter.WriteOne(self),
            CslJsonWriter.WriteOne(self), self.Url!, tree.Edition?.Version);
    }
}
