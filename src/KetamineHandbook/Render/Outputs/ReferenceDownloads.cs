using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Formatters;
using KetamineHandbook.Resolve;
using KetamineHandbook.Write;

namespace KetamineHandbook.Render.Outputs;

/// <summary>
/// Bibliographies as files a reference manager imports: the whole store, each entry's bibliography, and each
/// reference alone, in BibTeX, RIS and CSL-JSON. File names are stable so pages can link to them.
/// </summary>
public static class ReferenceDownloads
{
    public static readonly (string Extension, string Label, Func<IEnumerable<Reference>, string> Write)[] Formats =
    [
        ("bib", "BibTeX", BibTexWriter.Write),
        ("ris", "RIS", RisWriter.Write),
        ("json", "CSL-JSON", CslJsonWriter.Write),
    ];

    /// <summary>Site path (inside an edition) of one reference's file: <c>references/zanos2016.bib</c>.</summary>
    public static string ForReference(string key, string extension) => $"{SiteUrls.References}{Uri.EscapeDataString(key)}.{extension}";

    /// <summary>Site path of an entry's bibliography file: <c>entries/x/references.bib</c>.</summary>
    public static string ForEntry(string id, string extension) => $"{SiteUrls.Entry(id)}references.{extension}";

    public static void Write(HandbookTree tree, SiteOutput output)
    {
        foreach (var (extension, _, write) in Formats)
        {
            output.Add($"{tree.Prefix}{SiteUrls.References}all.{extension}", write(tree.Catalog.Bibliography()));
            foreach (var reference in tree.References.DistinctBy(r => r.Key))
                output.Add(tree.Prefix + ForReference(reference.Key, extension), write([reference]));
            foreach (var doc in tree.Index.Entries)
                if (DocumentCitations.Of(doc.Markdown) is { Bibliography.Count: > 0 } citations)
                    output.Add(tree.Prefix + ForEntry(doc.Id, extension), write(citations.Bibliography));
        }
    }
}
