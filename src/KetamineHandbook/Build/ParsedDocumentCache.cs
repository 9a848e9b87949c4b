using System.Collections.Concurrent;
using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Build;

/// <summary>
/// Parsed entries and pages kept between builds, so a rebuild after one edit parses one file. A document
/// is reused only if its text and the tree's citation store are unchanged. Resolving rewrites link URLs
/// inside the syntax tree, so the URLs as written are remembered at parse time and put back before the
/// document is resolved again: every build resolves every document against the current index.
/// </summary>
public sealed class ParsedDocumentCache
{
    private sealed record Parsed(string Text, string Context, ParsedDocument? Document, IReadOnlyList<Diagnostic> Diagnostics,
        IReadOnlyList<(LinkInline Link, string? Url)> LinksAsWritten);

    private readonly ConcurrentDictionary<(DocumentKind, string), Parsed> _documents = new();

    /// <param name="context">A fingerprint of what else parsing or resolving reads (the citation store).</param>
    public ParsedDocument? Parse(SourceFile file, DocumentKind kind, string context, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var slot = (kind, file.DisplayPath);
        if (_documents.TryGetValue(slot, out var hit) && hit.Text == file.Text && hit.Context == context)
        {
            foreach (var (link, url) in hit.LinksAsWritten) link.Url = url;
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Document;
        }
        var own = new DiagnosticBag();
        var document = DocumentParser.Parse(file, kind, pipeline, own);
        var links = document?.Markdown.Descendants<LinkInline>().Select(l => (l, l.Url)).ToList() ?? [];
        var produced = own.Sorted();
        diagnostics.AddRange(produced);
        _documents[slot] = new Parsed(file.Text, context, document, produced, links);
        return document;
    }

    /// <summary>Drops documents whose files are gone, so a deleted entry does not linger in memory.</summary>
    public void Retain(IEnumerable<(DocumentKind Kind, string DisplayPath)> present)
    {
        var keep = present.ToHashSet();
        foreach (var key in _documents.Keys.Where(k => !keep.Contains(k))) _documents.TryRemove(key, out _);
    }
}
