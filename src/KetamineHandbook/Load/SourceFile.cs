namespace KetamineHandbook.Load;

/// <summary>A text file of the input, decoded and LF-normalised, with its path relative to the source root.</summary>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text);
