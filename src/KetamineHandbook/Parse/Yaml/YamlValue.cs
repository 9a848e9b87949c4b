namespace KetamineHandbook.Parse.Yaml;

/// <summary>A validated YAML mapping: values by key, each remembering its line for later diagnostics.</summary>
public sealed class YamlObject
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    public (int Line, int Column) Position { get; init; }

    internal void Set(string key, object? value, int line, int column)
    {
        _values[key] = value;
        _positions[key] = (line, column);
    }

    /// <summary>The keys present, in the order they were read.</summary>
    public IReadOnlyCollection<string> Keys => _values.Keys;

    /// <summary>The value of a present key, whatever its kind (for <see cref="YamlObjectCodec"/>).</summary>
    internal object? Value(string key) => _values[key];

    public bool Has(string key) => _values.ContainsKey(key);
    public string? Text(string key) => _values.TryGetValue(key, out var v) ? v as string : null;
    public DateOnly? Date(string key) => _values.TryGetValue(key, out var v) && v is DateOnly d ? d : null;
    public int? Integer(string key) => _values.TryGetValue(key, out var v) && v is int i ? i : null;
    public bool? Boolean(string key) => _values.TryGetValue(key, out var v) && v is bool b ? b : null;
    public IReadOnlyList<string> TextList(string key) => _values.TryGetValue(key, out var v) && v is IReadOnlyList<string> l ? l : [];
    public YamlObject? Object(string key) => _values.TryGetValue(key, out var v) ? v as YamlObject : null;
    public IReadOnlyList<YamlObject> Objects(string key) => _values.TryGetValue(key, out var v) && v is IReadOnlyList<YamlObject> l ? l : [];
    public (int Line, int Column) PositionOf(string key) => _positions.TryGetValue(key, out var p) ? p : Position;
}
