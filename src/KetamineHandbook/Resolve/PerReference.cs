using System.Collections.Concurrent;
using KetamineHandbook.Model;

namespace KetamineHandbook.Resolve;

/// <summary>
/// A value computed once per reference and then shared, safe to read and fill from the parallel render.
/// Keyed by the reference object, not by record equality: that is cheaper (no hashing of every field) and
/// exact, since a reference is immutable and the value is a function of it.
/// </summary>
public sealed class PerReference<T>(Func<Reference, T> compute)
{
    private readonly ConcurrentDictionary<Reference, T> _values = new(ReferenceEqualityComparer.Instance);

    /// <summary>The value for this reference; computed on first use (two threads may both compute it, one result is kept).</summary>
    public T Get(Reference reference) => _values.GetOrAdd(reference, compute);
}
