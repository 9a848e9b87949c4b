using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Render.Diagrams;
using KetamineHandbook.Render.History;
using KetamineHandbook.Render.Outputs;
using KetamineHandbook.Render.Search;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;
using KetamineHandbook.Write;

namespace KetamineHandbook.Render;

/// <summary>Renders every page of one handbook tree (the living handbook or an edition) below its prefix.</summary>
public sealed class EditionRenderer(SiteContext site, PageComposer composer)
{
    /// <summary>
    /// Whether each document's body is let go once its pages are rendered (<see cref="ParsedDocument.ReleaseBody"/>):
    /// for a build whose trees are not kept to render a page again (everything but the preview server).
    /// </summary>
    public bool ReleasesBodies { get; init; }

    /// <summary>Renders every page of <paramref name="tree"/>; the layout returned lets a page be rendered again alone.</summary>
    public TreeLayout Render(HandbookTree tree, SiteOutput output, DiagnosticBag diagnostics)
    {
        var layout = TreeLayout.Of(tree);
        // The few long jobs first: the parallel loop hands jobs out in order, and one started last would leave a core idle.
        var jobs = new List<Action>
        {
            () => RenderReferences(tree, layout.Nav, layout.Bibliography, output, diagnostics),
            () => RenderHome(tree, layout.Nav, layout.CascadeDrawing, output, diagnostics),
            () => RenderEvidence(tree, layout.Nav, output, diagnostics),
        };
        if (tree.Edition is null) jobs.Add(() => RenderChangelog(tree, layout.Nav, output, diagnostics));
        var downloads = ReferenceDownloads.Jobs(tree, output);
        jobs.AddRange(downloads.Store);
        // Every entry has its page, a retired one too (not in the reading order): its URL is permanent, and the
        // page says where its content went.
        foreach (var doc in tree.Index.Entries) jobs.Add(() => RenderEntryPages(layout, doc, output, diagnostics));
        foreach (var page in tree.Index.Pages)
            jobs.Add(() => RenderPage(layout, page, output, diagnostics));
        // The entries' download files last, in short jobs: by then every entry's folder is made. Run early, they raced
        // the thread making the folders (SiteOutput.PrepareFolders) to each entry's folder, and the two spun on the
        // lock of the parent folder in the kernel.
        jobs.AddRange(downloads.Entries);
        Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, jobs.ToArray());

