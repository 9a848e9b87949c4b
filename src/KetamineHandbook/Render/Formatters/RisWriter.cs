using System.Globalization;
using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Formatters;

/// <summary>
/// Writes references as RIS (the tagged format of EndNote, Zotero, Mendeley and reference managers):
/// one record per reference from <c>TY</c> to <c>ER</c>, tags in a fixed order, lines ending in LF.
/// </summary>
public static class RisWriter
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["article-journal"] = "JOUR", ["article-magazine"] = "MGZN", ["article-newspaper"] = "NEWS",
        ["book"] = "BOOK", ["chapter"] = "CHAP", ["paper-conference"] = "CPAPER", ["thesis"] = "THES",
        ["report"] = "RPRT", ["webpage"] = "ELEC", ["manuscript"] = "UNPB", ["dataset"] = "DATA",
        ["patent"] = "PAT", ["software"] = "COMP", ["motion_picture"] = "MPCT", ["song"] = "SOUND",
        ["entry-encyclopedia"] = "ENCYC", ["entry-dictionary"] = "DICT", ["legislation"] = "STAT",
        ["legal_case"] = "CASE", ["graphic"] = "ART", ["personal_communication"] = "PCOMM",
        ["pamphlet"] = "PAMP", ["speech"] = "CONF", ["review"] = "JOUR", ["treaty"] = "LEGAL",
    };

    /// <summary>All references as RIS records, in the order given.</summary>
    public static string Write(IEnumerable<Reference> references) => Join(references, WriteOne);

    /// <summary>
    /// The file <see cref="Write"/> gives, assembled from each reference's record as <see cref="WriteOne"/> writes it;
    /// <paramref name="recordOf"/> may return records written earlier (one site writes each work into many files).
    /// </summary>
    public static string Join(IEnumerable<Reference> references, Func<Reference, string> recordOf)
    {
        return string.Concat(references.Select(recordOf));
    }

    /// <summary>One reference as one RIS record.</summary>
    public static string WriteOne(Reference reference)
    {
        var sb = new StringBuilder();
        WriteRecord(sb, reference);
        return sb.ToString();
    }

    private static void WriteRecord(StringBuilder sb, Reference r)
    {
        void Tag(string tag, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            // RIS is line-based: a value must not break the line.
            var oneLine = value.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
            sb.Append(tag).Append("  - ").Append(oneLine).Append('\n');
        }

        Tag("TY", Types.GetValueOrDefault(r.CslType, "GEN"));
        Tag("ID", r.Key);
        foreach (var a in r.Authors.Where(a => !a.IsOthers)) Tag("AU", Name(a));
        foreach (var e in r.Editors.Where(e => !e.IsOthers)) Tag("ED", Name(e));
        Tag("TI", r.Title?.PlainText);
        Tag("T2", r.ContainerTitle?.PlainText);
        Tag("T3", r.CollectionTitle?.PlainText);
        if (r.Issued is { } issued)
        {
            Tag("PY", issued.Year?.ToString("0000", CultureInfo.InvariantCulture) ?? issued.Literal);
            if (issued.Year is not null) Tag("DA", RisDate(issued));
        }
        Tag("VL", r.Volume);
        Tag("IS", r.Issue);
        if (r.Page is { } page)
        {
            var dash = page.IndexOf('–');
            if (dash > 0 && !page.Contains(','))
            {
                Tag("SP", page[..dash].Trim());
                Tag("EP", page[(dash + 1)..].Trim());
            }
            else Tag("SP", page);
        }
        Tag("ET", r.Edition);
        Tag("PB", r.Publisher);
        Tag("CY", r.PublisherPlace);
        Tag("SN", r.Isbn ?? r.Issn);
        Tag("DO", r.Doi);
        Tag("UR", r.Url ?? (r.Doi is null ? null : "https://doi.org/" + r.Doi));
        if (r.Pmid is not null) Tag("AN", "PMID: " + r.Pmid);
        if (r.Accessed is { Year: not null } accessed) Tag("Y2", RisDate(accessed));
        Tag("LA", r.Language);
        foreach (var k in r.Keywords) Tag("KW", k);
        Tag("AB", r.Abstract);
        Tag("N1", r.Note);
        sb.Append("ER  - \n");
    }

    /// <summary>"Family, Given, Suffix" with particles before the family name, as RIS readers expect.</summary>
    private static string Name(PersonName n)
    {
        if (n.Family is null) return n.Literal ?? n.Given ?? "";
        var particle = n.NonDroppingParticle ?? n.DroppingParticle;
        var family = particle is null ? n.Family : particle + " " + n.Family;
        var s = n.Given is null ? family : family + ", " + n.Given;
        return n.Suffix is null ? s : s + ", " + n.Suffix;
    }

    /// <summary>RIS dates are YYYY/MM/DD/ with empty parts left blank.</summary>
    private static string RisDate(DateValue d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Year:0000}/{(d.Month is { } m ? m.ToString("00", CultureInfo.InvariantCulture) : "")}/{(d.Month is not null && d.Day is { } day ? day.ToString("00", CultureInfo.InvariantCulture) : "")}/");
}
