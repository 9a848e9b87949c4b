using System.Diagnostics;
using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Outputs;
using KetamineHandbook.Render.Search;
using KetamineHandbook.Resolve;
using KetamineHandbook.Write;

namespace KetamineHandbook.Build;

/// <summary>
/// The preview server's rebuild after a contributor saves entries or pages whose front matter is unchanged —
/// the common case while writing. Such an edit shows on the document's own page, its diff page, its
/// bibliography files and the search index; when it cites other works, on the references page (who cites
/// what) and in the uncited-reference warnings; when its headings change, on the pages linking to it (their
/// links to its anchors). Every other page of the site would render to the same bytes. So those few pages are
/// rendered again and laid over the last site, and the diagnostics of the documents involved are swapped for
/// their new ones. Anything more (a new or deleted file, changed front matter, the theme, the citation store,
/// editions) returns null: build everything.
/// </summary>
public static class BodyEditRebuild
{
    private sealed record Edit(ParsedDocument Old, SourceFile Now);

    /// <param name="changed">Every source path saved since the build kept in the cache, relative to the root.</param>
    public static BuildResult? TryRun(BuildOptions options, IReadOnlyCollection<string> changed)
    {
        if (options.Cache?.Living is not { } last) return null;
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(options.Observer);
        var edits = stages.Run("read saved documents", () => Edits(options, last, changed));
        if (edits is null) return null;

        var before = new DiagnosticBag();
        var after = new DiagnosticBag();
        var revision = stages.Run("parse and resolve saved documents", () => Revise(last, edits, before, after));
        if (revision is null) return null;
        var (revised, firstRevisions, newCitations) = revision.Value;
        // Who cites which work changes only if a document now cites a different set of works, not another order.
        var citingOthers = newCitations.Where(d => !SameWorks(last.Tree.Index, d)).ToList();
        var citersChanged = citingOthers.Count > 0;

        var (tree, layout) = stages.Run("update the living tree", () =>
        {
            var updated = last.Tree with
            {
                Index = last.Tree.Index.With(revised),
                Source = WithFiles(last.Tree.Source, edits.Select(e => e.Now).ToList()),
            };
            return (updated, last.Layout.ForBodiesOf(updated, citingOthers));
        });
        var site = new SiteContext(tree, last.Editions, last.BaseUrl);
        var renderer = new EditionRenderer(site, new PageComposer(last.Templates, site));
        var pages = new SiteOutput();
        SiteOutput? output = null;
        var rendering = new DiagnosticBag();
        stages.Run("render saved documents", () =>
        {
            foreach (var doc in revised) renderer.RenderBodyOf(layout, doc, pages, rendering);
            foreach (var doc in newCitations.Where(d => d.Kind == DocumentKind.Entry)) ReferenceDownloads.WriteEntry(tree, doc, pages);
            if (citersChanged)
            {
                // Each work's list of citing entries is on the references page, a large page at ten thousand
                // entries: it is rendered when fetched, from templates that just rendered it without error.
                var references = SiteUrls.FileFor(SiteUrls.References);
                pages.AddDeferred(references, () =>
                {
                    var own = new SiteOutput();
                    renderer.RenderReferencesOf(layout, own, new DiagnosticBag());
                    return own.Get(references) ?? [];
                });
            }
            if (firstRevisions)
            {
                // An entry the newest edition had word for word is now revised: it gains a diff page, which the
                // changelog lists and the sitemap names (built when fetched, as it reads the whole site's paths).
                renderer.RenderChangelogOf(layout, pages, rendering);
                pages.AddDeferred(SitemapWriter.Path, () => System.Text.Encoding.UTF8.GetBytes(SitemapWriter.Write(site, output!)));
            }
            // Built when first fetched: tens of megabytes for a large handbook, and most saves are not followed by a search.
            if (revised.Any(d => !SameSections(last.Layout, layout, DocumentIndex.SitePath(d))))
                pages.AddDeferred(SearchIndexWriter.Path, layout.SearchIndex);
        });
        // A template that fails on the new text is rare, and a full build reports it exactly.
        if (rendering.Sorted().Count > 0) return null;

        var diagnostics = stages.Run("swap diagnostics", () =>
        {
            // A work no longer cited anywhere gains its warning, one cited again loses it; only the works these
            // documents cited before or cite now can have changed.
            var touched = citingOthers.SelectMany(d => Works(last.Tree.Index, d).Concat(d.Citations?.CitedKeys ?? [])).ToHashSet(StringComparer.Ordinal);
            foreach (var reference in tree.References.Where(r => touched.Contains(r.Key)))
            {
                if (!last.Layout.Bibliography.IsCited(reference.Key)) before.Add(UncitedReferences.WarningFor(reference));
                if (!layout.Bibliography.IsCited(reference.Key)) after.Add(UncitedReferences.WarningFor(reference));
            }
            return Replace(last.Diagnostics, before.Sorted(), after.Sorted());
        });
        var failed = diagnostics.Any(d => d.IsError);
        var changedPaths = stages.Run("lay pages over the last site", () =>
        {
            output = last.Site.Overlay(pages);
            return ChangedPaths(last.Site, pages);
        });
        var stats = last.Stats with
        {
            Errors = diagnostics.Count(d => d.IsError), Warnings = diagnostics.Count(d => !d.IsError), Elapsed = clock.Elapsed,
        };
        // A failed edit leaves the kept build as it was: the next save is again compared with the last good one.
        if (!failed) options.Cache.Living = last with { Tree = tree, Layout = layout, Site = output!, Diagnostics = diagnostics, Stats = stats };
        return new BuildResult(failed ? new SiteOutput() : output!, diagnostics, stats) { Timings = stages.Timings, ChangedPaths = changedPaths };
    }

