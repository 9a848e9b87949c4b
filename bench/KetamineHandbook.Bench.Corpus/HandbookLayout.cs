using KetamineHandbook.Load;

namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// Lays the corpus out as a KetamineHandbook repository: <c>input/</c>, a copy of the theme, and
/// <c>handbook/</c> with edition 1.0.0 frozen and its hash recorded, so a build renders living + edition.
/// </summary>
public static class HandbookLayout
{
    public const string EditionVersion = "1.0.0";

    /// <summary>Writes everything under <paramref name="root"/> (replacing it) and returns the edition's hash.</summary>
    public static string Write(CorpusPlan plan, IReadOnlyList<GeneratedEntry> entries, string themeDir, string root)
    {
        if (Directory.Exists(root)) Directory.Delete(root, true);
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(Path.Combine(input, "entries"));
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.WriteAllText(Path.Combine(input, "handbook.yml"), Settings(plan));
        File.WriteAllText(Path.Combine(input, "references.bib"), BibliographyWriter.Write(plan));
        foreach (var (slug, frontMatter, body) in PagesWriter.Pages)
            File.WriteAllText(Path.Combine(input, "pages", slug + ".md"), $"---\n{frontMatter}---\n\n{body}");
        Parallel.ForEach(entries, e => File.WriteAllText(Path.Combine(input, "entries", e.Plan.Id + ".md"), e.ReleasedText));

        // Freeze the edition from the released text, then revise the living copies of a few entries.
        var handbook = Path.Combine(root, "handbook");
        var snapshot = EditionSnapshot.Folder(handbook, EditionVersion);
        EditionSnapshot.Freeze(input, snapshot);
        var hash = EditionSnapshot.ComputeHash(snapshot);
        File.WriteAllText(Path.Combine(handbook, "editions.yml"), $"""
            editions:
              - version: {EditionVersion}
                date: 2026-01-15
                summary: "First synthetic edition: {plan.Entries.Count} entries."
                sha256: {hash}

            """);
        foreach (var e in entries.Where(e => e.Revision is not null))
            File.WriteAllText(Path.Combine(input, "entries", e.Plan.Id + ".md"), e.LivingText);

        CopyFolder(themeDir, Path.Combine(root, "theme"));
        return hash;
    }

    private static string Settings(CorpusPlan plan) => $"""
        title: "Synthetic Benchmark Handbook"
        short_title: "Bench Handbook"
        description: >-
          A generated corpus of {plan.Entries.Count} entries and {plan.References.Count} references (seed {plan.Options.Seed}),
          used to measure build speed. Its text is random.
        base_url: "https://example.org/bench"
        repository: "https://example.org/bench/repository"
        language: en
        publisher: "KetamineHandbook benchmarks"
        editors:
          - name: "Benchmark generator"
        licence:
          name: "CC BY 4.0"
          url: "https://creativecommons.org/licenses/by/4.0/"
        citation_style: apa

        """;

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
