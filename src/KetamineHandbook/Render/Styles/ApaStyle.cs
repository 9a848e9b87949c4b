using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Styles;

/// <summary>APA 7 author–date: "(Zanos et al., 2016)", "Zanos et al. (2016)", and the alphabetical reference list.</summary>
public sealed class ApaStyle : ICitationStyle
{
    public static readonly ApaStyle Instance = new();

    public string Name => "apa";

    public bool IsNumeric => false;

    public IReadOnlyDictionary<string, CitationLabel> Disambiguate(IReadOnlyList<Reference> references) =>
        ApaDisambiguation.Compute(references);

    public IReadOnlyList<Reference> OrderBibliography(IEnumerable<Reference> cited, ReferenceCatalog catalog, Func<string, int> citationNumber) =>
        cited.OrderBy(r => ApaReferenceMemo.Of(r).SortKey).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

    public FormattedText FormatReference(Reference reference, ReferenceCatalog catalog) =>
        ApaReferenceFormatter.Format(reference, catalog);

    public string FormatReferenceHtml(Reference reference, ReferenceCatalog catalog) => FormatReference(reference, catalog).Html;

    public string FormatReferenceText(Reference reference, ReferenceCatalog catalog) => FormatReference(reference, catalog).PlainText;

    public FormattedText FormatCitation(IReadOnlyList<Cite> cites, CitationMode mode, ReferenceCatalog catalog)
    {
        var b = new StyledTextBuilder();
        if (mode == CitationMode.InText && cites.Count == 1 && !cites[0].SuppressAuthor)
        {
            WriteNarrative(b, cites[0], catalog);
            return b.Build();
        }

        // As citeproc does, works in one parenthesis are sorted by author and year, unless the author wrote
        // prefixes ("see", "also"), whose order is part of the sentence.
        var ordered = cites.Count == 1 || cites.Any(c => c.Prefix is not null) ? cites : SortedByAuthorAndYear(cites);

        b.Text("(");
        string? previousAuthor = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var cite = ordered[i];
            var label = catalog.LabelOf(cite.Reference.Key);
            var author = cite.SuppressAuthor ? "" : InTextAuthor(cite.Reference, label.IntextNames, narrative: false);
            // collapse="year": "(Zanos et al., 2016, 2018)" for consecutive works of the same authors.
            var collapse = i > 0 && author.Length > 0 && author == previousAuthor && cite.Prefix is null
                           && ordered[i - 1].Locator is null && ordered[i - 1].Suffix is null;
            if (i > 0) b.Text(collapse ? ", " : "; ");
            if (cite.Prefix is not null) b.Text(cite.Prefix + " ");
            var linked = collapse || author.Length == 0 ? Year(cite.Reference, label) : $"{author}, {Year(cite.Reference, label)}";
            b.Link("#ref-" + cite.Reference.Key, linked);
            WriteLocatorAndSuffix(b, cite);
            previousAuthor = author;
        }
        return b.Text(")").Build();
    }

    /// <summary>By short author (ordinal), then the reference-list order; stable, so works that tie keep the order written.</summary>
    /// <remarks>An insertion sort over memoised keys: a parenthesis holds a handful of works, and this runs for every
    /// citation of every page, where LINQ's OrderBy/ThenBy/ToList cost more than the comparisons.</remarks>
    private static Cite[] SortedByAuthorAndYear(IReadOnlyList<Cite> cites)
    {
        var keyed = new (string Author, ApaSortKey Key, Cite Cite)[cites.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            var memo = ApaReferenceMemo.Of(cites[i].Reference);
            keyed[i] = (memo.InTextAuthor(1, narrative: false), memo.SortKey, cites[i]);
        }
        for (var i = 1; i < keyed.Length; i++)
        {
            var item = keyed[i];
            var j = i - 1;
            for (; j >= 0 && Compare(keyed[j], item) > 0; j--) keyed[j + 1] = keyed[j];
            keyed[j + 1] = item;
        }
        var sorted = new Cite[keyed.Length];
        for (var i = 0; i < keyed.Length; i++) sorted[i] = keyed[i].Cite;
        return sorted;

        static int Compare((string Author, ApaSortKey Key, Cite Cite) a, (string Author, ApaSortKey Key, Cite Cite) b)
        {
            var c = string.CompareOrdinal(a.Author, b.Author);
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        }
    }

    private static void WriteNarrative(StyledTextBuilder b, Cite cite, ReferenceCatalog catalog)
    {
        var label = catalog.LabelOf(cite.Reference.Key);
        var inner = new StyledTextBuilder()
            .Text(InTextAuthor(cite.Reference, label.IntextNames, narrative: true))
            .Text(" (").Text(Year(cite.Reference, label));
        WriteLocatorAndSuffix(inner, cite);
        inner.Text(")");
        b.Link("#ref-" + cite.Reference.Key, inner.Build());
    }

    private static void WriteLocatorAndSuffix(StyledTextBuilder b, Cite cite)
    {
        if (cite.Locator is { } locator)
            b.Text(", " + LocatorText(locator));
        // A suffix that starts with a comma attaches to what precedes it; any other suffix is a separate word.
        if (cite.Suffix?.Trim() is { Length: > 0 } suffix)
            b.Text(suffix.StartsWith(',') ? suffix : " " + suffix);
    }

    /// <summary>"p. 12", "pp. 33–35", "Chapter 3" (APA spells chapters out, as apa.csl does).</summary>
    public static string LocatorText(CitationLocator locator)
    {
        var value = locator.Label == "page" ? PageRange.WithEnDash(locator.Value) : locator.Value;
        if (locator.Label == "chapter") return "Chapter " + value;
        return EnglishTerms.LocatorLabel(locator.Label, value) + " " + value;
    }

    /// <summary>"2016", "2018a", "n.d.", "n.d.-a".</summary>
    public static string Year(Reference r, CitationLabel label) =>
        r.Issued?.Year is int y ? $"{y}{label.YearSuffix}"
        : !string.IsNullOrWhiteSpace(r.Issued?.Literal) ? r.Issued!.Literal!
        : label.YearSuffix.Length > 0 ? $"n.d.-{label.YearSuffix}" : "n.d.";

    /// <summary>The author part in text: authors, else editors, else the title (italic for works that stand alone).</summary>
    /// <remarks>Memoised per reference (<see cref="ApaReferenceMemo"/>): every citation of a work asks for it.</remarks>
    public static string InTextAuthor(Reference r, int shown, bool narrative) =>
        ApaReferenceMemo.Of(r).InTextAuthor(shown, narrative);

    internal static string ComputeInTextAuthor(Reference r, int shown, bool narrative)
    {
        if (NameParts.Named(r.Authors).Count > 0) return ApaNames.InText(r.Authors, shown, narrative);
        if (NameParts.Named(r.Editors).Count > 0) return ApaNames.InText(r.Editors, shown, narrative);
        var title = r.Title?.PlainText ?? r.Key;
        var colon = title.IndexOf(':');
        return colon > 0 ? title[..colon] : title;
    }
}
