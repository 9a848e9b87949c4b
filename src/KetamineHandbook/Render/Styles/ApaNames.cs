using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>APA 7 author lists: inverted with initials in the reference list, short family names in text.</summary>
public static class ApaNames
{
    /// <summary>APA lists up to 20 authors; beyond that the first 19, an ellipsis, and the last.</summary>
    private const int MaxListed = 20;
    private const int ListedBeforeEllipsis = 19;

    /// <summary>"Berman, R. M., Cappiello, A., &amp; Krystal, J. H." (plain text; the caller escapes).</summary>
    public static string Inverted(IReadOnlyList<PersonName> names)
    {
        var named = NameParts.Named(names);
        if (named.Count == 0) return "";
        var each = named.Select(InvertedOne).ToList();
        if (NameParts.EndsWithOthers(names))
            // BibTeX "and others": the list is incomplete, so it ends in "et al." rather than "&" a last author.
            return string.Join(", ", each) + ", et al.";
        if (each.Count == 1) return each[0];
        if (each.Count > MaxListed)
            return string.Join(", ", each.Take(ListedBeforeEllipsis)) + ", … " + each[^1];
        return string.Join(", ", each.Take(each.Count - 1)) + ", & " + each[^1];
    }

    /// <summary>"Graaf, R. A. de", "Zarate, C. A., Jr.", or a group's name as written.</summary>
    public static string InvertedOne(PersonName name)
    {
        if (name.Literal is not null) return name.Literal;
        var family = NameParts.Join(" ", name.NonDroppingParticle, name.Family);
        var given = NameParts.Join(" ", Initials.Of(name.Given, ". ", keepHyphen: true), name.DroppingParticle);
        var inverted = given.Length > 0 ? $"{family}, {given}" : family;
        return string.IsNullOrEmpty(name.Suffix) ? inverted : $"{inverted}, {name.Suffix}";
    }

    /// <summary>"E. Editor" order with initials, as APA writes editors of a book a chapter is in.</summary>
    public static string Direct(IReadOnlyList<PersonName> names)
    {
        var each = NameParts.Named(names).Select(n => n.Literal ?? NameParts.Join(" ",
            Initials.Of(n.Given, ". ", keepHyphen: true), n.DroppingParticle, n.NonDroppingParticle, n.Family,
            string.IsNullOrEmpty(n.Suffix) ? null : ", " + n.Suffix).Replace(" , ", ", ")).ToList();
        return each.Count switch
        {
            0 => "",
            1 => each[0],
            2 => $"{each[0]} & {each[1]}",
            _ => string.Join(", ", each.Take(each.Count - 1)) + ", & " + each[^1],
        };
    }

    /// <summary>The author part of an in-text citation: "Zanos", "Duman &amp; Aghajanian", "Zanos et al.".</summary>
    /// <param name="shown">Names to show before "et al." when there are three or more (disambiguation may raise it).</param>
    /// <param name="narrative">Narrative citations join two names with "and", parenthetical ones with "&amp;".</param>
    public static string InText(IReadOnlyList<PersonName> names, int shown, bool narrative)
    {
        var named = NameParts.Named(names).Select(NameParts.Short).ToList();
        var and = narrative ? "and" : "&";
        var incomplete = NameParts.EndsWithOthers(names);
        if (named.Count == 0) return "";
        shown = Math.Max(1, shown);
        if (!incomplete && named.Count == 1) return named[0];
        if (!incomplete && named.Count == 2) return $"{named[0]} {and} {named[1]}";
        if (!incomplete && shown >= named.Count)
            return string.Join(", ", named.Take(named.Count - 1)) + $", {and} " + named[^1];
        var first = named.Take(Math.Min(shown, named.Count)).ToList();
        return first.Count == 1 ? $"{first[0]} et al." : string.Join(", ", first) + ", et al.";
    }
}
