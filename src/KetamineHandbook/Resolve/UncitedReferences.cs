using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;

namespace KetamineHandbook.Resolve;

/// <summary>A reference in the store that no entry or page cites is dead weight, or a citation someone forgot.</summary>
public static class UncitedReferences
{
    public static void Report(DocumentIndex index, IReadOnlyList<Reference> references, DiagnosticBag diagnostics)
    {
        var cited = index.All.SelectMany(d => d.Citations?.CitedKeys ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in references.Where(r => !cited.Contains(r.Key))) diagnostics.Add(WarningFor(reference));
    }

    public static Diagnostic WarningFor(Reference reference) => Diagnostic.Warning(DiagnosticCodes.UncitedReference, reference.Location,
        $"reference '{reference.Key}' is never cited; cite it with [@{reference.Key}] or remove it from the store");
}
