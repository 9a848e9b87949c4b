using KetamineHandbook.Model;

namespace KetamineHandbook.Resolve;

/// <summary>A link in a document's body as its author wrote it (trimmed), and where: what <see cref="LinkResolver.Check"/> checks.</summary>
public sealed record WrittenLink(string Url, bool IsImage, SourceLocation At);
