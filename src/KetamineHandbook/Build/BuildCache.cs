using System.Collections.Concurrent;
using KetamineHandbook.Model;

namespace KetamineHandbook.Build;

/// <summary>
/// Results one build hands to the next (the preview server keeps one for its whole run): parsed theme
/// templates, released editions (read, hash-verified and parsed) and their rendered pages. A result is
/// reused only while its key — a fingerprint of everything it was computed from — is unchanged, and the
/// diagnostics it produced are replayed, so a reused stage reports exactly what recomputing it would.
/// A fresh cache per build (what <c>build</c> and <c>check</c> use) therefore behaves as no cache at all.
/// </summary>
public sealed class BuildCache
{
    private sealed record Slot(string Key, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>The living handbook's parsed entries and pages.</summary>
    public ParsedDocumentCache Documents { get; } = new();

    /// <summary>The last build without errors, whole, for an edit to a body to be applied to; null after a failed build.</summary>
    public LivingRender? Living { get; set; }

    /// <summary>
    /// The value stored under <paramref name="slot"/> if it was computed with the same <paramref name="key"/>;
    /// otherwise computes it (its diagnostics go to a private bag first, so they can be stored and replayed).
    /// </summary>
    public Reusable<T> Reuse<T>(string slot, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, T> compute)
    {
        if (_slots.TryGetValue(slot, out var hit) && hit.Key == key)
        {
            diagnostics.AddRange(hit.Diagnostics);
            return new((T)hit.Value!, true);
        }
        var own = new DiagnosticBag();
        var value = compute(own);
        var produced = own.Sorted();
        diagnostics.AddRange(produced);
        _slots[slot] = new Slot(key, value, produced);
        return new(value, false);
    }

    /// <summary>Forgets everything (e.g. after an exception left a stage half done).</summary>
    public void Clear()
    {
        _slots.Clear();
        Documents.Retain([]);
        Living = null;
    }
}
