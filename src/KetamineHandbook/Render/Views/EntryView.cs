namespace KetamineHandbook.Render.Views;

/// <summary>What templates see as <c>entry</c> on an entry page.</summary>
public sealed record EntryView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public required string CategoryLabel { get; init; }
    public required string Status { get; init; }
    public required string PreclinicalGrade { get; init; }
    public required string ClinicalGrade { get; init; }
    public required string Reviewed { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<EntryLinkView> Links { get; init; } = [];
    public IReadOnlyList<EntryLinkView> LinkedFrom { get; init; } = [];
    public IReadOnlyList<NavItemView> Related { get; init; } = [];
    public NavItemView? Previous { get; init; }
    public NavItemView? Next { get; init; }
    public CiteView? Cite { get; init; }
    public IReadOnlyList<EntryHistoryView> History { get; init; } = [];
    public NavItemView? ReplacedBy { get; init; }
    /// <summary>Inline SVG of the mechanism cascade with this entry highlighted (empty if it is not in it).</summary>
    public string CascadeSvg { get; init; } = "";
}

/// <summary>A cascade edge shown on an entry page.</summary>
public sealed record EntryLinkView(string Id, string Title, string Path, string Relation, string RelationLabel);

/// <summary>One item of a bibliography, formatted in the handbook's citation style.</summary>
public sealed record BibliographyItemView(string Key, string Html, string? Doi, string? Pmid, string? Url, string? Number, IReadOnlyList<NavItemView> CitedBy);

/// <summary>The entry's own citation in every offered format, naming its edition and permanent URL.</summary>
public sealed record CiteView(string Apa, string ApaHtml, string Bibtex, string Ris, string CslJson, string Url, string? Edition);

/// <summary>One edition this entry appears in, with what changed.</summary>
public sealed record EntryHistoryView(string Version, string Date, string Change, string? Note, string Path, string? DiffPath);
