namespace KetamineHandbook.Model;

/// <summary>A heading of a document, with the anchor id it renders with.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
