using KetamineHandbook.Build;
using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Release;

/// <summary>What a release needs: the version, the summary for readers, optional per-entry notes, the date.</summary>
public sealed record ReleaseRequest(string Version, string Summary, IReadOnlyDictionary<string, string> Notes, DateOnly Date);

/// <summary>
/// <c>handbook release</c>: freezes <c>input/</c> as a new immutable edition. It refuses a version that is not
/// greater than the last, an existing snapshot folder, and any build with errors, so only clean text is frozen.
/// </summary>
public static class EditionRelease
{
    public static EditionRecord? Run(BuildOptions options, ReleaseRequest request, DiagnosticBag diagnostics)
    {
        var editionsPath = Path.Combine(options.Full(options.HandbookDir), EditionsReader.FileName);
        var display = new SourceLocation($"{options.HandbookDir}/{EditionsReader.FileName}");
        var version = SemanticVersion.TryParse(request.Version);
        if (version is null)
        {
            diagnostics.Error(DiagnosticCodes.EditionOrder, display, $"'{request.Version}' is not a semantic version; use MAJOR.MINOR.PATCH, e.g. 1.1.0");
            return null;
        }
        if (string.IsNullOrWhiteSpace(request.Summary))
        {
            diagnostics.Error(DiagnosticCodes.EditionsFile, display, "a release needs a --summary saying what the edition brings");
            return null;
        }

        var build = BuildPipeline.Run(options);
        diagnostics.AddRange(build.Diagnostics);
        if (!build.Succeeded) return null;

        var handbookRoot = options.Full(options.HandbookDir);
        var editions = EditionsReader.Read(handbookRoot, options.HandbookDir, diagnostics);
        if (editions.Count > 0 && SemanticVersion.TryParse(editions[^1].Version) is { } last && version.CompareTo(last) <= 0)
        {
            diagnostics.Error(DiagnosticCodes.EditionOrder, display,
                $"version {version} is not greater than the last edition, {last}; choose a higher version");
            return null;
        }
        var snapshot = EditionSnapshot.Folder(handbookRoot, version.ToString());
        if (Directory.Exists(snapshot))
        {
            diagnostics.Error(DiagnosticCodes.EditionOrder, display,
                $"the folder {options.HandbookDir}/editions/{version}/ already exists; released editions are never overwritten");
            return null;
        }

        var pipeline = MarkdownPipelineFactory.Create();
        var scratch = new DiagnosticBag();
        var current = TreeLoader.Load(options.Full(options.InputDir), options.InputDir, null, pipeline, scratch);
        var previous = editions.Count == 0 ? null
            : TreeLoader.Load(EditionSnapshot.Folder(handbookRoot, editions[^1].Version), "previous", editions[^1], pipeline, scratch);
        if (current is null) { diagnostics.AddRange(scratch.Sorted()); return null; }
        foreach (var unknown in request.Notes.Keys.Where(k => current.Index.Entry(k) is null))
            diagnostics.Warning(DiagnosticCodes.UnknownLinkedEntry, display, $"--note for '{unknown}', which is not an entry; the note was ignored");
        var changes = EditionChanges.Compute(previous?.Index, current.Index, request.Notes);

        try
        {
            EditionSnapshot.Freeze(options.Full(options.InputDir), snapshot);
            var record = new EditionRecord
            {
                Version = version.ToString(),
                Date = request.Date,
                Summary = request.Summary.Trim(),
                Sha256 = EditionSnapshot.ComputeHash(snapshot),
                Changes = changes,
            };
            Directory.CreateDirectory(handbookRoot);
            EditionsFileWriter.Append(editionsPath, record);
            return record;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(snapshot)) Directory.Delete(snapshot, true);
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, display, $"cannot write the edition: {e.Message}");
            return null;
        }
    }
}
