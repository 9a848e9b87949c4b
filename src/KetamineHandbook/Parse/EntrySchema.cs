using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Parse;

/// <summary>The front matter an entry must carry: the single source for validation and the published JSON Schema.</summary>
public static class EntrySchema
{
    public static readonly string[] Categories = ["pharmacology", "mechanism", "clinical", "interaction"];
    public static readonly string[] Statuses = ["established", "supported", "contested", "speculative", "refuted", "retired"];
    public static readonly string[] Grades = ["high", "moderate", "low", "very-low", "none"];
    public static readonly string[] Relations = ["leads-to", "alternative-to", "modulates"];

    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string IdHint = "use lowercase letters, digits and single hyphens, e.g. glutamate-surge";

    public static readonly ObjectSpec Spec = new("entry", [
        new("title", FieldKind.Text, "the entry's title, shown as its heading") { Required = true, MaxLength = 120 },
        new("summary", FieldKind.Text, "one or two plain-language sentences saying what the entry concludes") { Required = true, MaxLength = 400 },
        new("category", FieldKind.Enum, "what kind of entry this is") { Required = true, AllowedValues = Categories },
        new("status", FieldKind.Enum, "how well the hypothesis or finding stands (see the methods page)") { Required = true, AllowedValues = Statuses },
        new("evidence", FieldKind.Object, "the evidence grades, one per domain (see the methods page)")
        {
            Required = true,
            Fields = new("evidence", [
                new("preclinical", FieldKind.Enum, "grade of the animal and in-vitro evidence") { Required = true, AllowedValues = Grades },
                new("clinical", FieldKind.Enum, "grade of the evidence in humans") { Required = true, AllowedValues = Grades },
            ]),
        },
        new("reviewed", FieldKind.Date, "the date (YYYY-MM-DD) the entry was last assessed as up to date") { Required = true },
        new("links", FieldKind.ObjectList, "where the entry sits in the mechanism cascade: edges from this entry to others")
        {
            Fields = new("link", [
                new("to", FieldKind.Text, "the id of the entry this edge points to") { Required = true, Pattern = IdPattern, PatternHint = IdHint },
                new("relation", FieldKind.Enum, "how this entry relates to the target") { Required = true, AllowedValues = Relations },
            ]),
        },
        new("related", FieldKind.TextList, "ids of related entries") { Pattern = IdPattern, PatternHint = IdHint },
        new("keywords", FieldKind.TextList, "terms a reader might search for") { MaxLength = 60 },
        new("authors", FieldKind.TextList, "people who wrote or substantially revised the entry") { MaxLength = 120 },
        new("replaced_by", FieldKind.Text, "for a retired entry: the id of the entry that now holds its content") { Pattern = IdPattern, PatternHint = IdHint },
    ]);
}
