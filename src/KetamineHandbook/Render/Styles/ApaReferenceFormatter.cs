using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Styles;

/// <summary>One APA 7 reference-list item, following the structure of CSL's <c>apa.csl</c>: author. date. title. source. link</summary>
public static class ApaReferenceFormatter
{
    private static readonly HashSet<string> Periodicals = new(StringComparer.Ordinal)
        { "article-journal", "article-magazine", "article-newspaper", "article", "review", "review-book" };

    private static readonly HashSet<string> PartsOfBooks = new(StringComparer.Ordinal)
        { "chapter", "paper-conference", "entry-encyclopedia", "entry-dictionary", "entry" };

    public static FormattedText Format(Reference reference, ReferenceCatalog catalog)
    {
        var r = Formatters.CslTitleCase.Apply(reference);
        var suffix = catalog.LabelOf(r.Key).YearSuffix;
        var authorIsTitle = r.Authors.Count == 0 && r.Editors.Count == 0;
        var main = FormattedJoin.Join(". ",
        [
            authorIsTitle ? TitleAndDescription(r) : Author(r),
            Date(r, suffix),
            authorIsTitle ? null : TitleAndDescription(r),
            Source(r),
            Publisher(r),
        ], ".");
        var access = Access(r);
        return access.IsEmpty ? main : FormattedJoin.Join(" ", [main, access]);
    }

    private static FormattedText Author(Reference r)
    {
        var b = new StyledTextBuilder();
        if (r.Authors.Count > 0) return b.Text(ApaNames.Inverted(r.Authors)).Build();
        var named = NameParts.Named(r.Editors);
        b.Text(ApaNames.Inverted(r.Editors)).Text(named.Count > 1 || NameParts.EndsWithOthers(r.Editors) ? " (Eds.)" : " (Ed.)");
        return b.Build();
    }

    private static FormattedText Date(Reference r, string yearSuffix)
    {
        var b = new StyledTextBuilder().Text("(");
        var issued = r.Issued;
        if (issued?.Year is int year)
        {
            b.Text($"{year}{yearSuffix}");
            if (FullDateTypes.Contains(r.CslType) && issued.Month is int month)
            {
                b.Text(", " + EnglishTerms.Month(month));
                if (issued.Day is int day) b.Text($" {day}");
            }
        }
        else if (!string.IsNullOrWhiteSpace(issued?.Literal)) b.Text(issued!.Literal);
        else b.Text(yearSuffix.Length > 0 ? $"n.d.-{yearSuffix}" : "n.d.");
        return b.Text(")").Build();
    }

    private static readonly HashSet<string> FullDateTypes = new(StringComparer.Ordinal)
        { "article-magazine", "article-newspaper", "webpage", "post", "post-weblog", "broadcast", "interview", "speech", "pamphlet" };

    /// <summary>Articles and chapters have roman titles; works that stand alone (books, reports, theses, web pages) are italic.</summary>
    private static FormattedText TitleAndDescription(Reference r)
    {
        var b = new StyledTextBuilder();
        var standsAlone = !Periodicals.Contains(r.CslType) && !PartsOfBooks.Contains(r.CslType);
        b.Rich(r.Title, italic: standsAlone);

        var description = new List<string>();
        if (standsAlone)
        {
            if (!string.IsNullOrWhiteSpace(r.Edition)) description.Add(EnglishTerms.Edition(r.Edition));
            if (!string.IsNullOrWhiteSpace(r.Version)) description.Add("Version " + r.Version);
            if (r.CslType == "report" && r.Fields.TryGetValue("number", out var number))
                description.Add(Genre(r) is { } genre ? $"{genre} No. {number}" : number);
            if (r.CslType == "book" && !string.IsNullOrWhiteSpace(r.Volume)) description.Add("Vol. " + r.Volume);
        }
        if (description.Count > 0) b.Text(" (" + string.Join("; ", description) + ")");

        if (r.CslType == "thesis")
            b.Text(" [" + (Genre(r) ?? (r.EntryType == "mastersthesis" ? "Master’s thesis" : "PhD thesis")) + "]");
        return b.Build();
    }

