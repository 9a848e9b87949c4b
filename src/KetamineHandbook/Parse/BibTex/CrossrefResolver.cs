using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>
/// Gives each entry with a <c>crossref</c> the fields it lacks from its parent, with BibLaTeX's
/// inheritance rules: a chapter gets its book's title as <c>booktitle</c>, an article its periodical's
/// title as <c>journaltitle</c>, a volume its multi-volume work's title as <c>maintitle</c>.
/// </summary>
internal static class CrossrefResolver
{
    private const int MaxChain = 16;

    /// <summary>Fields BibLaTeX never passes from parent to child.</summary>
    private static readonly HashSet<string> NeverInherited =
    [
        "crossref", "xref", "ids", "entryset", "entrysubtype", "execute", "label", "options", "presort",
        "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
    ];

    private static readonly HashSet<string> TitleFields = ["title", "subtitle", "titleaddon", "shorttitle", "sorttitle", "indextitle", "indexsorttitle"];

    public static void Resolve(IReadOnlyList<RawEntry> entries, List<Diagnostic> diagnostics)
    {
        var byKey = new Dictionary<string, RawEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries) byKey.TryAdd(e.Key, e);
        var done = new HashSet<RawEntry>();
        foreach (var entry in entries) ResolveOne(entry, byKey, done, [], diagnostics);
    }

    private static void ResolveOne(RawEntry entry, Dictionary<string, RawEntry> byKey, HashSet<RawEntry> done,
        List<RawEntry> chain, List<Diagnostic> diagnostics)
    {
        if (done.Contains(entry)) return;
        var parentKey = entry.Get("crossref")?.Trim();
        if (string.IsNullOrEmpty(parentKey)) { done.Add(entry); return; }
        if (!byKey.TryGetValue(parentKey, out var parent))
        {
            diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.UnknownCrossref, entry.Fields["crossref"].Location,
                $"entry '{entry.Key}' has crossref = {{{parentKey}}}, but no entry has that key; add the parent entry or remove the crossref."));
            done.Add(entry);
            return;
        }
        if (chain.Contains(parent) || parent == entry || chain.Count >= MaxChain)
        {
            diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.CrossrefCycle, entry.Fields["crossref"].Location,
                $"crossref of entry '{entry.Key}' leads back to itself (through '{parentKey}'); break the cycle."));
            done.Add(entry);
            return;
        }
        chain.Add(entry);
        ResolveOne(parent, byKey, done, chain, diagnostics);
        chain.RemoveAt(chain.Count - 1);
        Inherit(entry, parent);
        done.Add(entry);
    }

    private static void Inherit(RawEntry child, RawEntry parent)
    {
        var titleTarget = TitleTarget(parent.Type, child.Type);
        foreach (var name in parent.FieldOrder)
        {
            if (NeverInherited.Contains(name)) continue;
            var field = parent.Fields[name];
            if (titleTarget is not null && TitleFields.Contains(name))
            {
                var target = name switch
                {
                    "title" => titleTarget,
                    "subtitle" => titleTarget.Replace("title", "subtitle"),
                    "titleaddon" => titleTarget + "addon",
                    _ => null,
                };
                if (target is not null && !child.Fields.ContainsKey(target)) child.Set(field with { Name = target });
                continue;
            }
            if (name == "author" && child.Type is "inbook" or "bookinbook" or "suppbook" && !child.Fields.ContainsKey("bookauthor")
                && parent.Type is "book" or "mvbook")
                child.Set(field with { Name = "bookauthor" });
            if (!child.Fields.ContainsKey(name)) child.Set(field);
        }
    }

    /// <summary>Where a parent's title goes in the child, or null when it is inherited as the title itself.</summary>
    private static string? TitleTarget(string parent, string child) => (parent, child) switch
    {
        ("mvbook", "book" or "inbook" or "bookinbook" or "suppbook") => "maintitle",
        ("book", "inbook" or "bookinbook" or "suppbook") => "booktitle",
        ("mvcollection" or "mvreference", "collection" or "reference" or "incollection" or "inreference" or "suppcollection") => "maintitle",
        ("collection" or "reference", "incollection" or "inreference" or "suppcollection") => "booktitle",
        ("mvproceedings", "proceedings" or "inproceedings") => "maintitle",
        ("proceedings", "inproceedings" or "conference") => "booktitle",
        ("periodical", "article" or "suppperiodical") => "journaltitle",
        _ => null,
    };
}