    /// <summary>The saved documents with their new text, or null if a saved path is anything but an existing entry or page.</summary>
    private static List<Edit>? Edits(BuildOptions options, LivingRender last, IReadOnlyCollection<string> changed)
    {
        var input = options.Full(options.InputDir);
        var edits = new List<Edit>();
        foreach (var path in changed)
        {
            var full = Path.GetFullPath(Path.Combine(options.Root, path));
            var parts = Path.GetRelativePath(input, full).Replace('\\', '/').Split('/');
            var kind = parts.Length != 2 ? (DocumentKind?)null
                : parts[0] == HandbookSource.EntriesFolder ? DocumentKind.Entry : parts[0] == HandbookSource.PagesFolder ? DocumentKind.Page : null;
            var id = kind is not null && parts[1].EndsWith(".md", StringComparison.Ordinal) ? parts[1][..^3] : null;
            var old = id is null ? null : kind == DocumentKind.Entry ? last.Tree.Index.Entry(id) : last.Tree.Index.Page(id);
            var exists = File.Exists(full);
            if (old is null)
            {
                // A temporary file an editor or sed saved through, already renamed away: never part of the handbook.
                if (kind is not null && !exists && !Directory.Exists(full)) continue;
                return null;
            }
            if (!exists) return null;
            var text = TextFileReader.Read(full, old.Source.DisplayPath, new DiagnosticBag());
            if (text is null) return null;
            var now = new SourceFile(old.Source.RelativePath, old.Source.DisplayPath, text);
            if (!now.SameText(old.Source)) edits.Add(new Edit(old, now));
        }
        return edits;
    }

    /// <summary>
    /// Parses and resolves each saved document, and its last good text again (for the diagnostics it had then).
    /// Null if a document changed more than its body.
    /// </summary>
    /// <returns>
    /// The parsed documents, whether an entry among them is revised since the newest edition for the first time,
    /// and those whose cited works changed.
    /// </returns>
    private static (List<ParsedDocument> Documents, bool FirstRevisions, List<ParsedDocument> NewCitations)? Revise(LivingRender last, List<Edit> edits, DiagnosticBag before, DiagnosticBag after)
    {
        var parsed = new List<ParsedDocument>();
        var newHeadings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (old, now) in edits)
        {
            var doc = DocumentParser.Parse(now, old.Kind, last.Pipeline, after);
            if (doc is null || !SameFrontMatter(old, doc)) return null;
            if (!SameHeadings(old, doc)) newHeadings.Add(DocumentIndex.SitePath(doc));
            parsed.Add(doc);
        }
        // Documents linking to one whose headings changed: their links to its anchors may now resolve or break,
        // which changes their diagnostics and their HTML, so they are resolved and rendered again as they are.
        var edited = edits.Select(e => e.Old).ToHashSet();
        var linking = newHeadings.Count == 0 ? []
            : last.Tree.Index.All.Where(d => !edited.Contains(d) && d.LinkedDocuments.Overlaps(newHeadings)).ToList();
        foreach (var doc in linking) parsed.Add(DocumentParser.Parse(doc.Source, doc.Kind, last.Pipeline, after)!);

