using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>
/// APA's disambiguation as <c>apa.csl</c> asks for it: when two works would cite alike ("Zanos et al., 2018"),
/// first show more names ("Zanos, Moaddel, et al."), and only when the author lists are identical add a year
/// suffix (2018a, 2018b) in reference-list order.
/// </summary>
public static class ApaDisambiguation
{
    public static IReadOnlyDictionary<string, CitationLabel> Compute(IReadOnlyList<Reference> references)
    {
        var labels = new Dictionary<string, CitationLabel>(StringComparer.Ordinal);
        var groups = references
            .GroupBy(r => (Author: ApaStyle.InTextAuthor(r, 1, narrative: false), Year: YearOf(r)))
            .Where(g => g.Count() > 1);

        foreach (var group in groups)
        {
            var members = group.OrderBy(r => ApaReferenceMemo.Of(r).SortKey).ToList();
            var maxNames = members.Max(r => NameParts.Named(r.Authors).Count);
            var shown = 1;
            while (shown < maxNames && HasCollision(members, shown)) shown++;
            if (shown > 1) foreach (var r in members) labels[r.Key] = new CitationLabel(IntextNames: shown);

            // Works whose author lists cannot be told apart even in full get a year suffix, in reference-list order.
            foreach (var same in members.GroupBy(r => ApaStyle.InTextAuthor(r, int.MaxValue, narrative: false)).Where(g => g.Count() > 1))
            {
                var letter = 0;
                foreach (var r in same)
                    labels[r.Key] = new CitationLabel(Suffix(letter++), shown > 1 ? shown : 0);
            }
        }
        return labels;
    }

    /// <summary>True while showing more names would still tell some works apart.</summary>
    private static bool HasCollision(List<Reference> members, int shown) =>
        members.Select(r => ApaStyle.InTextAuthor(r, shown, narrative: false)).Distinct(StringComparer.Ordinal).Count()
        < members.Select(r => ApaStyle.InTextAuthor(r, int.MaxValue, narrative: false)).Distinct(StringComparer.Ordinal).Count();

    private static string YearOf(Reference r) => r.Issued?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d.";

    /// <summary>a…z, then aa, ab… as citeproc continues.</summary>
    private static string Suffix(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Suffix(index / 26 - 1) + (char)('a' + index % 26);
}
