using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Resolve;

/// <summary>
/// Resolves links written for GitHub's file view (<c>[text](other-entry.md#a-heading)</c>) to site URLs,
/// checking that the target document and heading exist and that no link escapes the handbook or runs script.
/// </summary>
public static class LinkResolver
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "doi:"];

    public static void Resolve(ParsedDocument doc, DocumentIndex index, DiagnosticBag diagnostics)
    {
        var fromPath = DocumentIndex.SitePath(doc);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in DocumentOrder.All<LinkInline>(doc.Markdown))
        {
            if (link.Url is not { } url) continue;
            var at = new SourceLocation(doc.Source.DisplayPath, doc.FileLine(link.Line), link.Column + 1);
            var resolved = ResolveUrl(url.Trim(), doc, index, fromPath, at, link.IsImage, targets, diagnostics);
            if (resolved is not null) link.Url = resolved;
            doc.LinkOrigins.TryAdd(link.Url ?? url, at);
        }
        doc.LinkedDocuments = targets;
        CheckFrontMatterIds(doc, index, diagnostics);
    }

    private static string? ResolveUrl(string url, ParsedDocument doc, DocumentIndex index, string fromPath, SourceLocation at, bool isImage,
        HashSet<string> targets, DiagnosticBag diagnostics)
    {
        if (url.Length == 0) return null;
        if (url.StartsWith('#'))
        {
            var anchor = Uri.UnescapeDataString(url[1..]);
            if (!index.HasAnchor(doc, anchor))
                diagnostics.Error(DiagnosticCodes.MissingAnchor, at, MissingAnchorMessage(anchor, doc));
            return null;
        }
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = url[..(colon + 1)].ToLowerInvariant();
            if (!SafeSchemes.Contains(scheme))
                diagnostics.Error(DiagnosticCodes.UnsafeHtml, at,
                    $"link scheme '{scheme}' is not allowed in contributor content; use http(s):, mailto: or a relative link to a .md file");
            return null;
        }
        if (url.StartsWith("//", StringComparison.Ordinal)) return null; // protocol-relative external link
        if (url.StartsWith('/'))
        {
            diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                $"'{url}' is a site-absolute link, which would leave its edition; link to the .md file relatively, e.g. [text](other-entry.md)");
            return null;
        }

        var hash = url.IndexOf('#');
        var pathPart = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var docFolder = doc.Kind == DocumentKind.Entry ? "entries" : "pages";
        var target = NormalisePath(docFolder, pathPart);
        if (target is null)
        {
            diagnostics.Error(DiagnosticCodes.PathTraversal, at,
                $"'{url}' points outside the handbook's input folder; links may only reach entries/ and pages/");
            return null;
        }
        ParsedDocument? targetDoc = null;
        if (target.StartsWith("entries/", StringComparison.Ordinal) && target.EndsWith(".md", StringComparison.Ordinal))
            targetDoc = index.Entry(target[8..^3]);
        else if (target.StartsWith("pages/", StringComparison.Ordinal) && target.EndsWith(".md", StringComparison.Ordinal))
            targetDoc = index.Page(target[6..^3]);
        else
        {
            diagnostics.Error(isImage ? DiagnosticCodes.MissingAsset : DiagnosticCodes.BrokenLink, at,
                $"'{url}' is not a link to an entry or page; relative links must name a .md file in entries/ or pages/ (images are not supported in entries yet)");
            return null;
        }
        if (targetDoc is null)
        {
            var targetKind = target.StartsWith("entries/", StringComparison.Ordinal) ? DocumentKind.Entry : DocumentKind.Page;
            if (index.IsUnparsed(targetKind, Path.GetFileNameWithoutExtension(target))) return null;
            var kind = target.StartsWith("entries/", StringComparison.Ordinal) ? "entry" : "page";
            var name = Path.GetFileNameWithoutExtension(target);
            var candidates = kind == "entry" ? index.EntryIds : index.Pages.Select(p => p.Id);
            var suggestion = Spelling.Suggest(name, candidates);
            diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                $"link to missing {kind} '{target}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}.md'?"));
            return null;
        }
        targets.Add(DocumentIndex.SitePath(targetDoc));
        if (fragment is { Length: > 0 } && !index.HasAnchor(targetDoc, fragment))
        {
            diagnostics.Error(DiagnosticCodes.MissingAnchor, at, MissingAnchorMessage(fragment, targetDoc));
            return null;
        }
        var sitePath = DocumentIndex.SitePath(targetDoc) + (fragment is { Length: > 0 } ? "#" + fragment : "");
        return SiteUrls.Relative(fromPath, sitePath);
    }

    private static string MissingAnchorMessage(string anchor, ParsedDocument target)
    {
        var suggestion = Spelling.Suggest(anchor, target.Headings.Select(h => h.Id));
        return $"'{target.Source.RelativePath}' has no heading with anchor '#{anchor}'" +
               (suggestion is null ? "" : $"; did you mean '#{suggestion}'?") +
               (target.Headings.Count > 0 ? $" (anchors: {string.Join(", ", target.Headings.Take(12).Select(h => "#" + h.Id))})" : "");
    }

    /// <summary>Joins a relative path to a folder of the input tree; null if it climbs out of the tree.</summary>
    internal static string? NormalisePath(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static void CheckFrontMatterIds(ParsedDocument doc, DocumentIndex index, DiagnosticBag diagnostics)
    {
        if (doc.Entry is not { } meta) return;
        void Check(string id, int line, string field)
        {
            if (index.Entry(id) is not null || index.IsUnparsed(DocumentKind.Entry, id)) return;
            var suggestion = Spelling.Suggest(id, index.EntryIds);
            diagnostics.Error(DiagnosticCodes.UnknownLinkedEntry, new(doc.Source.DisplayPath, line, 1),
                $"'{field}' names entry '{id}', which does not exist" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        }
        foreach (var link in meta.Links) Check(link.To, link.Line, "links.to");
        foreach (var id in meta.Related) Check(id, meta.KeyLines.GetValueOrDefault("related"), "related");
        if (meta.ReplacedBy is { } replaced) Check(replaced, meta.KeyLines.GetValueOrDefault("replaced_by"), "replaced_by");
    }
}
