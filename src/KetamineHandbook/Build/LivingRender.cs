using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Write;
using Markdig;

namespace KetamineHandbook.Build;

/// <summary>
/// The preview server's last build without errors, kept whole — the living tree with its layout, the released
/// editions, the site and its diagnostics — so that an edit to the body of an entry can be applied to it
/// (<see cref="BodyEditRebuild"/>) instead of building the handbook again.
/// </summary>
public sealed record LivingRender(
    HandbookTree Tree,
    IReadOnlyList<HandbookTree> Editions,
    string BaseUrl,
    ThemeTemplates Templates,
    TreeLayout Layout,
    SiteOutput Site,
    IReadOnlyList<Diagnostic> Diagnostics,
    BuildStats Stats,
    MarkdownPipeline Pipeline);
