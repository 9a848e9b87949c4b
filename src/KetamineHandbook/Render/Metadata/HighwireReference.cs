using System.Runtime.CompilerServices;
using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Metadata;

/// <summary>One cited work in the semicolon-separated form Google Scholar reads from <c>citation_reference</c>.</summary>
/// <remarks>
/// Written once per reference and kept (keyed by the reference object, thread-safe, released with it): every entry
/// page that cites the work carries the same tag, and in a large handbook a work is cited by dozens of entries.
/// </remarks>
internal static class HighwireReference
{
    private static readonly ConditionalWeakTable<Reference, string> Tags = new();

    /// <summary>The whole <c>citation_reference</c> meta line (HTML-encoded), or "" when the work has nothing to say.</summary>
    public static string MetaTag(Reference r) => Tags.GetValue(r, static r =>
    {
        var html = new StringBuilder();
        ScholarMetadata.AppendMeta(html, "citation_reference", Compute(r));
        return html.ToString();
    });

    private static string Compute(Reference r)
    {
        var parts = new List<string>();
        if (r.Title is { } title) parts.Add("citation_title=" + title.PlainText);
        foreach (var a in r.Authors.Where(a => !a.IsOthers))
            parts.Add("citation_author=" + (a.Literal ?? string.Join(", ", new[] { a.Family, a.Given }.Where(s => !string.IsNullOrEmpty(s)))));
        if (r.ContainerTitle is { } journal) parts.Add("citation_journal_title=" + journal.PlainText);
        if (r.Issued?.Year is { } year) parts.Add($"citation_publication_date={year}");
        if (r.Volume is { } volume) parts.Add("citation_volume=" + volume);
        if (r.Issue is { } issue) parts.Add("citation_issue=" + issue);
        if (r.Page is { } page)
        {
            var range = page.Split('–', '-');
            parts.Add("citation_firstpage=" + range[0]);
            if (range.Length > 1) parts.Add("citation_lastpage=" + range[^1]);
        }
        if (r.Doi is { } doi) parts.Add("citation_doi=" + doi);
        if (r.Pmid is { } pmid) parts.Add("citation_pmid=" + pmid);
        return string.Join("; ", parts);
    }
}
