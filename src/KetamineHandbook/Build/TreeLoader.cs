using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Parse.BibTex;
using KetamineHandbook.Parse.Yaml;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using Markdig;

namespace KetamineHandbook.Build;

/// <summary>Load → parse → resolve for one handbook tree; documents are parsed in parallel.</summary>
public static class TreeLoader
{
    /// <param name="parsedCache">Parsed documents kept from an earlier build (the preview server); null parses every file.</param>
    /// <param name="bodies">
    /// False loads front matter only and resolves nothing: for an edition whose rendered pages are cached, which
    /// then serves the build as a list of ids, metadata and source texts (history, diffs, the version switcher).
    /// </param>
    /// <param name="frontMatter">Readings of front matter kept from earlier builds (see <see cref="FrontMatterCache"/>).</param>
    public static HandbookTree? Load(string root, string displayRoot, EditionRecord? edition, MarkdownPipeline pipeline, DiagnosticBag diagnostics,
        ParsedDocumentCache? parsedCache = null, bool bodies = true, FrontMatterCache? frontMatter = null)
    {
        var source = HandbookSource.Load(root, displayRoot, diagnostics);
        var settings = source.Settings is null ? null : SettingsReader.Read(source.Settings, diagnostics);

        var files = source.Entries.Select(f => (File: f, Kind: DocumentKind.Entry))
            .Concat(source.Pages.Select(f => (File: f, Kind: DocumentKind.Page))).ToList();

        // The citation store and style first: a body can then be resolved and rendered the moment it is parsed,
        // and its syntax tree let go, instead of ten thousand trees waiting for the last document to be parsed.
        var bib = source.Bibliography is null ? null : BibTexParser.Parse(source.Bibliography.Text, source.Bibliography.DisplayPath);
        if (bib is not null) diagnostics.AddRange(bib.Diagnostics);
        IReadOnlyList<Reference> references = bib?.References ?? [];
        var style = settings is null ? null : CitationStyles.Get(settings.CitationStyle, diagnostics, new SourceLocation(source.Settings!.DisplayPath));
        var catalog = style is null ? null : new ReferenceCatalog(references, style);
        // The preview server keeps its syntax trees to resolve them again on the next build; it resolves once all are parsed.
        var resolveWhenParsed = bodies && parsedCache is null && catalog is not null;

        var parsed = new ParsedDocument?[files.Count];
        var context = parsedCache is null ? "" : SourceFingerprint.OfText([source.Bibliography?.Text ?? ""]);
        Parallel.For(0, files.Count, i =>
        {
            var doc = parsedCache is null
                ? DocumentParser.Parse(files[i].File, files[i].Kind, pipeline, diagnostics, bodies, frontMatter)
                : parsedCache.Parse(files[i].File, files[i].Kind, context, pipeline, diagnostics);
            if (resolveWhenParsed && doc is not null) ResolveBody(doc, catalog!, pipeline, diagnostics, keepSyntaxTree: false);
            parsed[i] = doc;
        });
        parsedCache?.Retain(files.Select(f => (f.Kind, f.File.DisplayPath)));
        var documents = parsed.OfType<ParsedDocument>().ToList();

        foreach (var page in documents.Where(d => d.Kind == DocumentKind.Page && SiteUrls.ReservedSlugs.Contains(d.Id)))
            diagnostics.Error(DiagnosticCodes.InvalidId, new(page.Source.DisplayPath),
                $"page slug '{page.Id}' is reserved for a generated section of the site; rename the file");
        foreach (var clash in documents.GroupBy(d => d.Id).Where(g => g.Count() > 1))
            diagnostics.Error(DiagnosticCodes.DuplicateId, new(clash.Last().Source.DisplayPath),
                $"'{clash.Key}' is both an entry and a page; ids must be unique across entries/ and pages/");

        var unparsed = files.Where((f, i) => parsed[i] is null).Select(f => f.File.RelativePath).Concat(source.UnreadableFiles)
            .Select(p => (p.StartsWith(HandbookSource.EntriesFolder + "/", StringComparison.Ordinal) ? DocumentKind.Entry : DocumentKind.Page, Path.GetFileNameWithoutExtension(p)));
        var index = new DocumentIndex(documents.GroupBy(d => (d.Kind, d.Id)).Select(g => g.First()), unparsed);
        if (settings is null || catalog is null) return null;
        if (bodies)
            Parallel.ForEach(index.All, doc =>
            {
                if (!resolveWhenParsed) ResolveBody(doc, catalog, pipeline, diagnostics, keepSyntaxTree: parsedCache is not null);
                LinkResolver.Check(doc, index, diagnostics);
            });
        if (edition is null) UncitedReferences.Report(index, references, diagnostics);
        return new HandbookTree(source, settings, index, references, catalog, edition);
    }

    /// <summary>Resolves a parsed document against its tree: its body (<see cref="ResolveBody"/>), then its links to other documents.</summary>
    internal static void Resolve(ParsedDocument doc, DocumentIndex index, ReferenceCatalog catalog, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool keepSyntaxTree)
    {
        ResolveBody(doc, catalog, pipeline, diagnostics, keepSyntaxTree);
        LinkResolver.Check(doc, index, diagnostics);
    }

    /// <summary>
    /// Everything about a body that needs no other document: checks its raw HTML, points its links at site URLs,
    /// resolves its citations and renders it. Whether the documents and headings it links to exist is checked
    /// later (<see cref="LinkResolver.Check"/>).
    /// </summary>
    private static void ResolveBody(ParsedDocument doc, ReferenceCatalog catalog, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool keepSyntaxTree)
    {
        HtmlSafety.Check(doc, diagnostics);
        LinkResolver.Rewrite(doc);
        CitationResolver.Resolve(doc.Markdown, catalog, doc.Source.DisplayPath, doc.LineOffset, diagnostics);
        doc.CompleteResolve(MarkdownHtml.Render(doc.Markdown, pipeline), keepSyntaxTree);
    }
}
