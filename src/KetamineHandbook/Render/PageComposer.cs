using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Views;
using Scriban.Runtime;

namespace KetamineHandbook.Render;

/// <summary>
/// Puts one page through the theme: the page's own layout renders the main content, then
/// <c>layouts/base.html</c> wraps it. Templates always see the same names (see README, "Template model").
/// </summary>
public sealed class PageComposer(ThemeTemplates templates, SiteContext site)
{
    /// <summary>The page's HTML, in this thread's page buffer: valid until the thread composes its next page.</summary>
    public ReadOnlyMemory<char>? Compose(HandbookTree tree, NavigationView nav, PageView page, EntryView? entry, IReadOnlyDictionary<string, object?>? extra, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        globals.SetValue("site", site.View, true);
        globals.SetValue("edition", site.EditionViewFor(tree), true);
        globals.SetValue("page", page, true);
        globals.SetValue("entry", entry, true);
        globals.SetValue("nav", nav, true);
        globals.SetValue("banner", BannerFor(tree, entry), true);
        if (extra is not null)
            foreach (var (key, value) in extra) globals.SetValue(key, value, true);
        var pageName = $"{tree.Prefix}{page.Path} ({tree.Label})";
        return templates.RenderPage($"layouts/{page.Kind}.html", globals, diagnostics, pageName);
    }

    /// <summary>The older-edition banner: which edition is newest and whether this entry changed since.</summary>
    private BannerView? BannerFor(HandbookTree tree, EntryView? entry)
    {
        if (tree.Edition is null || site.Latest is null || ReferenceEquals(tree, site.Latest)) return null;
        var latest = site.Latest;
        string? entryNote = null;
        string? latestPath = null;
        if (entry is not null)
        {
            var changed = site.ChangedInLatest(tree, entry.Id);
            var exists = latest.Index.Entry(entry.Id) is not null;
            entryNote = !exists ? "This entry is not in the newest edition."
                : changed == true ? "This entry has changed since this edition."
                : "This entry is unchanged in the newest edition.";
            if (exists) latestPath = latest.Prefix + Resolve.SiteUrls.Entry(entry.Id);
        }
        return new BannerView(latest.Edition!.Version, SiteContext.Iso(latest.Edition.Date), latestPath ?? latest.Prefix, entryNote);
    }
}

/// <summary>The notice on an older edition's pages. <c>LatestPath</c> is a site path (prefix with <c>page.site_root</c>).</summary>
public sealed record BannerView(string LatestVersion, string LatestDate, string LatestPath, string? EntryNote);
