namespace KetamineHandbook.Parse.CslJson;

/// <summary>The BibTeX entry type that best corresponds to a CSL type, for items that arrive as CSL-JSON.</summary>
public static class CslTypes
{
    public static string ToBibTex(string cslType) => cslType switch
    {
        "article-journal" or "article-magazine" or "article-newspaper" or "review" => "article",
        "book" => "book",
        "chapter" => "incollection",
        "paper-conference" => "inproceedings",
        "report" => "report",
        "thesis" => "phdthesis",
        "webpage" or "post" or "post-weblog" => "online",
        "entry-encyclopedia" or "entry-dictionary" or "entry" => "inreference",
        "dataset" => "dataset",
        "software" => "software",
        _ => "misc",
    };
}
