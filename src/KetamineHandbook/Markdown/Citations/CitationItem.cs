namespace KetamineHandbook.Markdown.Citations;

/// <summary>One cited work inside a citation: key, the text around it, and where its <c>@</c> stands in the source.</summary>
/// <param name="Line">0-based line of the <c>@</c> in the Markdown body (Markdig's numbering).</param>
/// <param name="Column">0-based column of the <c>@</c> (Markdig's numbering).</param>
public sealed record CitationItem(
    string Key,
    string? Prefix = null,
    CitationLocator? Locator = null,
    string? Suffix = null,
    bool SuppressAuthor = false,
    int Line = 0,
    int Column = 0);
