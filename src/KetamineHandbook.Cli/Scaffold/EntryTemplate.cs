using System.Globalization;
using System.Text;
using KetamineHandbook.Parse;

namespace KetamineHandbook.Cli.Scaffold;

/// <summary>
/// The text of a new entry: every required front-matter field (allowed values listed beside each, taken
/// from <see cref="EntrySchema"/> so the two cannot drift), then the standard sections in order, each with
/// short guidance in an HTML comment — invisible on the site and on GitHub, and harmless to the build.
/// </summary>
public static class EntryTemplate
{
    /// <summary>The standard H2 sections of an entry, in order (see CONTRIBUTING.md); the second one is named by category.</summary>
    public static IReadOnlyList<string> Sections(string category) =>
        ["Summary", MechanismSection(category), "Preclinical evidence", "Evidence in humans", "Grading",
         "What would falsify it", "Open questions", "Related entries"];

    /// <summary>"Proposed mechanism" suits mechanism entries; the other categories ask a different question there.</summary>
    public static string MechanismSection(string category) => category switch
    {
        "pharmacology" => "Pharmacology",
        "clinical" => "Clinical question",
        "interaction" => "Proposed interaction",
        _ => "Proposed mechanism",
    };

    /// <summary>A readable default title from an id: <c>nmda-receptor-antagonism</c> → "Nmda receptor antagonism".</summary>
    public static string TitleFromId(string id)
    {
        var words = id.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Render(string id, string title, string category, DateOnly reviewed)
    {
        string Choices(IEnumerable<string> values) => string.Join(" | ", values);
        var statuses = EntrySchema.Statuses.Where(s => s != "retired");
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("---");
        Line($"title: {Quoted(title)}");
        Line("summary: \"TODO: one or two plain-language sentences (at most 400 characters) saying what the entry concludes.\"");
        Line(Commented($"category: {category}", Choices(EntrySchema.Categories)));
        Line(Commented("status: speculative", Choices(statuses) + " (see the methods page)"));
        Line("evidence:");
        Line(Commented("  preclinical: none", Choices(EntrySchema.Grades)));
        Line(Commented("  clinical: none", Choices(EntrySchema.Grades)));
        Line(Commented($"reviewed: {reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", "the date you last assessed the entry as up to date"));
        Line(Commented("links:", "edges FROM this entry in the mechanism cascade; add items like:"));
        Line($"#  - to: glutamate-surge");
        Line(Commented("#    relation: leads-to", Choices(EntrySchema.Relations)));
        Line(Commented("related: []", "ids of related entries, e.g. [ampa-receptor-activation, bdnf-trkb-signaling]"));
        Line(Commented("keywords: []", "terms a reader might search for, e.g. [NMDAR, trapping block]"));
        Line("---");
        Line();
        Line("<!--");
        Line("  Write for a clinician or a graduate student, in your own words: never copy sentences from papers.");
        Line("  Cite each claim about a study in the sentence that makes it, with keys from input/references.bib:");
        Line("  [@zanos2016], several [@li2010; @autry2011], a locator [see @krystal2019, p. 12], in-text @berman2000.");
        Line("  Keep preclinical (animal, in vitro) and human evidence apart. Aim for 600 to 1,500 words and at");
        Line("  least five distinct references. Do not write a references section: the bibliography is generated.");
        Line($"  Preview while you write: handbook serve, then open /entries/{id}/. Delete these comments when done.");
        Line("-->");
        foreach (var section in Sections(category))
        {
            Line();
            Line($"## {section}");
            Line();
            Line($"<!-- {Guidance(section)} -->");
        }
        return text.ToString();
    }

    // Guidance is plain prose inside a comment; it avoids anything HtmlSafety rejects in raw HTML (tags, URL schemes, attributes).
    private static string Guidance(string section) => section switch
    {
        "Summary" => "Plain language for a clinician, one or two paragraphs: what the entry concludes and how firmly.",
        "Proposed mechanism" => "How this would produce an antidepressant effect and where it sits in the cascade. Link neighbouring entries, e.g. [glutamate surge](glutamate-surge.md).",
        "Pharmacology" => "What the drug or metabolite is, its targets and kinetics, and how these bear on the antidepressant effect.",
        "Clinical question" => "The question the trials address: population, intervention, comparator and outcome.",
        "Proposed interaction" => "How the co-administered drug might change the response to ketamine, and through which step of the cascade.",
        "Preclinical evidence" => "For each study: species, model, intervention and dose, what was measured, and the effect. Where groups disagree, give both sides.",
        "Evidence in humans" => "For each study: design, number of participants, population, outcome and effect size where reported. Separate trials from imaging, spectroscopy or biomarker studies.",
        "Grading" => "State the preclinical and clinical grades and the status (matching the front matter) and why, following the rubric: [grading rubric](../pages/methods.md#grading-rubric).",
        "What would falsify it" => "The findings that would count against this account, and whether any have been reported.",
        "Open questions" => "What is still unknown, and which studies would settle it.",
        "Related entries" => "A bulleted list, one line each: - [Glutamate surge](glutamate-surge.md): how it relates.",
        _ => "Write this section.",
    };

    /// <summary>A YAML double-quoted scalar, so a title with a colon, '#' or quotes stays one string.</summary>
    public static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Commented(string line, string comment) => $"{line.PadRight(30)} # {comment}";
}
