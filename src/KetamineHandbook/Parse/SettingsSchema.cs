using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Parse;

/// <summary>The keys of <c>handbook.yml</c>.</summary>
public static class SettingsSchema
{
    public static readonly string[] CitationStyles = ["apa", "vancouver"];

    public static readonly ObjectSpec Spec = new("handbook", [
        new("title", FieldKind.Text, "the handbook's full title") { Required = true },
        new("short_title", FieldKind.Text, "a short title for the header and tabs"),
        new("description", FieldKind.Text, "one paragraph describing the handbook") { Required = true },
        new("base_url", FieldKind.Text, "the absolute URL the site is published at, without a trailing slash")
            { Required = true, Pattern = "^https?://[^\\s]+[^/]$", PatternHint = "write an absolute http(s) URL without a trailing slash" },
        new("repository", FieldKind.Text, "the URL of the source repository"),
        new("language", FieldKind.Text, "the content language (BCP 47), e.g. en") { Pattern = "^[a-z]{2,3}(-[A-Za-z0-9]+)*$", PatternHint = "a language tag such as en or en-GB" },
        new("publisher", FieldKind.Text, "who publishes the handbook"),
        new("editors", FieldKind.ObjectList, "the handbook's editors")
        {
            Fields = new("editor", [
                new("name", FieldKind.Text, "the editor's name (or a team's name)") { Required = true },
                new("orcid", FieldKind.Text, "ORCID iD") { Pattern = "^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$", PatternHint = "an ORCID iD like 0000-0002-1825-0097" },
            ]),
        },
        new("licence", FieldKind.Object, "the licence of the text")
        {
            Fields = new("licence", [
                new("name", FieldKind.Text, "e.g. CC BY 4.0") { Required = true },
                new("url", FieldKind.Text, "the licence's URL") { Required = true },
            ]),
        },
        new("citation_style", FieldKind.Enum, "how citations are rendered") { AllowedValues = CitationStyles },
    ]);
}
