using System.Diagnostics;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Parse.Yaml;
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
        var cacheFolder = options.DiskCacheFolder;
        var store = cacheFolder is null || options.OutputDir is null ? null : new WrittenFileStore(Path.Combine(cacheFolder, "files"));
        var output = NewOutput(options, store);
        var frontMatter = cacheFolder is null ? null : new FrontMatterCache(Path.Combine(cacheFolder, "front-matter.bin"), GeneratorIdentity.Fingerprint);
        try
        {
            var result = Run(options, output, frontMatter);
            frontMatter?.Save();
            output.FinishStaging();
            if (!result.Succeeded) output.Discard();
            else store?.Prune();
            return result;
        }
        catch
        {
            output.Discard();
            throw;
        }
    }

    /// <summary>Staged beside the output folder when there is one, so pages leave memory as they are rendered.</summary>
    private static SiteOutput NewOutput(BuildOptions options, WrittenFileStore? store)
    {
        if (options.OutputDir is null) return new SiteOutput();
        try
        {
            return SiteOutput.StagedIn(Write.SiteWriter.StagingFolderFor(options.Full(options.OutputDir)), store);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The writer reports an unwritable output folder with its own diagnostic after the build.
            return new SiteOutput();
        }
    }

    private static BuildResult Run(BuildOptions options, SiteOutput output, FrontMatterCache? frontMatter)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(options.Observer);
        var cache = options.Cache ?? new BuildCache();
        var diagnostics = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Create();

        var theme = stages.Run("load theme", () => ThemeSource.Load(options.Full(options.ThemeDir), options.ThemeDir, diagnostics));
        var themeKey = theme is null ? "" : SourceFingerprint.OfText(theme.Templates.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => new[] { t.Key, t.Value.Text })
            .Concat(theme.Assets.Select(a => a.RelativePath + "\0" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(a.Bytes)))));
        var templates = theme is null ? null
            : stages.Run("parse theme", () => cache.Reuse("theme", themeKey, diagnostics, bag => ThemeTemplates.Parse(theme, bag))).Value;

        // A one-off build with a disk cache usually finds its editions rendered there, and then needs only their front
        // matter: read it beside the living handbook, whose stages leave a core idle at times (reading files, the
        // citation store). Which editions really are cached is known once the living handbook is loaded (their pages
        // depend on which living pages exist); one that is not is read again, bodies and all. A first build, with
        // nothing kept yet, reads them once, after the living handbook.
        var diskCache = options.DiskCacheFolder is { } cacheFolder ? new EditionRenderCache(cacheFolder) : null;
        var frontMatterOnly = options.Cache is null && diskCache is not null && diskCache.HoldsAny()
            ? Task.Run(() =>
            {
                var bag = new DiagnosticBag();
                return (Editions: ReleasedEditions.Load(options, pipeline, bag, needsBodies: _ => false, frontMatter), Diagnostics: bag);
            })
            : null;
        var living = stages.Run("load input", () => TreeLoader.Load(options.Full(options.InputDir), options.InputDir, null, pipeline, diagnostics, options.Cache?.Documents,
            frontMatter: frontMatter));

        // An edition's pages depend on the theme, the editions, the site settings and which living pages
        // exist (the version switcher), never on the text of living entries: editing an entry reuses them.
        var livingShape = living is null ? "" : SourceFingerprint.OfText([
            themeKey, (options.BaseUrl ?? living.Settings.BaseUrl).TrimEnd('/'), living.Source.Settings?.Text ?? "",
            .. living.Index.Entries.Select(e => "e:" + e.Id), .. living.Index.Pages.Select(p => "p:" + p.Id)]);
        // Keys results kept between builds in memory; a one-off build keeps none, so it skips a stat of every file under handbook/.
        var editionsKey = options.Cache is null ? "" : ReleasedEditions.Fingerprint(options);
        var diskKey = SourceFingerprint.OfText([GeneratorIdentity.Fingerprint, livingShape, EditionsText(options)]);
        var cachedEditions = new Dictionary<string, IReadOnlyList<(string SitePath, string DiskPath)>>(StringComparer.Ordinal);
        // An edition found in the disk cache is loaded front matter only: its pages need no rendering.
        var released = stages.Run("load editions", () => cache.Reuse("editions", editionsKey, diagnostics, bag =>
            AllCached(frontMatterOnly, diskCache, diskKey, cachedEditions, bag) ?? ReleasedEditions.Load(options, pipeline, bag,
                needsBodies: e => diskCache?.Find(e.Version, diskKey) is not { } hit || !cachedEditions.TryAdd(e.Version, hit), frontMatter))).Value;
        var editionTrees = released.Trees;

        if (living is not null) PermanentIds.Check(living, editionTrees, diagnostics);
        TreeLayout? livingLayout = null;
        if (living is not null && templates is not null && !diagnostics.HasErrors)
        {
            var site = new SiteContext(living, editionTrees, options.BaseUrl ?? living.Settings.BaseUrl);
            var composer = new PageComposer(templates, site);
            var renderer = new EditionRenderer(site, composer) { ReleasesBodies = options.Cache is null };
            output.PrepareFolders([
                .. living.Index.Entries.Select(e => living.Prefix + SiteUrls.FileFor(SiteUrls.Entry(e.Id))),
                .. living.Index.Pages.Select(p => living.Prefix + SiteUrls.FileFor(SiteUrls.Page(p.Id))),
                .. cachedEditions.Values.SelectMany(files => files.Select(f => f.SitePath))]);
            livingLayout = stages.Run("render living edition", () => renderer.Render(living, output, diagnostics));
            foreach (var tree in editionTrees)
                AddEditionPages(tree, renderer, cachedEditions.GetValueOrDefault(tree.Edition!.Version), diskCache, diskKey,
                    cache, livingShape + editionsKey, stages, output, diagnostics);
            // Site-wide files for readers and crawlers (after every edition, so the sitemap sees all pages). The 404
            // page, large on a large handbook (every entry, every edition's titles), is composed beside them; none of
            // them is an index.html, so the sitemap lists the same pages whichever is added first.
            var navigation = livingLayout.Nav;
            Parallel.Invoke(
                () => NotFoundPage.Render(site, composer, navigation, output, diagnostics),
                () =>
                {
                    output.Add(SitemapWriter.Path, SitemapWriter.Write(site, output));
                    output.Add(RobotsWriter.Path, RobotsWriter.Write(site));
                    foreach (var asset in theme!.Assets) output.Add(asset.RelativePath, asset.Bytes);
                    output.Add("feed.xml", AtomFeedWriter.Write(site));
                    output.Add("versions.json", VersionsJsonWriter.Write(site));
                    output.Add(FrontMatterJsonSchema.EntrySitePath, FrontMatterJsonSchema.ForEntries());
                });
        }
        if (output.WriteFailure is { } failure)
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, new(options.OutputDir!),
                $"cannot write the site to '{options.OutputDir}': {failure.Message}; check the free space and the folder's permissions, or choose another with --output");
        IReadOnlyList<Check.ExternalLink>? external = null;
        if (options.VerifyHtml && !diagnostics.HasErrors && living is not null)
        {
            var basePath = new Uri((options.BaseUrl ?? living.Settings.BaseUrl).TrimEnd('/') + "/").AbsolutePath;
            external = Check.RenderedSiteChecker.Check(output, diagnostics, basePath);
        }

        var sorted = diagnostics.Sorted();
        var failed = sorted.Any(d => d.IsError);
        var stats = new BuildStats(
            failed ? 0 : output.CountPaths(p => p.EndsWith(".html", StringComparison.Ordinal)),
            living?.Index.Entries.Count ?? 0,
            editionTrees.Count,
            living?.References.Count ?? 0,
            sorted.Count(d => d.IsError), sorted.Count(d => !d.IsError), clock.Elapsed);
        // Kept for the preview server's next save (BodyEditRebuild); a failed build keeps nothing, so the next is whole.
        if (options.Cache is { } kept)
            kept.Living = failed || livingLayout is null || output.StagingFolder is not null ? null
                : new LivingRender(living!, editionTrees, options.BaseUrl ?? living!.Settings.BaseUrl, templates!, livingLayout, output, sorted, stats, pipeline);
        return new BuildResult(failed ? new SiteOutput() : output, sorted, stats, external) { Timings = stages.Timings };
    }

    /// <summary>
    /// The editions read front matter only beside the living handbook, if every one of them has its pages in the disk
    /// cache (recorded in <paramref name="cachedEditions"/>, their diagnostics added to <paramref name="diagnostics"/>);
    /// otherwise null, and they are read again with their bodies. Waits for the reading either way.
    /// </summary>
    private static ReleasedEditions? AllCached(Task<(ReleasedEditions Editions, DiagnosticBag Diagnostics)>? frontMatterOnly,
        EditionRenderCache? diskCache, string diskKey, Dictionary<string, IReadOnlyList<(string SitePath, string DiskPath)>> cachedEditions,
        DiagnosticBag diagnostics)
    {
        if (frontMatterOnly is null || diskCache is null) return null;
        var (editions, read) = frontMatterOnly.GetAwaiter().GetResult();
        foreach (var tree in editions.Trees)
        {
            if (diskCache.Find(tree.Edition!.Version, diskKey) is not { } hit)
            {
                cachedEditions.Clear();
                return null;
            }
            cachedEditions[tree.Edition.Version] = hit;
        }
        diagnostics.AddRange(read.Sorted());
        return editions;
    }

    /// <summary>
    /// An edition's pages, the cheapest way available: linked from the disk cache (<paramref name="cached"/>),
    /// rendered into it, or — for the preview server, or if the render is not cacheable — rendered in memory
    /// and kept in <paramref name="cache"/> under <paramref name="memoryKey"/>.
    /// </summary>
    private static void AddEditionPages(HandbookTree tree, EditionRenderer renderer, IReadOnlyList<(string SitePath, string DiskPath)>? cached,
        EditionRenderCache? diskCache, string diskKey, BuildCache cache, string memoryKey, StageClock stages, SiteOutput output, DiagnosticBag diagnostics)
    {
        var stage = $"render edition {tree.Edition!.Version}";
        if (cached is not null)
        {
            stages.Run(stage, () =>
            {
                // Linking is system calls only: both cores halve it.
                Parallel.ForEach(cached, file => output.AddExisting(file.SitePath, file.DiskPath));
                return new Reusable<bool>(true, true);
            });
            return;
        }
        if (diskCache is not null && stages.Run(stage, () => diskCache.RenderInto(output, tree.Edition.Version, diskKey, own =>
            {
                var bag = new DiagnosticBag();
                renderer.Render(tree, own, bag);
                var produced = bag.Sorted();
                diagnostics.AddRange(produced);
                return produced.Count == 0;
            }, diagnostics)))
            return;
        var files = stages.Run(stage, () => cache.Reuse($"render {tree.Prefix}", memoryKey, diagnostics, bag =>
        {
            var own = new SiteOutput();
            renderer.Render(tree, own, bag);
            return own.Files.ToList();
        })).Value;
        foreach (var (path, bytes) in files) output.Add(path, bytes);
    }

    /// <summary>editions.yml as written: it pins every edition (version, date, snapshot hash, errata), and each build verifies the snapshots against it.</summary>
    private static string EditionsText(BuildOptions options)
    {
        var file = Path.Combine(options.Full(options.HandbookDir), Load.EditionsReader.FileName);
        try { return options.IncludeEditions && File.Exists(file) ? File.ReadAllText(file) : "none"; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "unreadable"; }
    }
}
