using KetamineHandbook.Load;
using KetamineHandbook.Model;
using Markdig;

namespace KetamineHandbook.Build;

/// <summary>The released editions: their records from editions.yml, each snapshot verified against its hash, and parsed.</summary>
public sealed record ReleasedEditions(IReadOnlyList<EditionRecord> Records, IReadOnlyList<HandbookTree> Trees)
{
    /// <param name="needsBodies">Whether an edition's Markdown must be parsed (no: its pages come from the render cache); null parses all.</param>
    public static ReleasedEditions Load(BuildOptions options, MarkdownPipeline pipeline, DiagnosticBag diagnostics, Func<EditionRecord, bool>? needsBodies = null,
        Parse.Yaml.FrontMatterCache? frontMatter = null)
    {
        var handbookRoot = options.Full(options.HandbookDir);
        var records = options.IncludeEditions ? EditionsReader.Read(handbookRoot, options.HandbookDir, diagnostics) : [];
        EditionsReader.VerifySnapshots(handbookRoot, options.HandbookDir, records, diagnostics);
        // A released snapshot cannot be edited, so its warnings are noise; its errors still stop the build.
        var snapshotDiagnostics = new DiagnosticBag();
        var trees = records
            .Where(e => Directory.Exists(EditionSnapshot.Folder(handbookRoot, e.Version)))
            .Select(e => TreeLoader.Load(EditionSnapshot.Folder(handbookRoot, e.Version), $"{options.HandbookDir}/editions/{e.Version}", e, pipeline, snapshotDiagnostics,
                bodies: needsBodies?.Invoke(e) ?? true, frontMatter: frontMatter))
            .OfType<HandbookTree>().ToList();
        diagnostics.AddRange(snapshotDiagnostics.Sorted().Where(d => d.IsError));
        return new ReleasedEditions(records, trees);
    }

    /// <summary>Changes whenever any file under handbook/ changes; editions are immutable, so in practice almost never.</summary>
    public static string Fingerprint(BuildOptions options) =>
        SourceFingerprint.OfText([options.IncludeEditions ? "editions" : "none", options.HandbookDir, SourceFingerprint.OfFolder(options.Full(options.HandbookDir))]);
}
