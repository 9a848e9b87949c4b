namespace KetamineHandbook.Parse.BibTex;

/// <summary>
/// The fields each entry type needs to be cited, after crossref inheritance. Alternatives are
/// separated by '|' (BibTeX and BibLaTeX names for one thing). A missing field is a warning, not an
/// error: real-world files often lack one, and Pandoc still cites them; the handbook's check stage
/// can hold its own store to a stricter rule.
/// </summary>
internal static class RequiredFields
{
    private static readonly string[] AuthorTitleDate = ["author", "title", "year|date"];

    public static IReadOnlyList<string> For(string entryType) => entryType switch
    {
        "article" => ["author", "title", "journal|journaltitle", "year|date"],
        "book" or "mvbook" or "inbook" or "bookinbook" or "suppbook" => ["author|editor", "title", "year|date"],
        "incollection" or "inproceedings" or "conference" => ["author", "title", "booktitle", "year|date"],
        "collection" or "proceedings" or "mvcollection" or "mvproceedings" or "reference" => ["title", "year|date"],
        "phdthesis" or "mastersthesis" or "thesis" => ["author", "title", "school|institution", "year|date"],
        "techreport" or "report" => ["author", "title", "institution", "year|date"],
        "online" or "www" or "electronic" => ["title", "url|doi|eprint"],
        "unpublished" => ["author", "title"],
        "manual" or "booklet" => ["title"],
        "patent" or "dataset" => AuthorTitleDate,
        _ => [],
    };
}
