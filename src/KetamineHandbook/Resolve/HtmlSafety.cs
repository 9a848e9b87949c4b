using System.Text.RegularExpressions;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Resolve;

/// <summary>
/// Contributor content may use harmless inline HTML (&lt;sub&gt;, &lt;abbr&gt;…) but nothing that runs script
/// or embeds another document. Unsafe HTML is an error, so it can never reach a published page.
/// </summary>
public static partial class HtmlSafety
{
    [GeneratedRegex(@"<\s*/?\s*(script|iframe|frame|frameset|object|embed|applet|base|meta|link|style|form|svg|math)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenElement();

    [GeneratedRegex(@"\bon[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"(javascript|vbscript|data)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();

    [GeneratedRegex(@"\b(style|srcdoc|formaction)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex RiskyAttribute();

    public static void Check(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var block in DocumentOrder.All<HtmlBlock>(doc.Markdown))
            CheckHtml(block.Lines.ToString(), doc, block.Line, block.Column, diagnostics);
        foreach (var inline in DocumentOrder.All<HtmlInline>(doc.Markdown))
            CheckHtml(inline.Tag, doc, inline.Line, inline.Column, diagnostics);
    }

    private static void CheckHtml(string html, ParsedDocument doc, int line, int column, DiagnosticBag diagnostics)
    {
        var problem =
            ForbiddenElement().Match(html) is { Success: true } m ? $"the <{m.Groups[1].Value.ToLowerInvariant()}> element" :
            EventHandler().Match(html) is { Success: true } e ? $"an event-handler attribute ({e.Value.TrimEnd('=', ' ')})" :
            ScriptUrl().Match(html) is { Success: true } u ? $"a '{u.Groups[1].Value.ToLowerInvariant()}:' URL" :
            RiskyAttribute().Match(html) is { Success: true } a ? $"the '{a.Groups[1].Value.ToLowerInvariant()}' attribute" :
            null;
        if (problem is null) return;
        diagnostics.Error(DiagnosticCodes.UnsafeHtml, new(doc.Source.DisplayPath, doc.FileLine(line), column + 1),
            $"raw HTML with {problem} is not allowed in contributor content; use Markdown instead (links, emphasis, tables)");
    }
}
