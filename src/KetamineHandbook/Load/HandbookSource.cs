using System.Text.RegularExpressions;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;

namespace KetamineHandbook.Load;

/// <summary>
/// The raw files of one handbook tree — the living <c>input/</c> or a frozen edition snapshot:
/// settings, citation store, entries and pages, read and decoded but not yet parsed.
/// </summary>
public sealed record HandbookSource(
    string Root,
    SourceFile? Settings,
    SourceFile? Bibliography,
    IReadOnlyList<SourceFile> Entries,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyList<string> UnreadableFiles)
{
    public const string SettingsFile = "handbook.yml";
    public const string BibliographyFile = "references.bib";
    public const string EntriesFolder = "entries";
    public const string PagesFolder = "pages";
    /// <summary>A citation store grows with the handbook (about 400 bytes a reference); prose files stay small.</summary>
    public const int MaxBibliographyBytes = 64 << 20;

    /// <summary>Reads a handbook tree. <paramref name="displayRoot"/> is how paths are shown in diagnostics.</summary>
    public static HandbookSource Load(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        string Display(string relative) => displayRoot.Length == 0 ? relative : $"{displayRoot}/{relative}";

        SourceFile? ReadOne(string relative, bool required, int maxBytes = TextFileReader.MaxFileBytes)
        {
            var full = Path.Combine(root, relative);
            if (!File.Exists(full))
            {
                if (required)
                    diagnostics.Error(DiagnosticCodes.MissingFile, new(Display(relative)),
                        $"'{relative}' is missing from {(displayRoot.Length == 0 ? "the input folder" : displayRoot)}; every handbook needs one");
                return null;
            }
            var text = TextFileReader.Read(full, Display(relative), diagnostics, maxBytes);
            return text is null ? null : new SourceFile(relative, Display(relative), text);
        }

        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, new(displayRoot.Length == 0 ? root : displayRoot),
                $"the input folder '{root}' does not exist; run the command from the repository root or pass --input");
            return new HandbookSource(root, null, null, [], [], []);
        }

        var unreadable = new List<string>();
        return new HandbookSource(
            root,
            ReadOne(SettingsFile, required: true),
            ReadOne(BibliographyFile, required: true, MaxBibliographyBytes),
            ReadFolder(root, EntriesFolder, Display, diagnostics, unreadable),
            ReadFolder(root, PagesFolder, Display, diagnostics, unreadable),
            unreadable);
    }

    private static IReadOnlyList<SourceFile> ReadFolder(string root, string folder, Func<string, string> display, DiagnosticBag diagnostics, List<string> unreadable)
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) return [];
        var candidates = new List<(string Full, string Relative)>();
        foreach (var full in Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(full);
            var relative = $"{folder}/{name}";
            if (Directory.Exists(full))
            {
                diagnostics.Error(DiagnosticCodes.NotMarkdown, new(display(relative)),
                    $"'{relative}' is a folder; {folder}/ holds only .md files (put images in the theme or next to the handbook root)");
                continue;
            }
            if (name.StartsWith('.')) continue; // editor swap files, .gitkeep, .DS_Store
            if (!name.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.NotMarkdown, new(display(relative)),
                    $"'{name}' is not a Markdown file; {folder}/ holds only <id>.md files (rename it or move it out)");
                continue;
            }
            var id = name[..^3];
            if (!Regex.IsMatch(id, EntrySchema.IdPattern))
            {
                diagnostics.Error(DiagnosticCodes.InvalidId, new(display(relative)),
                    $"'{id}' is not a valid id (the file name is the permanent URL): {EntrySchema.IdHint}");
                continue;
            }
            candidates.Add((full, relative));
        }
        // Read on every core: ten thousand small files are mostly system calls, and the order is kept by index.
        var read = new SourceFile?[candidates.Count];
        Parallel.For(0, candidates.Count, i =>
        {
            var (full, relative) = candidates[i];
            if (TextFileReader.Read(full, display(relative), diagnostics) is { } text) read[i] = new SourceFile(relative, display(relative), text);
        });
        unreadable.AddRange(candidates.Where((c, i) => read[i] is null).Select(c => c.Relative));
        return read.OfType<SourceFile>().ToList();
    }
}
