using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>
/// Reads a BibTeX or BibLaTeX file as Pandoc and biber do, into decoded <see cref="Reference"/>s.
/// It never throws and never gives up on a file: each broken entry becomes a diagnostic and the rest loads.
/// </summary>
public static class BibTexParser
{
    /// <summary>Code for a failure inside the reader itself, reported instead of thrown.</summary>
    public const string InternalErrorCode = "KH3049";

    /// <summary>Reads the text of one .bib file; <paramref name="path"/> is only used in diagnostics.</summary>
    public static BibliographyParseResult Parse(string text, string path)
    {
        var diagnostics = new List<Diagnostic>();
        var references = new List<Reference>();
        try
        {
            var source = new SourceText(text ?? "", path);
            var reader = new BibTexSyntaxReader(source, diagnostics);
            reader.ReadAll();

            var entries = DropDuplicateKeys(reader.Entries, diagnostics);
            CrossrefResolver.Resolve(entries, diagnostics);
            foreach (var entry in entries)
            {
                if (!BibTypeMap.IsKnown(entry.Type))
                    diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.UnknownEntryType, entry.Location,
                        $"entry '{entry.Key}' has type @{entry.Type}, which BibTeX and BibLaTeX do not define; it is read as @misc. Use a standard type such as @article, @book or @online."));
                CheckRequiredFields(entry, diagnostics);
                references.Add(ReferenceBuilder.Build(entry, diagnostics));
            }
            CheckDuplicateDois(references, diagnostics);
        }
        catch (Exception e)
        {
            // A bug in the reader must not take the build down with it: report it and keep what was read.
            diagnostics.Add(Diagnostic.Error(InternalErrorCode, new SourceLocation(path),
                $"internal error while reading this file ({e.GetType().Name}: {e.Message}); please report it with the file attached."));
        }
        return new BibliographyParseResult(references, diagnostics);
    }

    private static List<RawEntry> DropDuplicateKeys(List<RawEntry> entries, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        var kept = new List<RawEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (seen.TryGetValue(entry.Key, out var first))
            {
                diagnostics.Add(Diagnostic.Error(BibDiagnosticCodes.DuplicateKey, entry.Location,
                    $"key '{entry.Key}' is already used by the entry at line {first.Location.Line}; this entry is ignored. Rename one of them."));
                continue;
            }
            seen[entry.Key] = entry;
            kept.Add(entry);
        }
        return kept;
    }

    private static void CheckRequiredFields(RawEntry entry, List<Diagnostic> diagnostics)
    {
        foreach (var required in RequiredFields.For(entry.Type))
        {
            var alternatives = required.Split('|');
            if (alternatives.Any(a => !string.IsNullOrWhiteSpace(entry.Get(a)))) continue;
            var names = string.Join(" or ", alternatives.Select(a => $"'{a}'"));
            diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.MissingRequiredField, entry.Location,
                $"entry '{entry.Key}' (@{entry.Type}) has no {names} field, which @{entry.Type} requires; add it so the reference can be cited completely."));
        }
    }

    private static void CheckDuplicateDois(List<Reference> references, List<Diagnostic> diagnostics)
    {
        var byDoi = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in references)
        {
            if (r.Doi is null) continue;
            if (byDoi.TryGetValue(r.Doi, out var first))
                diagnostics.Add(Diagnostic.Error(BibDiagnosticCodes.DuplicateDoi, r.Location,
                    $"entry '{r.Key}' has DOI {r.Doi}, which entry '{first.Key}' (line {first.Location.Line}) already has; the same work is probably entered twice. Keep one key and cite it everywhere."));
            else byDoi[r.Doi] = r;
        }
    }
}
