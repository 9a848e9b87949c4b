namespace KetamineHandbook.Render;

/// <summary>How entry categories, statuses, grades and cascade relations are named for readers.</summary>
public static class CategoryLabels
{
    public static readonly IReadOnlyList<(string Name, string Label, string Description)> Categories =
    [
        ("pharmacology", "Pharmacology", "What ketamine is and what the body does with it."),
        ("mechanism", "Mechanisms", "Hypothesised mechanisms of the antidepressant effect, from the core cascade to its rivals."),
        ("clinical", "Clinical evidence", "What trials in people show."),
        ("interaction", "Drug interactions", "Co-administered drugs that may change the response."),
    ];

    public static string Category(string name) => Categories.FirstOrDefault(c => c.Name == name).Label ?? name;

    public static string Relation(string relation) => relation switch
    {
        "leads-to" => "leads to",
        "alternative-to" => "alternative to",
        "modulates" => "modulates",
        _ => relation,
    };
}
