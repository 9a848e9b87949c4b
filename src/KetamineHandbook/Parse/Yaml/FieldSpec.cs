namespace KetamineHandbook.Parse.Yaml;

/// <summary>The kinds of value a YAML field may hold; one vocabulary for validation and for the JSON Schema.</summary>
public enum FieldKind { Text, Enum, Date, Integer, Boolean, TextList, Object, ObjectList }

/// <summary>
/// One field of a YAML schema. The same description drives validation (with line/column
/// diagnostics) and the published JSON Schema, so the two cannot drift apart.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, string Description)
{
    public bool Required { get; init; }
    public IReadOnlyList<string> AllowedValues { get; init; } = [];
    public int? MaxLength { get; init; }
    /// <summary>Regular expression each text value (or list item) must match, with a human explanation.</summary>
    public string? Pattern { get; init; }
    public string? PatternHint { get; init; }
    /// <summary>Fields of a nested object, or of each item of an object list.</summary>
    public ObjectSpec? Fields { get; init; }
}

/// <summary>A YAML mapping's allowed fields.</summary>
public sealed record ObjectSpec(string Name, IReadOnlyList<FieldSpec> Fields)
{
    public FieldSpec? Find(string key) => Fields.FirstOrDefault(f => f.Name == key);
}
