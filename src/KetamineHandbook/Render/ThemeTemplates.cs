using KetamineHandbook.Load;
using KetamineHandbook.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

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
        return ok ? result : null;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders a template with the given globals; a runtime error becomes a diagnostic naming the template line.</summary>
    public string? Render(string name, ScriptObject globals, DiagnosticBag diagnostics, string forPage) =>
        RenderEach([name], globals, diagnostics, forPage);

    /// <summary>
    /// Renders a page: its layout, then <c>layouts/base.html</c> around it (the layout's text as <c>content</c>),
    /// both in one template context.
    /// </summary>
    public string? RenderPage(string layout, ScriptObject globals, DiagnosticBag diagnostics, string forPage) =>
        RenderEach([layout, "layouts/base.html"], globals, diagnostics, forPage);

    /// <summary>Renders templates in turn with one context, each seeing the text of the one before as <c>content</c>; returns the last.</summary>
    private string? RenderEach(string[] names, ScriptObject globals, DiagnosticBag diagnostics, string forPage)
    {
        var templates = new Template[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (_templates.TryGetValue(names[i], out var template)) { templates[i] = template; continue; }
            diagnostics.Error(DiagnosticCodes.ThemeMissing, new($"theme/{names[i]}"),
                $"the theme has no template '{names[i]}', needed to render {forPage}; add it to the theme");
            return null;
        }
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
        var buffer = PageBuffer.ForThisThread();
        context.PushOutput(new StringBuilderOutput(buffer));
        context.PushGlobal(globals);
        var current = 0;
        try
        {
            string? text = null;
            for (; current < templates.Length; current++)
            {
                if (text is not null) globals.SetValue("content", text, true);
                buffer.Clear();
                text = templates[current].Render(context);
            }
            return text;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime,
                new(e.Span.FileName ?? _displayPaths[names[current]], e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                $"template error while rendering {forPage}: {e.OriginalMessage}");
            return null;
        }
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("templates are pre-parsed; Load is never called");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("templates are pre-parsed; LoadAsync is never called");
}
