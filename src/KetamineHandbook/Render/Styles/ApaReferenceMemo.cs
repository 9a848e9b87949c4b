using System.Runtime.CompilerServices;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>
/// What APA derives from one reference alone — its in-text author ("Zanos et al.") and its sort key — computed
/// once per reference instead of once per citation. A work is cited on many pages, often several times on each,
/// and rebuilding its author text every time (name lists, initials, string splits) was about a tenth of a
/// build's CPU on a 1,000-entry handbook.
/// </summary>
/// <remarks>
/// Kept in a <see cref="ConditionalWeakTable{TKey,TValue}"/>: it is keyed by the reference object itself (not by
/// record equality, which would hash every field), it is safe to use from the parallel render, and an entry
/// goes away with its reference, so the preview server's rebuilds do not accumulate old trees' references.
/// Two threads may compute the same value at once; both results are equal strings, so either may win.
/// </remarks>
internal sealed class ApaReferenceMemo
{
    private static readonly ConditionalWeakTable<Reference, ApaReferenceMemo> Table = new();

    private readonly Reference _reference;
    private ApaSortKey? _sortKey;
    private string? _parenthetical;
    private string? _narrative;

    private ApaReferenceMemo(Reference reference) => _reference = reference;

    public static ApaReferenceMemo Of(Reference reference) =>
        Table.GetValue(reference, static r => new ApaReferenceMemo(r));

    public ApaSortKey SortKey => _sortKey ??= new ApaSortKey(_reference);

    /// <summary>The author part in text. Only the default form (one name before "et al.") is kept: it is what
    /// nearly every citation uses; the longer forms disambiguation asks for are rare and computed each time.</summary>
    public string InTextAuthor(int shown, bool narrative)
    {
        // ApaNames.InText shows at least one name, so 0 (the style's default) and 1 read the same.
        if (shown > 1) return ApaStyle.ComputeInTextAuthor(_reference, shown, narrative);
        return narrative
            ? _narrative ??= ApaStyle.ComputeInTextAuthor(_reference, 1, narrative: true)
            : _parenthetical ??= ApaStyle.ComputeInTextAuthor(_reference, 1, narrative: false);
    }
}