        // Data for readers' tools, read back from the rendered pages: the evidence table as JSON and the search index.
        Parallel.Invoke(
            () => output.Add(tree.Prefix + EntriesJsonWriter.Path, EntriesJsonWriter.Write(site, tree, layout.Cascade)),
            () => output.Add(tree.Prefix + SearchIndexWriter.Path, layout.SearchIndex()));
        return layout;
    }

    /// <summary>
    /// Renders again the pages a document's body appears on — its own page and, for an entry revised since the
    /// previous edition, its diff — into <paramref name="output"/>, and records its new search sections in
    /// <paramref name="layout"/>. Every other page of the tree must be unaffected (the caller's promise).
    /// </summary>
    public void RenderBodyOf(TreeLayout layout, ParsedDocument doc, SiteOutput output, DiagnosticBag diagnostics)
    {
        if (doc.Kind == DocumentKind.Page) RenderPage(layout, doc, output, diagnostics);
        else RenderEntryPages(layout, doc, output, diagnostics);
    }

    /// <summary>Renders the references page again: an entry now cites other works, so the works' lists of citing entries change.</summary>
    public void RenderReferencesOf(TreeLayout layout, SiteOutput output, DiagnosticBag diagnostics) =>
        RenderReferences(layout.Tree, layout.Nav, layout.Bibliography, output, diagnostics);

    /// <summary>Renders the changelog again: an entry just revised since the newest edition joins its list of unreleased changes.</summary>
    public void RenderChangelogOf(TreeLayout layout, SiteOutput output, DiagnosticBag diagnostics) =>
        RenderChangelog(layout.Tree, layout.Nav, output, diagnostics);

    /// <summary>An entry's page, and its diff page when its text differs from the previous edition's.</summary>
    private void RenderEntryPages(TreeLayout layout, ParsedDocument doc, SiteOutput output, DiagnosticBag diagnostics)
    {
        RenderEntry(layout, doc, output, diagnostics);
        if (EntryHistory.PreviousOf(site, layout.Tree) is { } previous && previous.Index.Entry(doc.Id) is { } before && !before.Source.SameText(doc.Source))
            RenderDiff(layout.Tree, previous, layout.Nav, doc, before, output, diagnostics);
        if (ReleasesBodies) doc.ReleaseBody();
    }

    internal static NavigationView Navigation(HandbookTree tree, Cascade cascade)
    {
        var categories = CategoryLabels.Categories.Select(c => new NavCategoryView(c.Name, c.Label, c.Description,
            cascade.InReadingOrder(tree.Index.Entries.Where(e => e.Entry!.Category == c.Name && e.Entry.Status != "retired"), e => e.Id, e => e.Title)
                .Select(NavItem).ToList())).Where(c => c.Entries.Count > 0).ToList();
        var pages = tree.Index.Pages.Select(p => new NavItemView(p.Id, p.Title, SiteUrls.Page(p.Id), p.Summary)).ToList();
        return new NavigationView(categories, pages);
    }

    internal static NavItemView NavItem(ParsedDocument e) => new(e.Id, e.Title, SiteUrls.Entry(e.Id), e.Summary,
        e.Entry?.Status, e.Entry?.PreclinicalGrade, e.Entry?.ClinicalGrade, e.Entry?.Category,
        e.Entry is null ? null : SiteContext.Iso(e.Entry.Reviewed));

    private PageView BasePage(HandbookTree tree, string kind, string title, string description, string path, Func<HandbookTree, bool> existsIn)
    {
        var sitePath = tree.Prefix + path;
        return new PageView
        {
            Kind = kind,
            Title = title,
            Description = description,
            Path = path,
            Root = SiteUrls.RootPrefix(path),
            SiteRoot = SiteUrls.RootPrefix(sitePath),
            Url = site.AbsoluteUrl(sitePath),
            CanonicalUrl = site.AbsoluteUrl(sitePath),
            Versions = site.VersionsFor(tree, path, existsIn),
        };
    }

    /// <summary>Composes a page and adds it to the site; its HTML is returned as <see cref="PageComposer.Compose"/> gives it.</summary>
    private ReadOnlyMemory<char>? Emit(HandbookTree tree, NavigationView nav, PageView page, EntryView? entry, IReadOnlyDictionary<string, object?>? extra, SiteOutput output, DiagnosticBag diagnostics, ParsedDocument? source = null)
    {
        if (composer.Compose(tree, nav, page, entry, extra, diagnostics) is not { } html) return null;
        var file = SiteUrls.FileFor(tree.Prefix + page.Path);
        var bytes = SiteOutput.Encode(html.Span);
        if (source is null) output.Add(file, bytes); else output.Add(file, bytes, source);
        return html;
    }

    /// <summary>Renders a Markdown-sourced page and keeps its search sections.</summary>
    private void EmitIndexed(TreeLayout layout, PageView page, EntryView? entry, SiteOutput output, DiagnosticBag diagnostics, ParsedDocument source)
    {
        if (Emit(layout.Tree, layout.Nav, page, entry, null, output, diagnostics, source) is { } html)
            layout.Sections[page.Path] = EncodedSections.Of(PageTextExtractor.Sections(html.Span));
    }

    private void RenderEntry(TreeLayout layout, ParsedDocument doc, SiteOutput output, DiagnosticBag diagnostics)
    {
        var (tree, nav, cascade, ordered) = (layout.Tree, layout.Nav, layout.Cascade, layout.OrderedEntries);
        var position = layout.PositionOf(doc.Id);
        var meta = doc.Entry!;
        var path = SiteUrls.Entry(doc.Id);
        var page = BasePage(tree, "entry", doc.Title, doc.Summary, path, t => t.Index.Entry(doc.Id) is not null) with
        {
            Content = doc.BodyHtml!,
            Toc = doc.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocItemView(h.Level, h.Text, h.Id)).ToList(),
            SourcePath = doc.Source.RelativePath,
            EditUrl = tree.Edition is null && site.View.Repository is { } repo ? $"{repo}/edit/main/input/{doc.Source.RelativePath}" : null,
        };
        NavItemView? Lookup(string id) => tree.Index.Entry(id) is { } d ? NavItem(d) : null;
        var entry = new EntryView
        {
            Id = doc.Id,
            Title = doc.Title,
            Summary = doc.Summary,
            Category = meta.Category,
            CategoryLabel = CategoryLabels.Category(meta.Category),
            Status = meta.Status,
            PreclinicalGrade = meta.PreclinicalGrade,
            ClinicalGrade = meta.ClinicalGrade,
            Reviewed = SiteContext.Iso(meta.Reviewed),
            Keywords = meta.Keywords,
            Authors = meta.Authors,
            Links = meta.Links.Where(l => tree.Index.Entry(l.To) is not null)
                .Select(l => new EntryLinkView(l.To, tree.Index.Entry(l.To)!.Title, SiteUrls.Entry(l.To), l.Relation, CategoryLabels.Relation(l.Relation))).ToList(),
            LinkedFrom = cascade.EdgesInto(doc.Id)
                .Select(e => new EntryLinkView(e.From, tree.Index.Entry(e.From)!.Title, SiteUrls.Entry(e.From), e.Relation, CategoryLabels.Relation(e.Relation))).ToList(),
            Related = meta.Related.Select(Lookup).OfType<NavItemView>().ToList(),
            Previous = position is { } p && p > 0 ? ordered[p - 1] : null,
            Next = position is { } q && q + 1 < ordered.Count ? ordered[q + 1] : null,
            ReplacedBy = meta.ReplacedBy is { } r ? Lookup(r) : null,
            History = EntryHistory.For(site, doc.Id),
            Cite = Metadata.CiteModel.For(doc, tree, site, tree.Settings.CitationStyle),
            CascadeSvg = cascade.LayerOf(doc.Id) is null ? ""
                : CascadeSvg.Render(layout.CascadeDrawing ?? CascadeLayout.Compute(layout.CascadeGraph.Around(doc.Id)), page.Root, doc.Id),
        };
        page = page with
        {
            Bibliography = layout.Bibliography.For(doc),
            Head = Metadata.ScholarMetadata.For(doc, tree, site, doc.Citations?.Bibliography ?? []),
        };
        EmitIndexed(layout, page, entry, output, diagnostics, doc);
    }

    private void RenderPage(TreeLayout layout, ParsedDocument doc, SiteOutput output, DiagnosticBag diagnostics)
    {
        var tree = layout.Tree;
        var path = SiteUrls.Page(doc.Id);
        var page = BasePage(tree, "page", doc.Title, doc.Summary, path, t => t.Index.Page(doc.Id) is not null) with
        {
            Content = doc.BodyHtml!,
            Bibliography = layout.Bibliography.For(doc),
            Toc = doc.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocItemView(h.Level, h.Text, h.Id)).ToList(),
            SourcePath = doc.Source.RelativePath,
            EditUrl = tree.Edition is null && site.View.Repository is { } repo ? $"{repo}/edit/main/input/{doc.Source.RelativePath}" : null,
        };
        EmitIndexed(layout, page, null, output, diagnostics, doc);
        if (ReleasesBodies) doc.ReleaseBody();
    }

    private void RenderReferences(HandbookTree tree, NavigationView nav, BibliographyModel bibliography, SiteOutput output, DiagnosticBag diagnostics)
    {
        var page = BasePage(tree, "references", "References", "Every work the handbook cites, with the entries that cite it.", SiteUrls.References, _ => true);
        Emit(tree, nav, page, null, new Dictionary<string, object?> { ["references"] = bibliography.All() }, output, diagnostics);
    }

    private void RenderChangelog(HandbookTree tree, NavigationView nav, SiteOutput output, DiagnosticBag diagnostics)
    {
        var page = BasePage(tree, "changelog", "Changelog", "What changed in each edition of the handbook.", SiteUrls.Changelog, t => t.Edition is null);
        Emit(tree, nav, page, null, new Dictionary<string, object?> { ["changelog"] = ChangelogModel.Build(site) }, output, diagnostics);
    }

    private void RenderDiff(HandbookTree tree, HandbookTree previous, NavigationView nav, ParsedDocument doc, ParsedDocument before, SiteOutput output, DiagnosticBag diagnostics)
    {
        var path = SiteUrls.Entry(doc.Id) + "changes/";
        var (lines, inserted, deleted) = EntryTextDiff.Compute(before.Source.Text, doc.Source.Text);
        var diff = new DiffView(doc.Id, doc.Title, previous.Label, tree.Label,
            previous.Prefix + SiteUrls.Entry(doc.Id), tree.Prefix + SiteUrls.Entry(doc.Id), lines, inserted, deleted);
        var page = BasePage(tree, "diff", $"Changes to {doc.Title}", $"What changed in '{doc.Title}' from {previous.Label} to {tree.Label}.", path,
            t => ReferenceEquals(t, tree));
        Emit(tree, nav, page, null, new Dictionary<string, object?> { ["diff"] = diff }, output, diagnostics);
    }

    private void RenderHome(HandbookTree tree, NavigationView nav, CascadeLayout? cascadeLayout, SiteOutput output, DiagnosticBag diagnostics)
    {
        var page = BasePage(tree, "home", tree.Settings.Title, tree.Settings.Description, SiteUrls.Home, _ => true) with
        {
            // Too large a cascade is no longer a picture a reader can use; the category lists below carry the home page.
            CascadeSvg = cascadeLayout is null ? "" : CascadeSvg.Render(cascadeLayout, SiteUrls.RootPrefix(SiteUrls.Home), null),
        };
        Emit(tree, nav, page, null, null, output, diagnostics);
    }

    /// <summary>The evidence overview: every entry's category, status, grades and review date in one table.</summary>
    private void RenderEvidence(HandbookTree tree, NavigationView nav, SiteOutput output, DiagnosticBag diagnostics)
    {
        var page = BasePage(tree, "evidence", "Evidence overview",
            "Every entry of the handbook with its category, status, preclinical and human evidence grades, and the date it was last reviewed.",
            SiteUrls.Evidence, _ => true);
        Emit(tree, nav, page, null, null, output, diagnostics);
    }
}
