using System.Collections.Concurrent;

namespace KetamineHandbook.Model;

/// <summary>Collects diagnostics from every stage (thread-safe) so one run reports all problems at once.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);
    public void AddRange(IEnumerable<Diagnostic> diagnostics) { foreach (var d in diagnostics) _items.Enqueue(d); }
    public void Error(string code, SourceLocation at, string message) => Add(Diagnostic.Error(code, at, message));
    public void Warning(string code, SourceLocation at, string message) => Add(Diagnostic.Warning(code, at, message));

    public bool HasErrors => _items.Any(d => d.IsError);
    public int ErrorCount => _items.Count(d => d.IsError);
    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>Diagnostics in a stable order (file, line, column, code) so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
