using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Load;

/// <summary>Reads <c>handbook/editions.yml</c> and checks each edition's snapshot against its recorded hash.</summary>
public static class EditionsReader
{
    public const string FileName = "editions.yml";

    public static IReadOnlyList<EditionRecord> Read(string handbookRoot, string displayRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(handbookRoot, FileName);
        var display = $"{displayRoot}/{FileName}";
        if (!File.Exists(path)) return [];
        var text = TextFileReader.Read(path, display, diagnostics);
        if (text is null) return [];
        var yaml = YamlSchemaReader.Read(text, EditionsSchema.Spec, display, 0, diagnostics);
        if (yaml is null) return [];
        var editions = new List<EditionRecord>();
        SemanticVersion? previous = null;
        foreach (var e in yaml.Objects("editions"))
        {
            var version = e.Text("version")!;
            var line = e.Position.Line;
            var parsed = SemanticVersion.TryParse(version);
            if (parsed is null || (previous is not null && parsed.CompareTo(previous) <= 0))
            {
                diagnostics.Error(DiagnosticCodes.EditionOrder, new(display, line, 1),
                    $"edition '{version}' must be a semantic version greater than the edition before it ({previous}); editions are listed oldest first");
                continue;
            }
            previous = parsed;
            editions.Add(new EditionRecord
            {
                Version = version,
                Date = e.Date("date")!.Value,
                Summary = e.Text("summary")!.Trim(),
                Sha256 = e.Text("sha256")!,
                Changes = e.Objects("changes").Select(c => new EntryChange(c.Text("entry")!, c.Text("change")!, c.Text("note")?.Trim())).ToList(),
                Errata = e.Objects("errata").Select(x => new Erratum(x.Date("date")!.Value, x.Text("entry"), x.Text("text")!.Trim())).ToList(),
                Line = line,
            });
        }
        return editions;
    }

    /// <summary>Fails the build, naming the edition, if a snapshot is missing or no longer hashes to its record.</summary>
    public static void VerifySnapshots(string handbookRoot, string displayRoot, IReadOnlyList<EditionRecord> editions, DiagnosticBag diagnostics)
    {
        foreach (var edition in editions)
        {
            var folder = EditionSnapshot.Folder(handbookRoot, edition.Version);
            var at = new SourceLocation($"{displayRoot}/{FileName}", edition.Line, 1);
            if (!Directory.Exists(folder))
            {
                diagnostics.Error(DiagnosticCodes.SnapshotMissing, at,
                    $"edition {edition.Version} has no snapshot folder {displayRoot}/editions/{edition.Version}/; restore it from version control");
                continue;
            }
            var actual = EditionSnapshot.ComputeHash(folder);
            if (actual != edition.Sha256)
                diagnostics.Error(DiagnosticCodes.SnapshotModified, at,
                    $"edition {edition.Version} was modified after release: its snapshot hashes to {actual[..12]}…, not the recorded {edition.Sha256[..12]}…; " +
                    $"released editions are immutable — restore {displayRoot}/editions/{edition.Version}/ (git checkout) and record corrections as errata in {FileName}");
        }
    }
}