        var index = last.Tree.Index.With(parsed);
        foreach (var doc in parsed) TreeLoader.Resolve(doc, index, last.Tree.Catalog, last.Pipeline, after, keepSyntaxTree: false);
        foreach (var old in edits.Select(e => e.Old).Concat(linking))
        {
            var again = DocumentParser.Parse(old.Source, old.Kind, last.Pipeline, before)!;
            TreeLoader.Resolve(again, last.Tree.Index, last.Tree.Catalog, last.Pipeline, before, keepSyntaxTree: false);
        }
        var latest = last.Editions.Count > 0 ? last.Editions[^1] : null;
        var firstRevisions = false;
        var newCitations = new List<ParsedDocument>();
        for (var i = 0; i < edits.Count; i++)
        {
            if (!SameCitations(edits[i].Old.Citations, parsed[i].Citations))
            {
                // A bibliography file that should disappear is more than an overlay can say.
                if (HasBibliography(edits[i].Old) && !HasBibliography(parsed[i])) return null;
                newCitations.Add(parsed[i]);
            }
            if (parsed[i].Kind != DocumentKind.Entry || latest?.Index.Entry(parsed[i].Id) is not { } released) continue;
            var wasReleasedText = released.Source.SameText(edits[i].Old.Source);
            // Back to the edition's text word for word: its diff page goes, which an overlay cannot express.
            if (released.Source.SameText(edits[i].Now)) { if (!wasReleasedText) return null; continue; }
            firstRevisions |= wasReleasedText;
        }
        return (parsed, firstRevisions, newCitations);
    }

    /// <summary>Same front matter: the same title, summary, cascade links, grades and dates for every other page.</summary>
    private static bool SameFrontMatter(ParsedDocument old, ParsedDocument now) =>
        old.LineOffset == now.LineOffset && FrontMatter(old.Source.Text, old.LineOffset) == FrontMatter(now.Source.Text, now.LineOffset);

    /// <summary>Same headings (their lines aside): the same anchors for links from other documents.</summary>
    private static bool SameHeadings(ParsedDocument old, ParsedDocument now) =>
        old.Headings.Select(h => (h.Level, h.Text, h.Id)).SequenceEqual(now.Headings.Select(h => (h.Level, h.Text, h.Id)));

    private static string FrontMatter(string text, int lines)
    {
        var end = 0;
        for (var i = 0; i < lines && end >= 0; i++) end = text.IndexOf('\n', end) is var at and >= 0 ? at + 1 : -1;
        return end < 0 ? text : text[..end];
    }

    private static bool SameWorks(DocumentIndex before, ParsedDocument doc) =>
        Works(before, doc).ToHashSet(StringComparer.Ordinal).SetEquals(doc.Citations?.CitedKeys ?? []);

    /// <summary>The works the document's last good version cited.</summary>
    private static IReadOnlyList<string> Works(DocumentIndex before, ParsedDocument doc) =>
        (doc.Kind == DocumentKind.Entry ? before.Entry(doc.Id) : before.Page(doc.Id))!.Citations?.CitedKeys ?? [];

    private static bool HasBibliography(ParsedDocument doc) => doc.Kind == DocumentKind.Entry && doc.Citations is { Bibliography.Count: > 0 };

    /// <summary>The same works cited in the same order: the references page, the downloads and who-cites-what stay as they are.</summary>
    private static bool SameCitations(DocumentCitations? old, DocumentCitations? now) =>
        (old is null && now is null)
        || (old is not null && now is not null && old.CitedKeys.SequenceEqual(now.CitedKeys)
            && old.Bibliography.Select(r => r.Key).SequenceEqual(now.Bibliography.Select(r => r.Key)));

    private static bool SameSections(TreeLayout old, TreeLayout now, string path) =>
        old.Sections.TryGetValue(path, out var a) && now.Sections.TryGetValue(path, out var b) && a.SameAs(b);

    private static HandbookSource WithFiles(HandbookSource source, IReadOnlyList<SourceFile> files)
    {
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        IReadOnlyList<SourceFile> Swap(IReadOnlyList<SourceFile> list) => list.Select(f => byPath.GetValueOrDefault(f.RelativePath) ?? f).ToList();
        return source with { Entries = Swap(source.Entries), Pages = Swap(source.Pages) };
    }

    /// <summary>The kept diagnostics, less what the edited documents reported before, plus what they report now.</summary>
    private static IReadOnlyList<Diagnostic> Replace(IReadOnlyList<Diagnostic> kept, IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        var gone = before.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var result = new DiagnosticBag();
        foreach (var d in kept)
            if (gone.TryGetValue(d, out var n) && n > 0) gone[d] = n - 1;
            else result.Add(d);
        result.AddRange(after);
        return result.Sorted();
    }

    private static IReadOnlyList<string> ChangedPaths(SiteOutput site, SiteOutput pages) =>
        pages.Paths.Where(p => p == SearchIndexWriter.Path || p == SitemapWriter.Path || p == SiteUrls.FileFor(SiteUrls.References) || site.Get(p) is not { } old || !old.AsSpan().SequenceEqual(pages.Get(p))).ToList();
}
