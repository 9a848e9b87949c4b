using KetamineHandbook.Load;
using KetamineHandbook.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KetamineHandbook.Render;

/// <summary>
/// The theme's Scriban templates, parsed once and shared by every page and edition. Rendering is
/// thread-safe: each call gets its own <see cref="TemplateContext"/>.
/// </summary>
public sealed class ThemeTemplates : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayPaths = new(StringComparer.Ordinal);

    /// <summary>
    /// Scriban's built-in functions (string, html, array…), made once and shared read-only by every page.
    /// A plain <c>new TemplateContext()</c> deep-clones them, which was most of a page's render cost
    /// (about 200 KB allocated per page; see bench/README.md).
    /// </summary>
    private static readonly ScriptObject SharedBuiltins = CreateSharedBuiltins();

    private static ScriptObject CreateSharedBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new InPlaceIncludeFunction((IScriptCustomFunction)builtins["include"]!), true);
        // Read-only, so a template that tried to assign into them fails loudly instead of racing other pages.
        foreach (var value in builtins.Values.OfType<ScriptObject>()) value.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }

    private ThemeTemplates() { }

    public static ThemeTemplates? Parse(ThemeSource theme, DiagnosticBag diagnostics)
    {
        var result = new ThemeTemplates();
        var ok = true;
        foreach (var (relative, file) in theme.Templates)
        {
            var template = Template.Parse(file.Text, file.DisplayPath);
            if (template.HasErrors)
            {
                ok = false;
                foreach (var message in template.Messages.DistinctBy(m => m.Span.Start.Line)) // later messages on a line are cascades
                    diagnostics.Error(DiagnosticCodes.TemplateSyntax,
                        new(file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                        $"template syntax error: {message.Message}");
                continue;
            }
            result._templates[relative] = template;
            result._displayPaths[relative] = file.DisplayPath;
        }
        result.SplicesPages = result._templates.TryGetValue(BaseLayout, out var outer) && ContentUses(outer) is [var use] && IsTopLevelStatement(use, outer)
            && result._templates.Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal)).All(t => ContentUses(t.Value).Count == 0);
        return ok ? result : null;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    private const string BaseLayout = "layouts/base.html";

    /// <summary>What base.html writes in place of <c>content</c> while a page is spliced together (see <see cref="RenderPage"/>).</summary>
    internal const string ContentMarker = "\u0002KetamineHandbook:content\u0003";

    /// <summary>
    /// Whether pages are spliced together (see <see cref="RenderPage"/>): base.html writes <c>content</c> once, as
    /// a statement of its own at its top level, and no partial (which base.html might include) reads it.
    /// </summary>
    internal bool SplicesPages { get; private set; }

    /// <summary>Renders a template with the given globals; a runtime error becomes a diagnostic naming the template line.</summary>
    public string? Render(string name, ScriptObject globals, DiagnosticBag diagnostics, string forPage)
    {
        if (Find(name, forPage, diagnostics) is not { } template) return null;
        var buffers = PageBuffer.ForThisThread();
        var context = Take(globals);
        if (!TryRender(() => RenderInto(template, context, buffers.Base), name, diagnostics, forPage)) return null;
        GiveBack(context);
        return buffers.Base.ToString();
    }

    /// <summary>
    /// Renders a page: its layout, then <c>layouts/base.html</c> around it (the layout's text as <c>content</c>),
    /// both in one template context. The page comes back as characters in this thread's page buffer, valid
    /// until the thread renders its next page.
    /// </summary>
    /// <remarks>
    /// When base.html writes <c>{{ content }}</c> plainly, it renders with a marker in its place and the layout's
    /// text is copied in at the marker: the layout's text never becomes a string of its own, and the page is
    /// copied once instead of three times (most of a large build's allocation was pages copied into strings).
    /// </remarks>
    public ReadOnlyMemory<char>? RenderPage(string layout, ScriptObject globals, DiagnosticBag diagnostics, string forPage)
    {
        if (Find(layout, forPage, diagnostics) is not { } layoutTemplate || Find(BaseLayout, forPage, diagnostics) is not { } baseTemplate) return null;
        var buffers = PageBuffer.ForThisThread();
        var context = Take(globals);
        if (!TryRender(() => RenderInto(layoutTemplate, context, buffers.Layout), layout, diagnostics, forPage)) return null;
        if (SplicesPages)
        {
            globals.SetValue("content", ContentMarker, true);
            if (!TryRender(() => RenderInto(baseTemplate, context, buffers.Base), BaseLayout, diagnostics, forPage)) return null;
            if (buffers.Splice(ContentMarker) is { } page)
            {
                GiveBack(context);
                return page;
            }
            // The page's own text holds the marker (never in practice): base.html is rendered again, the plain way.
        }
        globals.SetValue("content", buffers.Layout.ToString(), true);
        if (!TryRender(() => RenderInto(baseTemplate, context, buffers.Base), BaseLayout, diagnostics, forPage)) return null;
        GiveBack(context);
        return buffers.Whole();
    }

    // One template context per thread, reused page after page: a context is a few dozen objects (about 14 KB) to make,
    // and every partial has to be registered in it. Only a render that succeeded gives it back; one that failed may
    // have left scopes pushed, and the next page then gets a fresh context.
    [ThreadStatic] private static (ThemeTemplates Owner, CachedAccessorTemplateContext Context)? t_context;

    /// <summary>This thread's context, ready to render a page with <paramref name="globals"/> as a fresh one would.</summary>
    private CachedAccessorTemplateContext Take(ScriptObject globals)
    {
        var context = t_context is { } kept && ReferenceEquals(kept.Owner, this) ? kept.Context : NewContext();
        t_context = null;
        // What a fresh context starts with: no text written yet (auto-indenting looks at the last character written).
        context.ResetPreviousNewLine();
        context.PushGlobal(globals);
        return context;
    }

    private void GiveBack(CachedAccessorTemplateContext context)
    {
        context.PopGlobal();
        t_context = (this, context);
    }

    private Template? Find(string name, string forPage, DiagnosticBag diagnostics)
    {
        if (_templates.TryGetValue(name, out var template)) return template;
        diagnostics.Error(DiagnosticCodes.ThemeMissing, new($"theme/{name}"),
            $"the theme has no template '{name}', needed to render {forPage}; add it to the theme");
        return null;
    }

    private CachedAccessorTemplateContext NewContext()
    {
        var context = new CachedAccessorTemplateContext(SharedBuiltins)
        {
            TemplateLoader = this,
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            // Scriban cuts any string longer than this (1 MiB by default) without a word; a page is never cut.
            LimitToString = 0,
        };
        // Partials are parsed once up front; seeding the cache makes `include` reuse them.
        foreach (var (path, parsed) in _templates) context.CachedTemplates[path] = parsed;
        return context;
    }

    private static void RenderInto(Template template, TemplateContext context, System.Text.StringBuilder buffer)
    {
        buffer.Clear();
        context.PushOutput(new PageOutput(buffer));
        try { template.Render(context); }
        finally { context.PopOutput(); }
    }

    /// <summary>Runs a render; false if it failed, with the template's runtime error reported at its line.</summary>
    private bool TryRender(Action render, string name, DiagnosticBag diagnostics, string forPage)
    {
        try
        {
            render();
            return true;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime,
                new(e.Span.FileName ?? _displayPaths[name], e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                $"template error while rendering {forPage}: {e.OriginalMessage}");
            return false;
        }
    }

    /// <summary>Every place <paramref name="template"/> names a variable <c>content</c>.</summary>
    private static List<ScriptNode> ContentUses(Template template)
    {
        var uses = new List<ScriptNode>();
        void Walk(ScriptNode node)
        {
            if (node is ScriptVariable { Name: "content" }) uses.Add(node);
            foreach (var child in node.Children) if (child is not null) Walk(child);
        }
        if (template.Page is { } page) Walk(page);
        return uses;
    }

    /// <summary>Whether <paramref name="use"/> is a whole statement (<c>{{ content }}</c>) directly in the template's body, so it runs once and writes the value as it is.</summary>
    private static bool IsTopLevelStatement(ScriptNode use, Template template) =>
        use.Parent is ScriptExpressionStatement statement && template.Page?.Body is { } body
        // A block keeps its statements in a list node of their own.
        && (ReferenceEquals(statement.Parent, body) || ReferenceEquals(statement.Parent?.Parent, body));

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("templates are pre-parsed; Load is never called");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("templates are pre-parsed; LoadAsync is never called");
}
