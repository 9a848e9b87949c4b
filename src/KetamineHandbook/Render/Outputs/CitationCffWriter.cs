using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Outputs;

/// <summary>
/// The repository's <c>CITATION.cff</c> (Citation File Format 1.2.0), derived from handbook.yml and the newest
/// edition, so GitHub's "Cite this repository" names the same work, version and URL as the site.
/// </summary>
public static class CitationCffWriter
{
    public static string Write(HandbookSettings settings, EditionRecord? latest, string baseUrl)
    {
        static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var s = new StringBuilder();
        s.Append("# Generated from input/handbook.yml and handbook/editions.yml; a test keeps it in step.\n");
        s.Append("cff-version: 1.2.0\n");
        s.Append("message: \"If you use this handbook, please cite the edition you read, by its permanent URL.\"\n");
        s.Append("type: dataset\n");
        s.Append($"title: {Q(settings.Title)}\n");
        s.Append("authors:\n");
        foreach (var editor in settings.Editors.DefaultIfEmpty(new Editor(settings.Publisher ?? settings.Title, null)))
        {
            s.Append($"  - name: {Q(editor.Name)}\n");
            if (editor.Orcid is { } orcid) s.Append($"    orcid: {Q("https://orcid.org/" + orcid)}\n");
        }
        s.Append($"abstract: {Q(settings.Description)}\n");
        if (latest is not null)
        {
            s.Append($"version: {Q(latest.Version)}\n");
            s.Append($"date-released: {latest.Date:yyyy-MM-dd}\n");
            s.Append($"url: {Q($"{baseUrl}/v/{latest.Version}/")}\n");
        }
        else s.Append($"url: {Q(baseUrl + "/")}\n");
        if (settings.Repository is { } repo) s.Append($"repository-code: {Q(repo)}\n");
        if (settings.Licence is { } licence) s.Append($"license: {Q(licence.Name.Replace(' ', '-'))}\n");
        s.Append("keywords:\n  - ketamine\n  - depression\n  - mechanism of action\n  - evidence handbook\n");
        return s.ToString();
    }
}
