using KetamineHandbook.Markdown;
using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using Markdig.Syntax;

namespace KetamineHandbook.Resolve;

/// <summary>Resolves every citation of a parsed page against the catalog, reports unknown keys, and numbers the cited works.</summary>
public static class CitationResolver
{
    /// <param name="sourcePath">The .md file, as diagnostics should name it.</param>
    /// <param name="lineOffset">Lines of the .md file before the Markdown body (front matter and its fences); also stored
    /// on the document with <see cref="DocumentLineOffset"/>.</param>
    public static DocumentCitations Resolve(MarkdownDocument doc, ReferenceCatalog catalog, string sourcePath,
        int lineOffset, DiagnosticBag diagnostics)
    {
        DocumentLineOffset.Set(doc, lineOffset);
        var citations = DocumentOrder.All<CitationInline>(doc);

        var cited = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unresolved = new List<string>();
        var unresolvedSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            foreach (var item in citation.Items)
            {
                if (catalog.Find(item.Key) is not null)
                {
                    if (seen.Add(item.Key)) cited.Add(item.Key);
                    continue;
                }
                if (unresolvedSeen.Add(item.Key)) unresolved.Add(item.Key);
                var at = new SourceLocation(sourcePath, item.Line + 1 + lineOffset, item.Column + 1);
                diagnostics.Error(CitationDiagnosticCodes.UnknownKey, at, UnknownKeyMessage(item.Key, catalog));
            }
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cited.Count; i++) numbers[cited[i]] = i + 1;

        var formatted = new Dictionary<CitationInline, FormattedText>(citations.Count, ReferenceEqualityComparer.Instance);
        foreach (var citation in citations)
        {
            // Plain loops rather than LINQ with closures: this runs for every citation of every page.
            var cites = new Cite[citation.Items.Count];
            var known = true;
            for (var i = 0; i < cites.Length && known; i++)
            {
                var item = citation.Items[i];
                if (catalog.Find(item.Key) is { } reference)
                    cites[i] = new Cite(reference, item.Prefix, item.Locator, item.Suffix, item.SuppressAuthor, numbers[item.Key]);
                else known = false;
            }
            if (known) formatted[citation] = catalog.Style.FormatCitation(cites, citation.Mode, catalog);
        }

        var result = new DocumentCitations(catalog, cited, unresolved, formatted);
        doc.SetData(DocumentCitations.DataKey, result);
        return result;
    }

    private static string UnknownKeyMessage(string key, ReferenceCatalog catalog)
    {
        var suggestion = KeySuggestion.Closest(key, catalog.Keys);
        return suggestion is null
            ? $"unknown citation key '@{key}': it is not in the citation store"
            : $"unknown citation key '@{key}': it is not in the citation store; did you mean '@{suggestion}'?";
    }
}
