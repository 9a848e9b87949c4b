namespace KetamineHandbook.Render;

/// <summary>The ordinal scale of evidence grades and statuses, so pages can sort and draw them by strength.</summary>
public static class EvidenceScale
{
    /// <summary>Grades from the methods page, strongest first.</summary>
    public static readonly IReadOnlyList<string> Grades = ["high", "moderate", "low", "very-low", "none"];

    /// <summary>Statuses from the methods page, most settled first.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["established", "supported", "contested", "speculative", "refuted", "retired"];

    /// <summary>4 for high down to 0 for none; an unknown grade counts as none so a typo never ranks high.</summary>
    public static int GradeRank(string? grade) => grade switch
    {
        "high" => 4,
        "moderate" => 3,
        "low" => 2,
        "very-low" => 1,
        _ => 0,
    };

    /// <summary>Position of a status on the scale (0 = established); unknown statuses sort last.</summary>
    public static int StatusRank(string? status)
    {
        var i = status is null ? -1 : Statuses.IndexOf(status);
        return i < 0 ? Statuses.Count : i;
    }

    /// <summary>How a grade is said in running text ("very low" rather than "very-low").</summary>
    public static string GradeLabel(string? grade) => grade?.Replace('-', ' ') ?? "";

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
