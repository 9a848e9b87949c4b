using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Metadata;

/// <summary>
/// A handbook entry described as a bibliographic reference (an encyclopedia entry in an edition of the
/// handbook), so the same formatters that print the bibliography print "cite this entry".
/// </summary>
public static class EntrySelfReference
{
    public static Reference For(ParsedDocument doc, HandbookTree tree, SiteContext site)
    {
        var settings = site.Living.Settings;
        var date = tree.Edition?.Date ?? doc.Entry!.Reviewed;
        var authors = doc.Entry!.Authors.Count > 0
            ? doc.Entry.Authors.Select(a => new PersonName(Literal: a)).ToList()
            : settings.Editors.Select(e => new PersonName(Literal: e.Name)).ToList();
        var version = tree.Edition?.Version;
        var url = site.AbsoluteUrl(tree.Prefix + SiteUrls.Entry(doc.Id));
        var key = version is null ? $"handbook-{doc.Id}" : $"handbook-{doc.Id}-{version.Replace('.', '-')}";
        return new Reference
        {
            Key = key,
            EntryType = "inreference",
            CslType = "entry-encyclopedia",
            Authors = authors,
            Title = RichText.Plain(doc.Title),
            ContainerTitle = RichText.Plain(settings.Title),
            Publisher = settings.Publisher,
            Version = version,
            Edition = version,
            Issued = new DateValue(date.Year, date.Month, date.Day),
            Url = url,
            Language = settings.Language,
            Abstract = doc.Entry.Summary,
            Note = version is null ? "Living edition: text may change; cite a numbered edition for a stable reference." : null,
        };
    }
}
