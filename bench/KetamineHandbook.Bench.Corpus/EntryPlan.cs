namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// One entry decided before any text is written: its id, title and the headings other entries may
/// link to, so cross-links always point at anchors that exist.
/// </summary>
public sealed record EntryPlan(
    int Index,
    string Id,
    string Title,
    string Category,
    IReadOnlyList<string> PreclinicalSubheadings,
    IReadOnlyList<string> HumanSubheadings)
{
    /// <summary>The H2 sections every entry has, in the order AUTHORING.md prescribes.</summary>
    public static readonly string[] Sections =
    [
        "Summary", "Proposed mechanism", "Preclinical evidence", "Evidence in humans", "Grading",
        "What would falsify it", "Open questions", "Related entries",
    ];

    /// <summary>Every heading anchor of the entry, GitHub style (the headings use only letters, digits and spaces).</summary>
    public IEnumerable<string> Anchors =>
        Sections.Concat(PreclinicalSubheadings).Concat(HumanSubheadings).Select(AnchorOf);

    public static string AnchorOf(string heading) => heading.ToLowerInvariant().Replace(' ', '-');
}
