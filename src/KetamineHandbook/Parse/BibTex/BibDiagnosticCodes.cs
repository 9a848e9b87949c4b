namespace KetamineHandbook.Parse.BibTex;

/// <summary>The KH30xx diagnostic codes of the BibTeX reader, one place so the README table stays true.</summary>
public static class BibDiagnosticCodes
{
    /// <summary>Syntax error inside an entry (unexpected character, missing '=' or ','); the entry is skipped.</summary>
    public const string Syntax = "KH3001";
    /// <summary>An entry, value or @string runs to the end of the file (unbalanced braces or quotes).</summary>
    public const string Unterminated = "KH3002";
    /// <summary>Braces nested deeper than the reader accepts; the entry is skipped.</summary>
    public const string NestingTooDeep = "KH3003";
    /// <summary>An entry has no citation key.</summary>
    public const string MissingKey = "KH3004";
    /// <summary>A field uses an @string macro that is not defined; its lower-cased name is used as the text, as Pandoc does.</summary>
    public const string UndefinedMacro = "KH3005";
    /// <summary>Two entries share a citation key; the first is kept.</summary>
    public const string DuplicateKey = "KH3006";
    /// <summary>A field is given twice in one entry; the first value is kept.</summary>
    public const string DuplicateField = "KH3007";
    /// <summary>An entry names a crossref parent that is not in the file.</summary>
    public const string UnknownCrossref = "KH3010";
    /// <summary>Two keys carry the same DOI (probably the same work entered twice).</summary>
    public const string DuplicateDoi = "KH3011";
    /// <summary>A DOI that is not of the form 10.NNNN/suffix.</summary>
    public const string MalformedDoi = "KH3012";
    /// <summary>A PMID that is not a positive whole number.</summary>
    public const string MalformedPmid = "KH3013";
    /// <summary>A year or date field that cannot be read as a date.</summary>
    public const string UnreadableDate = "KH3014";
    /// <summary>A month field that is not a month name, abbreviation or number 1–12.</summary>
    public const string UnreadableMonth = "KH3015";
    /// <summary>An entry lacks a field its type requires (after crossref inheritance).</summary>
    public const string MissingRequiredField = "KH3020";
    /// <summary>An entry type that neither BibTeX nor BibLaTeX defines; it is read as misc.</summary>
    public const string UnknownEntryType = "KH3021";
    /// <summary>Crossref parents form a cycle; inheritance stops at the repeat.</summary>
    public const string CrossrefCycle = "KH3022";
}
