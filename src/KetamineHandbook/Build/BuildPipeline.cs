using System.Diagnostics;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Outputs;
using KetamineHandbook.Write;

namespace KetamineHandbook.Build;

/// <summary>
/// The ordered stages of a build: load the theme and editions, load/parse/resolve every tree, render,
/// then hand back the site in memory. Writing is the caller's choice (build writes, check does not).
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var output = new SiteOutput();
        var pipeline = MarkdownPipelineFactory.Create();

        var theme = ThemeSource.Load(options.Full(options.ThemeDir), options.ThemeDir, diagnostics);
        var templates = theme is null ? null : ThemeTemplates.Parse(theme, diagnostics);

        var handbookRoot = options.Full(options.HandbookDir);
        var editions = options.IncludeEditions ? EditionsReader.Read(handbookRoot, options.HandbookDir, diagnostics) : [];
        EditionsReader.VerifySnapshots(handbookRoot, options.HandbookDir, editions, diagnostics);

        var living = TreeLoader.Load(options.Full(options.InputDir), options.InputDir, null, pipeline, diagnostics);
        var editionTrees = editions
            .Where(e => Directory.Exists(EditionSnapshot.Folder(handbookRoot, e.Version)))
            .Select(e => TreeLoader.Load(EditionSnapshot.Folder(handbookRoot, e.Version), $"{options.HandbookDir}/editions/{e.Version}", e, pipeline, diagnostics))
            .OfType<HandbookTree>().ToList();

        if (living is not null && templates is not null && !diagnostics.HasErrors)
        {
            var site = new SiteContext(living, editionTrees, options.BaseUrl ?? living.Settings.BaseUrl);
            var composer = new PageComposer(templates, site);
            var renderer = new EditionRenderer(site, composer, pipeline);
            foreach (var tree in site.AllTrees) renderer.Render(tree, output, diagnostics);
            // Site-wide files for readers and crawlers (after every edition, so the sitemap sees all pages).
            NotFoundPage.Render(site, composer, EditionRenderer.Navigation(living, new Resolve.Cascade(living.Index)), output, diagnostics);
            output.Add(SitemapWriter.Path, SitemapWriter.Write(site, output));
            output.Add(RobotsWriter.Path, RobotsWriter.Write(site));
            foreach (var asset in theme!.Assets) output.Add(asset.RelativePath, asset.Bytes);
        }

        var sorted = diagnostics.Sorted();
        var failed = sorted.Any(d => d.IsError);
        var stats = new BuildStats(
            failed ? 0 : output.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)),
            living?.Index.Entries.Count ?? 0,
            editionTrees.Count,
            living?.References.Count ?? 0,
            sorted.Count(d => d.IsError), sorted.Count(d => !d.IsError), clock.Elapsed);
        return new BuildResult(failed ? new SiteOutput() : output, sorted, stats);
    }
}
