using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Parse;

/// <summary>Reads <c>handbook.yml</c> into <see cref="HandbookSettings"/>.</summary>
public static class SettingsReader
{
    public static HandbookSettings? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var yaml = YamlSchemaReader.Read(file.Text, SettingsSchema.Spec, file.DisplayPath, 0, diagnostics);
        if (yaml is null || yaml.Text("title") is not { } title || yaml.Text("description") is not { } description
            || yaml.Text("base_url") is not { } baseUrl) return null;
        var licence = yaml.Object("licence");
        return new HandbookSettings
        {
            Title = title,
            ShortTitle = yaml.Text("short_title") ?? title,
            Description = description.Trim(),
            BaseUrl = baseUrl,
            Repository = yaml.Text("repository"),
            Language = yaml.Text("language") ?? "en",
            Publisher = yaml.Text("publisher"),
            Editors = yaml.Objects("editors").Select(e => new Editor(e.Text("name")!, e.Text("orcid"))).ToList(),
            Licence = licence is null ? null : new Licence(licence.Text("name")!, licence.Text("url")!),
            CitationStyle = yaml.Text("citation_style") ?? "apa",
        };
    }
}
