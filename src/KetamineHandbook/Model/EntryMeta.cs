namespace KetamineHandbook.Model;

/// <summary>An entry's validated front matter.</summary>
public sealed record EntryMeta
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public required string Status { get; init; }
    public required string PreclinicalGrade { get; init; }
    public required string ClinicalGrade { get; init; }
    public required DateOnly Reviewed { get; init; }
    public IReadOnlyList<CascadeLink> Links { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? ReplacedBy { get; init; }
    /// <summary>Line of each front-matter key, so later stages can point at it (e.g. a link to a missing entry).</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();
}

/// <summary>An edge of the mechanism cascade, from the entry that declares it.</summary>
public sealed record CascadeLink(string To, string Relation, int Line);
