using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>One field value as written: macros expanded and '#' parts joined, LaTeX not yet decoded.</summary>
internal sealed record RawField(string Name, string Value, SourceLocation Location);

/// <summary>One @type{key, …} entry after syntax reading, before LaTeX decoding and crossref inheritance.</summary>
internal sealed class RawEntry(string type, string key, SourceLocation location)
{
    public string Type { get; } = type;
    public string Key { get; } = key;
    public SourceLocation Location { get; } = location;

    /// <summary>Fields by lower-case name, in the order written (order matters for stable output).</summary>
    public Dictionary<string, RawField> Fields { get; } = new(StringComparer.Ordinal);
    public List<string> FieldOrder { get; } = [];

    public string? Get(string name) => Fields.TryGetValue(name, out var f) ? f.Value : null;

    public void Set(RawField field)
    {
        if (!Fields.ContainsKey(field.Name)) FieldOrder.Add(field.Name);
        Fields[field.Name] = field;
    }
}
