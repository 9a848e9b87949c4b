using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Parse;

/// <summary>The shape of <c>handbook/editions.yml</c>.</summary>
public static class EditionsSchema
{
    public static readonly string[] ChangeKinds = ["added", "revised", "retired"];

    public static readonly ObjectSpec Spec = new("editions", [
        new("editions", FieldKind.ObjectList, "released editions, oldest first")
        {
            Required = true,
            Fields = new("edition", [
                new("version", FieldKind.Text, "semantic version MAJOR.MINOR.PATCH") { Required = true, Pattern = @"^\d+\.\d+\.\d+$", PatternHint = "use MAJOR.MINOR.PATCH, e.g. 1.0.0" },
                new("date", FieldKind.Date, "release date") { Required = true },
                new("summary", FieldKind.Text, "what this edition brings") { Required = true },
                new("sha256", FieldKind.Text, "hash of the frozen snapshot") { Required = true, Pattern = "^[0-9a-f]{64}$", PatternHint = "64 lowercase hex digits, as written by 'handbook release'" },
                new("changes", FieldKind.ObjectList, "per-entry changes against the previous edition")
                {
                    Fields = new("change", [
                        new("entry", FieldKind.Text, "entry id") { Required = true, Pattern = EntrySchema.IdPattern, PatternHint = EntrySchema.IdHint },
                        new("change", FieldKind.Enum, "what happened to the entry") { Required = true, AllowedValues = ChangeKinds },
                        new("note", FieldKind.Text, "what changed, for readers"),
                    ]),
                },
                new("errata", FieldKind.ObjectList, "corrections to this edition, shown on its pages")
                {
                    Fields = new("erratum", [
                        new("date", FieldKind.Date, "when the correction was recorded") { Required = true },
                        new("entry", FieldKind.Text, "the entry it concerns (omit for the whole edition)") { Pattern = EntrySchema.IdPattern, PatternHint = EntrySchema.IdHint },
                        new("text", FieldKind.Text, "the correction") { Required = true },
                    ]),
                },
            ]),
        },
    ]);
}
