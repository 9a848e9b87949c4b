using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Parse;

/// <summary>The front matter of a page (about, methods, glossary…).</summary>
public static class PageSchema
{
    public static readonly ObjectSpec Spec = new("page", [
        new("title", FieldKind.Text, "the page's title") { Required = true, MaxLength = 120 },
        new("summary", FieldKind.Text, "one sentence saying what the page is for") { Required = true, MaxLength = 400 },
        new("order", FieldKind.Integer, "position in the site's page navigation (1 = first)"),
    ]);
}
