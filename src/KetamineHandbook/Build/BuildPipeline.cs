using System.Diagnostics;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Outputs;
using KetamineHandbook.Render.Schema;
using KetamineHandbook.Resolve;
using KetamineHandbook.Write;

namespace KetamineHandbook.Build;

/// <summary>
/// The ordered stages of a build: load the theme and editions, load/parse/resolve every tree, render,
/// then hand back the site in memory. Writing is the caller's choice (build writes, check does not).
/// With a <see cref="BuildCache"/> (the preview server), the theme, the released editions and their
/// pages are reused while their sources are unchanged; the living handbook is always rebuilt.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(options.Observer);
        var cache = options.Cache ?? new BuildCache();
        var diagnostics = new DiagnosticBag();
        var output = new SiteOutput();
        var pipeline = MarkdownPipelineFactory.Create();

        var theme = stages.Run("load theme", () => ThemeSource.Load(options.Full(options.ThemeDir), options.ThemeDir, diagnostics));
        var themeKey = theme is null ? "" : SourceFingerprint.OfText(theme.Templates.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => new[] { t.Key, t.Value.Text }));
        var templates = theme is null ? null
            : stages.Run("parse theme", () => cache.Reuse("theme", themeKey, diagnostics, bag => ThemeTemplates.Parse(theme, bag))).Value;

        var editionsKey = ReleasedEditions.Fingerprint(options);
        var released = stages.Run("load editions", () => cache.Reuse("editions", editionsKey, diagnostics, bag => ReleasedEditions.Load(options, pipeline, bag))).Value;
        var editionTrees = released.Trees;

        var living = stages.Run("load input", () => TreeLoader.Load(options.Full(options.InputDir), options.InputDir, null, pipeline, diagnostics, options.Cache?.Documents));

        if (living is not null) PermanentIds.Check(living, editionTrees, diagnostics);
        if (living is not null && templates is not null && !diagnostics.HasErrors)
        {
            var site = new SiteContext(living, editionTrees, options.BaseUrl ?? living.Settings.BaseUrl);
            var composer = new PageComposer(templates, site);
            var renderer = new EditionRenderer(site, composer, pipeline);
            stages.Run("render living edition", () => renderer.Render(living, output, diagnostics));
            // An edition's pages depend on the theme, the editions, the site settings and which living pages
            // exist (the version switcher), never on the text of living entries: editing an entry reuses them.
            var livingShape = SourceFingerprint.OfText([
                themeKey, editionsKey, site.BaseUrl, living.Source.Settings?.Text ?? "",
                .. living.Index.Entries.Select(e => "e:" + e.Id), .. living.Index.Pages.Select(p => "p:" + p.Id)]);
            foreach (var tree in editionTrees)
            {
                var files = stages.Run($"render edition {tree.Edition!.Version}", () => cache.Reuse($"render {tree.Prefix}", livingShape, diagnostics, bag =>
                {
                    var own = new SiteOutput();
                    renderer.Render(tree, own, bag);
                    return own.Files.ToList();
                })).Value;
                foreach (var (path, bytes) in files) output.Add(path, bytes);
            }
            // Site-wide files for readers and crawlers (after every edition, so the sitemap sees all pages).
            NotFoundPage.Render(site, composer, EditionRenderer.Navigation(living, new Resolve.Cascade(living.Index)), output, diagnostics);
            output.Add(SitemapWriter.Path, SitemapWriter.Write(site, output));
            output.Add(RobotsWriter.Path, RobotsWriter.Write(site));
            foreach (var asset in theme!.Assets) output.Add(asset.RelativePath, asset.Bytes);
            output.Add("feed.xml", AtomFeedWriter.Write(site));
            output.Add("versions.json", VersionsJsonWriter.Write(site));
            output.Add(FrontMatterJsonSchema.EntrySitePath, FrontMatterJsonSchema.ForEntries());
        }
        IReadOnlyList<Check.ExternalLink>? external = null;
        if (options.VerifyHtml && !diagnostics.HasErrors && living is not null)
        {
            var basePath = new Uri((options.BaseUrl ?? living.Settings.BaseUrl).TrimEnd('/') + "/").AbsolutePath;
            external = Check.RenderedSiteChecker.Check(output, diagnostics, basePath);
        }

        var sorted = diagnostics.Sorted();
        var failed = sorted.Any(d => d.IsError);
        var stats = new BuildStats(
            failed ? 0 : output.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)),
            living?.Index.Entries.Count ?? 0,
            editionTrees.Count,
            living?.References.Count ?? 0,
            sorted.Count(d => d.IsError), sorted.Count(d => !d.IsError), clock.Elapsed);
        return new BuildResult(failed ? new SiteOutput() : output, sorted, stats, external) { Timings = stages.Timings };
    }
}
