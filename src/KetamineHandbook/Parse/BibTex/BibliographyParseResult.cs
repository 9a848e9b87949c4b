using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>What reading one .bib file gave: every entry that could be read, and every problem found.</summary>
public sealed record BibliographyParseResult(IReadOnlyList<Reference> References, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error (the export still contains what loaded).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
