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
/// <remarks>
/// Two steps, so a build can render each body as soon as it is parsed and let its syntax tree go: a link's
/// site URL follows from the path it names (<see cref="Rewrite"/>, which needs no other document), while
/// whether that document and heading exist is known only once every document is parsed (<see cref="Check"/>).
/// A link that fails the check fails the build, so its rewritten URL is never published.
/// </remarks>
public static class LinkResolver
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "doi:"];

    /// <summary>Rewrites each link to another entry or page to its site URL, and records the links as written for <see cref="Check"/>.</summary>
    public static void Rewrite(ParsedDocument doc)
    {
        var fromPath = DocumentIndex.SitePath(doc);
        var written = new List<WrittenLink>();
        foreach (var link in DocumentOrder.All<LinkInline>(doc.Markdown))
        {
            if (link.Url is not { } url) continue;
            var at = new SourceLocation(doc.Source.DisplayPath, doc.FileLine(link.Line), link.Column + 1);
            var trimmed = url.Trim();
            written.Add(new WrittenLink(trimmed, link.IsImage, at));
            if (Classify(trimmed, doc, out var target, out var fragment) == LinkKind.Input && NamedDocument(target) is var (kind, id))
                link.Url = SiteUrls.Relative(fromPath, DocumentIndex.SitePath(kind, id) + (fragment is { Length: > 0 } ? "#" + fragment : ""));
            doc.LinkOrigins.TryAdd(link.Url ?? url, at);
        }
        doc.WrittenLinks = written;
    }

    /// <summary>Reports every link of the document (as <see cref="Rewrite"/> recorded them) whose target or heading does not exist.</summary>
    public static void Check(ParsedDocument doc, DocumentIndex index, DiagnosticBag diagnostics)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in doc.WrittenLinks) Check(link, doc, index, targets, diagnostics);
        doc.LinkedDocuments = targets;
        CheckFrontMatterIds(doc, index, diagnostics);
    }

    private enum LinkKind { None, SameDocument, External, UnsafeScheme, SiteAbsolute, OutsideInput, Input }

    /// <summary>What a link points at, from its text alone: for a link into the input tree, the input path it names.</summary>
    private static LinkKind Classify(string url, ParsedDocument doc, out string target, out string? fragment)
    {
        (target, fragment) = ("", null);
        if (url.Length == 0) return LinkKind.None;
        if (url.StartsWith('#'))
        {
            fragment = Uri.UnescapeDataString(url[1..]);
            return LinkKind.SameDocument;
        }
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (slash < 0 || colon < slash))
            return SafeSchemes.Contains(url[..(colon + 1)].ToLowerInvariant()) ? LinkKind.External : LinkKind.UnsafeScheme;
        if (url.StartsWith("//", StringComparison.Ordinal)) return LinkKind.External; // protocol-relative
        if (url.StartsWith('/')) return LinkKind.SiteAbsolute;
        var hash = url.IndexOf('#');
        var pathPart = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var normalised = NormalisePath(doc.Kind == DocumentKind.Entry ? "entries" : "pages", pathPart);
        if (normalised is null) return LinkKind.OutsideInput;
        target = normalised;
        return LinkKind.Input;
    }

    /// <summary>The entry or page an input path names (<c>entries/x.md</c>, <c>pages/y.md</c>), or null if it names neither.</summary>
    private static (DocumentKind Kind, string Id)? NamedDocument(string target) =>
        !target.EndsWith(".md", StringComparison.Ordinal) ? null
        : target.StartsWith("entries/", StringComparison.Ordinal) ? (DocumentKind.Entry, target[8..^3])
        : target.StartsWith("pages/", StringComparison.Ordinal) ? (DocumentKind.Page, target[6..^3])
        : null;

    private static void Check(WrittenLink link, ParsedDocument doc, DocumentIndex index, HashSet<string> targets, DiagnosticBag diagnostics)
    {
        var (url, at) = (link.Url, link.At);
        switch (Classify(url, doc, out var target, out var fragment))
        {
            case LinkKind.SameDocument:
                if (!index.HasAnchor(doc, fragment!))
                    diagnostics.Error(DiagnosticCodes.MissingAnchor, at, MissingAnchorMessage(fragment!, doc));
                return;
            case LinkKind.UnsafeScheme:
                diagnostics.Error(DiagnosticCodes.UnsafeHtml, at,
                    $"link scheme '{url[..(url.IndexOf(':') + 1)].ToLowerInvariant()}' is not allowed in contributor content; use http(s):, mailto: or a relative link to a .md file");
                return;
            case LinkKind.SiteAbsolute:
                diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                    $"'{url}' is a site-absolute link, which would leave its edition; link to the .md file relatively, e.g. [text](other-entry.md)");
                return;
            case LinkKind.OutsideInput:
                diagnostics.Error(DiagnosticCodes.PathTraversal, at,
                    $"'{url}' points outside the handbook's input folder; links may only reach entries/ and pages/");
                return;
            case LinkKind.Input:
                break;
            default:
                return;
        }
        if (NamedDocument(target) is not var (targetKind, targetId))
        {
            diagnostics.Error(link.IsImage ? DiagnosticCodes.MissingAsset : DiagnosticCodes.BrokenLink, at,
                $"'{url}' is not a link to an entry or page; relative links must name a .md file in entries/ or pages/ (images are not supported in entries yet)");
            return;
        }
        var targetDoc = targetKind == DocumentKind.Entry ? index.Entry(targetId) : index.Page(targetId);
        if (targetDoc is null)
        {
            var name = Path.GetFileNameWithoutExtension(target);
            if (index.IsUnparsed(targetKind, name)) return;
            var kind = targetKind == DocumentKind.Entry ? "entry" : "page";
            var candidates = targetKind == DocumentKind.Entry ? index.EntryIds : index.Pages.Select(p => p.Id);
            var suggestion = Spelling.Suggest(name, candidates);
            diagnostics.Error(DiagnosticCodes.BrokenLink, at,
                $"link to missing {kind} '{target}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}.md'?"));
            return;
        }
        targets.Add(DocumentIndex.SitePath(targetDoc));
        if (fragment is { Length: > 0 } && !index.HasAnchor(targetDoc, fragment))
            diagnostics.Error(DiagnosticCodes.MissingAnchor, at, MissingAnchorMessage(fragment, targetDoc));
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