    /// <summary>The kind of work as the source names it (CSL <c>genre</c>, BibTeX <c>type</c>); CSL-JSON's own
    /// <c>type</c> field is the CSL type, not a genre, so it is ignored.</summary>
    private static string? Genre(Reference r) =>
        r.Fields.TryGetValue("genre", out var genre) ? genre
        : r.Fields.TryGetValue("type", out var type) && type != r.CslType ? type : null;

    private static FormattedText? Source(Reference r)
    {
        if (Periodicals.Contains(r.CslType)) return Periodical(r);
        if (PartsOfBooks.Contains(r.CslType) && r.ContainerTitle is not null) return InBook(r);
        if (r.CslType == "webpage" && r.ContainerTitle is not null)
            return new StyledTextBuilder().Rich(r.ContainerTitle).Build();
        return null;
    }

    /// <summary>"<i>Biological Psychiatry</i>, <i>47</i>(4), 351–354"</summary>
    private static FormattedText Periodical(Reference r)
    {
        var b = new StyledTextBuilder();
        if (r.ContainerTitle is not null) b.Rich(TitleCase.Apply(r.ContainerTitle), italic: true);
        var hasVolume = !string.IsNullOrWhiteSpace(r.Volume);
        var hasIssue = !string.IsNullOrWhiteSpace(r.Issue);
        if (hasVolume || hasIssue)
        {
            if (!b.IsEmpty) b.Text(", ");
            if (hasVolume) b.Italic(r.Volume);
            // Without a volume, apa.csl prints the issue bare ("Nature, 7984, 802–809").
            if (hasIssue) b.Text(hasVolume ? $"({r.Issue})" : r.Issue);
        }
        if (!string.IsNullOrWhiteSpace(r.Page))
        {
            if (!b.IsEmpty) b.Text(", ");
            b.Text(PageRange.WithEnDash(r.Page));
        }
        return b.Build();
    }

    /// <summary>"In E. Editor (Ed.), <i>Book</i> (2nd ed., pp. 1–10)"</summary>
    private static FormattedText InBook(Reference r)
    {
        var b = new StyledTextBuilder().Text("In ");
        var editors = NameParts.Named(r.Editors);
        if (editors.Count > 0)
            b.Text(ApaNames.Direct(r.Editors)).Text(editors.Count > 1 ? " (Eds.), " : " (Ed.), ");
        b.Rich(r.ContainerTitle, italic: true);

        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(r.Edition)) details.Add(EnglishTerms.Edition(r.Edition));
        if (!string.IsNullOrWhiteSpace(r.Version)) details.Add("Version " + r.Version);
        if (!string.IsNullOrWhiteSpace(r.Volume)) details.Add("Vol. " + r.Volume);
        if (!string.IsNullOrWhiteSpace(r.Page))
        {
            var pages = PageRange.WithEnDash(r.Page);
            details.Add((pages.Contains('–') ? "pp. " : "p. ") + pages);
        }
        if (details.Count > 0) b.Text(" (" + string.Join(", ", details) + ")");
        return b.Build();
    }

    private static FormattedText? Publisher(Reference r)
    {
        if (Periodicals.Contains(r.CslType) || r.CslType is "webpage") return null;
        var publisher = r.Publisher
            ?? (r.Fields.TryGetValue("school", out var school) ? school : null)
            ?? (r.Fields.TryGetValue("institution", out var institution) ? institution : null);
        return string.IsNullOrWhiteSpace(publisher) ? null : new StyledTextBuilder().Text(publisher).Build();
    }

    /// <summary>The DOI as an https://doi.org/ link, else the URL; APA shows one, not both.</summary>
    private static FormattedText Access(Reference r)
    {
        var b = new StyledTextBuilder();
        if (!string.IsNullOrWhiteSpace(r.Doi))
        {
            var url = "https://doi.org/" + r.Doi;
            return b.Link(url, url).Build();
        }
        if (string.IsNullOrWhiteSpace(r.Url)) return b.Build();
        if (r.Issued?.Year is null && r.Accessed?.Year is int y)
        {
            var a = r.Accessed;
            b.Text("Retrieved " + NameParts.Join(" ", a.Month is int m ? EnglishTerms.Month(m) : null,
                a.Day is int d ? $"{d}," : null, y.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ", from ");
        }
        return b.Link(r.Url, r.Url).Build();
    }
}
