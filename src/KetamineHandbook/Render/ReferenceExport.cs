using KetamineHandbook.Parse.BibTex;
using KetamineHandbook.Render.Formatters;

namespace KetamineHandbook.Render;

/// <summary>The <c>refs export FILE.bib --to csl-json|bibtex|ris</c> command: any .bib file in, one export format out.</summary>
public static class ReferenceExport
{
    /// <summary>The formats <see cref="Run"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Formats = ["csl-json", "bibtex", "ris"];

    /// <summary>
    /// Reads <paramref name="bibPath"/>, writes its diagnostics to <paramref name="stderr"/> and the export
    /// to <paramref name="stdout"/>. Returns 0 when the file has no errors (warnings allowed), 1 when it has
    /// errors (what loaded is still exported), 2 for bad usage (unknown format, unreadable file).
    /// </summary>
    public static int Run(string bibPath, string format, TextWriter stdout, TextWriter stderr)
    {
        var normalised = format.Trim().ToLowerInvariant() switch
        {
            "csljson" or "csl" or "json" => "csl-json",
            "bib" or "biblatex" => "bibtex",
            var f => f,
        };
        if (!Formats.Contains(normalised))
        {
            stderr.WriteLine($"error: unknown export format '{format}'; use one of: {string.Join(", ", Formats)}.");
            return 2;
        }
        string text;
        try
        {
            text = File.ReadAllText(bibPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{bibPath}': {e.Message}");
            return 2;
        }

        var result = BibTexParser.Parse(text, bibPath);
        foreach (var d in result.Diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal))
            stderr.WriteLine(d.ToString());

        stdout.Write(normalised switch
        {
            "csl-json" => CslJsonWriter.Write(result.References),
            "bibtex" => BibTexWriter.Write(result.References),
            _ => RisWriter.Write(result.References),
        });
        return result.HasErrors ? 1 : 0;
    }
}
