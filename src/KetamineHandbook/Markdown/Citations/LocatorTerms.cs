namespace KetamineHandbook.Markdown.Citations;

/// <summary>The locator labels an author may write (English, as Pandoc reads them), mapped to CSL locator names.</summary>
public static class LocatorTerms
{
    private static readonly (string Written, string Label)[] Terms =
    [
        ("pages", "page"), ("page", "page"), ("pp.", "page"), ("p.", "page"), ("pp", "page"), ("p", "page"),
        ("chapters", "chapter"), ("chapter", "chapter"), ("chaps.", "chapter"), ("chap.", "chapter"), ("ch.", "chapter"),
        ("sections", "section"), ("section", "section"), ("secs.", "section"), ("sec.", "section"), ("§§", "section"), ("§", "section"),
        ("paragraphs", "paragraph"), ("paragraph", "paragraph"), ("paras.", "paragraph"), ("para.", "paragraph"), ("¶¶", "paragraph"), ("¶", "paragraph"),
        ("figures", "figure"), ("figure", "figure"), ("figs.", "figure"), ("fig.", "figure"),
        ("volumes", "volume"), ("volume", "volume"), ("vols.", "volume"), ("vol.", "volume"),
        ("numbers", "number"), ("number", "number"), ("nos.", "number"), ("no.", "number"),
        ("lines", "line"), ("line", "line"), ("ll.", "line"), ("l.", "line"),
        ("notes", "note"), ("note", "note"), ("nn.", "note"), ("n.", "note"),
        ("parts", "part"), ("part", "part"), ("pts.", "part"), ("pt.", "part"),
        ("verses", "verse"), ("verse", "verse"), ("vv.", "verse"), ("v.", "verse"),
        ("columns", "column"), ("column", "column"), ("cols.", "column"), ("col.", "column"),
        ("books", "book"), ("book", "book"), ("bks.", "book"), ("bk.", "book"),
        ("folios", "folio"), ("folio", "folio"), ("fols.", "folio"), ("fol.", "folio"),
        ("opus", "opus"), ("opp.", "opus"), ("op.", "opus"),
        ("sub verbis", "sub verbo"), ("sub verbo", "sub verbo"), ("s.vv.", "sub verbo"), ("s.v.", "sub verbo"),
    ];

    /// <summary>Matches a label at <paramref name="start"/> (followed by a space or digit); returns its length, or 0.</summary>
    public static int Match(string text, int start, out string label)
    {
        foreach (var (written, csl) in Terms)
        {
            if (start + written.Length > text.Length
                || !text.AsSpan(start, written.Length).Equals(written, StringComparison.OrdinalIgnoreCase))
                continue;
            var after = start + written.Length;
            if (after < text.Length && (text[after] == ' ' || text[after] == '\u00A0' || char.IsDigit(text[after]) || text[after] == '{'))
            {
                label = csl;
                return written.Length;
            }
        }
        label = "";
        return 0;
    }
}
