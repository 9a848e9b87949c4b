namespace KetamineHandbook.Parse.BibTex;

/// <summary>Maps BibTeX/BibLaTeX entry types to CSL types, as Pandoc's BibTeX reader does.</summary>
public static class BibTypeMap
{
    private static readonly Dictionary<string, string> ToCsl = new(StringComparer.Ordinal)
    {
        ["article"] = "article-journal", ["periodical"] = "article-journal", ["suppperiodical"] = "article-journal",
        ["book"] = "book", ["mvbook"] = "book", ["collection"] = "book", ["mvcollection"] = "book",
        ["proceedings"] = "book", ["mvproceedings"] = "book", ["reference"] = "book", ["mvreference"] = "book",
        ["manual"] = "book", ["software"] = "book",
        ["booklet"] = "pamphlet",
        ["inbook"] = "chapter", ["incollection"] = "chapter", ["bookinbook"] = "chapter", ["suppbook"] = "chapter",
        ["suppcollection"] = "chapter",
        ["inproceedings"] = "paper-conference", ["conference"] = "paper-conference",
        ["inreference"] = "entry-encyclopedia",
        ["thesis"] = "thesis", ["phdthesis"] = "thesis", ["mastersthesis"] = "thesis",
        ["report"] = "report", ["techreport"] = "report",
        ["online"] = "webpage", ["electronic"] = "webpage", ["www"] = "webpage",
        ["unpublished"] = "manuscript",
        ["patent"] = "patent", ["dataset"] = "dataset", ["letter"] = "personal_communication",
        ["movie"] = "motion_picture", ["video"] = "motion_picture", ["music"] = "song", ["audio"] = "song",
        ["review"] = "review", ["standard"] = "legislation", ["legislation"] = "legislation", ["legal"] = "treaty",
        ["jurisdiction"] = "legal_case", ["artwork"] = "graphic", ["image"] = "graphic", ["performance"] = "speech",
        ["misc"] = "document", ["set"] = "document", ["xdata"] = "document", ["commentary"] = "document",
        ["bibnote"] = "document",
    };

    /// <summary>BibLaTeX's custom types, accepted without a warning.</summary>
    private static readonly HashSet<string> CustomTypes = ["customa", "customb", "customc", "customd", "custome", "customf"];

    /// <summary>True when BibTeX or BibLaTeX defines <paramref name="entryType"/> (lower-case).</summary>
    public static bool IsKnown(string entryType) => ToCsl.ContainsKey(entryType) || CustomTypes.Contains(entryType);

    /// <summary>The CSL type; <c>document</c> for misc and unknown types. A magazine or newspaper article subtype is honoured.</summary>
    public static string CslType(string entryType, string? entrySubtype = null, bool hasEventTitle = false)
    {
        if (entryType == "article" && entrySubtype is { } sub)
        {
            if (sub.Equals("magazine", StringComparison.OrdinalIgnoreCase)) return "article-magazine";
            if (sub.Equals("newspaper", StringComparison.OrdinalIgnoreCase)) return "article-newspaper";
        }
        if (entryType == "unpublished" && hasEventTitle) return "speech";
        return ToCsl.TryGetValue(entryType, out var csl) ? csl : "document";
    }

    /// <summary>Entry types whose <c>number</c> is the issue of a periodical.</summary>
    public static bool NumberIsIssue(string entryType) => entryType is "article" or "periodical" or "suppperiodical" or "review";

    /// <summary>Entry types that are a part of a larger work named in <c>booktitle</c>.</summary>
    public static bool IsPartOfBook(string entryType) =>
        entryType is "inbook" or "incollection" or "inproceedings" or "conference" or "bookinbook" or "inreference";
}
