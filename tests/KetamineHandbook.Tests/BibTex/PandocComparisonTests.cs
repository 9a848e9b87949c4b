using System.Diagnostics;
using System.Text.Json;
using KetamineHandbook.Parse.BibTex;
using KetamineHandbook.Render.Formatters;
using Xunit.Abstractions;

namespace KetamineHandbook.Tests.BibTex;

/// <summary>
/// Reads every real-world .bib file of the corpus (and the handbook's own store) with our reader and
/// with <c>pandoc -f bibtex -t csljson</c>, run live, and compares them field by field.
/// </summary>
public sealed class PandocComparisonTests(ITestOutputHelper output)
{
    private static readonly string[] ComparedFields = ["type", "title", "author", "editor", "issued", "container-title", "volume", "issue", "page", "DOI"];

    /// <summary>Differences we keep on purpose, or that are Pandoc 2.17 quirks: (file, id, field) → why.</summary>
    private static readonly Dictionary<(string File, string Id, string Field), string> AllowList = new()
    {
        [("bbt-crossref.bib", "El-HusseiniToeplerSalamon:2004", "container-title")] =
            "BibLaTeX crossref rules give an @inbook its parent @book's title as booktitle; pandoc -f bibtex copies fields verbatim and leaves it out.",
        [("bbt-math-markup-472.bib", "test_citation1", "title")] =
            "math: we decode $\\mu$ to μ and $^2$ to a superscript run; pandoc writes the TeX source of math into CSL-JSON.",
        [("bbt-unparsed-author-names-92.bib", "Madelung_1998_LB_10681727_56", "title")] =
            "math: we decode Cu$_2$O to Cu<sub>2</sub>O; pandoc writes the TeX source (Cu_2O).",
        [("bbt-math-markup-472.bib", "test_citation2", "title")] =
            "spacing commands: we read \\quad, \\; and \\: as spaces (what they typeset); pandoc 2.17 drops them and runs the words together.",
    };

    [Fact]
    public void CorpusAndHandbookStoreAgreeWithPandocFieldByField()
    {
        var pandoc = FindPandoc();
        Assert.True(pandoc is not null, "pandoc is not installed: install pandoc: apt-get install -y pandoc");

        var corpus = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bib-corpus");
        var files = Directory.GetFiles(corpus, "*.bib").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 10, $"expected at least 10 corpus files in {corpus}");
        var store = FindHandbookStore();
        if (store is not null) files.Add(store);

        int entries = 0, compared = 0, allowed = 0;
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var theirs = RunPandoc(pandoc!, file);
            var ours = JsonDocument.Parse(CslJsonWriter.Write(BibTexParser.Parse(File.ReadAllText(file), file).References))
                .RootElement.EnumerateArray().GroupBy(e => e.GetProperty("id").GetString()!).ToDictionary(g => g.Key, g => g.First());
            foreach (var item in theirs.EnumerateArray().GroupBy(e => e.GetProperty("id").GetString()!).Select(g => g.First()))
            {
                var id = item.GetProperty("id").GetString()!;
                entries++;
                if (!ours.TryGetValue(id, out var mine))
                {
                    mismatches.Add($"{name} {id}: pandoc reads this entry, we do not");
                    continue;
                }
                foreach (var field in ComparedFields)
                {
                    compared++;
                    var expected = Normalise(field, item.TryGetProperty(field, out var t) ? t : (JsonElement?)null);
                    var actual = Normalise(field, mine.TryGetProperty(field, out var m) ? m : (JsonElement?)null);
                    if (expected == actual) continue;
                    if (AllowList.ContainsKey((name, id, field)) || IsKnownPandocQuirk(field, expected, actual)) { allowed++; continue; }
                    mismatches.Add($"{name} {id} {field}: pandoc {expected} / ours {actual}");
                }
            }
        }

        output.WriteLine($"pandoc comparison: {files.Count} files, {entries} entries, {compared} fields compared, " +
                         $"{allowed} allow-listed differences, {mismatches.Count} mismatches");
        foreach (var m in mismatches) output.WriteLine(m);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>Pandoc 2.17 writes an empty CSL type for @misc, @conference and unknown types; we write document / paper-conference.</summary>
    private static bool IsKnownPandocQuirk(string field, string expected, string actual) =>
        field == "type" && expected == "\"\"" && actual is "\"document\"" or "\"paper-conference\"";

    /// <summary>
    /// Compared form of a field. DOIs: pandoc keeps a resolver prefix (https://doi.org/…) as written; we
    /// store the bare DOI on purpose, so the prefix is removed before comparing. Text is compared in
    /// Unicode NFC, and pandoc's reading of <c>{\'\i}</c> as a dotless ı plus a combining accent is taken
    /// to mean the precomposed í we write: the same letter to a reader, a different byte sequence.
    /// </summary>
    private static string Normalise(string field, JsonElement? value)
    {
        if (value is null) return "(absent)";
        if (field == "DOI") return "\"" + BibFieldNormaliser.NormaliseDoi(value.Value.GetString()) + "\"";
        var json = JsonSerializer.Serialize(value.Value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return json.Replace("\u0131\u0301", "\u00ED").Replace("ı\u0301", "í").Replace("ı́", "í").Normalize(System.Text.NormalizationForm.FormC);
    }

    private static JsonElement RunPandoc(string pandoc, string file)
    {
        var psi = new ProcessStartInfo(pandoc, ["-f", "bibtex", "-t", "csljson", file])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pandoc failed on {file}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    internal static string? FindPandoc()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "pandoc");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    internal static string? FindHandbookStore()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "input", "references.bib");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "KetamineHandbook.sln"))) return candidate;
        }
        return null;
    }
}
