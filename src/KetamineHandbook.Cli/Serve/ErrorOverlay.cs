using System.Net;
using System.Text;
using KetamineHandbook.Cli.Terminal;
using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// The panel shown over every previewed page while the handbook has errors: each error's file:line:col,
/// code, message and source line, and a link that opens the spot in VS Code. Preview only, never built output.
/// </summary>
public static class ErrorOverlay
{
    public const string ElementId = "handbook-preview-errors";

    public static string Html(IReadOnlyList<Diagnostic> errors, string root, bool servingOlderSite, string? hint = null)
    {
        var html = new StringBuilder();
        html.Append("<link rel=\"stylesheet\" href=\"/__handbook/overlay.css\">\n");
        html.Append($"<section id=\"{ElementId}\" role=\"alert\" aria-labelledby=\"{ElementId}-title\">\n");
        html.Append($"<h2 id=\"{ElementId}-title\">{errors.Count} {(errors.Count == 1 ? "error" : "errors")} in the handbook</h2>\n");
        html.Append(servingOlderSite
            ? "<p>This page is from the last build without errors. Fix the problems below and save: this panel goes away and the page updates.</p>\n"
            : "<p>The handbook has not built yet. Fix the problems below and save: the page appears by itself.</p>\n");
        if (hint is not null) html.Append($"<p class=\"hint\">{Encode(hint)}</p>\n");
        html.Append("<ol>\n");
        foreach (var error in errors)
        {
            var at = error.Location;
            var where = at.Line > 0 ? $"{at.Path}:{at.Line}" + (at.Column > 0 ? $":{at.Column}" : "") : at.Path;
            html.Append("<li>");
            html.Append($"<code class=\"where\">{Encode(where)}</code> <span class=\"code\">{Encode(error.Code)}</span> ");
            html.Append($"<span class=\"message\">{Encode(error.Message)}</span>");
            var full = Path.GetFullPath(Path.Combine(root, at.Path));
            if (at.Line > 0 && File.Exists(full))
            {
                var uri = new Uri(full).AbsolutePath;
                html.Append($" <a class=\"open\" href=\"vscode://file{Encode(uri)}:{at.Line}:{Math.Max(1, at.Column)}\">open in VS Code</a>");
            }
            if (SourceExcerpt.Read(root, at) is { } excerpt)
                html.Append($"\n<pre>{Encode(excerpt.Gutter + excerpt.Line)}\n{Encode(excerpt.CaretLine)}</pre>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n<button type=\"button\" data-handbook-hide>Hide until the next save</button>\n</section>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
