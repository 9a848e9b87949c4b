namespace KetamineHandbook.Render.Styles;

/// <summary>The English words styles print: month names, ordinals for editions, locator labels.</summary>
public static class EnglishTerms
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Month(int month) => month is >= 1 and <= 12 ? Months[month - 1] : "";

    /// <summary>"2" → "2nd ed."; text that is not a number is kept ("Rev. ed." stays).</summary>
    public static string Edition(string edition)
    {
        if (!int.TryParse(edition.Trim(), out var n)) return edition.Contains("ed", StringComparison.OrdinalIgnoreCase) ? edition : edition + " ed.";
        return Ordinal(n) + " ed.";
    }

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n}{suffix}";
    }

    /// <summary>The CSL short term for a locator label, singular or plural ("p." / "pp.").</summary>
    public static string LocatorLabel(string label, string value)
    {
        var plural = value.IndexOfAny(['-', '–', ',', '&']) >= 0 || value.Contains(" and ", StringComparison.Ordinal);
        return label switch
        {
            "page" => plural ? "pp." : "p.",
            "chapter" => plural ? "chaps." : "chap.",
            "section" => plural ? "secs." : "sec.",
            "paragraph" => plural ? "paras." : "para.",
            "figure" => plural ? "figs." : "fig.",
            "volume" => plural ? "vols." : "vol.",
            "number" => plural ? "nos." : "no.",
            "line" => plural ? "ll." : "l.",
            "note" => plural ? "nn." : "n.",
            "part" => plural ? "pts." : "pt.",
            "verse" => plural ? "vv." : "v.",
            "column" => plural ? "cols." : "col.",
            "book" => plural ? "bks." : "bk.",
            "folio" => plural ? "fols." : "fol.",
            "opus" => plural ? "opp." : "op.",
            "sub verbo" => plural ? "s.vv." : "s.v.",
            _ => label,
        };
    }
}
