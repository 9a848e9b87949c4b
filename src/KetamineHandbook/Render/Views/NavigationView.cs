namespace KetamineHandbook.Render.Views;

/// <summary>What templates see as <c>nav</c>: entries by category and the pages, with edition-relative paths.</summary>
public sealed record NavigationView(IReadOnlyList<NavCategoryView> Categories, IReadOnlyList<NavItemView> Pages);

/// <summary>One category of entries, in reading order.</summary>
public sealed record NavCategoryView(string Name, string Label, string Description, IReadOnlyList<NavItemView> Entries);

/// <summary>A navigable document: <c>path</c> is relative to the edition root.</summary>
public sealed record NavItemView(string Id, string Title, string Path, string Summary, string? Status = null,
    string? PreclinicalGrade = null, string? ClinicalGrade = null, string? Category = null, string? Reviewed = null)
{
    /// <summary>The preclinical grade as a number, 4 (high) to 0 (none), for sorting and meters.</summary>
    public int PreclinicalRank => EvidenceScale.GradeRank(PreclinicalGrade);
    /// <summary>The human-evidence grade as a number, 4 (high) to 0 (none).</summary>
    public int ClinicalRank => EvidenceScale.GradeRank(ClinicalGrade);
    /// <summary>The status's place on the scale, 0 (established) upwards, for sorting.</summary>
    public int StatusRank => EvidenceScale.StatusRank(Status);
}
