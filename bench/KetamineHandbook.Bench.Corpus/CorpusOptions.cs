using System.Globalization;

namespace KetamineHandbook.Bench.Corpus;

/// <summary>What to generate: sizes, seed and folders, read from the command line.</summary>
public sealed record CorpusOptions
{
    public int Entries { get; init; } = 1000;
    /// <summary>
    /// Number of BibTeX items; by default a quarter of the entry count, between 60 and 2,500. The cap keeps
    /// references.bib under the reader's 1 MiB per-file limit (about 370 bytes per item).
    /// </summary>
    public int? References { get; init; }
    public int Seed { get; init; } = 20261126;
    public required string Output { get; init; }
    /// <summary>The repository's theme folder, copied into the corpus so the corpus builds on its own.</summary>
    public required string Theme { get; init; }
    public bool Hugo { get; init; } = true;

    public int ReferenceCount => References ?? Math.Clamp(Entries / 4, 60, 2500);

    public const string Usage = """
        make-corpus --out DIR --theme THEME_DIR [--entries N] [--references M] [--seed S] [--no-hugo]

        Writes DIR/handbook-site (input/, theme/, handbook/ with edition 1.0.0) and DIR/hugo-site
        (the same entries as a Hugo site). The same arguments always give byte-identical files.
        """;

    /// <summary>Parses <c>--name value</c> pairs; null (after printing why) when they make no sense.</summary>
    public static CorpusOptions? Parse(string[] args, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var hugo = true;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--no-hugo") { hugo = false; continue; }
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                error.WriteLine($"error: unexpected argument '{args[i]}'");
                return null;
            }
            values[args[i][2..]] = args[++i];
        }
        int? Number(string name)
        {
            if (!values.TryGetValue(name, out var text)) return null;
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"--{name} must be a positive whole number");
        }
        try
        {
            if (!values.TryGetValue("out", out var output) || !values.TryGetValue("theme", out var theme))
            {
                error.WriteLine("error: --out and --theme are required");
                return null;
            }
            var entries = Number("entries") ?? 1000;
            if (entries < 40)
            {
                error.WriteLine("error: --entries must be at least 40 (cross-links need clusters of entries)");
                return null;
            }
            return new CorpusOptions
            {
                Entries = entries,
                References = Number("references"),
                Seed = Number("seed") ?? 20261126,
                Output = output,
                Theme = theme,
                Hugo = hugo,
            };
        }
        catch (FormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
