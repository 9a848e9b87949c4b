using BenchmarkDotNet.Attributes;
using KetamineHandbook.Build;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;
using KetamineHandbook.Write;
using Markdig;

namespace KetamineHandbook.Benchmarks;

/// <summary>
/// The theme: one entry page composed through its Scriban layouts (entry layout, then base with its
/// partials), and the whole render stage of one tree (Markdown to HTML plus templates for every page).
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private PageComposer _composer = null!;
    private EditionRenderer _renderer = null!;
    private HandbookTree _tree = null!;
    private NavigationView _nav = null!;
    private PageView _page = null!;
    private EntryView _entry = null!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Create();
        var theme = ThemeSource.Load(Path.Combine(BenchCorpus.Root, "theme"), "theme", diagnostics)!;
        var templates = ThemeTemplates.Parse(theme, diagnostics)!;
        _tree = TreeLoader.Load(BenchCorpus.InputRoot, "input", null, pipeline, diagnostics)!;
        var site = new SiteContext(_tree, [], _tree.Settings.BaseUrl);
        _composer = new PageComposer(templates, site);
        _renderer = new EditionRenderer(site, _composer);

        NavItemView Item(Parse.ParsedDocument d) => new(d.Id, d.Title, SiteUrls.Entry(d.Id), d.Summary, d.Entry?.Status);
        _nav = new NavigationView(
            [new NavCategoryView("mechanism", "Mechanisms", "", _tree.Index.Entries.Select(Item).ToList())],
            _tree.Index.Pages.Select(p => new NavItemView(p.Id, p.Title, SiteUrls.Page(p.Id), p.Summary)).ToList());
        var doc = _tree.Index.Entries[0];
        var path = SiteUrls.Entry(doc.Id);
        _page = new PageView
        {
            Kind = "entry", Title = doc.Title, Description = doc.Summary, Path = path,
            Root = SiteUrls.RootPrefix(path), SiteRoot = SiteUrls.RootPrefix(path),
            Url = site.AbsoluteUrl(path), CanonicalUrl = site.AbsoluteUrl(path),
            Content = doc.BodyHtml!,
            Toc = doc.Headings.Select(h => new TocItemView(h.Level, h.Text, h.Id)).ToList(),
            Versions = site.VersionsFor(_tree, path, _ => true),
        };
        var meta = doc.Entry!;
        _entry = new EntryView
        {
            Id = doc.Id, Title = doc.Title, Summary = doc.Summary, Category = meta.Category, CategoryLabel = meta.Category,
            Status = meta.Status, PreclinicalGrade = meta.PreclinicalGrade, ClinicalGrade = meta.ClinicalGrade,
            Reviewed = SiteContext.Iso(meta.Reviewed), Keywords = meta.Keywords,
        };
    }

    [Benchmark(Description = "template render (one entry page)")]
    public int? ComposeEntryPage() => _composer.Compose(_tree, _nav, _page, _entry, null, new DiagnosticBag())?.Length;

    [Benchmark(Description = "render stage (one tree, 200 entries)")]
    public int RenderTree()
    {
        var output = new SiteOutput();
        _renderer.Render(_tree, output, new DiagnosticBag());
        return output.Count;
    }
}
