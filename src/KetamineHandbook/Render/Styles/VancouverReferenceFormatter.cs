using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Styles;

/// <summary>One Vancouver (ICMJE/NLM) reference-list item, as CSL's <c>vancouver.csl</c> writes it.</summary>
/// <remarks>Journal titles are printed as stored: the store has no NLM abbreviations to use instead.</remarks>
public static class VancouverReferenceFormatter
{
    /// <summary>Up to six authors are listed; with seven or more, the first six and "et al.".</summary>
    private const int EtAlMin = 7;
    private const int EtAlUseFirst = 6;

    public static FormattedText Format(Reference reference, ReferenceCatalog catalog)
    {
        var r = Formatters.CslTitleCase.Apply(reference);
        var parts = new List<FormattedText?>
        {
            Names(r),
            new StyledTextBuilder().Rich(r.Title).Text(r.CslType == "webpage" ? " [Internet]" : null).Build(),
        };
        switch (r.CslType)
        {
            case "article-journal" or "article-magazine" or "article-newspaper" or "article" or "review":
                parts.Add(Journal(r));
                break;
            case "chapter" or "paper-conference" or "entry-encyclopedia" or "entry-dictionary" or "entry":
                parts.Add(InBook(r));
                break;
            default:
                parts.Add(Edition(r));
                parts.Add(PublisherAndYear(r));
                break;
        }
        var main = FormattedJoin.Join(". ", parts, ".");
        var b = new StyledTextBuilder().Append(main);
        if (!string.IsNullOrWhiteSpace(r.Doi))
            b.Text(" doi:").Link("https://doi.org/" + r.Doi, r.Doi);
        else if (!string.IsNullOrWhiteSpace(r.Url))
            b.Text(" Available from: ").Link(r.Url, r.Url);
        return b.Build();
    }

    /// <summary>"Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, et al"</summary>
    private static FormattedText? Names(Reference r)
    {
        var names = r.Authors.Count > 0 ? r.Authors : r.Editors;
        var named = NameParts.Named(names);
        if (named.Count == 0) return null;
        var each = named.Select(n => n.Literal ?? NameParts.Join(" ",
            NameParts.Join(" ", n.NonDroppingParticle, n.Family),
            Initials.Of(n.Given, "", keepHyphen: false), n.Suffix)).ToList();
        var text = each.Count >= EtAlMin || NameParts.EndsWithOthers(names)
            ? string.Join(", ", each.Take(Math.Min(EtAlUseFirst, each.Count))) + ", et al"
            : string.Join(", ", each);
        if (r.Authors.Count == 0) text += named.Count > 1 ? ", editors" : ", editor";
        return new StyledTextBuilder().Text(text).Build();
    }

    /// <summary>"Biological Psychiatry. 2000;47(4):351–4"</summary>
    private static FormattedText Journal(Reference r)
    {
        var b = new StyledTextBuilder();
        if (r.ContainerTitle is not null) b.Rich(r.ContainerTitle).Text(". ");
        b.Text(r.Issued?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(r.Volume) || !string.IsNullOrWhiteSpace(r.Issue))
            b.Text(";").Text(r.Volume).Text(string.IsNullOrWhiteSpace(r.Issue) ? null : $"({r.Issue})");
        if (!string.IsNullOrWhiteSpace(r.Page)) b.Text(":").Text(PageRange.Minimal(r.Page));
        return b.Build();
    }

    private static FormattedText InBook(Reference r)
    {
        var b = new StyledTextBuilder().Text("In: ");
        var editors = NameParts.Named(r.Editors);
        if (editors.Count > 0)
        {
            b.Text(string.Join(", ", editors.Select(n => n.Literal ?? NameParts.Join(" ", n.Family, Initials.Of(n.Given, "", false)))))
             .Text(editors.Count > 1 ? ", editors. " : ", editor. ");
        }
        b.Rich(r.ContainerTitle);
        var rest = FormattedJoin.Join(". ", [Edition(r), PublisherAndYear(r)]);
        if (!rest.IsEmpty) b.Punctuation(". ").Append(rest);
        if (!string.IsNullOrWhiteSpace(r.Page)) b.Text(". p. ").Text(PageRange.Minimal(r.Page));
        return b.Build();
    }

    private static FormattedText? Edition(Reference r) =>
        string.IsNullOrWhiteSpace(r.Edition) ? null : new StyledTextBuilder().Text(EnglishTerms.Edition(r.Edition)).Build();

    /// <summary>"Place: Publisher; 2020"</summary>
    private static FormattedText PublisherAndYear(Reference r)
    {
        var publisher = NameParts.Join(": ", r.PublisherPlace, r.Publisher);
        var year = r.Issued?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new StyledTextBuilder().Text(NameParts.Join("; ", publisher, year)).Build();
    }
}
