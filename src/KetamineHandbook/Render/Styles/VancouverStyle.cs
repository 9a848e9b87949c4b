using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Styles;

/// <summary>Vancouver numeric: works numbered in order of first citation, "(1,3–5)", reference list in number order.</summary>
public sealed class VancouverStyle : ICitationStyle
{
    public static readonly VancouverStyle Instance = new();

    public string Name => "vancouver";

    public bool IsNumeric => true;

    /// <summary>Numbers never collide, so nothing needs disambiguating.</summary>
    public IReadOnlyDictionary<string, CitationLabel> Disambiguate(IReadOnlyList<Reference> references) =>
        new Dictionary<string, CitationLabel>();

    public IReadOnlyList<Reference> OrderBibliography(IEnumerable<Reference> cited, ReferenceCatalog catalog, Func<string, int> citationNumber) =>
        cited.OrderBy(r => citationNumber(r.Key)).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

    public FormattedText FormatReference(Reference reference, ReferenceCatalog catalog) =>
        VancouverReferenceFormatter.Format(reference, catalog);

    public string FormatReferenceHtml(Reference reference, ReferenceCatalog catalog) => FormatReference(reference, catalog).Html;

    public string FormatReferenceText(Reference reference, ReferenceCatalog catalog) => FormatReference(reference, catalog).PlainText;

    public FormattedText FormatCitation(IReadOnlyList<Cite> cites, CitationMode mode, ReferenceCatalog catalog)
    {
        var b = new StyledTextBuilder();
        if (mode == CitationMode.InText && cites.Count == 1 && !cites[0].SuppressAuthor)
        {
            var author = ApaStyle.InTextAuthor(cites[0].Reference, 1, narrative: true);
            if (author.Length > 0) b.Text(author + " ");
        }

        var ordered = cites.OrderBy(c => c.Number).ToList();
        var plain = ordered.All(c => c.Prefix is null && c.Locator is null && c.Suffix is null);
        b.Text("(");
        if (plain) WriteCollapsed(b, ordered);
        else
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                var c = ordered[i];
                if (i > 0) b.Text("; ");
                if (c.Prefix is not null) b.Text(c.Prefix + " ");
                b.Link("#ref-" + c.Reference.Key, Number(c));
                if (c.Locator is not null) b.Text(", " + ApaStyle.LocatorText(c.Locator));
                if (c.Suffix?.Trim() is { Length: > 0 } suffix) b.Text(suffix.StartsWith(',') ? suffix : " " + suffix);
            }
        }
        return b.Text(")").Build();
    }

    /// <summary>"1,3–5": runs of three or more consecutive numbers become ranges, each end still a link.</summary>
    private static void WriteCollapsed(StyledTextBuilder b, List<Cite> ordered)
    {
        var distinct = ordered.GroupBy(c => c.Number).Select(g => g.First()).ToList();
        var i = 0;
        var first = true;
        while (i < distinct.Count)
        {
            var j = i;
            while (j + 1 < distinct.Count && distinct[j + 1].Number == distinct[j].Number + 1) j++;
            if (!first) b.Text(",");
            first = false;
            if (j - i >= 2)
            {
                b.Link("#ref-" + distinct[i].Reference.Key, Number(distinct[i])).Text("–")
                 .Link("#ref-" + distinct[j].Reference.Key, Number(distinct[j]));
            }
            else
            {
                for (var k = i; k <= j; k++)
                {
                    if (k > i) b.Text(",");
                    b.Link("#ref-" + distinct[k].Reference.Key, Number(distinct[k]));
                }
            }
            i = j + 1;
        }
    }

    private static string Number(Cite c) => c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
