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
    /// <summary>Each format: its file extension, its name, how it writes a list of references, how it writes one
    /// reference's part of such a file, and how it joins parts already written into the file <c>Write</c> gives.</summary>
    public static readonly (string Extension, string Label, Func<IEnumerable<Reference>, string> Write,
        Func<Reference, string> Part, Func<IEnumerable<Reference>, Func<Reference, string>, string> Join)[] Formats =
    [
        ("bib", "BibTeX", BibTexWriter.Write, BibTexWriter.WriteOne, BibTexWriter.Join),
        ("ris", "RIS", RisWriter.Write, RisWriter.WriteOne, RisWriter.Join),
        ("json", "CSL-JSON", CslJsonWriter.Write, CslJsonWriter.WriteArrayItem, CslJsonWriter.Join),
    ];

    /// <summary>Site path (inside an edition) of one reference's file: <c>references/zanos2016.bib</c>.</summary>
    public static string ForReference(string key, string extension) => $"{SiteUrls.References}{Uri.EscapeDataString(key)}.{extension}";

    /// <summary>Site path of an entry's bibliography file: <c>entries/x/references.bib</c>.</summary>
    public static string ForEntry(string id, string extension) => $"{SiteUrls.Entry(id)}references.{extension}";

    /// <summary>Entries per job of <see cref="Jobs"/>: enough that a job outweighs its scheduling, few enough to share out evenly.</summary>
    private const int EntriesPerJob = 256;

    /// <summary>
    /// The download files of <paramref name="tree"/> as independent jobs for the parallel render: tens of thousands
    /// of small files for a large handbook, which one job alone would still be writing after every page is done.
    /// <see cref="DownloadJobs.Store"/> writes the whole-store and per-reference files, <see cref="DownloadJobs.Entries"/>
    /// the entries' files, a few hundred entries a job.
    /// </summary>
    /// <remarks>
    /// Every work appears in the whole-store file, its own file and the file of each entry citing it, so each
    /// reference is written once per format and tree and the files are joined from those parts (the parts are
    /// what the format's own <c>Write</c> is made of, so the files are the same to the byte).
    /// </remarks>
    public static DownloadJobs Jobs(HandbookTree tree, SiteOutput output)
    {
        var all = tree.Catalog.Bibliography();
        var entries = tree.Index.Entries.ToList();
        var jobs = new DownloadJobs([], []);
        foreach (var (extension, _, _, part, join) in Formats)
        {
            Func<Reference, string> partOf = new PerReference<string>(part).Get;
            jobs.Store.Add(() =>
            {
                output.Add($"{tree.Prefix}{SiteUrls.References}all.{extension}", join(all, partOf));
                foreach (var reference in tree.References.DistinctBy(r => r.Key))
                    output.Add(tree.Prefix + ForReference(reference.Key, extension), join([reference], partOf));
            });
            for (var start = 0; start < entries.Count; start += EntriesPerJob)
            {
                var first = start;
                jobs.Entries.Add(() =>
                {
                    foreach (var doc in entries.GetRange(first, Math.Min(EntriesPerJob, entries.Count - first))) AddEntryFile(tree, doc, extension, join, partOf, output);
                });
            }
        }
        return jobs;
    }

    /// <summary>The jobs of <see cref="Jobs"/>: the whole-store and per-reference files, and the entries' files.</summary>
    public sealed record DownloadJobs(List<Action> Store, List<Action> Entries);

    /// <summary>One entry's bibliography files alone (the preview server, after the entry's citations changed).</summary>
    public static void WriteEntry(HandbookTree tree, Parse.ParsedDocument doc, SiteOutput output)
    {
        foreach (var (extension, _, _, part, join) in Formats) AddEntryFile(tree, doc, extension, join, part, output);
    }

    private static void AddEntryFile(HandbookTree tree, Parse.ParsedDocument doc, string extension,
        Func<IEnumerable<Reference>, Func<Reference, string>, string> join, Func<Reference, string> part, SiteOutput output)
    {
        if (doc.Citations is { Bibliography.Count: > 0 } citations)
            output.Add(tree.Prefix + ForEntry(doc.Id, extension), join(citations.Bibliography, part));
    }
}
