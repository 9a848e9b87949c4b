using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Resolve;
using Markdig;

namespace KetamineHandbook.Build;

/// <summary>Load → parse → resolve for one handbook tree; documents are parsed in parallel.</summary>
public static class TreeLoader
{
    /// <param name="parsedCache">Parsed documents kept from an earlier build (the preview server); null parses every file.</param>
    public static HandbookTree? Load(string root, string displayRoot, EditionRecord? edition, MarkdownPipeline pipeline, DiagnosticBag diagnostics,
        ParsedDocumentCache? parsedCache = null)
    {
        var source = HandbookSource.Load(root, displayRoot, diagnostics);
        var settings = source.Settings is null ? null : SettingsReader.Read(source.Settings, diagnostics);

        var files = source.Entries.Select(f => (File: f, Kind: DocumentKind.Entry))
            .Concat(source.Pages.Select(f => (File: f, Kind: DocumentKind.Page))).ToList();
        var parsed = new ParsedDocument?[files.Count];
        var context = parsedCache is null ? "" : SourceFingerprint.OfText([source.Bibliography?.Text ?? ""]);
        Parallel.For(0, files.Count, i => parsed[i] = parsedCache is null
            ? DocumentParser.Parse(files[i].File, files[i].Kind, pipeline, diagnostics)
            : parsedCache.Parse(files[i].File, files[i].Kind, context, pipeline, diagnostics));
        parsedCache?.Retain(files.Select(f => (f.Kind, f.File.DisplayPath)));
        var documents = parsed.OfType<ParsedDocument>().ToList();

        foreach (var page in documents.Where(d => d.Kind == DocumentKind.Page && SiteUrls.ReservedSlugs.Contains(d.Id)))
            diagnostics.Error(DiagnosticCodes.InvalidId, new(page.Source.DisplayPath),
                $"page slug '{page.Id}' is reserved for a generated section of the site; rename the file");
        foreach (var clash in documents.GroupBy(d => d.Id).Where(g => g.Count() > 1))
            diagnostics.Error(DiagnosticCodes.DuplicateId, new(clash.Last().Source.DisplayPath),
                $"'{clash.Key}' is both an entry and a page; ids must be unique across entries/ and pages/");

        var references = new List<Reference>();
        var index = new DocumentIndex(documents.GroupBy(d => (d.Kind, d.Id)).Select(g => g.First()));
        Parallel.ForEach(index.All, doc =>
        {
            HtmlSafety.Check(doc, diagnostics);
            LinkResolver.Resolve(doc, index, diagnostics);
        });
        return settings is null ? null : new HandbookTree(source, settings, index, references, edition);
    }
}
