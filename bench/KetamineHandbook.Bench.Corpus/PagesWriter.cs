namespace KetamineHandbook.Bench.Corpus;

/// <summary>The few pages (methods with the grading rubric every entry links to, about) both layouts share.</summary>
public static class PagesWriter
{
    public static IReadOnlyList<(string Slug, string FrontMatter, string Body)> Pages { get; } =
    [
        ("methods", "title: \"Methods\"\nsummary: \"How the synthetic entries are graded.\"\norder: 2\n", """
            This page exists so every entry's link to the grading rubric resolves.

            ## Grading rubric

            | Grade | Meaning |
            |---|---|
            | high | Replicated by independent groups with causal tests. |
            | moderate | Consistent findings with limited causal tests. |
            | low | Mostly one group or correlational. |
            | very-low | Isolated or conflicting findings. |
            | none | No evidence. |

            ## Status

            Established, supported, contested, speculative or refuted, as in the real handbook.

            """),
        ("about", "title: \"About\"\nsummary: \"What this synthetic benchmark corpus is.\"\norder: 1\n", """
            A corpus generated from a seed to measure build speed. Its prose is random and means nothing.

            ## Scope

            Entries, citations in every Pandoc form, cross-links with anchors, tables and lists.

            """),
    ];
}
