namespace KetamineHandbook.Model;

/// <summary>
/// One bibliographic item of the citation store, already decoded from BibTeX (LaTeX → Unicode,
/// names split, crossref inherited, dates read). Field names follow CSL-JSON variables, because
/// every output (APA, Vancouver, CSL-JSON, RIS, BibTeX) is derived from this one shape.
/// </summary>
public sealed record Reference
{
    /// <summary>The citation key, exactly as written in the .bib file (case preserved).</summary>
    public required string Key { get; init; }

    /// <summary>The BibTeX/BibLaTeX entry type, lower-case (<c>article</c>, <c>book</c>, <c>online</c>…).</summary>
    public required string EntryType { get; init; }

    /// <summary>The CSL type the entry type maps to (<c>article-journal</c>, <c>book</c>, <c>chapter</c>…).</summary>
    public required string CslType { get; init; }

    public IReadOnlyList<PersonName> Authors { get; init; } = [];
    public IReadOnlyList<PersonName> Editors { get; init; } = [];

    /// <summary>Title as rich text: plain Unicode with protected (case-preserved) spans marked.</summary>
    public RichText? Title { get; init; }
    public RichText? ContainerTitle { get; init; }
    public RichText? CollectionTitle { get; init; }
    public string? Publisher { get; init; }
    public string? PublisherPlace { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    /// <summary>Page range with an en dash, e.g. <c>351–354</c>.</summary>
    public string? Page { get; init; }
    public string? Edition { get; init; }
    public string? Version { get; init; }
    public DateValue? Issued { get; init; }
    public DateValue? Accessed { get; init; }
    /// <summary>Bare DOI, lower-case prefix form <c>10.xxxx/…</c>, without <c>https://doi.org/</c>.</summary>
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Pmcid { get; init; }
    public string? Url { get; init; }
    public string? Isbn { get; init; }
    public string? Issn { get; init; }
    public string? Note { get; init; }
    public string? Abstract { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Every field as read (decoded to Unicode), keyed by lower-case BibTeX field name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// True when the titles are as a .bib file writes them (title case, to be sentence-cased for CSL);
    /// false for references built in code or read from CSL-JSON, whose titles are already in CSL form.
    /// </summary>
    public bool TitlesAsInBibTex { get; init; }

    /// <summary>Where the entry starts in its .bib file, for diagnostics.</summary>
    public SourceLocation Location { get; init; }
}

/// <summary>A personal or institutional name, split as CSL does.</summary>
public sealed record PersonName(
    string? Family = null,
    string? Given = null,
    string? NonDroppingParticle = null,
    string? DroppingParticle = null,
    string? Suffix = null,
    string? Literal = null)
{
    /// <summary>True for the BibTeX marker <c>and others</c>.</summary>
    public bool IsOthers => Literal == "others" && Family is null;
}

/// <summary>A date as far as it is known: year, or year-month, or year-month-day, or a literal.</summary>
public sealed record DateValue(int? Year, int? Month = null, int? Day = null, string? Literal = null, DateValue? EndOfRange = null);

/// <summary>Text with spans whose case must be preserved (BibTeX braces, Pandoc's <c>nocase</c>).</summary>
public sealed record RichText(IReadOnlyList<RichTextRun> Runs)
{
    public static RichText Plain(string text) => new([new RichTextRun(text)]);
    public string PlainText => string.Concat(Runs.Select(r => r.Text));
    public override string ToString() => PlainText;
}

/// <summary>A run of rich text; <see cref="Protected"/> marks case-protected text, the style flags formatting.</summary>
public sealed record RichTextRun(string Text, bool Protected = false, bool Italic = false, bool Bold = false, bool SmallCaps = false, bool Superscript = false, bool Subscript = false);
